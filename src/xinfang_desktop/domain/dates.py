"""Dates the way Chinese forms write them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def chinese_date(day: date) -> str:
    """2026年11月22日 (no leading zeros, as on printed forms)."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_month_day(day: date) -> str:
    """11月1日: within one year, where the year is said elsewhere."""
    return f"{day.month}月{day.day}日"


def chinese_datetime(moment: datetime, *, seconds: bool = False) -> str:
    """2026年11月22日 09:05 (the time keeps its two digits, as clocks show it)."""
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{chinese_date(moment.date())} {clock}"


def chinese_weekday(day: date) -> str:
    return _WEEKDAYS[day.weekday()]


def chinese_date_with_weekday(day: date) -> str:
    """2026年11月22日 星期日."""
    return f"{chinese_date(day)} {chinese_weekday(day)}"


def chinese_period(first: date, last: date) -> str:
    """One day, or 2026年11月1日至2026年11月30日."""
    if first == last:
        return chinese_date(first)
    return f"{chinese_date(first)}至{chinese_date(last)}"


def day_bounds(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """Half-open [start, end) datetimes covering whole days from ``first`` to ``last``."""
    last = last or first
    return datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)
