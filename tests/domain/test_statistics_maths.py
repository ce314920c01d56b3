from datetime import date
from decimal import Decimal

import pytest

from xinfang_desktop.domain.statistics import (
    Period,
    PeriodKind,
    change,
    format_change,
    format_rate,
    period_of,
    rate,
)


def test_rates_to_one_decimal_as_reports_give_them():
    assert rate(484, 501) == Decimal("96.6")
    assert rate(1, 3) == Decimal("33.3")
    assert rate(2, 3) == Decimal("66.7")
    assert rate(1, 8) == Decimal("12.5")  # half up, not to even
    assert rate(0, 5) == Decimal("0.0")
    assert rate(5, 5) == Decimal("100.0")
    assert rate(0, 0) is None
    assert format_rate(rate(484, 501)) == "96.6%"
    assert format_rate(None) == "—"


def test_change_in_percent_and_its_words():
    assert change(120, 100) == Decimal("20.0")
    assert change(75, 100) == Decimal("-25.0")
    assert change(3, 0) is None
    assert format_change(change(120, 100)) == "增长20.0%"
    assert format_change(change(75, 100)) == "下降25.0%"
    assert format_change(change(100, 100)) == "持平"
    assert format_change(None) == "—"


def test_periods_of_each_kind():
    day = date(2026, 11, 23)  # a Monday
    assert period_of(PeriodKind.WEEK, day) == Period(date(2026, 11, 23), date(2026, 11, 29))
    assert period_of(PeriodKind.MONTH, day) == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert period_of(PeriodKind.QUARTER, day) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert period_of(PeriodKind.YEAR, day) == Period(date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValueError):
        period_of(PeriodKind.CUSTOM, day)
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31))


def test_previous_period_crosses_the_year_and_month_ends():
    january = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert january.previous() == Period(date(2025, 12, 1), date(2025, 12, 31))
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert march.previous() == Period(date(2026, 2, 1), date(2026, 2, 28))
    q1 = Period(date(2026, 1, 1), date(2026, 3, 31))
    assert q1.previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    week = Period(date(2026, 1, 5), date(2026, 1, 11))
    assert week.previous() == Period(date(2025, 12, 29), date(2026, 1, 4))


def test_same_period_a_year_before_with_a_leap_day():
    february = Period(date(2028, 2, 1), date(2028, 2, 29))
    assert february.year_before() == Period(date(2027, 2, 1), date(2027, 2, 28))
    assert Period(date(2026, 12, 1), date(2027, 1, 31)).year_before() == Period(
        date(2025, 12, 1), date(2026, 1, 31)
    )
