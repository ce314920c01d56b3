"""Duty rotas (值班表): roles, shift patterns, the rules a rota keeps, generation and fairness.

Pure and deterministic: the same settings, pools, calendar and seed give the same rota.

Generation fills every seat of every shift in time order. Of the people in the seat's pool who
may take it (not on leave, not already on an overlapping shift, not breaking a rule), it picks
the one with the fewest duties so far; ties go to the one with the lighter weekend/holiday
burden for a rest-day shift (the heavier one for a workday shift), then to whoever had fewer
duties in earlier rotas, then to whoever was on duty least recently, then to a seeded order.
Choosing the least-loaded eligible person keeps the counts of one pool within one of each
other whenever nobody is blocked by leave.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .dates import chinese_month_day
from .errors import FieldError, ValidationError
from .text import check_text, clean_text
from .workdays import NO_OVERRIDES, CalendarOverrides, DayKind, day_info, unknown_years

MAX_ROLES = 10
MAX_PATTERNS = 10
MAX_SEATS = 5
MAX_RANGE_DAYS = 400
MAX_NOTE_LENGTH = 2000


# -- settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DutyRole:
    """带班领导, 值班人员, 门卫 …: ``seats`` people per shift, ``reinforced_seats`` on
    sensitive days; ``leaders_only`` roles take only people marked as 校级领导."""

    code: str
    name: str
    seats: int = 1
    reinforced_seats: int = 1
    leaders_only: bool = False


@dataclass(frozen=True)
class ShiftPattern:
    """白班 08:00 for 12 hours, 夜班 20:00 for 12 hours, 24 小时 08:00 for 24 hours …"""

    code: str
    name: str
    start: time
    hours: int

    @property
    def is_night(self) -> bool:
        """A shift that covers the small hours (it runs past midnight)."""
        return self.start.hour * 60 + self.start.minute + self.hours * 60 > 24 * 60

    def span(self, day: date) -> tuple[datetime, datetime]:
        begins = datetime.combine(day, self.start)
        return begins, begins + timedelta(hours=self.hours)


@dataclass(frozen=True)
class SensitiveDay:
    """A day of the unit's own (重要会议, 纪念日) covered like a holiday with more seats."""

    day: date
    name: str


@dataclass(frozen=True)
class RotaSettings:
    roles: tuple[DutyRole, ...]
    patterns: tuple[ShiftPattern, ...]
    # Which patterns run on a working day and on a day off (weekend, holiday); a sensitive day
    # runs the day-off patterns, so holidays and sensitive days have 24-hour cover.
    workday_patterns: tuple[str, ...]
    day_off_patterns: tuple[str, ...]
    no_consecutive_nights: bool = True
    min_rest_hours: int = 8
    sensitive_days: tuple[SensitiveDay, ...] = ()

    def role(self, code: str) -> DutyRole:
        for role in self.roles:
            if role.code == code:
                return role
        raise KeyError(code)

    def pattern(self, code: str) -> ShiftPattern:
        for pattern in self.patterns:
            if pattern.code == code:
                return pattern
        raise KeyError(code)


DEFAULT_ROLES = (
    DutyRole("leader", "带班领导", 1, 1, leaders_only=True),
    DutyRole("staff", "值班人员", 1, 2),
    DutyRole("gate", "门卫", 1, 1),
)
DEFAULT_PATTERNS = (
    ShiftPattern("day", "白班", time(8, 0), 12),
    ShiftPattern("night", "夜班", time(20, 0), 12),
    ShiftPattern("full", "24小时", time(8, 0), 24),
)
DEFAULT_ROTA_SETTINGS = RotaSettings(
    roles=DEFAULT_ROLES,
    patterns=DEFAULT_PATTERNS,
    workday_patterns=("night",),
    day_off_patterns=("day", "night"),
)


def _code_ok(code: str) -> bool:
    return bool(code) and len(code) <= 20 and code.isascii() and code.replace("_", "").isalnum()


def validate_rota_settings(settings: RotaSettings) -> RotaSettings:
    """Return cleaned settings or raise ``ValidationError`` listing every problem."""
    errors: list[FieldError] = []
    roles: list[DutyRole] = []
    if not settings.roles:
        errors.append(FieldError("roles", "至少要有一个值班角色"))
    if len(settings.roles) > MAX_ROLES:
        errors.append(FieldError("roles", "值班角色最多 {max} 个", {"max": MAX_ROLES}))
    for role in settings.roles:
        name = clean_text(role.name)
        problem = check_text("roles", name, label="角色名称", max_length=20, required=True)
        if problem:
            errors.append(problem)
        if not _code_ok(role.code):
            errors.append(FieldError("roles", "角色“{name}”的代码不对", {"name": name}))
        if not 1 <= role.seats <= MAX_SEATS or not role.seats <= role.reinforced_seats <= MAX_SEATS:
            errors.append(
                FieldError(
                    "roles",
                    "角色“{name}”每班人数应为 1–{max}，加强值班人数不少于平时",
                    {"name": name, "max": MAX_SEATS},
                )
            )
        if any(r.code == role.code or r.name == name for r in roles):
            errors.append(FieldError("roles", "值班角色“{name}”重复了", {"name": name}))
        roles.append(replace(role, name=name))
    patterns: list[ShiftPattern] = []
    if not settings.patterns:
        errors.append(FieldError("patterns", "至少要有一个班次"))
    if len(settings.patterns) > MAX_PATTERNS:
        errors.append(FieldError("patterns", "班次最多 {max} 个", {"max": MAX_PATTERNS}))
    for pattern in settings.patterns:
        name = clean_text(pattern.name)
        problem = check_text("patterns", name, label="班次名称", max_length=20, required=True)
        if problem:
            errors.append(problem)
        if not _code_ok(pattern.code):
            errors.append(FieldError("patterns", "班次“{name}”的代码不对", {"name": name}))
        if not 1 <= pattern.hours <= 24:
            errors.append(
                FieldError("patterns", "班次“{name}”的时长应为 1–24 小时", {"name": name})
            )
        if any(p.code == pattern.code or p.name == name for p in patterns):
            errors.append(FieldError("patterns", "班次“{name}”重复了", {"name": name}))
        patterns.append(replace(pattern, name=name))
    known = {p.code for p in patterns}
    for field_name, label in (("workday_patterns", "工作日"), ("day_off_patterns", "休息日")):
        chosen = getattr(settings, field_name)
        if not chosen:
            errors.append(FieldError(field_name, "请选择{label}的班次", {"label": label}))
        elif any(code not in known for code in chosen):
            errors.append(FieldError(field_name, "{label}班次中有未定义的班次", {"label": label}))
        else:
            spans = sorted(_pattern_minutes(p) for p in patterns if p.code in chosen)
            if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
                errors.append(FieldError(field_name, "{label}的班次时间互相重叠", {"label": label}))
    if not 0 <= settings.min_rest_hours <= 48:
        errors.append(FieldError("min_rest_hours", "两班之间的休息时间应为 0–48 小时"))
    sensitive: list[SensitiveDay] = []
    for item in settings.sensitive_days:
        name = clean_text(item.name)
        problem = check_text(
            "sensitive_days", name, label="敏感日名称", max_length=50, required=True
        )
        if problem:
            errors.append(problem)
        if any(s.day == item.day for s in sensitive):
            errors.append(
                FieldError("sensitive_days", "{day} 重复了", {"day": item.day.isoformat()})
            )
        sensitive.append(SensitiveDay(item.day, name))
    if errors:
        raise ValidationError(errors)
    return replace(
        settings,
        roles=tuple(roles),
        patterns=tuple(patterns),
        sensitive_days=tuple(sorted(sensitive, key=lambda s: s.day)),
    )


def _pattern_minutes(pattern: ShiftPattern) -> tuple[int, int]:
    begins = pattern.start.hour * 60 + pattern.start.minute
    return begins, begins + pattern.hours * 60


# -- people, unavailability ------------------------------------------------------------------


@dataclass(frozen=True)
class DutyPerson:
    id: int
    name: str
    phone: str = ""
    is_leader: bool = False


@dataclass(frozen=True)
class Unavailability:
    """Leave, a trip …: the person takes no shift that touches these days."""

    person_id: int
    start: date
    end: date
    reason: str = ""

    def blocks(self, begins: datetime, ends: datetime) -> bool:
        last_day = (ends - timedelta(microseconds=1)).date()
        return begins.date() <= self.end and last_day >= self.start


def validate_unavailability(item: Unavailability) -> Unavailability:
    errors: list[FieldError] = []
    reason = clean_text(item.reason)
    problem = check_text("reason", reason, label="事由", max_length=100, required=True)
    if problem:
        errors.append(problem)
    if item.end < item.start:
        errors.append(FieldError("end", "结束日期不能早于开始日期"))
    if errors:
        raise ValidationError(errors)
    return replace(item, reason=reason)


def validate_range(start: date, end: date) -> None:
    if end < start:
        raise ValidationError([FieldError("end", "结束日期不能早于开始日期")])
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError([FieldError("end", "一次最多排 {max} 天", {"max": MAX_RANGE_DAYS})])


# -- shifts ----------------------------------------------------------------------------------


class DayCategory(StrEnum):
    WORKDAY = "工作日"
    WEEKEND = "周末"
    HOLIDAY = "节假日"
    SENSITIVE = "敏感日"


@dataclass(frozen=True)
class ShiftSlot:
    """One shift to cover: a pattern on a day, with how many seats each role has."""

    day: date
    pattern_code: str
    pattern_name: str
    starts_at: datetime
    ends_at: datetime
    category: DayCategory
    day_name: str  # 国庆节, 调休上班, 重要会议 … or ""
    is_night: bool
    seats: Mapping[str, int]  # role code → seats

    @property
    def is_day_off(self) -> bool:
        return self.category is not DayCategory.WORKDAY


def plan_shifts(
    settings: RotaSettings,
    start: date,
    end: date,
    overrides: CalendarOverrides = NO_OVERRIDES,
) -> list[ShiftSlot]:
    """Every shift in [start, end] with its seats, from the calendar and the sensitive days."""
    validate_range(start, end)
    sensitive = {s.day: s.name for s in settings.sensitive_days}
    slots: list[ShiftSlot] = []
    day = start
    while day <= end:
        info = day_info(day, overrides)
        if day in sensitive:
            category, day_name = DayCategory.SENSITIVE, sensitive[day]
        elif info.kind is DayKind.HOLIDAY:
            category, day_name = DayCategory.HOLIDAY, info.holiday_name
        elif info.kind is DayKind.WEEKEND:
            category, day_name = DayCategory.WEEKEND, ""
        else:
            category = DayCategory.WORKDAY
            day_name = "调休上班" if info.kind is DayKind.ADJUSTED_WORKDAY else ""
        codes = (
            settings.workday_patterns
            if category is DayCategory.WORKDAY
            else (settings.day_off_patterns)
        )
        reinforced = category is DayCategory.SENSITIVE
        seats = {r.code: (r.reinforced_seats if reinforced else r.seats) for r in settings.roles}
        for pattern in sorted((settings.pattern(c) for c in codes), key=_pattern_minutes):
            begins, ends = pattern.span(day)
            slots.append(
                ShiftSlot(
                    day,
                    pattern.code,
                    pattern.name,
                    begins,
                    ends,
                    category,
                    day_name,
                    pattern.is_night,
                    seats,
                )
            )
        day += timedelta(days=1)
    return slots


def calendar_warning(start: date, end: date, overrides: CalendarOverrides) -> str:
    """A clear warning when the range reaches into a year with no holiday data, or ""."""
    years = unknown_years(start, end, overrides)
    if not years:
        return ""
    return CALENDAR_WARNING.format(years=years_text(years))


CALENDAR_WARNING = (
    "{years}的法定节假日和调休安排尚未公布或收录：元旦、劳动节、国庆节按法定日期排为节假日，"
    "春节、清明节、端午节、中秋节和调休上班日按周一至周五上班排班。"
    "请在“设置”中标记{years}的这些日子后再生成。"
)


def years_text(years: Iterable[int]) -> str:
    return "、".join(f"{y}年" for y in years)


# -- assignments and rules -------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """One person in one seat of one shift."""

    day: date
    pattern_code: str
    role_code: str
    seat: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    is_night: bool
    category: DayCategory


class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "重复排班"
    UNAVAILABLE = "请假/出差"
    CONSECUTIVE_NIGHTS = "连续夜班"
    TOO_LITTLE_REST = "休息不足"
    NOT_IN_POOL = "不在该角色名单"
    NOT_LEADER = "不是校级领导"


# Hard conflicts are refused; rule breaks can be accepted by the user after a warning.
HARD_CONFLICTS = frozenset(
    {ConflictKind.DOUBLE_BOOKED, ConflictKind.UNAVAILABLE, ConflictKind.NOT_LEADER}
)


@dataclass(frozen=True)
class Conflict:
    """Like ``FieldError``: a Chinese template (translated by the UI) and its values."""

    kind: ConflictKind
    person_id: int
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def hard(self) -> bool:
        return self.kind in HARD_CONFLICTS


class DutyConflictError(Exception):
    """A manual change would break something; ``hard`` conflicts cannot be accepted."""

    def __init__(self, conflicts: Sequence[Conflict]):
        self.conflicts = list(conflicts)
        super().__init__("；".join(c.message for c in self.conflicts))

    @property
    def hard(self) -> bool:
        return any(c.hard for c in self.conflicts)


def person_conflicts(
    person: DutyPerson,
    begins: datetime,
    ends: datetime,
    is_night: bool,
    others: Iterable[Assignment],
    unavailability: Iterable[Unavailability],
    settings: RotaSettings,
) -> list[Conflict]:
    """What taking the shift [begins, ends) would break for ``person``, given their other
    assignments (``others`` must not include the seat being filled)."""
    found: list[Conflict] = []
    for item in unavailability:
        if item.person_id == person.id and item.blocks(begins, ends):
            found.append(
                Conflict(
                    ConflictKind.UNAVAILABLE,
                    person.id,
                    "{name}在 {start} 至 {end} {reason}，不能值班",
                    {
                        "name": person.name,
                        "start": item.start.isoformat(),
                        "end": item.end.isoformat(),
                        "reason": item.reason,
                    },
                )
            )
    rest = timedelta(hours=settings.min_rest_hours)
    for other in others:
        if other.person_id != person.id:
            continue
        if other.starts_at < ends and begins < other.ends_at:
            found.append(
                Conflict(
                    ConflictKind.DOUBLE_BOOKED,
                    person.id,
                    "{name}在 {when} 已有值班",
                    {"name": person.name, "when": _when(other)},
                )
            )
            continue
        gap = begins - other.ends_at if other.ends_at <= begins else other.starts_at - ends
        if gap < rest:
            found.append(
                Conflict(
                    ConflictKind.TOO_LITTLE_REST,
                    person.id,
                    "{name}与 {when} 的值班之间休息不足 {hours} 小时",
                    {"name": person.name, "when": _when(other), "hours": settings.min_rest_hours},
                )
            )
        if (
            settings.no_consecutive_nights
            and is_night
            and other.is_night
            and abs((other.starts_at.date() - begins.date()).days) == 1
        ):
            found.append(
                Conflict(
                    ConflictKind.CONSECUTIVE_NIGHTS,
                    person.id,
                    "{name}在 {when} 已值夜班，不宜连续两晚值夜班",
                    {"name": person.name, "when": _when(other)},
                )
            )
    return found


def _when(assignment: Assignment) -> str:
    return f"{chinese_month_day(assignment.starts_at)} {assignment.starts_at:%H:%M}"


# -- generation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """A seat nobody could take: shown to the user, to fill by hand."""

    slot: ShiftSlot
    role_code: str
    seat: int


@dataclass(frozen=True)
class FairnessRow:
    role_code: str
    person_id: int
    name: str
    total: int
    workday: int
    weekend: int
    holiday: int  # holidays and sensitive days
    nights: int
    hours: int


@dataclass(frozen=True)
class GeneratedRota:
    start: date
    end: date
    slots: tuple[ShiftSlot, ...]
    assignments: tuple[Assignment, ...]
    gaps: tuple[Gap, ...]
    warning: str  # calendar warning, or ""

    @property
    def complete(self) -> bool:
        return not self.gaps


@dataclass
class _Load:
    total: int = 0
    day_off: int = 0
    last: datetime = datetime.min
    busy: list[Assignment] = field(default_factory=list)


def generate_rota(
    settings: RotaSettings,
    start: date,
    end: date,
    pools: Mapping[str, Sequence[DutyPerson]],
    unavailability: Sequence[Unavailability] = (),
    overrides: CalendarOverrides = NO_OVERRIDES,
    *,
    seed: int = 0,
    fixed: Sequence[Assignment] = (),
    prior: Mapping[tuple[str, int], tuple[int, int]] | None = None,
    progress=None,
) -> GeneratedRota:
    """Fill every seat of every shift in [start, end] from the role pools.

    ``fixed``: assignments already made (e.g. in other rotas overlapping the range) that the
    new ones must not collide with. ``prior``: (role, person) → (duties, rest-day duties) in
    earlier rotas; it only breaks ties, so whoever carried more before gets the odd extra duty
    less often, while this rota's own counts stay within one. ``progress(done, total)`` is
    called now and then.
    """
    prior = prior or {}
    slots = plan_shifts(settings, start, end, overrides)
    rng = random.Random(seed)
    order: dict[tuple[str, int], float] = {}
    for role in settings.roles:
        for person in pools.get(role.code, ()):
            order[role.code, person.id] = rng.random()
    by_person_unavailable: dict[int, list[Unavailability]] = {}
    for item in unavailability:
        by_person_unavailable.setdefault(item.person_id, []).append(item)
    loads: dict[tuple[str, int], _Load] = {}
    # Busy times are per person across roles: one person in two pools is never double-booked.
    busy: dict[int, list[Assignment]] = {}
    for item in fixed:
        busy.setdefault(item.person_id, []).append(item)
    assignments: list[Assignment] = []
    gaps: list[Gap] = []
    for index, slot in enumerate(slots):
        if progress is not None and index % 50 == 0:
            progress(index, len(slots))
        for role in settings.roles:
            pool = pools.get(role.code, ())
            for seat in range(1, slot.seats.get(role.code, 0) + 1):
                best: tuple | None = None
                chosen: DutyPerson | None = None
                for person in pool:
                    load = loads.get((role.code, person.id)) or _Load()
                    before_total, before_day_off = prior.get((role.code, person.id), (0, 0))
                    day_off = load.day_off + before_day_off
                    burden = day_off if slot.is_day_off else -day_off
                    key = (
                        load.total,
                        burden,
                        before_total,
                        load.last,
                        order[role.code, person.id],
                    )
                    if best is not None and key >= best:
                        continue
                    if _blocked(person, slot, busy, by_person_unavailable, settings):
                        continue
                    best, chosen = key, person
                if chosen is None:
                    gaps.append(Gap(slot, role.code, seat))
                    continue
                assignment = Assignment(
                    slot.day,
                    slot.pattern_code,
                    role.code,
                    seat,
                    chosen.id,
                    slot.starts_at,
                    slot.ends_at,
                    slot.is_night,
                    slot.category,
                )
                assignments.append(assignment)
                busy.setdefault(chosen.id, []).append(assignment)
                load = loads.setdefault((role.code, chosen.id), _Load())
                load.total += 1
                load.day_off += slot.is_day_off
                load.last = slot.starts_at
    if progress is not None:
        progress(len(slots), len(slots))
    return GeneratedRota(
        start,
        end,
        tuple(slots),
        tuple(assignments),
        tuple(gaps),
        calendar_warning(start, end, overrides),
    )


def _blocked(
    person: DutyPerson,
    slot: ShiftSlot,
    busy: Mapping[int, list[Assignment]],
    unavailable: Mapping[int, list[Unavailability]],
    settings: RotaSettings,
) -> bool:
    # Only recent assignments can collide (shifts are ≤ 24 h, rest ≤ 48 h): look at the tail.
    recent = busy.get(person.id, ())[-6:]
    return bool(
        person_conflicts(
            person,
            slot.starts_at,
            slot.ends_at,
            slot.is_night,
            recent,
            unavailable.get(person.id, ()),
            settings,
        )
    )


def fairness_table(
    assignments: Iterable[Assignment],
    people: Mapping[int, DutyPerson],
    roles: Sequence[DutyRole],
    pools: Mapping[str, Sequence[DutyPerson]] | None = None,
) -> list[FairnessRow]:
    """Per role and person: duties, split by kind of day, nights and hours.

    People of a pool with no duty at all are listed too (with zeros) when ``pools`` is given.
    """
    counts: dict[tuple[str, int], list[int]] = {}
    if pools:
        for role in roles:
            for person in pools.get(role.code, ()):
                counts.setdefault((role.code, person.id), [0] * 6)
    for item in assignments:
        row = counts.setdefault((item.role_code, item.person_id), [0] * 6)
        row[0] += 1
        if item.category is DayCategory.WORKDAY:
            row[1] += 1
        elif item.category is DayCategory.WEEKEND:
            row[2] += 1
        else:
            row[3] += 1
        row[4] += item.is_night
        row[5] += int((item.ends_at - item.starts_at).total_seconds() // 3600)
    role_order = {role.code: index for index, role in enumerate(roles)}
    rows = [
        FairnessRow(
            role_code,
            person_id,
            people[person_id].name if person_id in people else str(person_id),
            *values,
        )
        for (role_code, person_id), values in counts.items()
    ]
    rows.sort(key=lambda r: (role_order.get(r.role_code, 99), -r.total, r.name, r.person_id))
    return rows


def spread_by_role(rows: Iterable[FairnessRow]) -> dict[str, int]:
    """Most minus fewest duties within each role's pool (0 or 1 is as fair as it gets)."""
    totals: dict[str, list[int]] = {}
    for row in rows:
        totals.setdefault(row.role_code, []).append(row.total)
    return {code: max(values) - min(values) for code, values in totals.items()}


# -- published versions ----------------------------------------------------------------------


@dataclass(frozen=True)
class SeatKey:
    day: date
    pattern_code: str
    role_code: str
    seat: int


@dataclass(frozen=True)
class SeatChange:
    seat: SeatKey
    before: int | None  # person id in the published version
    after: int | None  # person id now


def changes_since(
    published: Mapping[SeatKey, int], current: Mapping[SeatKey, int]
) -> list[SeatChange]:
    """Seats whose person differs from the published version, in time order."""
    keys = sorted(
        set(published) | set(current),
        key=lambda k: (k.day, k.pattern_code, k.role_code, k.seat),
    )
    return [
        SeatChange(key, published.get(key), current.get(key))
        for key in keys
        if published.get(key) != current.get(key)
    ]


# -- duty log --------------------------------------------------------------------------------


class LogKind(StrEnum):
    EVENT = "事件"
    CALL = "来电"
    VISITOR = "来访"
    OTHER = "其他"


def validate_log_entry(kind: str, content: str) -> tuple[LogKind, str]:
    errors: list[FieldError] = []
    try:
        log_kind = LogKind(kind)
    except ValueError:
        errors.append(FieldError("kind", "请选择记录类别"))
        log_kind = LogKind.OTHER
    text = clean_text(content)
    problem = check_text(
        "content",
        text,
        label="记录内容",
        max_length=MAX_NOTE_LENGTH,
        required=True,
        multiline=True,
    )
    if problem:
        errors.append(problem)
    if errors:
        raise ValidationError(errors)
    return log_kind, text


def validate_handover(note: str) -> str:
    text = clean_text(note)
    problem = check_text(
        "handover", text, label="交接班事项", max_length=MAX_NOTE_LENGTH, multiline=True
    )
    if problem:
        raise ValidationError([problem])
    return text


def validate_sign_off(name: str) -> str:
    text = clean_text(name)
    problem = check_text("signed_off_by", text, label="签名", max_length=50, required=True)
    if problem:
        raise ValidationError([problem])
    return text
