"""The audit log: every unmasked look at personal data, every print and export, every sign-in
and every change of users, appended in a hash chain the administrator can verify.

An entry is written in the same transaction as what it records (a change), or in its own
transaction before the data is handed over (a view, print or export), so nothing is shown that
was not logged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import AuditEntry
from ..domain.auth import Permission
from ..reports.audit_extract import AuditExtract, AuditExtractRow
from .context import Actor

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
}


TARGET_LABELS = {
    "visit": "来访登记",
    "case": "信访事项",
    "case_ledger": "信访事项登记台账",
    "people": "教职工名单",
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

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def _entry_hash(previous_hash: str, entry: AuditEntry) -> str:
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


def append_in_session(
    session: Session,
    actor: Actor,
    action: str,
    *,
    target_kind: str = "",
    target_id: object = "",
    detail: str = "",
    now: datetime | None = None,
) -> None:
    """Append inside the caller's write transaction (which holds the write lock on SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        # Two PCs appending at once must not both chain onto the same previous entry.
        session.execute(text("SELECT pg_advisory_xact_lock(7318001)"))
    last = session.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    previous_hash = last.entry_hash if last else GENESIS_HASH
    entry = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=(now or datetime.now()).replace(microsecond=0),
        user_name=actor.name[:50],
        role=actor.role.value,
        action=action,
        target_kind=target_kind,
        target_id=str(target_id)[:40],
        detail=detail[:2000],
        previous_hash=previous_hash,
        entry_hash="",
    )
    entry.entry_hash = _entry_hash(previous_hash, entry)
    session.add(entry)
    session.flush()


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
    with db.write() as session:
        append_in_session(
            session,
            actor,
            action,
            target_kind=target_kind,
            target_id=target_id,
            detail=detail,
            now=now,
        )


def _iter_entries(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    after = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].id


def verify_chain(db: Database, actor: Actor) -> ChainCheck:
    """Recompute every hash; an edited, inserted or removed entry breaks the chain there."""
    actor.require(Permission.VIEW_AUDIT)
    previous_hash = GENESIS_HASH
    count = 0
    expected_id = 1
    with db.read() as session:
        for entry in _iter_entries(session):
            count += 1
            if (
                entry.id != expected_id
                or entry.previous_hash != previous_hash
                or _entry_hash(previous_hash, entry) != entry.entry_hash
            ):
                return ChainCheck(count, entry.id)
            previous_hash = entry.entry_hash
            expected_id += 1
    return ChainCheck(count, None)


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
    actor.require(Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if date_from is not None:
        query = query.where(AuditEntry.at >= datetime.combine(date_from, datetime.min.time()))
    if date_to is not None:
        end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
        query = query.where(AuditEntry.at < end)
    if user_name:
        query = query.where(AuditEntry.user_name == user_name)
    if action:
        query = query.where(AuditEntry.action == action)
    with db.read() as session:
        return [
            AuditRecord(
                e.id, e.at, e.user_name, e.role, e.action, e.target_kind, e.target_id, e.detail
            )
            for e in session.scalars(query)
        ]


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
    )
