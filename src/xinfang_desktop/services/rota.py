"""Duty rotas: settings and pools, leave, generation, manual edits and swaps, publishing,
who is on duty now, one person's duties."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import (
    DutyAssignment,
    DutyRota,
    DutyRotaVersion,
    DutyShift,
    DutyUnavailability,
    Person,
    Setting,
)
from ..domain.errors import FieldError, ValidationError
from ..domain.rota import (
    DEFAULT_ROTA_SETTINGS,
    Assignment,
    Conflict,
    ConflictKind,
    DayCategory,
    DutyConflictError,
    DutyPerson,
    DutyRole,
    FairnessRow,
    GeneratedRota,
    RotaSettings,
    SeatKey,
    SensitiveDay,
    ShiftPattern,
    Unavailability,
    changes_since,
    fairness_table,
    generate_rota,
    person_conflicts,
    spread_by_role,
    validate_range,
    validate_rota_settings,
    validate_unavailability,
)
from ..domain.text import check_text, clean_text
from ..domain.workdays import CalendarOverrides
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session
from .workdays import get_calendar_overrides

SETTINGS_KEY = "rota_settings"
POOLS_KEY = "rota_pools"


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


# -- settings and pools ----------------------------------------------------------------------


def _settings_to_json(settings: RotaSettings) -> dict:
    return {
        "roles": [
            [r.code, r.name, r.seats, r.reinforced_seats, r.leaders_only] for r in settings.roles
        ],
        "patterns": [
            [p.code, p.name, p.start.strftime("%H:%M"), p.hours] for p in settings.patterns
        ],
        "workday_patterns": list(settings.workday_patterns),
        "day_off_patterns": list(settings.day_off_patterns),
        "no_consecutive_nights": settings.no_consecutive_nights,
        "min_rest_hours": settings.min_rest_hours,
        "sensitive_days": [[s.day.isoformat(), s.name] for s in settings.sensitive_days],
    }


def _settings_from_json(value: Mapping) -> RotaSettings:
    return RotaSettings(
        roles=tuple(DutyRole(c, n, int(s), int(r), bool(lo)) for c, n, s, r, lo in value["roles"]),
        patterns=tuple(
            ShiftPattern(c, n, time.fromisoformat(start), int(h))
            for c, n, start, h in value["patterns"]
        ),
        workday_patterns=tuple(value["workday_patterns"]),
        day_off_patterns=tuple(value["day_off_patterns"]),
        no_consecutive_nights=bool(value["no_consecutive_nights"]),
        min_rest_hours=int(value["min_rest_hours"]),
        sensitive_days=tuple(
            SensitiveDay(date.fromisoformat(d), n) for d, n in value["sensitive_days"]
        ),
    )


def get_rota_settings(db: Database) -> RotaSettings:
    with db.read() as session:
        row = session.get(Setting, SETTINGS_KEY)
        return _settings_from_json(row.value) if row else DEFAULT_ROTA_SETTINGS


@checked
def save_rota_settings(db: Database, actor: Actor, settings: RotaSettings) -> RotaSettings:
    cleaned = validate_rota_settings(settings)
    with db.write() as session:
        put_setting_in_session(session, SETTINGS_KEY, _settings_to_json(cleaned))
    return cleaned


def get_pools(db: Database) -> dict[str, tuple[int, ...]]:
    """Role code → the ids of the people who take turns in it, in the order they were listed."""
    with db.read() as session:
        row = session.get(Setting, POOLS_KEY)
        stored = dict(row.value) if row else {}
    return {code: tuple(int(i) for i in ids) for code, ids in stored.items()}


@checked
def save_pools(
    db: Database, actor: Actor, pools: Mapping[str, Sequence[int]]
) -> dict[str, tuple[int, ...]]:
    settings = get_rota_settings(db)
    errors: list[FieldError] = []
    cleaned: dict[str, tuple[int, ...]] = {}
    with db.write() as session:
        people = {p.id: p for p in session.scalars(select(Person).where(Person.left_on.is_(None)))}
        for code, ids in pools.items():
            try:
                role = settings.role(code)
            except KeyError:
                errors.append(FieldError("pools", "没有“{code}”这个值班角色", {"code": code}))
                continue
            unique = tuple(dict.fromkeys(ids))
            for person_id in unique:
                person = people.get(person_id)
                if person is None:
                    errors.append(
                        FieldError(
                            "pools", "{role}名单中有已离岗或不存在的人员", {"role": role.name}
                        )
                    )
                elif role.leaders_only and not person.is_leader:
                    errors.append(
                        FieldError(
                            "pools",
                            "{name}不是校级领导，不能担任{role}",
                            {"name": person.name, "role": role.name},
                        )
                    )
            cleaned[code] = unique
        if errors:
            raise ValidationError(errors)
        put_setting_in_session(session, POOLS_KEY, {c: list(ids) for c, ids in cleaned.items()})
    return cleaned


def _duty_person(person: Person) -> DutyPerson:
    return DutyPerson(person.id, person.name, person.phone, person.is_leader)


def _pool_people(
    session: Session, settings: RotaSettings, pools: Mapping[str, Sequence[int]]
) -> dict[str, list[DutyPerson]]:
    """The pools as people, leaving out whoever has left or may no longer take the role."""
    ids = {i for members in pools.values() for i in members}
    people = {
        p.id: p
        for p in session.scalars(select(Person).where(Person.id.in_(ids), Person.left_on.is_(None)))
    }
    result: dict[str, list[DutyPerson]] = {}
    for role in settings.roles:
        members = [people[i] for i in pools.get(role.code, ()) if i in people]
        result[role.code] = [
            _duty_person(p) for p in members if p.is_leader or not role.leaders_only
        ]
    return result


# -- unavailability --------------------------------------------------------------------------


@dataclass(frozen=True)
class UnavailabilityRecord:
    id: int
    person_id: int
    person_name: str
    start: date
    end: date
    reason: str


@checked
def add_unavailability(
    db: Database, actor: Actor, item: Unavailability, *, now: datetime | None = None
) -> UnavailabilityRecord:
    cleaned = validate_unavailability(item)
    with db.write() as session:
        person = session.get(Person, cleaned.person_id)
        if person is None:
            raise ValidationError([FieldError("person", "请选择人员")])
        row = DutyUnavailability(
            person_id=person.id,
            start_date=cleaned.start,
            end_date=cleaned.end,
            reason=cleaned.reason,
            created_at=_now(now),
            created_by=actor.name,
        )
        session.add(row)
        session.flush()
        return UnavailabilityRecord(
            row.id, person.id, person.name, row.start_date, row.end_date, row.reason
        )


@checked
def cancel_unavailability(
    db: Database, actor: Actor, item_id: int, *, now: datetime | None = None
) -> None:
    """Leave called off: the entry stays, marked as cancelled."""
    with db.write() as session:
        row = session.get(DutyUnavailability, item_id)
        if row is None:
            raise NotFoundError(f"unavailability {item_id}")
        row.cancelled_at = _now(now)


def list_unavailability(
    db: Database, start: date | None = None, end: date | None = None
) -> list[UnavailabilityRecord]:
    query = (
        select(DutyUnavailability, Person.name)
        .join(Person, Person.id == DutyUnavailability.person_id)
        .where(DutyUnavailability.cancelled_at.is_(None))
        .order_by(DutyUnavailability.start_date, DutyUnavailability.id)
    )
    if start is not None:
        query = query.where(DutyUnavailability.end_date >= start)
    if end is not None:
        query = query.where(DutyUnavailability.start_date <= end)
    with db.read() as session:
        return [
            UnavailabilityRecord(u.id, u.person_id, name, u.start_date, u.end_date, u.reason)
            for u, name in session.execute(query)
        ]


def _unavailability(session: Session, start: date, end: date) -> list[Unavailability]:
    query = select(DutyUnavailability).where(
        DutyUnavailability.cancelled_at.is_(None),
        DutyUnavailability.end_date >= start,
        DutyUnavailability.start_date <= end,
    )
    return [
        Unavailability(u.person_id, u.start_date, u.end_date, u.reason)
        for u in session.scalars(query)
    ]


# -- reading rotas ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SeatRecord:
    assignment_id: int
    role_code: str
    role_name: str
    seat: int
    person_id: int | None
    name: str  # "" when unfilled
    phone: str


@dataclass(frozen=True)
class ShiftRecord:
    id: int
    rota_id: int
    day: date
    pattern_code: str
    pattern_name: str
    starts_at: datetime
    ends_at: datetime
    category: DayCategory
    day_name: str
    is_night: bool
    seats: tuple[SeatRecord, ...]
    signed_off: bool

    def people_of(self, role_code: str) -> list[SeatRecord]:
        return [s for s in self.seats if s.role_code == role_code]


@dataclass(frozen=True)
class RotaSummary:
    id: int
    version: int
    name: str
    start: date
    end: date
    published_number: int  # 0: a draft never published
    updated_at: datetime

    @property
    def published(self) -> bool:
        return self.published_number > 0


@dataclass(frozen=True)
class SeatChangeRecord:
    day: date
    pattern_name: str
    role_name: str
    seat: int
    before: str  # name in the published version, "" when the seat was empty
    after: str


@dataclass(frozen=True)
class RotaDetail:
    summary: RotaSummary
    roles: tuple[tuple[str, str], ...]  # (code, name) in settings order, as printed
    shifts: tuple[ShiftRecord, ...]
    fairness: tuple[FairnessRow, ...]
    spread: Mapping[str, int]
    changes: tuple[SeatChangeRecord, ...]  # since the last publishing
    # Seats whose person is now on leave (leave registered after the rota was made).
    on_leave: Mapping[int, Conflict] = field(default_factory=dict)  # assignment id → why

    @property
    def unfilled(self) -> int:
        return sum(1 for shift in self.shifts for seat in shift.seats if seat.person_id is None)

    @property
    def phone_list(self) -> list[tuple[str, str, str]]:
        """(role name, name, phone) of everyone on the rota, for the foot of the printout."""
        seen: dict[tuple[str, int], tuple[str, str, str]] = {}
        for shift in self.shifts:
            for seat in shift.seats:
                if seat.person_id is not None:
                    seen.setdefault(
                        (seat.role_code, seat.person_id), (seat.role_name, seat.name, seat.phone)
                    )
        order = {code: i for i, (code, _) in enumerate(self.roles)}
        return [seen[k] for k in sorted(seen, key=lambda k: (order.get(k[0], 99), seen[k][1]))]


def _summary(rota: DutyRota) -> RotaSummary:
    return RotaSummary(
        rota.id,
        rota.version,
        rota.name,
        rota.start_date,
        rota.end_date,
        rota.published_number,
        rota.updated_at,
    )


def list_rotas(db: Database) -> list[RotaSummary]:
    with db.read() as session:
        rotas = session.scalars(select(DutyRota).order_by(DutyRota.start_date.desc(), DutyRota.id))
        return [_summary(r) for r in rotas]


def _load_rota(session: Session, rota_id: int) -> DutyRota:
    rota = session.get(DutyRota, rota_id)
    if rota is None:
        raise NotFoundError(f"rota {rota_id}")
    return rota


def _shift_query():
    return select(DutyShift).options(selectinload(DutyShift.seats)).order_by(DutyShift.starts_at)


def _people_map(session: Session, shifts: Sequence[DutyShift]) -> dict[int, Person]:
    ids = {s.person_id for shift in shifts for s in shift.seats if s.person_id is not None}
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _shift_record(shift: DutyShift, people: Mapping[int, Person]) -> ShiftRecord:
    seats = []
    for seat in shift.seats:
        person = people.get(seat.person_id) if seat.person_id is not None else None
        seats.append(
            SeatRecord(
                seat.id,
                seat.role_code,
                seat.role_name,
                seat.seat,
                seat.person_id,
                person.name if person else "",
                person.phone if person else "",
            )
        )
    return ShiftRecord(
        shift.id,
        shift.rota_id,
        shift.day,
        shift.pattern_code,
        shift.pattern_name,
        shift.starts_at,
        shift.ends_at,
        DayCategory(shift.category),
        shift.day_name,
        shift.is_night,
        tuple(seats),
        bool(shift.signed_off_by),
    )


def _assignment(shift: DutyShift, seat: DutyAssignment) -> Assignment:
    assert seat.person_id is not None
    return Assignment(
        shift.day,
        shift.pattern_code,
        seat.role_code,
        seat.seat,
        seat.person_id,
        shift.starts_at,
        shift.ends_at,
        shift.is_night,
        DayCategory(shift.category),
    )


def _seat_map(shifts: Sequence[DutyShift]) -> dict[SeatKey, int]:
    return {
        SeatKey(shift.day, shift.pattern_code, seat.role_code, seat.seat): seat.person_id
        for shift in shifts
        for seat in shift.seats
        if seat.person_id is not None
    }


def get_rota(db: Database, rota_id: int) -> RotaDetail:
    settings = get_rota_settings(db)
    pools = get_pools(db)
    with db.read() as session:
        rota = _load_rota(session, rota_id)
        shifts = list(session.scalars(_shift_query().where(DutyShift.rota_id == rota_id)))
        people = _people_map(session, shifts)
        pool_people = _pool_people(session, settings, pools)
        all_people = {i: _duty_person(p) for i, p in people.items()}
        for members in pool_people.values():
            all_people.update({p.id: p for p in members})
        assignments = [_assignment(sh, s) for sh in shifts for s in sh.seats if s.person_id]
        roles = _rota_roles(settings, shifts)
        fairness = fairness_table(
            assignments,
            all_people,
            [DutyRole(code, name) for code, name in roles],
            pool_people,
        )
        changes: list[SeatChangeRecord] = []
        if rota.published_number:
            published = session.scalar(
                select(DutyRotaVersion.snapshot).where(
                    DutyRotaVersion.rota_id == rota_id,
                    DutyRotaVersion.number == rota.published_number,
                )
            )
            changes = _change_records(session, published, shifts, people)
        return RotaDetail(
            _summary(rota),
            roles,
            tuple(_shift_record(s, people) for s in shifts),
            tuple(fairness),
            spread_by_role(fairness),
            tuple(changes),
            _seats_on_leave(session, rota, shifts, all_people),
        )


def _seats_on_leave(
    session: Session,
    rota: DutyRota,
    shifts: Sequence[DutyShift],
    people: Mapping[int, DutyPerson],
) -> dict[int, Conflict]:
    leave = _unavailability(session, rota.start_date, rota.end_date + timedelta(days=1))
    if not leave:
        return {}
    found: dict[int, Conflict] = {}
    for shift in shifts:
        for seat in shift.seats:
            if seat.person_id is None or seat.person_id not in people:
                continue
            conflicts = person_conflicts(
                people[seat.person_id],
                shift.starts_at,
                shift.ends_at,
                shift.is_night,
                (),
                leave,
                DEFAULT_ROTA_SETTINGS,
            )
            if conflicts:
                found[seat.id] = conflicts[0]
    return found


def _rota_roles(settings: RotaSettings, shifts: Sequence[DutyShift]) -> tuple[tuple[str, str], ...]:
    """The roles of a rota as stored (a role removed from settings later still prints)."""
    found: dict[str, tuple[int, str]] = {}
    for shift in shifts:
        for seat in shift.seats:
            found.setdefault(seat.role_code, (seat.role_order, seat.role_name))
    if not found:
        return tuple((r.code, r.name) for r in settings.roles)
    return tuple((code, name) for code, (_, name) in sorted(found.items(), key=lambda i: i[1]))


def _snapshot(shifts: Sequence[DutyShift]) -> list[list]:
    return [
        [k.day.isoformat(), k.pattern_code, k.role_code, k.seat, person_id]
        for k, person_id in sorted(
            _seat_map(shifts).items(), key=lambda i: (i[0].day, i[0].pattern_code, i[0].role_code)
        )
    ]


def _change_records(
    session: Session, snapshot: object, shifts: Sequence[DutyShift], people: Mapping[int, Person]
) -> list[SeatChangeRecord]:
    published = {
        SeatKey(date.fromisoformat(d), p, r, int(s)): int(i)
        for d, p, r, s, i in (snapshot or [])  # type: ignore[union-attr]
    }
    changes = changes_since(published, _seat_map(shifts))
    names = dict(people)
    missing = {c.before for c in changes if c.before is not None and c.before not in names}
    if missing:
        names.update(
            {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(missing)))}
        )
    pattern_names = {s.pattern_code: s.pattern_name for s in shifts}
    role_names = {seat.role_code: seat.role_name for s in shifts for seat in s.seats}

    def name(person_id: int | None) -> str:
        return names[person_id].name if person_id is not None and person_id in names else ""

    return [
        SeatChangeRecord(
            c.seat.day,
            pattern_names.get(c.seat.pattern_code, c.seat.pattern_code),
            role_names.get(c.seat.role_code, c.seat.role_code),
            c.seat.seat,
            name(c.before),
            name(c.after),
        )
        for c in changes
    ]


# -- generating ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerationResult:
    generated: GeneratedRota
    fairness: tuple[FairnessRow, ...]
    spread: Mapping[str, int]
    roles: tuple[tuple[str, str], ...]
    people: Mapping[int, DutyPerson]
    rota: RotaSummary | None  # None when only previewed
    overrides: CalendarOverrides  # the marked days used, for the UI's own warning


def _overlapping(session: Session, start: date, end: date) -> list[DutyRota]:
    return list(
        session.scalars(
            select(DutyRota).where(DutyRota.start_date <= end, DutyRota.end_date >= start)
        )
    )


def check_rota_name(name: str) -> str:
    cleaned = clean_text(name)
    problem = check_text("name", cleaned, label="值班表名称", max_length=100, required=True)
    if problem:
        raise ValidationError([problem])
    return cleaned


def check_new_rota(
    db: Database, name: str, start: date, end: date, *, check_overlap: bool = True
) -> str:
    """Name and dates of a new rota, every problem at once; returns the cleaned name.

    The generate dialog asks this before closing, so a clash shows next to the dates."""
    errors: list[FieldError] = []
    try:
        cleaned_name = check_rota_name(name)
    except ValidationError as exc:
        errors.extend(exc.errors)
        cleaned_name = ""
    try:
        validate_range(start, end)
    except ValidationError as exc:
        errors.extend(exc.errors)
    if check_overlap and not errors:
        with db.read() as session:
            clash = _overlapping(session, start, end)
        if clash:
            other = clash[0]
            errors.append(
                FieldError(
                    "start",
                    "与“{name}”（{start} 至 {end}）的日期重叠",
                    {
                        "name": other.name,
                        "start": other.start_date.isoformat(),
                        "end": other.end_date.isoformat(),
                    },
                )
            )
    if errors:
        raise ValidationError(errors)
    return cleaned_name


@checked
def generate(
    db: Database,
    actor: Actor,
    name: str,
    start: date,
    end: date,
    *,
    seed: int = 0,
    save: bool = True,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> GenerationResult:
    """Generate a rota for [start, end] and, with ``save``, keep it as a new draft.

    Refused when another rota already covers any of these days (one day, one rota).
    """
    cleaned_name = check_new_rota(db, name, start, end, check_overlap=save)
    settings = get_rota_settings(db)
    pools = get_pools(db)
    overrides = get_calendar_overrides(db)
    with db.read() as session:
        pool_people = _pool_people(session, settings, pools)
        leave = _unavailability(session, start - timedelta(days=1), end + timedelta(days=1))
        prior = _prior_load(session, start - timedelta(days=PRIOR_DAYS), start)
        fixed = _assignments_between(
            session,
            datetime.combine(start, time()) - timedelta(days=2),
            datetime.combine(end, time()) + timedelta(days=3),
        )
    generated = generate_rota(
        settings,
        start,
        end,
        pool_people,
        leave,
        overrides,
        seed=seed,
        fixed=fixed,
        prior=prior,
        progress=progress,
    )
    people = {p.id: p for members in pool_people.values() for p in members}
    fairness = tuple(fairness_table(generated.assignments, people, settings.roles, pool_people))
    roles = tuple((r.code, r.name) for r in settings.roles)
    summary = None
    if save:
        summary = _save_generated(db, actor, cleaned_name, generated, settings, seed, now)
    return GenerationResult(
        generated, fairness, spread_by_role(fairness), roles, people, summary, overrides
    )


# How far back earlier rotas count when breaking ties between equally loaded people.
PRIOR_DAYS = 365


def _prior_load(
    session: Session, first: date, before: date
) -> dict[tuple[str, int], tuple[int, int]]:
    """(role, person) → (duties, rest-day duties) in rotas from ``first`` up to ``before``."""
    rows = session.execute(
        select(DutyAssignment.role_code, DutyAssignment.person_id, DutyShift.category)
        .join(DutyShift, DutyShift.id == DutyAssignment.shift_id)
        .where(
            DutyShift.day >= first,
            DutyShift.day < before,
            DutyAssignment.person_id.is_not(None),
        )
    )
    totals: dict[tuple[str, int], list[int]] = {}
    for role_code, person_id, category in rows:
        counts = totals.setdefault((role_code, person_id), [0, 0])
        counts[0] += 1
        counts[1] += category != DayCategory.WORKDAY.value
    return {key: (total, day_off) for key, (total, day_off) in totals.items()}


def _assignments_between(session: Session, begins: datetime, ends: datetime) -> list[Assignment]:
    shifts = session.scalars(
        _shift_query().where(DutyShift.starts_at < ends, DutyShift.ends_at > begins)
    )
    return [_assignment(sh, s) for sh in shifts for s in sh.seats if s.person_id is not None]


def _save_generated(
    db: Database,
    actor: Actor,
    name: str,
    generated: GeneratedRota,
    settings: RotaSettings,
    seed: int,
    now: datetime | None,
) -> RotaSummary:
    stamp = _now(now)
    taken = {
        (a.day, a.pattern_code, a.role_code, a.seat): a.person_id for a in generated.assignments
    }
    role_order = {r.code: i for i, r in enumerate(settings.roles)}
    with db.write() as session:
        if _overlapping(session, generated.start, generated.end):
            raise ConflictError("another rota was saved for these days meanwhile")
        rota = DutyRota(
            name=name,
            start_date=generated.start,
            end_date=generated.end,
            seed=seed,
            published_number=0,
            created_at=stamp,
            created_by=actor.name,
            updated_at=stamp,
        )
        session.add(rota)
        for slot in generated.slots:
            shift = DutyShift(
                day=slot.day,
                pattern_code=slot.pattern_code,
                pattern_name=slot.pattern_name,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                category=slot.category.value,
                day_name=slot.day_name,
                is_night=slot.is_night,
                handover_note="",
                signed_off_by="",
            )
            rota.shifts.append(shift)
            for role in settings.roles:
                for seat in range(1, slot.seats.get(role.code, 0) + 1):
                    shift.seats.append(
                        DutyAssignment(
                            role_code=role.code,
                            role_name=role.name,
                            role_order=role_order[role.code],
                            seat=seat,
                            person_id=taken.get((slot.day, slot.pattern_code, role.code, seat)),
                        )
                    )
        session.flush()
        return _summary(rota)


@checked
def discard_draft(db: Database, actor: Actor, rota_id: int, *, expected_version: int) -> None:
    """A draft never published can be thrown away; a published rota stays for the record."""
    with db.write() as session:
        rota = _load_rota(session, rota_id)
        if rota.version != expected_version:
            raise ConflictError(f"rota {rota_id} is at version {rota.version}")
        if rota.published_number:
            raise ValidationError(
                [FieldError("rota", "已发布的值班表不能删除，只能修改后重新发布")]
            )
        session.delete(rota)


# -- manual edits ----------------------------------------------------------------------------


def _edit_target(
    session: Session, assignment_id: int, expected_version: int
) -> tuple[DutyRota, DutyShift, DutyAssignment]:
    seat = session.get(DutyAssignment, assignment_id)
    if seat is None:
        raise NotFoundError(f"assignment {assignment_id}")
    shift = seat.shift
    rota = shift.rota
    if rota.version != expected_version:
        raise ConflictError(f"rota {rota.id} is at version {rota.version}")
    if shift.signed_off_by:
        # The signed log says who was on duty; the rota must keep saying the same.
        raise ValidationError(
            [
                FieldError(
                    "rota",
                    "{day} {shift}的值班记录已签字确认，不能再调整人员",
                    {"day": shift.day.isoformat(), "shift": shift.pattern_name},
                )
            ]
        )
    return rota, shift, seat


def _conflicts_for(
    session: Session,
    settings: RotaSettings,
    pools: Mapping[str, Sequence[int]],
    person: Person,
    shift: DutyShift,
    role_code: str,
    leaving: set[int],
) -> list[Conflict]:
    """What putting ``person`` into a ``role_code`` seat of ``shift`` would break, ignoring the
    seats in ``leaving`` (the ones being changed)."""
    found: list[Conflict] = []
    try:
        role = settings.role(role_code)
    except KeyError:
        role = None
    if role is not None and role.leaders_only and not person.is_leader:
        found.append(
            Conflict(
                ConflictKind.NOT_LEADER,
                person.id,
                "{name}不是校级领导，不能担任{role}",
                {"name": person.name, "role": role.name},
            )
        )
    elif person.id not in pools.get(role_code, ()):
        found.append(
            Conflict(
                ConflictKind.NOT_IN_POOL,
                person.id,
                "{name}不在该角色的轮值名单中",
                {"name": person.name},
            )
        )
    window = timedelta(days=3)
    nearby = session.execute(
        select(DutyShift, DutyAssignment)
        .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
        .where(
            DutyAssignment.person_id == person.id,
            DutyShift.starts_at < shift.ends_at + window,
            DutyShift.ends_at > shift.starts_at - window,
        )
    )
    others = [_assignment(sh, seat) for sh, seat in nearby if seat.id not in leaving]
    leave = _unavailability(session, shift.starts_at.date(), shift.ends_at.date())
    found.extend(
        person_conflicts(
            _duty_person(person),
            shift.starts_at,
            shift.ends_at,
            shift.is_night,
            others,
            leave,
            settings,
        )
    )
    return found


def _hard_or_unaccepted(conflicts: Sequence[Conflict], accept_rule_breaks: bool) -> bool:
    return any(c.hard for c in conflicts) or (bool(conflicts) and not accept_rule_breaks)


@checked
def set_seat(
    db: Database,
    actor: Actor,
    assignment_id: int,
    person_id: int | None,
    *,
    expected_version: int,
    accept_rule_breaks: bool = False,
    now: datetime | None = None,
) -> RotaSummary:
    """Put a person into a seat (or empty it). Double-booking and leave are refused; a broken
    rule (two nights in a row, too little rest, someone outside the pool) raises
    ``DutyConflictError`` unless ``accept_rule_breaks``."""
    settings = get_rota_settings(db)
    pools = get_pools(db)
    with db.write() as session:
        rota, shift, seat = _edit_target(session, assignment_id, expected_version)
        if person_id is not None:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(f"person {person_id}")
            conflicts = _conflicts_for(
                session, settings, pools, person, shift, seat.role_code, {seat.id}
            )
            if _hard_or_unaccepted(conflicts, accept_rule_breaks):
                raise DutyConflictError(conflicts)
        seat.person_id = person_id
        rota.updated_at = _now(now)
        session.flush()
        return _summary(rota)


@checked
def swap_seats(
    db: Database,
    actor: Actor,
    first_id: int,
    second_id: int,
    *,
    expected_version: int,
    accept_rule_breaks: bool = False,
    now: datetime | None = None,
) -> RotaSummary:
    """Two people trade duties (调班), each checked in the other's seat as in ``set_seat``;
    both old seats count as free while checking."""
    if first_id == second_id:
        raise ValidationError([FieldError("swap", "请选择两个不同的班次位置")])
    settings = get_rota_settings(db)
    pools = get_pools(db)
    with db.write() as session:
        rota, first_shift, first = _edit_target(session, first_id, expected_version)
        other_rota, second_shift, second = _edit_target(session, second_id, expected_version)
        if other_rota.id != rota.id:
            raise ValidationError([FieldError("swap", "只能在同一份值班表内调班")])
        if first.person_id is None or second.person_id is None:
            raise ValidationError([FieldError("swap", "空缺的位置请直接安排人员，不必调班")])
        conflicts: list[Conflict] = []
        leaving = {first.id, second.id}
        for person_id, shift, role_code in (
            (first.person_id, second_shift, second.role_code),
            (second.person_id, first_shift, first.role_code),
        ):
            person = session.get(Person, person_id)
            assert person is not None
            conflicts.extend(
                _conflicts_for(session, settings, pools, person, shift, role_code, leaving)
            )
        if _hard_or_unaccepted(conflicts, accept_rule_breaks):
            raise DutyConflictError(conflicts)
        first.person_id, second.person_id = second.person_id, first.person_id
        rota.updated_at = _now(now)
        session.flush()
        return _summary(rota)


@checked
def publish(
    db: Database, actor: Actor, rota_id: int, *, expected_version: int, now: datetime | None = None
) -> RotaSummary:
    """Keep the rota as it is now as a numbered version; later changes show against it."""
    stamp = _now(now)
    with db.write() as session:
        rota = _load_rota(session, rota_id)
        if rota.version != expected_version:
            raise ConflictError(f"rota {rota_id} is at version {rota.version}")
        shifts = list(session.scalars(_shift_query().where(DutyShift.rota_id == rota_id)))
        empty = sum(1 for sh in shifts for s in sh.seats if s.person_id is None)
        if empty:
            raise ValidationError(
                [
                    FieldError(
                        "rota", "还有 {count} 个位置无人值班，排满后才能发布", {"count": empty}
                    )
                ]
            )
        people = {i: _duty_person(p) for i, p in _people_map(session, shifts).items()}
        on_leave = _seats_on_leave(session, rota, shifts, people)
        if on_leave:
            raise ValidationError(
                [
                    FieldError(
                        "rota",
                        "有 {count} 处安排的人员在请假/出差，调整后才能发布",
                        {"count": len(on_leave)},
                    )
                ]
            )
        rota.published_number += 1
        session.add(
            DutyRotaVersion(
                rota_id=rota.id,
                number=rota.published_number,
                published_at=stamp,
                published_by=actor.name,
                snapshot=_snapshot(shifts),
            )
        )
        rota.updated_at = stamp
        session.flush()
        return _summary(rota)


# -- on duty now, one person's duties --------------------------------------------------------


@dataclass(frozen=True)
class OnDuty:
    role_name: str
    name: str
    phone: str
    pattern_name: str
    starts_at: datetime
    ends_at: datetime
    shift_id: int


def on_duty(db: Database, now: datetime) -> list[OnDuty]:
    """Who is on duty today: the shifts of today's date and any shift running right now (at
    02:00, last night's shift), leader first."""
    today = now.date()
    query = (
        select(DutyShift, DutyAssignment, Person)
        .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
        .join(Person, Person.id == DutyAssignment.person_id)
        .where(
            or_(
                DutyShift.day == today,
                and_(DutyShift.starts_at <= now, DutyShift.ends_at > now),
            )
        )
        .order_by(DutyShift.starts_at, DutyAssignment.role_order, DutyAssignment.seat)
    )
    with db.read() as session:
        return [
            OnDuty(
                seat.role_name,
                person.name,
                person.phone,
                shift.pattern_name,
                shift.starts_at,
                shift.ends_at,
                shift.id,
            )
            for shift, seat, person in session.execute(query)
            if shift.ends_at > now
        ]


@dataclass(frozen=True)
class PersonDuty:
    day: date
    pattern_name: str
    starts_at: datetime
    ends_at: datetime
    role_name: str
    category: DayCategory
    day_name: str


def person_duties(db: Database, person_id: int, start: date, end: date) -> list[PersonDuty]:
    query = (
        select(DutyShift, DutyAssignment)
        .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
        .where(
            DutyAssignment.person_id == person_id,
            DutyShift.day >= start,
            DutyShift.day <= end,
        )
        .order_by(DutyShift.starts_at)
    )
    with db.read() as session:
        return [
            PersonDuty(
                shift.day,
                shift.pattern_name,
                shift.starts_at,
                shift.ends_at,
                seat.role_name,
                DayCategory(shift.category),
                shift.day_name,
            )
            for shift, seat in session.execute(query)
        ]
