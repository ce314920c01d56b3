"""Petition cases (信访事项): register, take a step, edit, urge (督办), repeat petitions, lists
and the start-page counts. One function per user action, one transaction each."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import false, func, or_, select, text, true
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Case, CaseChange, CaseEvent, CasePetitioner, CaseUrging, Person
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.case_deadlines import DeadlineRules
from ..domain.case_flow import (
    OPEN_STATES,
    CaseClock,
    CaseState,
    Step,
    allowed_steps,
    replay,
    take_step,
)
from ..domain.case_flow import CaseEvent as FlowEvent
from ..domain.cases import (
    CaseDraft,
    Channel,
    PetitionerDraft,
    UrgingDraft,
    check_accused_on_recipient,
    format_case_number,
    similar_content,
    validate_case,
    validate_urging,
)
from ..domain.dates import chinese_date, chinese_datetime
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import (
    mask_id_number,
    mask_numbers_in_text,
    mask_phone,
    normalize_id_number,
    normalize_phone,
)
from ..domain.workdays import CalendarOverrides
from . import audit, screening
from .case_settings import get_case_settings, get_deadline_rules
from .context import Actor
from .permissions import checked
from .workdays import get_calendar_overrides

_DRAFT_FIELDS = tuple(f.name for f in fields(CaseDraft) if f.name != "petitioners")
OPEN_STATE_NAMES = tuple(s.name for s in OPEN_STATES)
# A case open longer than this is "long-running" in the principal's 督办 view.
LONG_RUNNING_DAYS = 60
_NUMBER_LOCK = 3_0040_0001  # advisory lock key guarding the yearly case numbers
CONFLICT_MESSAGE = (
    "这件信访事项刚被别人修改过（{who}，{when}），您的修改没有保存。请重新打开后再办理。"
)


class CaseConflictError(ConflictError):
    """Two users changed the same case: says who changed it and when."""


@dataclass(frozen=True)
class EventRecord:
    step: Step
    on: date
    details: dict[str, Any]
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class UrgingRecord:
    id: int
    urged_on: date
    method: str
    urged_by: str
    urged_to: str
    response: str
    recorded_by: str


@dataclass(frozen=True)
class CaseRecord:
    """One case in full, for the case form, its steps and its notices."""

    id: int
    version: int
    number: str
    draft: CaseDraft
    state: CaseState
    clock: CaseClock
    owner_name: str
    repeat_of_id: int | None
    repeat_of_number: str
    events: tuple[EventRecord, ...]
    urgings: tuple[UrgingRecord, ...]
    created_by: str
    updated_at: datetime

    @property
    def allowed_steps(self) -> list[Step]:
        return allowed_steps(self.clock)

    def last_event(self, step: Step) -> EventRecord | None:
        return next((e for e in reversed(self.events) if e.step == step), None)


@dataclass(frozen=True)
class CaseRow:
    """A list row (no accused, no ID numbers: lists are seen by more people)."""

    id: int
    number: str
    received_on: date
    channel: str
    petitioner_names: str
    people_count: int
    request: str
    category: str
    area: str
    owner_name: str
    handling_office: str
    state: CaseState
    due_on: date | None
    due_kind: str
    notified_on: date | None
    closed_on: date | None
    repeat_of_id: int | None


@dataclass(frozen=True)
class CaseCounts:
    overdue: int
    due_soon: int
    not_notified: int
    open: int


@dataclass(frozen=True)
class OwnerLoad:
    """The principal's 督办 view: per owner, open, overdue and long-running cases."""

    owner_id: int | None
    owner_name: str
    open: int
    overdue: int
    long_running: int


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows. ``attention``: "overdue", "due_soon", "not_notified",
    "long_running" (open longer than ``LONG_RUNNING_DAYS``)."""

    text: str = ""
    attention: str = ""
    state: str = ""
    owner_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    only_open: bool = False
    today: date | None = None
    warning_days: int = 3


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _load(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"case {case_id}")
    return case


def _check_version(session: Session, case: Case, expected_version: int) -> None:
    if case.version == expected_version:
        return
    message = CONFLICT_MESSAGE.format(
        who=_last_editor(session, case) or "另一位用户", when=chinese_datetime(case.updated_at)
    )
    raise CaseConflictError(f"case {case.id} is at version {case.version}", message)


def _last_editor(session: Session, case: Case) -> str:
    return (
        session.scalar(
            select(CaseEvent.recorded_by)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.id.desc())
            .limit(1)
        )
        or ""
    )


def _flow_events(session: Session, case_id: int) -> list[FlowEvent]:
    rows = session.execute(
        select(CaseEvent.step, CaseEvent.occurred_on, CaseEvent.details)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.id)
    )
    return [FlowEvent(Step[step], on, dict(details or {})) for step, on, details in rows]


def _store_clock(case: Case, clock: CaseClock) -> None:
    """Copy what lists, counts and statistics query into plain indexed columns."""
    case.state = clock.state.name
    nxt = clock.next_deadline
    case.due_on = nxt.due if nxt else None
    case.due_kind = nxt.kind if nxt else ""
    case.notice_due_on = clock.notice_due
    case.notified_on = clock.notified_on
    case.accepted_on = clock.accepted_on
    case.reply_due_on = clock.reply_due
    case.replied_on = clock.replied_on
    case.closed_on = clock.closed_on
    if clock.closed_on is None:
        case.closed_on_time = None
    else:
        answered = clock.replied_on or clock.closed_on
        case.closed_on_time = clock.reply_due is None or answered <= clock.reply_due


def _apply_draft(case: Case, draft: CaseDraft) -> None:
    for name in _DRAFT_FIELDS:
        if hasattr(case, name):
            setattr(case, name, getattr(draft, name))
    names = "、".join(p.name for p in draft.petitioners)
    case.petitioner_names = names if len(names) <= 200 else names[:199] + "…"


def _set_petitioners(session: Session, case: Case, draft: CaseDraft) -> None:
    for old in list(case.petitioners):
        session.delete(old)
    session.flush()
    for position, person in enumerate(draft.petitioners):
        session.add(
            CasePetitioner(
                case=case,
                position=position,
                name=person.name,
                phone=person.phone,
                id_number=person.id_number,
                address=person.address,
                is_representative=person.is_representative,
            )
        )


def _draft_of(case: Case) -> CaseDraft:
    petitioners = tuple(
        PetitionerDraft(p.name, p.phone, p.id_number, p.address, p.is_representative)
        for p in case.petitioners
    )
    values = {name: getattr(case, name) for name in _DRAFT_FIELDS if hasattr(case, name)}
    return CaseDraft(petitioners=petitioners, **values)


def _context(db: Database) -> tuple[DeadlineRules, CalendarOverrides]:
    return get_deadline_rules(db), get_calendar_overrides(db)


def _record(
    session: Session, case: Case, rules: DeadlineRules, overrides: CalendarOverrides
) -> CaseRecord:
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    ).all()
    flow = [FlowEvent(Step[e.step], e.occurred_on, dict(e.details or {})) for e in events]
    clock = replay(
        case.received_on,
        flow,
        rules,
        overrides,
        check=False,
        referred_from_above=case.channel == Channel.REFERRAL.value,
    )
    urgings = session.scalars(
        select(CaseUrging).where(CaseUrging.case_id == case.id).order_by(CaseUrging.id)
    ).all()
    owner = session.get(Person, case.owner_id) if case.owner_id else None
    earlier = session.get(Case, case.repeat_of_id) if case.repeat_of_id else None
    return CaseRecord(
        id=case.id,
        version=case.version,
        number=case.number,
        draft=_draft_of(case),
        state=clock.state,
        clock=clock,
        owner_name=owner.name if owner else "",
        repeat_of_id=case.repeat_of_id,
        repeat_of_number=earlier.number if earlier else "",
        events=tuple(
            EventRecord(
                Step[e.step], e.occurred_on, dict(e.details or {}), e.recorded_at, e.recorded_by
            )
            for e in events
        ),
        urgings=tuple(
            UrgingRecord(
                u.id, u.urged_on, u.method, u.urged_by, u.urged_to, u.response, u.recorded_by
            )
            for u in urgings
        ),
        created_by=case.created_by,
        updated_at=case.updated_at,
    )


def _check_owner(session: Session, owner_id: int | None) -> None:
    if owner_id is None:
        return
    person = session.get(Person, owner_id)
    if person is None or person.left_on is not None:
        raise ValidationError([FieldError("owner_id", "包案领导不存在或已离岗，请重新选择")])


@checked
def register_case(
    db: Database,
    actor: Actor,
    draft: CaseDraft,
    *,
    now: datetime | None = None,
    repeat_of_id: int | None = None,
    link_repeats: bool = True,
) -> CaseRecord:
    """Register a new case (any channel; also used when a screening finding becomes a case).

    The next yearly number is taken inside the transaction. Unless ``repeat_of_id`` is given,
    the latest earlier case of the same petitioner or matter is linked as its repeat
    (重信重访) when ``link_repeats`` is set.
    """
    when = _now(now)
    cleaned = validate_case(draft, when.date())
    rules, overrides = _context(db)
    number_format = get_case_settings(db).number_format
    with db.write() as session:
        case = register_in_session(
            session,
            actor,
            cleaned,
            when,
            rules,
            overrides,
            number_format,
            repeat_of_id=repeat_of_id,
            link_repeats=link_repeats,
        )
        return _record(session, case, rules, overrides)


@checked
def register_in_session(
    session: Session,
    actor: Actor,
    cleaned: CaseDraft,
    when: datetime,
    rules: DeadlineRules,
    overrides: CalendarOverrides,
    number_format: str,
    *,
    repeat_of_id: int | None = None,
    link_repeats: bool = True,
) -> Case:
    """Register one validated case inside the caller's transaction (register, import)."""
    _check_owner(session, cleaned.owner_id)
    if session.get_bind().dialect.name == "postgresql":
        # Two PCs registering at once must not take the same number; SQLite's BEGIN
        # IMMEDIATE already serialises writers.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _NUMBER_LOCK})
    year = cleaned.received_on.year
    seq = (session.scalar(select(func.max(Case.seq)).where(Case.year == year)) or 0) + 1
    if repeat_of_id is None and link_repeats:
        earlier = _earlier_cases(session, cleaned, limit=1)
        repeat_of_id = earlier[0].id if earlier else None
    elif repeat_of_id is not None:
        _load(session, repeat_of_id)
    case = Case(
        year=year,
        seq=seq,
        number=format_case_number(number_format, year, seq),
        repeat_of_id=repeat_of_id,
        created_at=when,
        created_by=actor.name,
        updated_at=when,
    )
    _apply_draft(case, cleaned)
    _store_clock(
        case,
        replay(
            cleaned.received_on,
            [],
            rules,
            overrides,
            referred_from_above=cleaned.channel == Channel.REFERRAL.value,
        ),
    )
    session.add(case)
    session.flush()
    _set_petitioners(session, case, cleaned)
    session.add(
        CaseEvent(
            case_id=case.id,
            step=Step.REGISTER.name,
            occurred_on=cleaned.received_on,
            details={"channel": cleaned.channel},
            recorded_at=when,
            recorded_by=actor.name,
        )
    )
    session.flush()
    session.refresh(case)
    if cleaned.finding_id is not None:
        screening.mark_case_registered(session, cleaned.finding_id, case.id)
    return case


@checked
def update_case(
    db: Database,
    actor: Actor,
    case_id: int,
    draft: CaseDraft,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> CaseRecord:
    """Save changes to the record itself (not its steps); refused if someone else saved first."""
    when = _now(now)
    cleaned = validate_case(draft, when.date())
    rules, overrides = _context(db)
    with db.write() as session:
        case = _load(session, case_id)
        _check_version(session, case, expected_version)
        _check_owner(session, cleaned.owner_id)
        events = _flow_events(session, case_id)
        if cleaned.received_on != case.received_on:
            # The steps must still be legal from the new received day on.
            replay(
                cleaned.received_on,
                events,
                rules,
                overrides,
                check=True,
                accused_office=cleaned.accused_office,
            )
        _record_changes(session, case, _draft_of(case), cleaned, actor, when)
        _apply_draft(case, cleaned)
        _set_petitioners(session, case, cleaned)
        referred = cleaned.channel == Channel.REFERRAL.value
        _store_clock(
            case,
            replay(
                cleaned.received_on,
                events,
                rules,
                overrides,
                check=False,
                referred_from_above=referred,
            ),
        )
        case.updated_at = when
        session.flush()
        session.refresh(case)
        return _record(session, case, rules, overrides)


def _field_text(draft: CaseDraft, name: str) -> str:
    if name == "petitioners":
        return "；".join(
            " ".join(x for x in (p.name, p.phone, mask_id_number(p.id_number), p.address) if x)
            + ("（代表）" if p.is_representative else "")
            for p in draft.petitioners
        )
    value = getattr(draft, name)
    return "" if value is None else str(value)


def _record_changes(
    session: Session,
    case: Case,
    before: CaseDraft,
    after: CaseDraft,
    actor: Actor,
    when: datetime,
) -> None:
    for name in ("petitioners", *_DRAFT_FIELDS):
        old, new = _field_text(before, name), _field_text(after, name)
        if old != new and name == "owner_id":
            old, new = (
                (person.name if (person := session.get(Person, int(v))) else v) if v else ""
                for v in (old, new)
            )
        if old != new:
            session.add(
                CaseChange(
                    case_id=case.id,
                    changed_at=when,
                    changed_by=actor.name,
                    field=name,
                    old_value=old,
                    new_value=new,
                )
            )


@dataclass(frozen=True)
class CaseChangeRecord:
    changed_at: datetime
    changed_by: str
    field_label: str
    old_value: str
    new_value: str


@checked
def case_changes(db: Database, actor: Actor, case_id: int) -> list[CaseChangeRecord]:
    """The history of the record itself (the steps are in ``CaseRecord.events``); changes of
    the accused only for roles allowed to see the accused, phones in old and new values masked
    for roles without the right to the numbers."""
    from ..domain.cases import FIELD_LABELS

    shown = str if actor.can(Permission.VIEW_PERSONAL_NUMBERS) else mask_numbers_in_text
    hidden = () if actor.can(Permission.VIEW_CONFIDENTIAL) else ("accused", "accused_office")
    with db.read() as session:
        _visible_case(session, actor, case_id)
        rows = session.scalars(
            select(CaseChange)
            .where(CaseChange.case_id == case_id, CaseChange.field.not_in(hidden))
            .order_by(CaseChange.id)
        )
        return [
            CaseChangeRecord(
                r.changed_at,
                r.changed_by,
                FIELD_LABELS.get(r.field, r.field),
                shown(r.old_value),
                shown(r.new_value),
            )
            for r in rows
        ]


@checked
def take_case_step(
    db: Database,
    actor: Actor,
    case_id: int,
    step: Step,
    on: date,
    details: dict[str, Any] | None = None,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> CaseRecord:
    """Take one step of the workflow (accept, assign, reply, …); an illegal one is refused."""
    when = _now(now)
    if on > when.date():
        raise ValidationError([FieldError("on", "{step}日期不能晚于今天", {"step": step.value})])
    rules, overrides = _context(db)
    with db.write() as session:
        case = _load(session, case_id)
        _check_version(session, case, expected_version)
        step_in_session(
            session, actor, case, FlowEvent(step, on, details or {}), rules, overrides, when
        )
        session.refresh(case)
        return _record(session, case, rules, overrides)


@checked
def step_in_session(
    session: Session,
    actor: Actor,
    case: Case,
    step: FlowEvent,
    rules: DeadlineRules,
    overrides: CalendarOverrides,
    when: datetime,
) -> None:
    """Take ``step`` inside the caller's transaction, or raise ValidationError having written
    nothing (the flow is checked before anything is added)."""
    event, clock = take_step(
        _flow_events(session, case.id),
        case.received_on,
        step,
        rules,
        overrides,
        accused_office=case.accused_office,
        referred_from_above=case.channel == Channel.REFERRAL.value,
    )
    if step.step == Step.ASSIGN:
        _check_owner(session, event.details.get("owner_id"))
        case.handling_office = event.details["office"]
        if event.details.get("owner_id") is not None:
            case.owner_id = event.details["owner_id"]
    session.add(
        CaseEvent(
            case_id=case.id,
            step=step.step.name,
            occurred_on=step.on,
            details=dict(event.details),
            recorded_at=when,
            recorded_by=actor.name,
        )
    )
    _store_clock(case, clock)
    case.updated_at = when
    session.flush()


@checked
def add_urging(
    db: Database,
    actor: Actor,
    case_id: int,
    draft: UrgingDraft,
    *,
    now: datetime | None = None,
) -> UrgingRecord:
    """Record one urging (督办); it does not change the case, so no version check."""
    when = _now(now)
    with db.write() as session:
        case = _load(session, case_id)
        cleaned = validate_urging(draft, when.date(), case.received_on)
        try:
            check_accused_on_recipient(case.accused_office, cleaned.urged_to)
        except ValidationError as exc:  # Art. 30: shown under the 被督办 field
            raise ValidationError(
                [FieldError("urged_to", e.template, e.params) for e in exc.errors]
            ) from None
        urging = CaseUrging(
            case_id=case.id,
            urged_on=cleaned.urged_on,
            method=cleaned.method,
            urged_by=cleaned.urged_by,
            urged_to=cleaned.urged_to,
            response=cleaned.response,
            recorded_at=when,
            recorded_by=actor.name,
        )
        session.add(urging)
        session.flush()
        return UrgingRecord(
            urging.id,
            urging.urged_on,
            urging.method,
            urging.urged_by,
            urging.urged_to,
            urging.response,
            urging.recorded_by,
        )


@checked
def visible_cases(actor: Actor):
    """The condition on ``Case`` for what the role may see: all cases, or the leader's own
    (领导包案); services add it to every query that reads cases for a person."""
    if actor.can(Permission.VIEW_ALL_CASES):
        return true()
    if actor.person_id is None:
        return false()
    return Case.owner_id == actor.person_id


def _shown_to(actor: Actor, record: CaseRecord) -> CaseRecord:
    """What the role may see of a case: ID numbers and phones masked without the right to
    the numbers; the accused and the accused office withheld without the right to
    confidential content (信访工作条例 Art. 30)."""
    draft = record.draft
    if not actor.can(Permission.VIEW_PERSONAL_NUMBERS):
        draft = replace(
            draft,
            petitioners=tuple(
                replace(p, phone=mask_phone(p.phone), id_number=mask_id_number(p.id_number))
                for p in draft.petitioners
            ),
        )
    if not actor.can(Permission.VIEW_CONFIDENTIAL):
        draft = replace(draft, accused="", accused_office="")
    return replace(record, draft=draft)


def _visible_case(session: Session, actor: Actor, case_id: int) -> Case:
    """The case if the role's scope reaches it; a missing case says so, a hidden one is
    refused."""
    case = session.scalar(select(Case).where(Case.id == case_id, visible_cases(actor)))
    if case is None:
        _load(session, case_id)
        raise PermissionDeniedError(actor.role, Permission.VIEW_ALL_CASES)
    return case


@checked
def require_case_visible(db: Database, actor: Actor, case_id: int) -> None:
    """For services that hang off a case (attachments): the same scope as the case itself."""
    with db.read() as session:
        _visible_case(session, actor, case_id)


@checked
def get_case(db: Database, actor: Actor, case_id: int) -> CaseRecord:
    """One case for the form, as much as the role may see. Opening a case with a
    petitioner's unmasked numbers is a look at personal data, and is logged."""
    rules, overrides = _context(db)
    unmasked = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    with db.write() as session:
        case = _visible_case(session, actor, case_id)
        record = _record(session, case, rules, overrides)
        if unmasked and any(p.phone or p.id_number for p in record.draft.petitioners):
            audit.append_in_session(
                session,
                actor,
                "view_unmasked",
                target_kind="case",
                target_id=case.id,
                detail=f"打开信访事项 {case.number}",
            )
    return _shown_to(actor, record)


@checked
def load_case(db: Database, actor: Actor, case_id: int) -> CaseRecord:
    """For other services (notices, steps): the same scope and masking as ``get_case``,
    without the audit line (the calling action writes its own)."""
    rules, overrides = _context(db)
    with db.read() as session:
        record = _record(session, _visible_case(session, actor, case_id), rules, overrides)
    return _shown_to(actor, record)


def recompute_open_deadlines_in_session(session: Session, rules: DeadlineRules) -> int:
    """After the rules or the calendar change: every case not yet closed gets new deadlines."""
    overrides = _overrides_in_session(session)
    count = 0
    for case in session.scalars(select(Case).where(Case.closed_on.is_(None))):
        _store_clock(
            case,
            replay(
                case.received_on,
                _flow_events(session, case.id),
                rules,
                overrides,
                check=False,
                referred_from_above=case.channel == Channel.REFERRAL.value,
            ),
        )
        count += 1
    return count


def _overrides_in_session(session: Session) -> CalendarOverrides:
    from ..db.models import Setting
    from .workdays import HOLIDAYS_KEY, WORKDAYS_KEY

    holidays = session.get(Setting, HOLIDAYS_KEY)
    workdays = session.get(Setting, WORKDAYS_KEY)
    return CalendarOverrides(
        holidays={
            date.fromisoformat(d): str(n)
            for d, n in dict(holidays.value if holidays else {}).items()
        },
        workdays=frozenset(date.fromisoformat(d) for d in (workdays.value if workdays else [])),
    )


@checked
def recompute_open_deadlines(db: Database, actor: Actor) -> int:
    rules = get_deadline_rules(db)
    with db.write() as session:
        return recompute_open_deadlines_in_session(session, rules)


# --- lists, counts and the 督办 view ------------------------------------------------------


def _filter_conditions(flt: CaseFilter) -> list:
    today = flt.today or date.today()
    conditions: list = []
    open_state = Case.state.in_(OPEN_STATE_NAMES)
    if flt.attention == "overdue":
        conditions += [open_state, Case.due_on < today]
    elif flt.attention == "due_soon":
        conditions += [
            open_state,
            Case.due_on >= today,
            Case.due_on <= today + timedelta(days=flt.warning_days),
        ]
    elif flt.attention == "not_notified":
        conditions += [Case.notice_due_on.is_not(None)]
    elif flt.attention == "long_running":
        conditions += [open_state, Case.received_on < today - timedelta(days=LONG_RUNNING_DAYS)]
    if flt.only_open:
        conditions.append(open_state)
    if flt.state:
        conditions.append(Case.state == flt.state)
    if flt.owner_id is not None:
        conditions.append(Case.owner_id == flt.owner_id)
    if flt.received_from is not None:
        conditions.append(Case.received_on >= flt.received_from)
    if flt.received_to is not None:
        conditions.append(Case.received_on <= flt.received_to)
    words = flt.text.strip()
    if words:
        like = f"%{words}%"
        conditions.append(
            or_(
                Case.number.like(like),
                Case.petitioner_names.like(like),
                Case.request.like(like),
                Case.handling_office.like(like),
            )
        )
    return conditions


@checked
def list_case_ids(db: Database, actor: Actor, flt: CaseFilter = CaseFilter()) -> list[int]:
    """Ids in list order (newest received first); the list fetches rows as it paints them."""
    query = select(Case.id).where(visible_cases(actor), *_filter_conditions(flt))
    if flt.attention in ("overdue", "due_soon"):
        query = query.order_by(Case.due_on, Case.id)
    else:
        query = query.order_by(Case.received_on.desc(), Case.id.desc())
    with db.read() as session:
        return list(session.scalars(query))


@checked
def fetch_case_rows(db: Database, actor: Actor, ids: list[int]) -> list[CaseRow]:
    if not ids:
        return []
    with db.read() as session:
        found = session.execute(
            select(Case, Person.name)
            .outerjoin(Person, Person.id == Case.owner_id)
            .where(Case.id.in_(ids), visible_cases(actor))
        ).all()
        by_id = {case.id: _row(case, owner or "") for case, owner in found}
    return [by_id[i] for i in ids if i in by_id]


def _row(case: Case, owner_name: str) -> CaseRow:
    return CaseRow(
        id=case.id,
        number=case.number,
        received_on=case.received_on,
        channel=case.channel,
        petitioner_names=case.petitioner_names,
        people_count=case.people_count,
        request=case.request,
        category=case.category,
        area=case.area,
        owner_name=owner_name,
        handling_office=case.handling_office,
        state=CaseState[case.state],
        due_on=case.due_on,
        due_kind=case.due_kind,
        notified_on=case.notified_on,
        closed_on=case.closed_on,
        repeat_of_id=case.repeat_of_id,
    )


def case_counts(db: Database, today: date, warning_days: int | None = None) -> CaseCounts:
    """The start page: overdue, due within the warning days, not yet told in writing, open."""
    days = get_deadline_rules(db).warning_days if warning_days is None else warning_days
    open_state = Case.state.in_(OPEN_STATE_NAMES)
    with db.read() as session:
        overdue = session.scalar(
            select(func.count()).select_from(Case).where(open_state, Case.due_on < today)
        )
        soon = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(open_state, Case.due_on >= today, Case.due_on <= today + timedelta(days=days))
        )
        not_notified = session.scalar(
            select(func.count()).select_from(Case).where(Case.notice_due_on.is_not(None))
        )
        total_open = session.scalar(select(func.count()).select_from(Case).where(open_state))
    return CaseCounts(
        int(overdue or 0), int(soon or 0), int(not_notified or 0), int(total_open or 0)
    )


def owner_loads(db: Database, today: date) -> list[OwnerLoad]:
    """督办 by owner: open, overdue and long-running cases per case owner, worst first."""
    open_state = Case.state.in_(OPEN_STATE_NAMES)
    long_ago = today - timedelta(days=LONG_RUNNING_DAYS)
    query = (
        select(
            Case.owner_id,
            Person.name,
            func.count(),
            func.count().filter(Case.due_on < today),
            func.count().filter(Case.received_on < long_ago),
        )
        .outerjoin(Person, Person.id == Case.owner_id)
        .where(open_state)
        .group_by(Case.owner_id, Person.name)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    loads = [
        OwnerLoad(owner_id, name or "（未指定包案领导）", int(n), int(late), int(long))
        for owner_id, name, n, late, long in rows
    ]
    return sorted(loads, key=lambda x: (-x.overdue, -x.long_running, -x.open, x.owner_name))


# --- repeat petitions (重信重访) ------------------------------------------------------------


def _earlier_cases(
    session: Session, draft: CaseDraft, *, exclude_id: int | None = None, limit: int = 10
) -> list[Case]:
    """Earlier cases of the same petitioner (ID or phone), or the same name with similar
    content: newest first."""
    # The form asks while the clerk types, before validation: normalise as validation would.
    ids = [normalize_id_number(p.id_number) for p in draft.petitioners if p.id_number.strip()]
    phones = [normalize_phone(p.phone.strip()) for p in draft.petitioners if p.phone.strip()]
    names = [p.name.strip() for p in draft.petitioners if p.name.strip() not in ("", "匿名")]
    matches: list[Case] = []
    person_match = []
    if ids:
        person_match.append(CasePetitioner.id_number.in_(ids))
    if phones:
        person_match.append(CasePetitioner.phone.in_(phones))
    candidates: dict[int, Case] = {}
    if person_match:
        query = (
            select(Case)
            .join(CasePetitioner, CasePetitioner.case_id == Case.id)
            .where(or_(*person_match), Case.received_on <= draft.received_on)
            .order_by(Case.received_on.desc(), Case.id.desc())
            .limit(limit * 3)
        )
        for case in session.scalars(query):
            candidates.setdefault(case.id, case)
    if names:
        query = (
            select(Case)
            .join(CasePetitioner, CasePetitioner.case_id == Case.id)
            .where(CasePetitioner.name.in_(names), Case.received_on <= draft.received_on)
            .order_by(Case.received_on.desc(), Case.id.desc())
            .limit(200)
        )
        for case in session.scalars(query):
            if case.id not in candidates and similar_content(case.request, draft.request):
                candidates[case.id] = case
    for case in candidates.values():
        if case.id != exclude_id:
            matches.append(case)
    matches.sort(key=lambda c: (c.received_on, c.id), reverse=True)
    return matches[:limit]


@checked
def find_earlier_cases(db: Database, actor: Actor, draft: CaseDraft) -> list[CaseRow]:
    """What the form shows as "this person or matter came before" while a case is typed."""
    with db.read() as session:
        found = _earlier_cases(session, draft)
        owners = {
            p.id: p.name
            for p in session.scalars(
                select(Person).where(Person.id.in_([c.owner_id for c in found if c.owner_id]))
            )
        }
        return [_row(c, owners.get(c.owner_id or 0, "")) for c in found]


@checked
def link_repeat(
    db: Database, actor: Actor, case_id: int, earlier_id: int | None, *, expected_version: int
) -> CaseRecord:
    """Link a case to the earlier case of the same matter by hand (or unlink with None)."""
    rules, overrides = _context(db)
    with db.write() as session:
        case = _load(session, case_id)
        _check_version(session, case, expected_version)
        if earlier_id is not None:
            earlier = _load(session, earlier_id)
            chain = _chain_ids(session, earlier.id)
            if case.id in chain:
                raise ValidationError([FieldError("repeat_of_id", "不能关联到本件或其后续件")])
        case.repeat_of_id = earlier_id
        case.updated_at = _now(None)
        session.flush()
        session.refresh(case)
        return _record(session, case, rules, overrides)


def _chain_ids(session: Session, case_id: int) -> list[int]:
    """The case and everything before it, oldest first."""
    chain: list[int] = []
    current: int | None = case_id
    while current is not None and current not in chain:
        chain.append(current)
        current = session.scalar(select(Case.repeat_of_id).where(Case.id == current))
    return list(reversed(chain))


@checked
def repeat_chain(db: Database, actor: Actor, case_id: int) -> list[CaseRow]:
    """The whole chain a case belongs to: its earlier cases and the later repeats, by date."""
    with db.read() as session:
        _load(session, case_id)
        root = _chain_ids(session, case_id)[0]
        members = {root}
        frontier = [root]
        while frontier:
            later = list(session.scalars(select(Case.id).where(Case.repeat_of_id.in_(frontier))))
            frontier = [i for i in later if i not in members]
            members.update(frontier)
    rows = fetch_case_rows(db, actor, sorted(members))
    return sorted(rows, key=lambda r: (r.received_on, r.id))


# --- a case from a gate visit ---------------------------------------------------------------


@checked
def draft_from_finding(db: Database, actor: Actor, record_id: int) -> CaseDraft:
    """A new case draft from a 包组摸排 finding: reported in person, in the group's name."""
    finding = screening.get_screening(db, actor, record_id)
    return CaseDraft(
        channel=Channel.VISIT.value,
        received_on=finding.screened_on,
        petitioners=(PetitionerDraft(name=finding.group_name[:50]),),
        request=finding.findings,
        area=finding.group_name,
        remarks=f"包组摸排发现（{finding.screened_by}，{chinese_date(finding.screened_on)}）"[:200],
        finding_id=record_id,
    )


@checked
def draft_from_visit(db: Database, actor: Actor, visit_id: int) -> CaseDraft:
    """A new case draft filled from a gate visit (the clerk completes it in the form)."""
    from .visits import get_visit

    visit = get_visit(db, actor, visit_id).draft
    return CaseDraft(
        channel=Channel.VISIT.value,
        received_on=visit.arrived_at.date(),
        petitioners=(
            PetitionerDraft(
                name=visit.name,
                phone=visit.phone,
                id_number=visit.id_number,
                address=visit.unit_address,
                is_representative=visit.people_count >= 5,
            ),
        ),
        request=visit.reason,
        people_count=visit.people_count,
        visit_id=visit_id,
        remarks=visit.remarks,
    )


def find_case_id(db: Database, number_or_id: str) -> int | None:
    """A case by its printed number, or by its row id."""
    wanted = number_or_id.strip()
    with db.read() as session:
        found = session.scalar(select(Case.id).where(Case.number == wanted))
        if found is None and wanted.isdigit():
            found = session.scalar(select(Case.id).where(Case.id == int(wanted)))
        return found
