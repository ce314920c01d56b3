"""The duty log (值班记录) of one shift: entries, linked records, handover notes, sign-off.

Links are by kind and id, so any area's records can hang off a shift: visits now, cases
(``"case"``) once that area exists. A signed-off log takes no more changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Case, DutyLogEntry, DutyLogLink, DutyShift, Visit
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import chinese_date_with_weekday, chinese_datetime, chinese_month_day
from ..domain.errors import FieldError, ValidationError
from ..domain.rota import validate_handover, validate_log_entry, validate_sign_off
from ..reports.rota_duty_log import DutyLogSheet
from . import audit
from .cases import visible_cases
from .context import Actor
from .permissions import checked
from .rota import ShiftRecord, _people_map, _shift_record
from .rota_print import span_text
from .settings import get_unit_settings

VISIT = "visit"
CASE = "case"
# What a linked record the role may not read shows in the log instead of its content.
HIDDEN_TITLE = "（无权查看）"


@dataclass(frozen=True)
class LinkedRecord:
    kind: str
    id: int
    when: datetime | None
    title: str  # what the log shows: "14:05 张三 家长来访：…"


def _sees_cases(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.VIEW_OWN_CASES)


def _describe_visits(session: Session, ids: list[int], actor: Actor) -> dict[int, LinkedRecord]:
    rows = session.scalars(select(Visit).where(Visit.id.in_(ids)))
    return {
        v.id: LinkedRecord(VISIT, v.id, v.arrived_at, f"{v.name}（{v.people_count}人）{v.reason}")
        for v in rows
    }


def _describe_cases(session: Session, ids: list[int], actor: Actor) -> dict[int, LinkedRecord]:
    """Cases only for roles that may read them (and a 领导 only his own): the gate keeps
    the duty log too, and a case's request is not for the gate (信访工作条例 Art. 30)."""
    if not _sees_cases(actor):
        return {}
    rows = session.scalars(select(Case).where(Case.id.in_(ids), visible_cases(actor)))
    # The log shows the number and the request only: the accused stays in the case (Art. 30).
    return {
        c.id: LinkedRecord(CASE, c.id, c.created_at, f"{c.number} {c.channel} {c.request[:40]}")
        for c in rows
    }


# Kind → how to describe its records to the actor (leaving out what the role may not read).
# Another area adds its own kind with one entry.
LINK_KINDS: dict[str, Callable[[Session, list[int], Actor], Mapping[int, LinkedRecord]]] = {
    VISIT: _describe_visits,
    CASE: _describe_cases,
}
LINK_KIND_NAMES = {VISIT: "来访登记", CASE: "信访事项"}


@dataclass(frozen=True)
class LogEntryRecord:
    id: int
    kind: str
    occurred_at: datetime
    content: str
    created_by: str


@dataclass(frozen=True)
class ShiftLog:
    shift: ShiftRecord
    version: int
    entries: tuple[LogEntryRecord, ...]
    links: tuple[LinkedRecord, ...]
    handover_note: str
    signed_off_by: str
    signed_off_at: datetime | None

    @property
    def signed_off(self) -> bool:
        return bool(self.signed_off_by)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _load_shift(session: Session, shift_id: int) -> DutyShift:
    shift = session.get(DutyShift, shift_id)
    if shift is None:
        raise NotFoundError(f"shift {shift_id}")
    return shift


def _open_shift(session: Session, shift_id: int, expected_version: int | None) -> DutyShift:
    shift = _load_shift(session, shift_id)
    if expected_version is not None and shift.version != expected_version:
        raise ConflictError(f"shift {shift_id} is at version {shift.version}")
    if shift.signed_off_by:
        raise ValidationError([FieldError("signed_off_by", "本班值班记录已签字确认，不能再修改")])
    return shift


@checked
def get_shift_log(db: Database, actor: Actor, shift_id: int) -> ShiftLog:
    with db.read() as session:
        shift = _load_shift(session, shift_id)
        entries = session.scalars(
            select(DutyLogEntry)
            .where(DutyLogEntry.shift_id == shift_id)
            .order_by(DutyLogEntry.occurred_at, DutyLogEntry.id)
        )
        links = list(
            session.scalars(
                select(DutyLogLink).where(DutyLogLink.shift_id == shift_id).order_by(DutyLogLink.id)
            )
        )
        linked: list[LinkedRecord] = []
        for kind, describe in LINK_KINDS.items():
            ids = [link.target_id for link in links if link.target_kind == kind]
            if ids:
                found = describe(session, ids, actor)
                linked.extend(found.get(i, LinkedRecord(kind, i, None, HIDDEN_TITLE)) for i in ids)
        # Kinds this build does not know yet (linked by a newer program) still show.
        linked.extend(
            LinkedRecord(link.target_kind, link.target_id, None, f"#{link.target_id}")
            for link in links
            if link.target_kind not in LINK_KINDS
        )
        linked.sort(key=lambda r: (r.when or datetime.min, r.kind, r.id))
        return ShiftLog(
            _shift_record(shift, _people_map(session, [shift])),
            shift.version,
            tuple(
                LogEntryRecord(e.id, e.kind, e.occurred_at, e.content, e.created_by)
                for e in entries
            ),
            tuple(linked),
            shift.handover_note,
            shift.signed_off_by,
            shift.signed_off_at,
        )


@checked
def add_log_entry(
    db: Database,
    actor: Actor,
    shift_id: int,
    kind: str,
    occurred_at: datetime,
    content: str,
    *,
    now: datetime | None = None,
) -> LogEntryRecord:
    log_kind, text = validate_log_entry(kind, content)
    with db.write() as session:
        shift = _open_shift(session, shift_id, None)
        # A little slack either side: a call logged at 07:59 of a shift starting 08:00.
        if not (shift.starts_at.date() <= occurred_at.date() <= shift.ends_at.date()):
            raise ValidationError([FieldError("occurred_at", "时间不在本班值班的日期内")])
        entry = DutyLogEntry(
            shift_id=shift.id,
            kind=log_kind.value,
            occurred_at=occurred_at.replace(second=0, microsecond=0),
            content=text,
            created_at=_now(now),
            created_by=actor.name,
        )
        session.add(entry)
        session.flush()
        return LogEntryRecord(
            entry.id, entry.kind, entry.occurred_at, entry.content, entry.created_by
        )


@checked
def visits_during_shift(db: Database, actor: Actor, shift_id: int) -> list[LinkedRecord]:
    """Visits registered while the shift ran (not voided): what the log can link."""
    return [r for r in records_during_shift(db, actor, shift_id) if r.kind == VISIT]


@checked
def records_during_shift(db: Database, actor: Actor, shift_id: int) -> list[LinkedRecord]:
    """Visits that arrived and cases registered while the shift ran, in time order; cases
    only for roles that may read them."""
    with db.read() as session:
        shift = _load_shift(session, shift_id)
        visit_ids = list(
            session.scalars(
                select(Visit.id).where(
                    Visit.arrived_at >= shift.starts_at,
                    Visit.arrived_at < shift.ends_at,
                    Visit.voided_at.is_(None),
                )
            )
        )
        case_ids = list(
            session.scalars(
                select(Case.id).where(
                    Case.created_at >= shift.starts_at, Case.created_at < shift.ends_at
                )
            )
        )
        found = [
            *_describe_visits(session, visit_ids, actor).values(),
            *_describe_cases(session, case_ids, actor).values(),
        ]
    return sorted(found, key=lambda r: (r.when or datetime.min, r.kind, r.id))


@checked
def link_record(
    db: Database,
    actor: Actor,
    shift_id: int,
    kind: str,
    target_id: int,
    *,
    now: datetime | None = None,
) -> None:
    if kind not in LINK_KINDS:
        raise ValidationError([FieldError("links", "不能关联这种记录")])
    if kind == CASE and not _sees_cases(actor):
        raise PermissionDeniedError(actor.role, Permission.VIEW_OWN_CASES)
    with db.write() as session:
        _open_shift(session, shift_id, None)
        if not LINK_KINDS[kind](session, [target_id], actor):
            raise NotFoundError(f"{kind} {target_id}")
        exists = session.scalar(
            select(DutyLogLink.id).where(
                DutyLogLink.shift_id == shift_id,
                DutyLogLink.target_kind == kind,
                DutyLogLink.target_id == target_id,
            )
        )
        if exists is None:
            session.add(
                DutyLogLink(
                    shift_id=shift_id,
                    target_kind=kind,
                    target_id=target_id,
                    created_at=_now(now),
                    created_by=actor.name,
                )
            )


@checked
def save_handover(
    db: Database, actor: Actor, shift_id: int, note: str, *, expected_version: int
) -> int:
    """Save the handover notes (交接班事项); returns the shift's new version."""
    text = validate_handover(note)
    with db.write() as session:
        shift = _open_shift(session, shift_id, expected_version)
        shift.handover_note = text
        session.flush()
        return shift.version


@checked
def sign_off(
    db: Database,
    actor: Actor,
    shift_id: int,
    signed_by: str,
    *,
    expected_version: int,
    handover_note: str | None = None,
    now: datetime | None = None,
) -> int:
    """The person on duty signs the log; with ``handover_note`` the notes are saved too, in
    the same transaction."""
    errors: list[FieldError] = []
    try:
        name = validate_sign_off(signed_by)
    except ValidationError as exc:
        errors.extend(exc.errors)
    note = None
    if handover_note is not None:
        try:
            note = validate_handover(handover_note)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        shift = _open_shift(session, shift_id, expected_version)
        if note is not None:
            shift.handover_note = note
        shift.signed_off_by = name
        shift.signed_off_at = _now(now)
        session.flush()
        return shift.version


@checked
def duty_log_sheet(
    db: Database, actor: Actor, shift_id: int, *, printed_at: datetime | None = None
) -> DutyLogSheet:
    """Plain data for the printed 值班记录 of one shift (the print is in the audit log)."""
    log = get_shift_log(db, actor, shift_id)
    audit.append(db, actor, "print", target_kind="duty_log", target_id=shift_id)
    shift = log.shift
    return DutyLogSheet(
        unit_name=get_unit_settings(db).unit_name,
        shift=f"{chinese_date_with_weekday(shift.day)} {shift.pattern_name} "
        f"{span_text(shift.starts_at, shift.ends_at)}",
        people=[(s.role_name, s.name, s.phone) for s in shift.seats if s.name],
        entries=[
            (
                f"{chinese_month_day(e.occurred_at)} {e.occurred_at:%H:%M}",
                e.kind,
                e.content,
                e.created_by,
            )
            for e in log.entries
        ],
        linked=[
            f"{record.when:%H:%M} {record.title}" if record.when else record.title
            for record in log.links
        ],
        handover=log.handover_note,
        signed=f"{log.signed_off_by} {chinese_datetime(log.signed_off_at)}"
        if log.signed_off
        else "",
        printed_at=printed_at or datetime.now(),
    )
