"""The audit log: every unmasked look at personal data, every print and export, every sign-in
and every change of users, appended in a hash chain the administrator can verify.

An entry is written in the same transaction as what it records (a change), or in its own
transaction before the data is handed over (a view, print or export), so nothing is shown that
was not logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, event, insert, select, text

from ..db.engine import Database
from ..db.tables import audit_entries
from ..domain.auth import Permission
from . import audit_anchors
from .audit_anchors import Anchor, ChainHead
from .context import Actor
from .permissions import checked

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    # ReportLab comes with the extract's module: loaded when an extract is made, not by every
    # service that appends an entry (a command-line call would pay for it at start).
    from ..reports.audit_extract import AuditExtract

log = logging.getLogger("xinfang.services")

GENESIS_HASH = "0" * 64

# What an entry's action means, for the viewer and the printed extract.
ACTION_LABELS = {
    "sign_in": "登录",
    "sign_in_failed": "登录失败",
    "locked_out": "多次失败被锁定",
    "sign_out": "退出登录",
    "password_changed": "修改密码",
    "password_reset": "重置密码",
    "user_created": "新建用户",
    "user_changed": "修改用户",
    "user_disabled": "停用用户",
    "view_unmasked": "查看完整个人信息",
    "print": "打印",
    "export": "导出",
    "backup": "备份",
    "restore": "恢复数据",
    "settings_changed": "修改设置",
    "protection_restored": "恢复审计保护",
    "backup_password_set": "设置备份密码",
    "document_issued": "印发文书",
    "document_reprinted": "重印文书",
    "document_corrected": "更正文书",
    "document_served": "登记送达",
    "create": "新建",
    "update": "修改",
    "settings": "修改设置",
    "import": "导入",
}


TARGET_LABELS = {
    "visit": "来访登记",
    "case": "信访事项",
    "case_ledger": "信访事项登记台账",
    "issued_document": "文书",
    "people": "教职工名单",
    "groups": "包组摸排组别",
    "statistics": "信访统计表",
    "table": "表格",
    "rota": "值班表",
    "duty_log": "值班记录",
    "visit_register": "来访登记表",
    "visitor_slip": "访客单",
    "user": "用户",
    "audit_extract": "审计日志摘录",
    "database": "数据库",
    "meeting": "例会记录",
    "visits": "来访登记（导入）",
    "cases": "信访事项（导入）",
    "forum": "座谈会",
    "info_report": "信息报送",
    "emergency_plan": "应急预案",
    "work_plan": "工作计划",
    "work_summary": "年度工作总结",
    "review": "周小结/月分析/季度回顾",
    "reception_day": "领导接访日",
    "appointment": "约访",
}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    user_name: str
    role: str
    action: str
    target_kind: str
    target_id: str
    detail: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def target_label(self) -> str:
        kind = TARGET_LABELS.get(self.target_kind, self.target_kind)
        return f"{kind} {self.target_id}".strip()


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None  # the first entry whose hash does not follow
    anchor: Anchor | None = None  # the newest head anchored outside the database
    anchor_problem: str = ""  # truncation or a recomputed chain, in Chinese

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None and not self.anchor_problem

    @property
    def summary(self) -> str:
        if self.first_broken_id is not None:
            return f"审计日志第 {self.first_broken_id} 条起校验链断开：日志可能被修改或删除。"
        if self.anchor_problem:
            return self.anchor_problem
        anchored = (
            f"与 {self.anchor.at:%Y-%m-%d %H:%M} 记在库外的第 {self.anchor.count} 条一致"
            if self.anchor
            else "库外尚无可对照的记录"
        )
        return f"审计日志完整：{self.entries} 条记录的校验链未发现改动（{anchored}）。"


def _entry_hash(previous_hash: str, entry) -> str:
    """The hash of an entry (a row of the log, or the values about to be written)."""
    payload = json.dumps(
        [
            entry.id,
            entry.at.isoformat(timespec="seconds"),
            entry.user_name,
            entry.role,
            entry.action,
            entry.target_kind,
            entry.target_id,
            entry.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((previous_hash + payload).encode("utf-8")).hexdigest()


@checked
def append_in_session(
    session: Session,
    actor: Actor,
    action: str,
    *,
    target_kind: str = "",
    target_id: object = "",
    detail: str = "",
    now: datetime | None = None,
    role_text: str | None = None,
) -> None:
    """Append inside the caller's write transaction (which holds the write lock on SQLite).

    ``role_text`` replaces the actor's role where there is none to name (a sign-in with an
    unknown user name).
    """
    head = _append_row(
        session, session.get_bind().dialect.name, actor, action,
        target_kind=target_kind, target_id=target_id, detail=detail, now=now,
        role_text=role_text,
    )  # fmt: skip
    session.flush()
    _anchor_after_commit(session, head)


def _append_row(
    executor: Session | Connection,
    dialect: str,
    actor: Actor,
    action: str,
    *,
    target_kind: str,
    target_id: object,
    detail: str,
    now: datetime | None,
    role_text: str | None,
) -> ChainHead:
    """The next entry, chained onto the last, in the caller's write transaction (an ORM
    session or a Core connection: both run these statements)."""
    if dialect == "postgresql":
        # Two PCs appending at once must not both chain onto the same previous entry.
        executor.execute(text("SELECT pg_advisory_xact_lock(7318001)"))
    last = executor.execute(
        select(audit_entries.c.id, audit_entries.c.entry_hash)
        .order_by(audit_entries.c.id.desc())
        .limit(1)
    ).first()
    previous_hash = last.entry_hash if last else GENESIS_HASH
    entry = AuditRecord(
        id=(last.id + 1) if last else 1,
        at=(now or datetime.now()).replace(microsecond=0),
        user_name=actor.name[:50],
        role=actor.role.value if role_text is None else role_text,
        action=action,
        target_kind=target_kind,
        target_id=str(target_id)[:40],
        detail=detail[:2000],
    )
    entry_hash = _entry_hash(previous_hash, entry)
    executor.execute(
        insert(audit_entries).values(
            **asdict(entry), previous_hash=previous_hash, entry_hash=entry_hash
        )
    )
    return ChainHead(entry.id, entry_hash)


def _may_move_anchor(executor: Session | Connection, key: str, head: ChainHead) -> bool:
    """Whether the chain in the database still holds the anchored entry: a cut or recomputed
    chain keeps its old anchor as evidence."""
    anchored, _ = audit_anchors.stored_anchor(key)
    if anchored is not None and anchored.count > 0:
        if anchored.count >= head.count:
            log.warning("audit chain is shorter than its anchor (%s)", anchored.count)
            return False
        stored_hash = executor.scalar(
            select(audit_entries.c.entry_hash).where(audit_entries.c.id == anchored.count)
        )
        if stored_hash != anchored.last_hash:
            log.warning("audit chain differs from its anchor at entry %s", anchored.count)
            return False
    return True


def _anchor_after_commit(session: Session, head: ChainHead) -> None:
    """Move the config-file anchor to ``head`` once the session's transaction commits."""
    key = audit_anchors.database_key(session.get_bind().url)
    if not _may_move_anchor(session, key, head):
        return
    pending = session.info.setdefault("xinfang_audit_head", {})
    if not pending:
        event.listen(session, "after_commit", lambda s: _record_pending(s, key), once=True)
        event.listen(
            session,
            "after_rollback",
            lambda s: s.info.pop("xinfang_audit_head", None),
            once=True,
        )
    pending["head"] = head


def _record_pending(session: Session, key: str) -> None:
    head = session.info.pop("xinfang_audit_head", {}).get("head")
    if head is not None:
        audit_anchors.record(key, head)


def chain_head(executor: Session | Connection) -> ChainHead:
    last = executor.execute(
        select(audit_entries.c.id, audit_entries.c.entry_hash)
        .order_by(audit_entries.c.id.desc())
        .limit(1)
    ).first()
    return ChainHead(last.id, last.entry_hash) if last else ChainHead(0, GENESIS_HASH)


def current_head(db: Database) -> ChainHead:
    with db.read_connection() as connection:
        return chain_head(connection)


def reset_anchor(db: Database, reason: str, *, now: datetime | None = None) -> ChainHead:
    """After a restore or a deliberately new database: the anchor starts from this chain."""
    head = current_head(db)
    audit_anchors.record(audit_anchors.database_key(db.url), head, reset=reason, at=now)
    return head


@checked
def append(
    db: Database,
    actor: Actor,
    action: str,
    *,
    target_kind: str = "",
    target_id: object = "",
    detail: str = "",
    now: datetime | None = None,
) -> None:
    # Core, in its own transaction: a print or an export logs itself without loading the ORM.
    key = audit_anchors.database_key(db.url)
    with db.write_connection() as connection:
        head = _append_row(
            connection, connection.dialect.name, actor, action,
            target_kind=target_kind, target_id=target_id, detail=detail, now=now,
            role_text=None,
        )  # fmt: skip
        move_anchor = _may_move_anchor(connection, key, head)
    if move_anchor:  # committed
        audit_anchors.record(key, head)


@checked
def record_list_export(db: Database, actor: Actor, target_kind: str, detail: str) -> None:
    """A list of visits or cases written out as CSV, TSV or JSON (by the command line): the
    export is logged before the data is handed over, and needs the export permission."""
    actor.require(Permission.PRINT_REGISTERS)
    append(db, actor, "export", target_kind=target_kind, detail=detail[:200])


def _iter_entries(connection: Connection, batch: int = 5000) -> Iterator:
    after = 0
    while True:
        rows = connection.execute(
            select(audit_entries)
            .where(audit_entries.c.id > after)
            .order_by(audit_entries.c.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].id


@checked
def verify_chain(db: Database, actor: Actor) -> ChainCheck:
    """Recompute every hash (an edited, inserted or removed entry breaks the chain there),
    then compare with the newest anchor kept outside the database, which shows a chain cut
    short or recomputed after an edit."""
    actor.require(Permission.VIEW_AUDIT)
    from .backups import default_backup_dir

    anchor = audit_anchors.newest_anchor(audit_anchors.database_key(db.url), default_backup_dir(db))
    return walk_chain(db, anchor)


def walk_chain(db: Database, anchor: Anchor | None = None) -> ChainCheck:
    """The chain check itself, for callers that checked their own permission (a restore
    checks the chain it brought back)."""
    previous_hash = GENESIS_HASH
    count = 0
    expected_id = 1
    anchored_hash = None
    with db.read_connection() as connection:
        for entry in _iter_entries(connection):
            count += 1
            if (
                entry.id != expected_id
                or entry.previous_hash != previous_hash
                or _entry_hash(previous_hash, entry) != entry.entry_hash
            ):
                return ChainCheck(count, entry.id, anchor)
            if anchor is not None and entry.id == anchor.count:
                anchored_hash = entry.entry_hash
            previous_hash = entry.entry_hash
            expected_id += 1
    return ChainCheck(count, None, anchor, _anchor_problem(anchor, count, anchored_hash))


def _anchor_problem(anchor: Anchor | None, count: int, anchored_hash: str | None) -> str:
    if anchor is None or anchor.count == 0:
        return ""
    when = f"{anchor.at:%Y-%m-%d %H:%M}"
    if count < anchor.count:
        return (
            f"审计日志被截短：{when} 记在库外（{anchor.where}）的有 {anchor.count} 条，"
            f"现在只有 {count} 条，第 {count + 1} 条以后的记录被删除了。"
        )
    if anchored_hash != anchor.last_hash:
        return (
            f"审计日志被改写后重新计算了校验链：第 {anchor.count} 条与 {when} "
            f"记在库外（{anchor.where}）的校验值不同。"
        )
    return ""


@checked
def list_entries(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    user_name: str = "",
    action: str = "",
    limit: int = 5000,
) -> list[AuditRecord]:
    entries = audit_entries.c
    query = select(audit_entries).order_by(entries.id.desc()).limit(limit)
    if date_from is not None:
        query = query.where(entries.at >= datetime.combine(date_from, datetime.min.time()))
    if date_to is not None:
        end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
        query = query.where(entries.at < end)
    if user_name:
        query = query.where(entries.user_name == user_name)
    if action:
        query = query.where(entries.action == action)
    with db.read_connection() as connection:
        return [
            AuditRecord(
                e.id, e.at, e.user_name, e.role, e.action, e.target_kind, e.target_id, e.detail
            )
            for e in connection.execute(query)
        ]


@checked
def audit_extract(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    unit_name: str = "",
    now: datetime | None = None,
) -> AuditExtract:
    """The period's entries (oldest first) and the chain check, for the printed extract."""
    from ..reports.audit_extract import AuditExtract, AuditExtractRow

    check = verify_chain(db, actor)
    entries = list_entries(db, actor, date_from=date_from, date_to=date_to, limit=100_000)
    when = (now or datetime.now()).replace(microsecond=0)
    append(
        db,
        actor,
        "print",
        target_kind="audit_extract",
        target_id=f"{date_from:%Y-%m-%d}~{date_to:%Y-%m-%d}",
        now=when,
    )
    # The head after this print's own entry: the paper anchors the chain as it was printed.
    head = current_head(db)
    return AuditExtract(
        unit_name=unit_name,
        date_from=date_from,
        date_to=date_to,
        rows=[
            AuditExtractRow(
                e.id, e.at, e.user_name, e.role, e.action_label, e.target_label, e.detail
            )
            for e in reversed(entries)
        ],
        chain_intact=check.intact,
        entries_checked=check.entries,
        first_broken_id=check.first_broken_id,
        printed_at=when.date(),
        chain_head_count=head.count,
        chain_head_hash=head.last_hash,
        anchor_problem=check.anchor_problem,
    )
