"""The statutory working-day calendar (法定节假日 and 调休) for deadlines and duty rotas.

chinese-calendar knows the State Council's holiday notices up to the year it was released
for; later years fall back to "Monday to Friday" and are reported as unknown, so the caller
can warn and let the user mark that year's holidays and 调休 workdays by hand
(``CalendarOverrides``). A user's mark always wins over the package's data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar

# chinese-calendar names holidays in English; the user sees Chinese.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


# Holidays on fixed Gregorian dates (《全国年节及纪念日放假办法》, as revised in 2024): known
# for every year, also before the State Council's notice for it. 春节, 清明, 端午, 中秋 move
# with the lunar calendar and 调休 is set each year, so those still wait for the user's marks.
_FIXED_HOLIDAYS = {
    (1, 1): "元旦",
    (5, 1): "劳动节",
    (10, 1): "国庆节",
    (10, 2): "国庆节",
    (10, 3): "国庆节",
}
_FIXED_HOLIDAYS_FROM_2025 = {(5, 2): "劳动节"}  # 劳动节 has two days since 2025


def fixed_holiday(day: date) -> str:
    """The name of the fixed-date statutory holiday on ``day``, or ""."""
    key = (day.month, day.day)
    if day.year >= 2025 and key in _FIXED_HOLIDAYS_FROM_2025:
        return _FIXED_HOLIDAYS_FROM_2025[key]
    return _FIXED_HOLIDAYS.get(key, "")


FIXED_HOLIDAYS_TEXT = "元旦（1月1日）、劳动节（5月1日、2日）、国庆节（10月1日至3日）"
MOVING_HOLIDAYS_TEXT = "春节、清明节、端午节、中秋节及调休上班日"


class DayKind(StrEnum):
    WORKDAY = "工作日"
    WEEKEND = "周末"
    HOLIDAY = "法定节假日"
    ADJUSTED_WORKDAY = "调休上班"


@dataclass(frozen=True)
class CalendarOverrides:
    """Days the user marked: ``holidays`` maps a day to the holiday's name; ``workdays`` are
    weekend days worked (调休). Used for years the package does not know, or corrections."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    workdays: frozenset[date] = frozenset()


NO_OVERRIDES = CalendarOverrides()


@dataclass(frozen=True)
class DayInfo:
    day: date
    kind: DayKind
    holiday_name: str = ""
    known: bool = True  # False: the year is not in the statutory data nor marked by the user

    @property
    def is_workday(self) -> bool:
        return self.kind in (DayKind.WORKDAY, DayKind.ADJUSTED_WORKDAY)

    @property
    def is_day_off(self) -> bool:
        return not self.is_workday


def year_is_known(year: int) -> bool:
    """True when the package has the State Council's holiday notice for ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def day_info(day: date, overrides: CalendarOverrides = NO_OVERRIDES) -> DayInfo:
    weekend = day.weekday() >= 5
    if day in overrides.holidays:
        return DayInfo(day, DayKind.HOLIDAY, overrides.holidays[day])
    if day in overrides.workdays:
        return DayInfo(day, DayKind.ADJUSTED_WORKDAY if weekend else DayKind.WORKDAY)
    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        fixed = fixed_holiday(day)
        if fixed:  # the date is fixed by law even before the year's notice
            return DayInfo(day, DayKind.HOLIDAY, fixed, known=False)
        return DayInfo(day, DayKind.WEEKEND if weekend else DayKind.WORKDAY, known=False)
    chinese_name = HOLIDAY_NAMES.get(name or "", name or "")
    if is_holiday and name:
        return DayInfo(day, DayKind.HOLIDAY, chinese_name)
    if is_holiday:
        return DayInfo(day, DayKind.WEEKEND)
    if weekend:
        # A weekend day that is a workday: 调休, named after the holiday it pays for.
        return DayInfo(day, DayKind.ADJUSTED_WORKDAY, chinese_name)
    return DayInfo(day, DayKind.WORKDAY)


def is_workday(day: date, overrides: CalendarOverrides = NO_OVERRIDES) -> bool:
    return day_info(day, overrides).is_workday


def add_workdays(start: date, count: int, overrides: CalendarOverrides = NO_OVERRIDES) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself not counted).

    Deadlines count from the day after the event, as 《民法典》 Art. 201 counts periods.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    day, left = start, count
    while left:
        day += timedelta(days=1)
        if is_workday(day, overrides):
            left -= 1
    return day


def workdays_between(start: date, end: date, overrides: CalendarOverrides = NO_OVERRIDES) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end ≤ start)."""
    return sum(1 for day in days_after(start, end) if is_workday(day, overrides))


def days_after(start: date, end: date) -> Iterator[date]:
    day = start + timedelta(days=1)
    while day <= end:
        yield day
        day += timedelta(days=1)


def unknown_years(start: date, end: date, overrides: CalendarOverrides = NO_OVERRIDES) -> list[int]:
    """Years in [start, end] with neither statutory data nor any day marked by the user."""
    marked = {d.year for d in overrides.holidays} | {d.year for d in overrides.workdays}
    return [
        year
        for year in range(start.year, end.year + 1)
        if not year_is_known(year) and year not in marked
    ]
