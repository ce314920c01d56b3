"""Statistics maths as Chinese reports give it: rates to one decimal, 同比 and 环比, periods.

Pure functions: no Qt, no SQL. A rate with nothing to divide by is None (shown as "—"), never
a division by zero.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from .dates import chinese_date

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
        """2026年10月1日至11月29日: one date form everywhere, no leading zeros."""
        if self.start.year == self.end.year:
            return f"{chinese_date(self.start)}至{self.end.month}月{self.end.day}日"
        return f"{chinese_date(self.start)}至{chinese_date(self.end)}"

    def until(self, today: date) -> Period:
        """The part of the period that has happened by ``today``: nothing after today is
        counted or drawn, so an unfinished quarter never shows December as 0."""
        if self.start > today:
            raise PeriodNotStartedError(self)
        return Period(self.start, min(self.end, today))


class PeriodNotStartedError(ValueError):
    """A period that begins after today has nothing to count yet."""

    def __init__(self, period: Period):
        super().__init__(f"period {period.start}..{period.end} has not started")
        self.period = period

    @property
    def user_message(self) -> str:
        return (
            f"统计时期尚未开始（开始日期{chinese_date(self.period.start)}晚于今天），无数据可统计"
        )


def as_of_note(day: date) -> str:
    """截至2026年11月29日: the words an unfinished period carries wherever it is shown."""
    return f"截至{chinese_date(day)}"


def comparison_periods(asked: Period, counted: Period) -> tuple[Period, Period]:
    """(环比, 同比) periods for what was counted.

    A whole period compares with the whole period before it and the same dates a year
    earlier. An unfinished one (``counted`` shorter than ``asked``) compares the same number
    of days from the start of the period before and the same dates a year earlier: 60 days
    of a quarter against 60 days, never against a whole quarter.
    """
    if counted == asked:
        return asked.previous(), asked.year_before()
    before = asked.previous()
    same_days = Period(
        before.start, min(before.end, before.start + timedelta(days=counted.days - 1))
    )
    return same_days, counted.year_before()


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
    period: Period  # what was counted: the asked period up to today at the latest
    by: Dimension
    totals: Totals
    rows: tuple[Row, ...]
    previous: Totals  # 环比
    year_before: Totals  # 同比
    previous_period: Period | None = None
    year_before_period: Period | None = None
    asked: Period | None = None  # the period the user chose, when it has not ended yet
    as_of: date | None = None  # today, when the asked period has not ended

    @property
    def title(self) -> str:
        """2026年第四季度（截至2026年11月29日）, or the dates of a custom period."""
        asked = self.asked or self.period
        if self.as_of is None:
            return period_title(asked)
        return f"{period_title(asked)}（{as_of_note(self.as_of)}）"

    @property
    def label(self) -> str:
        """The counted dates, with 截至 when the period has not ended."""
        if self.as_of is None:
            return self.period.label
        return f"{self.period.label}（{as_of_note(self.as_of)}）"

    @property
    def shares(self) -> tuple[Decimal | None, ...]:
        """Each row's 占比 of the cases, rounded so the column adds up to exactly 100.0%."""
        return shares([row.cases for row in self.rows])

    @property
    def comparison_note(self) -> str:
        """Which dates 环比 and 同比 compared, so a reader can check them."""
        if self.previous_period is None or self.year_before_period is None:
            return ""
        return (
            f"环比期为{self.previous_period.label}，同比期为{self.year_before_period.label}"
            f"（均为{self.period.days}天）。"
            if self.as_of is not None
            else f"环比期为{self.previous_period.label}，同比期为{self.year_before_period.label}。"
        )

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


def count_axis(largest: int) -> tuple[int, int]:
    """(top, step) of an axis of counts: a whole step of 1, 2 or 5 × 10ⁿ and at most six
    ticks, so the axis reads 0, 2, 4 … and never 0, 0.5, 1 (shown as "0, 0, 1") or 0, 121 …"""
    top = max(largest, 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if -(-top // step) <= 5:
                return step * -(-top // step), step
        magnitude *= 10


_MOST_SLICES = 7  # more slices than this become one 其他 slice, or a pie is unreadable


def pie_slices(rows: tuple[Row, ...] | list[Row]) -> list[tuple[str, int]]:
    """(label, cases) for a pie: the largest groups, the rest together as 其他."""
    slices = [(r.label, r.cases) for r in rows if r.cases > 0]
    if len(slices) > _MOST_SLICES:
        rest = sum(n for _, n in slices[_MOST_SLICES - 1 :])
        slices = [*slices[: _MOST_SLICES - 1], ("其他", rest)]
    return slices


def share_lines(rows: tuple[Row, ...], top: int = 3) -> str:
    """ "来信 12 件（40.0%）、来访 9 件（30.0%）" for the largest ``top`` rows, with the same
    shares the tables print."""
    row_shares = shares([row.cases for row in rows])
    parts = [
        f"{row.label} {row.cases} 件（{format_rate(share)}）"
        for row, share in list(zip(rows, row_shares, strict=True))[:top]
        if row.cases
    ]
    return "、".join(parts)


def analysis_paragraphs(analysis: Analysis) -> list[str]:
    """The written part of the analysis, as an office would draft it from the tables."""
    report = analysis.report
    t = report.totals
    paragraphs = [
        f"{report.label}，共登记来访 {t.visit_batches} 批 {t.visit_persons} 人次，"
        f"同比{_said(report.visits_change_year)}，环比{_said(report.visits_change_previous)}；"
        f"受理信访事项 {t.cases} 件 {t.case_persons} 人次，"
        f"同比{_said(report.cases_change_year)}，环比{_said(report.cases_change_previous)}。"
        + report.comparison_note
    ]
    if t.cases == 0:
        paragraphs.append("本期未收到信访事项。")
        return paragraphs
    paragraphs.append(f"从渠道看，{share_lines(report.rows)}。")
    paragraphs.append(f"从反映的问题看，较集中的是{share_lines(analysis.categories)}。")
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


SHARES_FOOTNOTE = "占比按最大余数法修约到0.1%，各项之和恰为100.0%。"


def shares(counts: Sequence[int]) -> tuple[Decimal | None, ...]:
    """Percent shares to one decimal that add up to exactly 100.0 (largest-remainder
    rounding): each share is cut down to a tenth, and the tenths still missing go to the
    largest remainders (ties to the larger count, then the earlier row). Nothing to share:
    every share is None."""
    whole = sum(counts)
    if whole <= 0:
        return tuple(None for _ in counts)
    tenths = [count * 1000 // whole for count in counts]
    remainders = [count * 1000 % whole for count in counts]
    missing = 1000 - sum(tenths)
    order = sorted(range(len(counts)), key=lambda i: (-remainders[i], -counts[i], i))
    for index in order[:missing]:
        tenths[index] += 1
    return tuple((Decimal(t) / 10).quantize(_ONE_DECIMAL) for t in tenths)


EMPTY_GROUPS = "（本期无信访事项）"
TOTAL_LABEL = "合计"


def grouping_lines(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """A grouping table's lines as printed, shown and exported: name, 件数, 占比 (summing to
    exactly 100.0%), 人次, 办结, 办结率, 按期办结, 按期办结率; then the 合计 line."""
    lines = [
        _grouping_line(row, share)
        for row, share in zip(rows, shares([r.cases for r in rows]), strict=True)
    ]
    if not rows:
        lines.append((EMPTY_GROUPS, *("" for _ in range(7))))
    total = Row(
        TOTAL_LABEL,
        sum(r.cases for r in rows),
        sum(r.persons for r in rows),
        sum(r.closed for r in rows),
        sum(r.closed_on_time for r in rows),
    )
    lines.append(_grouping_line(total, Decimal("100.0") if total.cases else None))
    return lines


def _grouping_line(row: Row, share: Decimal | None) -> tuple[str, ...]:
    return (
        row.label,
        str(row.cases),
        format_rate(share),
        str(row.persons),
        str(row.closed),
        format_rate(row.closure_rate),
        str(row.closed_on_time),
        format_rate(row.on_time_rate),
    )


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
