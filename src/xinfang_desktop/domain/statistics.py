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
    # Closed cases from an imported ledger without a 办结日期: closed, but "on time" is unknown.
    closed_date_unknown: int = 0

    @property
    def closure_rate(self) -> Decimal | None:
        return rate(self.closed, self.cases)

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.closed_on_time, self.closed - self.closed_date_unknown)


@dataclass(frozen=True)
class Totals:
    visit_batches: int
    visit_persons: int
    cases: int
    case_persons: int
    closed: int
    closed_on_time: int
    repeats: int
    closed_date_unknown: int = 0  # as in Row

    @property
    def closure_rate(self) -> Decimal | None:
        return rate(self.closed, self.cases)

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.closed_on_time, self.closed - self.closed_date_unknown)

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


class TrendStep(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


TREND_STEP_LABELS = {TrendStep.DAY: "按日", TrendStep.WEEK: "按周", TrendStep.MONTH: "按月"}


@dataclass(frozen=True)
class TrendPoint:
    """One step of a line over time: what was registered and received within ``period``."""

    label: str
    period: Period
    visit_batches: int
    visit_persons: int
    cases: int
    case_persons: int


@dataclass(frozen=True)
class Trend:
    period: Period
    step: TrendStep
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class Analysis:
    """The quarter's analysis: totals and channels, categories, offices, owners, and the
    months against the same months a year before."""

    report: Report  # by channel, with 同比/环比
    categories: tuple[Row, ...]
    offices: tuple[Row, ...]
    owners: tuple[Row, ...]
    trend: Trend
    trend_year_before: Trend


@dataclass(frozen=True)
class HandlingRow:
    label: str
    count: int


@dataclass(frozen=True)
class AnnualTables:
    """What the annual 信访工作报告 needs (信访工作条例 Art. 41): the year's statistics, the
    fields covered, transfers, assignments and 督办, month by month."""

    year: int
    report: Report  # by channel; 同比 is the year before
    categories: tuple[Row, ...]
    offices: tuple[Row, ...]
    handling: tuple[HandlingRow, ...]
    months: Trend
    months_year_before: Trend


_QUARTER_NAMES = ("第一季度", "第二季度", "第三季度", "第四季度")


def period_title(period: Period) -> str:
    """ "2026年第四季度", "2026年11月", "2026年度" for whole calendar periods, else the dates."""
    start, end = period.start, period.end
    if start.day == 1 and end == _month_end(end.year, end.month) and start.year == end.year:
        months = end.month - start.month + 1
        if months == 12:
            return f"{start.year}年度"
        if months == 3 and start.month % 3 == 1:
            return f"{start.year}年{_QUARTER_NAMES[start.month // 3]}"
        if months == 1:
            return f"{start.year}年{start.month}月"
    return period.label


def default_step(period: Period) -> TrendStep:
    """Days for a month or less, weeks up to half a year, months beyond."""
    if period.days <= 31:
        return TrendStep.DAY
    if period.days <= 184:
        return TrendStep.WEEK
    return TrendStep.MONTH


def trend_buckets(period: Period, step: TrendStep) -> tuple[Period, ...]:
    """The period cut into days, calendar weeks (Monday–Sunday) or calendar months; the first
    and last pieces are clipped to the period so nothing outside it is counted."""
    pieces: list[Period] = []
    start = period.start
    while start <= period.end:
        if step is TrendStep.DAY:
            end = start
        elif step is TrendStep.WEEK:
            end = start + timedelta(days=6 - start.weekday())
        else:
            end = _month_end(start.year, start.month)
        end = min(end, period.end)
        pieces.append(Period(start, end))
        start = end + timedelta(days=1)
    return tuple(pieces)


def bucket_label(bucket: Period, step: TrendStep, *, with_year: bool = False) -> str:
    if step is TrendStep.MONTH:
        return (
            f"{bucket.start.year}年{bucket.start.month}月"
            if with_year
            else (f"{bucket.start.month}月")
        )
    return f"{bucket.start.month}/{bucket.start.day}"


_MOST_SLICES = 7  # more slices than this become one 其他 slice, or a pie is unreadable


def pie_slices(rows: tuple[Row, ...] | list[Row]) -> list[tuple[str, int]]:
    """(label, cases) for a pie: the largest groups, the rest together as 其他."""
    slices = [(r.label, r.cases) for r in rows if r.cases > 0]
    if len(slices) > _MOST_SLICES:
        rest = sum(n for _, n in slices[_MOST_SLICES - 1 :])
        slices = [*slices[: _MOST_SLICES - 1], ("其他", rest)]
    return slices


def share_lines(rows: tuple[Row, ...], whole: int, top: int = 3) -> str:
    """ "来信 12 件（40.0%）、来访 9 件（30.0%）" for the largest ``top`` rows."""
    parts = [
        f"{row.label} {row.cases} 件（{format_rate(rate(row.cases, whole))}）"
        for row in rows[:top]
        if row.cases
    ]
    return "、".join(parts)


def analysis_paragraphs(analysis: Analysis) -> list[str]:
    """The written part of the analysis, as an office would draft it from the tables."""
    report = analysis.report
    t = report.totals
    paragraphs = [
        f"{report.period.label}，共登记来访 {t.visit_batches} 批 {t.visit_persons} 人次，"
        f"同比{_said(report.visits_change_year)}，环比{_said(report.visits_change_previous)}；"
        f"受理信访事项 {t.cases} 件 {t.case_persons} 人次，"
        f"同比{_said(report.cases_change_year)}，环比{_said(report.cases_change_previous)}。"
    ]
    if t.cases == 0:
        paragraphs.append("本期未收到信访事项。")
        return paragraphs
    paragraphs.append(f"从渠道看，{share_lines(report.rows, t.cases)}。")
    paragraphs.append(f"从反映的问题看，较集中的是{share_lines(analysis.categories, t.cases)}。")
    paragraphs.append(
        f"已办结 {t.closed} 件，办结率 {format_rate(t.closure_rate)}；"
        f"其中按期办结 {t.closed_on_time} 件，按期办结率 {format_rate(t.on_time_rate)}；"
        f"重信重访 {t.repeats} 件，占 {format_rate(t.repeat_share)}。"
    )
    open_cases = t.cases - t.closed
    if open_cases:
        paragraphs.append(f"尚有 {open_cases} 件正在办理，须跟踪督办，做到件件有回音。")
    return paragraphs


def _said(value: Decimal | None) -> str:
    """ "增长12.5%" / "持平"; without a figure to compare, "无可比数据"."""
    return "无可比数据" if value is None else format_change(value)


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
