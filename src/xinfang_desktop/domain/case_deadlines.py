"""Statutory and internal deadlines of a petition case (信访工作条例 2022, Art. 23, 34–36).

Every limit is data (``DeadlineRules``): a number of days and whether they are calendar or
working days. National values are the defaults; a unit edits them in settings and may add its
own shorter internal targets. Pure functions compute a case's deadlines from its events.

Counting follows 《民法典》 Art. 201/203: the day of the event is not counted; a period in
calendar days whose last day is a day off ends on the next working day. Time during a hearing
(听证) is not counted (Art. 36): each paused day pushes the deadline back one counted day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from .errors import FieldError, ValidationError
from .workdays import NO_OVERRIDES, CalendarOverrides, is_workday, unknown_years


class DayCount(StrEnum):
    CALENDAR = "自然日"
    WORKING = "工作日"


@dataclass(frozen=True)
class Limit:
    days: int
    count: DayCount = DayCount.CALENDAR

    def describe(self) -> str:
        return f"{self.days} 个{self.count.value}"


@dataclass(frozen=True)
class DeadlineRules:
    """The unit's limits; the defaults are the national ones of 信访工作条例 (2022)."""

    notice: Limit = Limit(15)  # Art. 23: tell the petitioner in writing
    objection: Limit = Limit(5, DayCount.WORKING)  # Art. 23: object to a referred matter
    handling: Limit = Limit(60)  # Art. 34: close within 60 days of acceptance
    max_extension_days: int = 30  # Art. 34: one extension, at most 30 days
    review_request: Limit = Limit(30)  # Art. 35: 复查 asked within 30 days of the reply
    review_answer: Limit = Limit(30)  # Art. 35: 复查 answered within 30 days
    recheck_request: Limit = Limit(30)  # Art. 36: 复核 asked within 30 days
    recheck_answer: Limit = Limit(30)  # Art. 36: 复核 answered within 30 days
    # The unit's own shorter targets (0 = none): warn against these before the statutory ones.
    internal_notice: Limit = Limit(0)
    internal_handling: Limit = Limit(0)
    warning_days: int = 3

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = (
                {"days": value.days, "count": value.count.name}
                if isinstance(value, Limit)
                else value
            )
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> DeadlineRules:
        """Rules from stored settings; a missing or unreadable key keeps its national default."""
        rules = cls()
        if not isinstance(data, Mapping):
            return rules
        changes: dict[str, Any] = {}
        for f in fields(cls):
            raw = data.get(f.name)
            default = getattr(rules, f.name)
            try:
                if isinstance(default, Limit) and isinstance(raw, Mapping):
                    changes[f.name] = Limit(int(raw["days"]), DayCount[str(raw["count"])])
                elif isinstance(default, int) and raw is not None:
                    changes[f.name] = int(raw)
            except (KeyError, TypeError, ValueError):
                continue
        return replace(rules, **changes)


NATIONAL_RULES = DeadlineRules()

LIMIT_LABELS = {
    "notice": "书面告知期限",
    "objection": "转办异议期限",
    "handling": "办理期限",
    "max_extension_days": "延期最多天数",
    "review_request": "复查申请期限",
    "review_answer": "复查答复期限",
    "recheck_request": "复核申请期限",
    "recheck_answer": "复核答复期限",
    "internal_notice": "内部告知目标",
    "internal_handling": "内部办结目标",
    "warning_days": "提前提醒天数",
}
MAX_LIMIT_DAYS = 365


def validate_rules(rules: DeadlineRules) -> DeadlineRules:
    """Refuse limits that make no sense; internal targets must be shorter than the law's."""
    errors: list[FieldError] = []
    for f in fields(rules):
        value = getattr(rules, f.name)
        days = value.days if isinstance(value, Limit) else value
        internal = f.name.startswith("internal_")
        low = 0 if internal or f.name == "warning_days" else 1
        if not isinstance(days, int) or not low <= days <= MAX_LIMIT_DAYS:
            errors.append(
                FieldError(
                    f.name,
                    "{label}应在 {low} 到 {high} 天之间",
                    {"label": LIMIT_LABELS[f.name], "low": low, "high": MAX_LIMIT_DAYS},
                )
            )
    for internal, statutory in (("internal_notice", "notice"), ("internal_handling", "handling")):
        target, limit = getattr(rules, internal), getattr(rules, statutory)
        if target.days and target.count == limit.count and target.days > limit.days:
            errors.append(
                FieldError(
                    internal,
                    "{label}不能长于{law}（{days} 天）",
                    {
                        "label": LIMIT_LABELS[internal],
                        "law": LIMIT_LABELS[statutory],
                        "days": limit.days,
                    },
                )
            )
    if errors:
        raise ValidationError(errors)
    return rules


@dataclass(frozen=True)
class Pause:
    """A stretch when the clock stands still (a hearing); ``end`` None: still paused."""

    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=16384)
def _statutory_workday(day: date) -> bool:
    return is_workday(day)


def _workday(day: date, overrides: CalendarOverrides) -> bool:
    """``is_workday`` with the statutory part cached: deadlines of 100,000 cases ask about the
    same few hundred days over and over. The user's marks are checked first, uncached."""
    if day in overrides.holidays:
        return False
    if day in overrides.workdays:
        return True
    return _statutory_workday(day)


def due_date(
    start: date,
    limit: Limit,
    overrides: CalendarOverrides = NO_OVERRIDES,
    pauses: Iterable[Pause] = (),
    extra_days: int = 0,
) -> date | None:
    """The last day of ``limit`` (+ ``extra_days`` of the same kind) counted from ``start``.

    None while a pause that has not ended would swallow the deadline.
    """
    pauses = tuple(pauses)
    left = limit.days + extra_days
    day = start
    open_pause = next((p for p in pauses if p.end is None), None)
    while left > 0:
        day += timedelta(days=1)
        if open_pause is not None and day >= open_pause.start:
            return None
        if any(p.covers(day) for p in pauses):
            continue
        if limit.count == DayCount.WORKING and not _workday(day, overrides):
            continue
        left -= 1
    if limit.count == DayCount.CALENDAR:
        while not _workday(day, overrides):
            day += timedelta(days=1)
    return day


def calendar_warning(start: date, end: date, overrides: CalendarOverrides) -> str:
    """A Chinese warning when a deadline counts through years the calendar does not know."""
    years = unknown_years(start, end, overrides)
    if not years:
        return ""
    listed = "、".join(f"{y} 年" for y in years)
    return (
        f"{listed}的法定节假日和调休尚未公布，期限暂按周一至周五计算；"
        "请在“设置 → 节假日”中标记该年的放假和调休日。"
    )
