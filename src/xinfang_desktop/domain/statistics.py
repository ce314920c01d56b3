"""Statistics maths as Chinese reports give it: rates to one decimal, 同比 and 环比, periods.

Pure functions: no Qt, no SQL. A rate with nothing to divide by is None (shown as "—"), never
a division by zero.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

_ONE_DECIMAL = Decimal("0.1")


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """环比: the period of the same kind just before (a month before a month, …)."""
        if _is_whole_months(self):
            months = _month_count(self)
            first = _add_months(self.start, -months)
            return Period(first, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def year_before(self) -> Period:
        """同比: the same dates a year earlier (29 February becomes 28 February)."""
        return Period(_same_day_last_year(self.start), _same_day_last_year(self.end))

    @property
    def label(self) -> str:
        if self.start.year == self.end.year:
            return f"{self.start:%Y年%m月%d日}至{self.end:%m月%d日}"
        return f"{self.start:%Y年%m月%d日}至{self.end:%Y年%m月%d日}"


class Dimension(StrEnum):
    CHANNEL = "channel"
    CATEGORY = "category"
    AREA = "area"
    OWNER = "owner"
    OFFICE = "office"


DIMENSION_LABELS = {
    Dimension.CHANNEL: "渠道",
    Dimension.CATEGORY: "类别",
    Dimension.AREA: "所属地区",
    Dimension.OWNER: "包案领导",
    Dimension.OFFICE: "承办部门",
}
UNSPECIFIED = "（未填）"


@dataclass(frozen=True)
class Row:
    label: str
    cases: int
    persons: int
    closed: int
    closed_on_time: int

    @property
    def closure_rate(self) -> Decimal | None:
        return rate(self.closed, self.cases)

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.closed_on_time, self.closed)


@dataclass(frozen=True)
class Totals:
    visit_batches: int
    visit_persons: int
    cases: int
    case_persons: int
    closed: int
    closed_on_time: int
    repeats: int

    @property
    def closure_rate(self) -> Decimal | None:
        return rate(self.closed, self.cases)

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.closed_on_time, self.closed)

    @property
    def repeat_share(self) -> Decimal | None:
        return rate(self.repeats, self.cases)


@dataclass(frozen=True)
class Report:
    period: Period
    by: Dimension
    totals: Totals
    rows: tuple[Row, ...]
    previous: Totals  # 环比
    year_before: Totals  # 同比

    @property
    def cases_change_previous(self) -> Decimal | None:
        return change(self.totals.cases, self.previous.cases)

    @property
    def cases_change_year(self) -> Decimal | None:
        return change(self.totals.cases, self.year_before.cases)

    @property
    def visits_change_previous(self) -> Decimal | None:
        return change(self.totals.visit_batches, self.previous.visit_batches)

    @property
    def visits_change_year(self) -> Decimal | None:
        return change(self.totals.visit_batches, self.year_before.visit_batches)


def period_of(kind: PeriodKind, day: date) -> Period:
    """The week (Monday to Sunday), month, quarter or year that holds ``day``."""
    if kind is PeriodKind.WEEK:
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6))
    if kind is PeriodKind.MONTH:
        return Period(day.replace(day=1), _month_end(day.year, day.month))
    if kind is PeriodKind.QUARTER:
        first_month = (day.month - 1) // 3 * 3 + 1
        return Period(date(day.year, first_month, 1), _month_end(day.year, first_month + 2))
    if kind is PeriodKind.YEAR:
        return Period(date(day.year, 1, 1), date(day.year, 12, 31))
    raise ValueError("a custom period needs its own dates")


def rate(part: int, whole: int) -> Decimal | None:
    """Percent to one decimal, rounded half up as reports do: 484 of 501 → 96.6."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, ROUND_HALF_UP)


def change(now: int, before: int) -> Decimal | None:
    """同比/环比 change in percent, one decimal; None when the earlier figure is 0."""
    if before <= 0:
        return None
    return (Decimal(now - before) * 100 / Decimal(before)).quantize(_ONE_DECIMAL, ROUND_HALF_UP)


def format_rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def format_change(value: Decimal | None) -> str:
    if value is None:
        return "—"
    if value > 0:
        return f"增长{value}%"
    if value < 0:
        return f"下降{-value}%"
    return "持平"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _is_whole_months(period: Period) -> bool:
    return period.start.day == 1 and period.end == _month_end(period.end.year, period.end.month)


def _month_count(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def _same_day_last_year(day: date) -> date:
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)
