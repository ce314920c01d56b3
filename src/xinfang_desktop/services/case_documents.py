"""Issued documents (文书): issuing a notice, listing a case's documents, reprinting,
correcting, and recording the 送达 when the signed 送达回证 comes back.

Issuing gives the notice its 文号 from a per-kind, per-year sequence (no gaps: the number is the
highest of the kind and year plus one, taken inside the transaction that stores the document;
on PostgreSQL an advisory lock makes two PCs take turns, on SQLite BEGIN IMMEDIATE does) and
freezes its content with a SHA-256. A reprint renders that frozen content, marked 副本. Every
step is written to the audit log.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text

from ..db.engine import Database
from ..db.errors import NotFoundError, StorageError
from ..db.models import Case, CaseUrging, IssuedDocument, Setting
from ..domain.auth import Permission
from ..domain.case_flow import CaseEvent as FlowEvent
from ..domain.case_flow import Step
from ..domain.case_notices import (
    SERVED_ON_PETITIONER,
    SERVICE_METHODS,
    NoticeContent,
    NoticeKind,
    content_sha256,
    format_document_number,
)
from ..domain.dates import chinese_date
from ..domain.errors import FieldError, ValidationError
from ..domain.text import check_text, clean_text
from . import audit
from .case_settings import get_deadline_rules
from .cases import CaseRecord, load_case, step_in_session, visible_cases
from .context import Actor
from .notice_content import (
    NoticeContext,
    available_notices,
    build_notice_content,
    refuse_unavailable,
    step_event,
)
from .permissions import checked
from .settings import get_document_settings, get_unit_settings
from .workdays import get_calendar_overrides

_DOCUMENT_LOCK = 3_0040_0016  # advisory lock key guarding the yearly document numbers
REGISTER_SINCE_KEY = "documents_register_since"


class DocumentIntegrityError(StorageError):
    """The stored content no longer matches the hash taken when it was issued."""


@dataclass(frozen=True)
class IssuedDocumentRecord:
    """One document of a case. ``legacy`` ones were printed before documents were stored:
    they have no id and carry the case number, dated on their step's day."""

    id: int | None
    case_id: int
    kind: NoticeKind
    number: str
    subject: str
    issued_on: date
    issued_by: str
    content: NoticeContent
    sha256: str
    replaces_number: str = ""
    replaced_by_number: str = ""
    served_on: date | None = None
    service_method: str = ""
    served_to: str = ""
    served_by: str = ""
    legacy: bool = False

    @property
    def needs_service_receipt(self) -> bool:
        return self.kind in SERVED_ON_PETITIONER

    @property
    def status(self) -> str:
        if self.replaced_by_number:
            return f"已被{self.replaced_by_number}更正"
        if self.served_on:
            return f"{chinese_date(self.served_on)}{self.service_method}"
        if self.legacy:
            return "启用文书登记前印发"
        return "待送达" if self.needs_service_receipt else "已发出"


@dataclass(frozen=True)
class PrintableDocument:
    """What a print needs: the frozen content, and the day of a reprint (None: the original)."""

    document: IssuedDocumentRecord
    reprinted_on: date | None

    @property
    def content(self) -> NoticeContent:
        return self.document.content


def _context(db: Database) -> NoticeContext:
    return NoticeContext(
        unit_name=get_unit_settings(db).unit_name,
        documents=get_document_settings(db),
        rules=get_deadline_rules(db),
        overrides=get_calendar_overrides(db),
    )


def _subject(kind: NoticeKind, urging_id: int | None) -> str:
    return f"urging:{urging_id}" if kind == NoticeKind.URGING and urging_id else kind.name


def _record_of(row: IssuedDocument, numbers: dict[int, str], replaced: dict[int, str]):
    content = NoticeContent.from_json(row.content)
    return IssuedDocumentRecord(
        id=row.id,
        case_id=row.case_id,
        kind=NoticeKind[row.kind],
        number=row.number,
        subject=row.subject,
        issued_on=row.issued_on,
        issued_by=row.issued_by,
        content=content,
        sha256=row.content_sha256,
        replaces_number=numbers.get(row.replaces_id or 0, ""),
        replaced_by_number=replaced.get(row.id, ""),
        served_on=row.served_on,
        service_method=row.service_method,
        served_to=row.served_to,
        served_by=row.served_by,
    )


def _rows_of_case(session, case_id: int) -> list[IssuedDocumentRecord]:
    rows = session.scalars(
        select(IssuedDocument)
        .where(IssuedDocument.case_id == case_id)
        .order_by(IssuedDocument.issued_on, IssuedDocument.id)
    ).all()
    numbers = {row.id: row.number for row in rows}
    replaced = {row.replaces_id: row.number for row in rows if row.replaces_id}
    return [_record_of(row, numbers, replaced) for row in rows]


@checked
def list_case_documents(db: Database, actor: Actor, case_id: int) -> list[IssuedDocumentRecord]:
    """The case's documents, oldest first, with those printed before documents were stored."""
    actor.require(Permission.MANAGE_CASES)
    with db.read() as session:
        case = session.scalar(select(Case).where(Case.id == case_id, visible_cases(actor)))
        if case is None:
            raise NotFoundError(user_message="没有找到这件信访事项。")
        stored = _rows_of_case(session, case_id)
        since_row = session.get(Setting, REGISTER_SINCE_KEY)
    since = _parse_since(since_row.value if since_row else None)
    legacy = _legacy_documents(db, actor, case_id, since, stored) if since else []
    return sorted([*legacy, *stored], key=lambda d: (d.issued_on, d.legacy is False))


def _parse_since(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _legacy_documents(
    db: Database,
    actor: Actor,
    case_id: int,
    since: datetime,
    stored: list[IssuedDocumentRecord],
) -> list[IssuedDocumentRecord]:
    """Notices whose step was recorded before documents were stored: shown as issued on the
    step's day, with the content they would have had then (and the case number they bore)."""
    record = load_case(db, actor, case_id)
    ctx = _context(db)
    with db.read() as session:
        early_urgings = set(
            session.scalars(
                select(CaseUrging.id).where(
                    CaseUrging.case_id == case_id, CaseUrging.recorded_at < since
                )
            )
        )
    documents = []
    for kind in available_notices(record):
        if kind == NoticeKind.URGING:
            for urging in (u for u in record.urgings if u.id in early_urgings):
                documents.append(_legacy(record, kind, ctx, urging.urged_on, urging))
            continue
        found = step_event(record, kind)
        if found is None or found[1].recorded_at >= since:
            continue
        documents.append(_legacy(record, kind, ctx, found[1].on, None))
    return documents


def _legacy(record: CaseRecord, kind: NoticeKind, ctx: NoticeContext, on: date, urging):
    content = build_notice_content(
        record, kind, ctx, number=record.number, issued_on=on, urging=urging
    )
    return IssuedDocumentRecord(
        id=None,
        case_id=record.id,
        kind=kind,
        number=record.number,
        subject=_subject(kind, urging.id if urging else None),
        issued_on=on,
        issued_by="",
        content=content,
        sha256=content.sha256(),
        legacy=True,
    )


@checked
def issue_notice(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: NoticeKind,
    *,
    urging_id: int | None = None,
    issued_on: date | None = None,
    now: datetime | None = None,
) -> PrintableDocument:
    """Issue one notice: number it, freeze its content, audit it; returns it for printing."""
    actor.require(Permission.MANAGE_CASES)
    return _issue(db, actor, case_id, kind, urging_id, issued_on, now, replaces=None, reason="")


@checked
def correct_document(
    db: Database,
    actor: Actor,
    document_id: int,
    reason: str,
    *,
    issued_on: date | None = None,
    now: datetime | None = None,
) -> PrintableDocument:
    """Issue a new document of the same kind from the case as it is now; it names the one it
    replaces, which stays on record as replaced."""
    actor.require(Permission.MANAGE_CASES)
    reason = clean_text(reason)
    problem = check_text("reason", reason, label="更正原因", max_length=200, required=True)
    if problem:
        raise ValidationError([problem])
    with db.read() as session:
        old = session.get(IssuedDocument, document_id)
        if old is None:
            raise NotFoundError(user_message="没有找到这份文书。")
        replaced_by = session.scalar(
            select(IssuedDocument.number).where(IssuedDocument.replaces_id == document_id)
        )
        case_id, kind, subject = old.case_id, NoticeKind[old.kind], old.subject
    if replaced_by:
        raise ValidationError(
            [
                FieldError(
                    "document", "这份文书已被{number}更正，请更正新的文书", {"number": replaced_by}
                )
            ]
        )
    urging_id = int(subject.split(":", 1)[1]) if subject.startswith("urging:") else None
    return _issue(
        db, actor, case_id, kind, urging_id, issued_on, now, replaces=document_id, reason=reason
    )


def _issue(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: NoticeKind,
    urging_id: int | None,
    issued_on: date | None,
    now: datetime | None,
    *,
    replaces: int | None,
    reason: str,
) -> PrintableDocument:
    when = now or datetime.now()
    day = issued_on or when.date()
    if day > when.date():
        raise ValidationError([FieldError("issued_on", "印发日期不能晚于今天")])
    record = load_case(db, actor, case_id)
    refuse_unavailable(record, kind)
    urging = None
    if kind == NoticeKind.URGING:
        urging = next((u for u in record.urgings if u.id == urging_id), None)
        if urging is None:
            urging = record.urgings[-1]
    subject = _subject(kind, urging.id if urging else None)
    found = step_event(record, kind)
    step_day = urging.urged_on if urging else (found[1].on if found else record.draft.received_on)
    if day < step_day:
        raise ValidationError(
            [FieldError("issued_on", "印发日期不能早于{day}", {"day": chinese_date(step_day)})]
        )
    ctx = _context(db)
    number_format = ctx.documents.number_format(kind)
    with db.write() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Two PCs issuing at once take turns, so neither reuses nor skips a number.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _DOCUMENT_LOCK})
        current = session.scalars(
            select(IssuedDocument).where(
                IssuedDocument.case_id == case_id, IssuedDocument.subject == subject
            )
        ).all()
        replaced_ids = {row.replaces_id for row in current if row.replaces_id}
        live = [row for row in current if row.id not in replaced_ids]
        old_number = ""
        if replaces is None and live:
            raise ValidationError(
                [
                    FieldError(
                        "kind",
                        "{kind}已于{day}印发（{number}），请重印或更正",
                        {
                            "kind": kind.value,
                            "day": chinese_date(live[-1].issued_on),
                            "number": live[-1].number,
                        },
                    )
                ]
            )
        if replaces is not None:
            old_row = session.get(IssuedDocument, replaces)
            old_number = f"{chinese_date(old_row.issued_on)}印发的{old_row.number}"
        year = day.year
        seq = (
            session.scalar(
                select(func.max(IssuedDocument.seq)).where(
                    IssuedDocument.kind == kind.name, IssuedDocument.year == year
                )
            )
            or 0
        ) + 1
        number = format_document_number(number_format, year, seq)
        content = build_notice_content(
            record, kind, ctx, number=number, issued_on=day, urging=urging, replaces=old_number
        )
        data = content.to_json()
        row = IssuedDocument(
            case_id=case_id,
            kind=kind.name,
            year=year,
            seq=seq,
            number=number,
            subject=subject,
            issued_on=day,
            content=data,
            content_sha256=content_sha256(data),
            replaces_id=replaces,
            issued_at=when,
            issued_by=actor.name,
            service_method="",
            served_to="",
            served_by="",
        )
        session.add(row)
        session.flush()
        audit.append_in_session(
            session,
            actor,
            "document_corrected" if replaces else "document_issued",
            target_kind="issued_document",
            target_id=row.id,
            detail=f"{record.number} {content.title} {number}"
            + (f"，更正{old_number}：{reason}" if replaces else ""),
            now=when,
        )
        document = _record_of(row, {}, {})
        if replaces is not None:
            document = _with_replaced_number(document, old_row.number)
    return PrintableDocument(document, None)


def _with_replaced_number(document: IssuedDocumentRecord, number: str) -> IssuedDocumentRecord:
    return replace(document, replaces_number=number)


@checked
def reprint_document(
    db: Database, actor: Actor, document_id: int, *, today: date | None = None
) -> PrintableDocument:
    """The frozen content of an issued document, to print again as a 副本; audited."""
    actor.require(Permission.MANAGE_CASES)
    with db.write() as session:
        row = session.get(IssuedDocument, document_id)
        if row is None:
            raise NotFoundError(user_message="没有找到这份文书。")
        if content_sha256(row.content) != row.content_sha256:
            message = f"文书{row.number}的存档内容与印发时的校验值不符，不能重印；请从备份恢复。"
            raise DocumentIntegrityError(message, user_message=message)
        documents = _rows_of_case(session, row.case_id)
        audit.append_in_session(
            session,
            actor,
            "document_reprinted",
            target_kind="issued_document",
            target_id=row.id,
            detail=f"重印 {row.number}",
        )
    document = next(d for d in documents if d.id == document_id)
    return PrintableDocument(document, today or date.today())


@checked
def reprint_legacy_document(
    db: Database, actor: Actor, case_id: int, subject: str, *, today: date | None = None
) -> PrintableDocument:
    """A 副本 of a notice printed before documents were stored, as it read on its day."""
    actor.require(Permission.MANAGE_CASES)
    for document in list_case_documents(db, actor, case_id):
        if document.legacy and document.subject == subject:
            audit.append(
                db,
                actor,
                "document_reprinted",
                target_kind="case",
                target_id=case_id,
                detail=f"重印 {document.content.title}（{chinese_date(document.issued_on)}，"
                "启用文书登记前印发）",
            )
            return PrintableDocument(document, today or date.today())
    raise NotFoundError(user_message="没有找到这份文书。")


@checked
def record_service(
    db: Database,
    actor: Actor,
    document_id: int,
    *,
    served_on: date,
    method: str,
    served_to: str,
    served_by: str,
    now: datetime | None = None,
) -> IssuedDocumentRecord:
    """The signed 送达回证 came back: record when, how, to whom and by whom it was served."""
    actor.require(Permission.MANAGE_CASES)
    when = now or datetime.now()
    errors: list[FieldError] = []
    method = clean_text(method)
    if method not in SERVICE_METHODS:
        errors.append(
            FieldError(
                "method", "送达方式请选择：{methods}", {"methods": "、".join(SERVICE_METHODS)}
            )
        )
    served_to = clean_text(served_to)
    served_by = clean_text(served_by)
    for name, value, label, limit in (
        ("served_to", served_to, "受送达人", 100),
        ("served_by", served_by, "送达人", 50),
    ):
        problem = check_text(name, value, label=label, max_length=limit, required=True)
        if problem:
            errors.append(problem)
    if served_on > when.date():
        errors.append(FieldError("served_on", "送达日期不能晚于今天"))
    rules, overrides = get_deadline_rules(db), get_calendar_overrides(db)
    with db.write() as session:
        row = session.get(IssuedDocument, document_id)
        if row is None:
            raise NotFoundError(user_message="没有找到这份文书。")
        if served_on < row.issued_on:
            errors.append(
                FieldError(
                    "served_on",
                    "送达日期不能早于印发日期{day}",
                    {"day": chinese_date(row.issued_on)},
                )
            )
        if errors:
            raise ValidationError(errors)
        row.served_on = served_on
        row.service_method = method
        row.served_to = served_to
        row.served_by = served_by
        _notify_on_service(session, actor, row, rules, overrides, when)
        audit.append_in_session(
            session,
            actor,
            "document_served",
            target_kind="issued_document",
            target_id=row.id,
            detail=f"{row.number} {chinese_date(served_on)}{method}",
            now=when,
        )
        session.flush()
        documents = _rows_of_case(session, row.case_id)
    return next(d for d in documents if d.id == document_id)


# The written notices of 信访工作条例 Art. 23 (whether the matter is accepted, or where it went):
# serving one is the 书面告知 the 15-day limit asks for.
_WRITTEN_NOTICES = frozenset({NoticeKind.ACCEPTANCE, NoticeKind.REJECTION, NoticeKind.TRANSFER})


def _notify_on_service(
    session, actor: Actor, row: IssuedDocument, rules, overrides, when: datetime
) -> None:
    """Take the case's 书面告知 step on the day its notice was served, unless the case already
    records one (or its state no longer allows it); then the 15-day deadline stops warning."""
    if NoticeKind[row.kind] not in _WRITTEN_NOTICES:
        return
    case = session.get(Case, row.case_id)
    event = FlowEvent(Step.NOTIFY, row.served_on, {"method": row.service_method})
    # Not when already told in writing, or in a state where 书面告知 is no longer a step.
    with suppress(ValidationError):
        step_in_session(session, actor, case, event, rules, overrides, when)


@checked
def issue_or_reprint(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: NoticeKind,
    *,
    now: datetime | None = None,
) -> PrintableDocument:
    """The command line's one verb: issue the notice the first time, then reprint it as 副本
    (the latest urging for a 督办单)."""
    actor.require(Permission.MANAGE_CASES)
    when = now or datetime.now()
    stored = [
        d
        for d in list_case_documents(db, actor, case_id)
        if d.kind == kind and not d.legacy and not d.replaced_by_number
    ]
    record = load_case(db, actor, case_id)
    if kind == NoticeKind.URGING and record.urgings:
        subject = _subject(kind, record.urgings[-1].id)
        stored = [d for d in stored if d.subject == subject]
    if stored:
        return reprint_document(db, actor, stored[-1].id, today=when.date())
    return issue_notice(db, actor, case_id, kind, now=when)
