from datetime import date

import pytest

from xinfang_desktop.domain.workdays import (
    CalendarOverrides,
    DayKind,
    add_workdays,
    day_info,
    is_workday,
    unknown_years,
    workdays_between,
    year_is_known,
)


def test_national_day_and_its_adjusted_workdays():
    assert day_info(date(2026, 10, 1)).kind is DayKind.HOLIDAY
    assert day_info(date(2026, 10, 1)).holiday_name == "国庆节"
    # 2026-09-20 was a Sunday worked for the 国庆 break (调休).
    assert day_info(date(2026, 9, 20)).kind is DayKind.ADJUSTED_WORKDAY
    assert not is_workday(date(2026, 10, 7))
    assert is_workday(date(2026, 10, 8))
    assert day_info(date(2026, 10, 10)).kind is DayKind.ADJUSTED_WORKDAY  # Saturday worked


def test_spring_festival_2026():
    assert day_info(date(2026, 2, 17)).holiday_name == "春节"
    assert day_info(date(2026, 2, 14)).kind is DayKind.ADJUSTED_WORKDAY  # a Saturday worked


def test_plain_weekend_and_workday():
    assert day_info(date(2026, 11, 22)).kind is DayKind.WEEKEND
    assert day_info(date(2026, 11, 23)).kind is DayKind.WORKDAY


def test_add_workdays_skips_the_national_day_break():
    # Friday 2026-09-25 + 5 working days: 9-28, 9-29, 9-30, then 10-1 … 10-7 are off, 10-8, 10-9.
    result = add_workdays(date(2026, 9, 25), 5)
    assert result == date(2026, 10, 9)
    assert workdays_between(date(2026, 9, 25), result) == 5
    assert add_workdays(date(2026, 11, 20), 0) == date(2026, 11, 20)
    assert add_workdays(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Friday → Monday
    with pytest.raises(ValueError):
        add_workdays(date(2026, 11, 20), -1)


def test_unknown_year_falls_back_to_weekdays_and_is_reported():
    assert year_is_known(2026)
    assert not year_is_known(2099)
    info = day_info(date(2099, 1, 2))
    assert not info.known
    assert info.kind is DayKind.WORKDAY  # a Friday, with no data to say otherwise
    assert day_info(date(2099, 1, 1)).holiday_name == "元旦"  # fixed by law, known anyway
    assert unknown_years(date(2098, 12, 1), date(2099, 2, 1)) == [2098, 2099]


def test_user_marks_win_and_make_a_year_known():
    overrides = CalendarOverrides(
        holidays={date(2099, 1, 1): "元旦", date(2099, 1, 2): "元旦"},
        workdays=frozenset({date(2099, 1, 4)}),  # a Sunday worked
    )
    assert day_info(date(2099, 1, 1), overrides).holiday_name == "元旦"
    assert day_info(date(2099, 1, 4), overrides).kind is DayKind.ADJUSTED_WORKDAY
    assert unknown_years(date(2099, 1, 1), date(2099, 12, 31), overrides) == []
    # Thursday 2098-12-31 + 1 working day skips the two marked holidays and Saturday 1-3.
    assert add_workdays(date(2098, 12, 31), 1, overrides) == date(2099, 1, 4)
