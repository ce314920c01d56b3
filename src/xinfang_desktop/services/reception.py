"""领导接访日 and 约访: schedule reception days, book appointments, show the gate who is expected
today, and link the visit the gate registers to its appointment (and so to its case).

Scheduling and booking are for those who handle cases (MANAGE_CASES); the schedule is read by
them and by the leaders (REVIEW_AND_SIGN); the gate sees today's expected visitors
(REGISTER_VISITS) with the phone masked unless its role may see numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Appointment, Case, Person, ReceptionDay, Visit
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_phone
from ..domain.reception import (
    STATUS_ARRIVED,
    STATUS_BOOKED,
    STATUS_CANCELLED,
    STATUS_LABELS,
    AppointmentDraft,
    ReceptionDayDraft,
    validate_appointment,
    validate_reception_day,
)
from ..reports.year_work_forms import ReceptionLine, ReceptionSheet
from . import audit
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings

TIME_FORMAT = "%H:%M"


@dataclass(frozen=True)
class ReceptionDayRecord:
    id: int
    day: date
    starts: str
    ends: str
    place: str
    leader_id: int
    leader_name: str
    note: str


@dataclass(frozen=True)
class AppointmentRecord:
    id: int
    version: int
    scheduled_at: datetime
    leader_id: int
    leader_name: str
    petitioner_name: str
    petitioner_phone: str  # masked for roles without VIEW_PERSONAL_NUMBERS
    matter: str
    case_id: int | None
    case_number: str
    status: str
    visit_id: int | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.MANAGE_CASES) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.MANAGE_CASES)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())


def _check_leader(session: Session, leader_id: int | None) -> None:
    person = session.get(Person, leader_id) if leader_id is not None else None
    if person is None or not person.is_leader:
        raise ValidationError([FieldError("leader_id", "接访领导应为本单位的校级领导")])


@checked
def add_reception_day(
    db: Database, actor: Actor, draft: ReceptionDayDraft, *, now: datetime | None = None
) -> ReceptionDayRecord:
    actor.require(Permission.MANAGE_CASES)
    when = _now(now)
    cleaned = validate_reception_day(draft, when.date())
    with db.write() as session:
        _check_leader(session, cleaned.leader_id)
        row = ReceptionDay(
            day=cleaned.day,
            starts=cleaned.starts.strftime(TIME_FORMAT),
            ends=cleaned.ends.strftime(TIME_FORMAT),
            place=cleaned.place,
            leader_id=cleaned.leader_id,
            note=cleaned.note,
            created_at=when,
            created_by=actor.name,
        )
        session.add(row)
        session.flush()
        audit.append_in_session(
            session, actor, "create", target_kind="reception_day", target_id=row.id,
            detail=f"领导接访日 {cleaned.day:%Y-%m-%d}",
        )  # fmt: skip
        name = _names(session, {row.leader_id})[row.leader_id]
        return ReceptionDayRecord(
            row.id, row.day, row.starts, row.ends, row.place, row.leader_id, name, row.note
        )


@checked
def list_reception_days(
    db: Database, actor: Actor, start: date, end: date
) -> list[ReceptionDayRecord]:
    _may_read(actor)
    with db.read() as session:
        rows = list(
            session.scalars(
                select(ReceptionDay)
                .where(ReceptionDay.day.between(start, end))
                .order_by(ReceptionDay.day, ReceptionDay.starts)
            )
        )
        names = _names(session, {r.leader_id for r in rows})
        return [
            ReceptionDayRecord(
                r.id, r.day, r.starts, r.ends, r.place, r.leader_id, names[r.leader_id], r.note
            )
            for r in rows
        ]


def _appointments(session: Session, actor: Actor, query) -> list[AppointmentRecord]:
    rows = list(session.scalars(query.order_by(Appointment.scheduled_at, Appointment.id)))
    names = _names(session, {r.leader_id for r in rows})
    case_ids = {r.case_id for r in rows if r.case_id}
    numbers = (
        dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(case_ids))).all())
        if case_ids
        else {}
    )
    unmasked = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    confidential = actor.can(Permission.VIEW_CONFIDENTIAL)
    return [
        AppointmentRecord(
            id=r.id,
            version=r.version,
            scheduled_at=r.scheduled_at,
            leader_id=r.leader_id,
            leader_name=names[r.leader_id],
            petitioner_name=r.petitioner_name,
            petitioner_phone=r.petitioner_phone if unmasked else mask_phone(r.petitioner_phone),
            matter=r.matter if confidential else "",
            case_id=r.case_id,
            case_number=numbers.get(r.case_id, ""),
            status=r.status,
            visit_id=r.visit_id,
        )
        for r in rows
    ]


@checked
def book_appointment(
    db: Database, actor: Actor, draft: AppointmentDraft, *, now: datetime | None = None
) -> AppointmentRecord:
    actor.require(Permission.MANAGE_CASES)
    when = _now(now)
    cleaned = validate_appointment(draft, when)
    with db.write() as session:
        _check_leader(session, cleaned.leader_id)
        if cleaned.case_id is not None and session.get(Case, cleaned.case_id) is None:
            raise ValidationError([FieldError("case_id", "关联的信访事项不存在")])
        row = Appointment(
            scheduled_at=cleaned.scheduled_at,
            leader_id=cleaned.leader_id,
            petitioner_name=cleaned.petitioner_name,
            petitioner_phone=cleaned.petitioner_phone,
            matter=cleaned.matter,
            case_id=cleaned.case_id,
            status=STATUS_BOOKED,
            created_at=when,
            created_by=actor.name,
        )
        session.add(row)
        session.flush()
        audit.append_in_session(
            session, actor, "create", target_kind="appointment", target_id=row.id,
            detail=f"约访 {cleaned.scheduled_at:%Y-%m-%d %H:%M}",
        )  # fmt: skip
        return _appointments(session, actor, select(Appointment).where(Appointment.id == row.id))[0]


@checked
def list_appointments(
    db: Database, actor: Actor, start: date, end: date
) -> list[AppointmentRecord]:
    _may_read(actor)
    first, after = day_bounds(start, end)
    with db.read() as session:
        return _appointments(
            session,
            actor,
            select(Appointment).where(
                Appointment.scheduled_at >= first, Appointment.scheduled_at < after
            ),
        )


@checked
def expected_visitors(
    db: Database, actor: Actor, day: date, *, today: date | None = None
) -> list[AppointmentRecord]:
    """The gate's list for ``day``: booked appointments not yet arrived or cancelled. The gate
    sees today only, and not the matter: it may name the person complained about (信访工作
    条例 Art. 30); those who handle cases see both."""
    actor.require(Permission.REGISTER_VISITS)
    if day != (today or date.today()) and not actor.can(Permission.SEARCH_ALL_VISITS):
        raise PermissionDeniedError(actor.role, Permission.SEARCH_ALL_VISITS)
    first, after = day_bounds(day)
    with db.read() as session:
        return _appointments(
            session,
            actor,
            select(Appointment).where(
                Appointment.scheduled_at >= first,
                Appointment.scheduled_at < after,
                Appointment.status == STATUS_BOOKED,
            ),
        )


def _load(session: Session, appointment_id: int, expected_version: int) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise NotFoundError()
    if row.version != expected_version:
        raise ConflictError(f"appointment {appointment_id} is at version {row.version}")
    return row


@checked
def cancel_appointment(
    db: Database, actor: Actor, appointment_id: int, *, expected_version: int
) -> None:
    actor.require(Permission.MANAGE_CASES)
    with db.write() as session:
        row = _load(session, appointment_id, expected_version)
        if row.status != STATUS_BOOKED:
            raise ValidationError([FieldError("status", "只能取消尚未到访的约访")])
        row.status = STATUS_CANCELLED
        audit.append_in_session(
            session, actor, "update", target_kind="appointment", target_id=row.id, detail="取消"
        )


@checked
def link_arrival(
    db: Database, actor: Actor, appointment_id: int, visit_id: int, *, expected_version: int
) -> AppointmentRecord:
    """The gate registered the expected visitor: the appointment points to the visit (and the
    case, if any, is reached through it)."""
    actor.require(Permission.REGISTER_VISITS)
    with db.write() as session:
        row = _load(session, appointment_id, expected_version)
        if row.status != STATUS_BOOKED:
            raise ValidationError([FieldError("status", "这个约访已经到访或已取消")])
        if session.get(Visit, visit_id) is None:
            raise NotFoundError()
        row.status, row.visit_id = STATUS_ARRIVED, visit_id
        audit.append_in_session(
            session, actor, "update", target_kind="appointment", target_id=row.id,
            detail=f"到访，来访登记 {visit_id}",
        )  # fmt: skip
        session.flush()
        return _appointments(session, actor, select(Appointment).where(Appointment.id == row.id))[0]


@checked
def week_schedule(db: Database, actor: Actor, monday: date) -> tuple[ReceptionSheet, str]:
    """The week's 领导接访安排 for the notice board: reception days only (appointments name
    petitioners and stay off public paper); audited."""
    actor.require(Permission.PRINT_REGISTERS)
    days = list_reception_days(db, actor, monday, monday + timedelta(days=6))
    sheet = ReceptionSheet(
        monday=monday,
        lines=tuple(
            ReceptionLine(d.day, d.starts, d.ends, d.place, d.leader_name, d.note) for d in days
        ),
    )
    audit.append(
        db, actor, "print", target_kind="reception_day", target_id=f"{monday:%Y-%m-%d}",
        detail="领导接访安排",
    )  # fmt: skip
    return sheet, get_unit_settings(db).unit_name


def parse_time(text: str) -> time | None:
    """09:00 → a time; None when it is not one (the caller names the field)."""
    try:
        return datetime.strptime(text.strip(), TIME_FORMAT).time()
    except ValueError:
        return None
