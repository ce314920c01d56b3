"""Honest periods and shares: what an unfinished period counts and compares, and 占比 that
add up to exactly 100.0%."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinfang_desktop.domain.statistics import (
    Period,
    PeriodNotStartedError,
    Row,
    comparison_periods,
    grouping_lines,
    shares,
)

Q4 = Period(date(2026, 10, 1), date(2026, 12, 31))


def test_labels_write_dates_without_leading_zeros():
    assert Period(date(2026, 11, 1), date(2026, 11, 9)).label == "2026年11月1日至11月9日"
    assert Period(date(2025, 12, 1), date(2026, 1, 5)).label == "2025年12月1日至2026年1月5日"


def test_an_unfinished_quarter_stops_today_and_compares_the_same_number_of_days():
    counted = Q4.until(date(2026, 11, 29))
    assert counted == Period(date(2026, 10, 1), date(2026, 11, 29)) and counted.days == 60
    previous, year_before = comparison_periods(Q4, counted)
    assert previous == Period(date(2026, 7, 1), date(2026, 8, 29))
    assert year_before == Period(date(2025, 10, 1), date(2025, 11, 29))
    assert previous.days == year_before.days == 60


def test_a_finished_period_compares_whole_periods():
    counted = Q4.until(date(2027, 1, 5))
    assert counted == Q4
    assert comparison_periods(Q4, counted) == (
        Period(date(2026, 7, 1), date(2026, 9, 30)),
        Period(date(2025, 10, 1), date(2025, 12, 31)),
    )


def test_a_period_that_has_not_started_is_refused_with_a_message():
    with pytest.raises(PeriodNotStartedError) as raised:
        Q4.until(date(2026, 9, 30))
    assert "2026年10月1日" in raised.value.user_message


def test_largest_remainder_shares_add_up_to_exactly_100():
    # Rounded one by one, 1/3 each gives 33.3 × 3 = 99.9.
    assert shares([1, 1, 1]) == (Decimal("33.4"), Decimal("33.3"), Decimal("33.3"))
    assert shares([2, 1]) == (Decimal("66.7"), Decimal("33.3"))
    assert shares([5]) == (Decimal("100.0"),)
    assert shares([0, 0]) == (None, None)
    assert shares([]) == ()


@given(st.lists(st.integers(min_value=0, max_value=100_000), min_size=1, max_size=30))
def test_shares_always_sum_to_100_and_stay_within_a_tenth(counts):
    result = shares(counts)
    if sum(counts) == 0:
        assert all(share is None for share in result)
        return
    assert sum(result) == Decimal("100.0")
    for count, share in zip(counts, result, strict=True):
        exact = Decimal(count) * 100 / sum(counts)
        assert abs(share - exact) < Decimal("0.1")


def test_every_grouping_ends_with_a_total_line():
    rows = (Row("来信", 2, 3, 1, 1), Row("来访", 1, 4, 0, 0))
    lines = grouping_lines(rows)
    assert [line[:3] for line in lines] == [
        ("来信", "2", "66.7%"),
        ("来访", "1", "33.3%"),
        ("合计", "3", "100.0%"),
    ]
    assert lines[-1] == ("合计", "3", "100.0%", "7", "1", "33.3%", "1", "100.0%")
    empty = grouping_lines(())
    assert empty[0][0] == "（本期无信访事项）" and empty[-1][:3] == ("合计", "0", "—")
