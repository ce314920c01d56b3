from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinfang_desktop.domain.case_deadlines import (
    NATIONAL_RULES,
    DayCount,
    DeadlineRules,
    Limit,
    Pause,
    calendar_warning,
    due_date,
    validate_rules,
)
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.workdays import CalendarOverrides, is_workday


def test_national_defaults_are_the_regulation():
    assert NATIONAL_RULES.notice == Limit(15, DayCount.CALENDAR)
    assert NATIONAL_RULES.objection == Limit(5, DayCount.WORKING)
    assert NATIONAL_RULES.handling == Limit(60, DayCount.CALENDAR)
    assert NATIONAL_RULES.max_extension_days == 30
    assert NATIONAL_RULES.review_request == NATIONAL_RULES.review_answer == Limit(30)
    assert NATIONAL_RULES.recheck_request == NATIONAL_RULES.recheck_answer == Limit(30)


@pytest.mark.parametrize(
    ("start", "limit", "expected"),
    [
        # Month end: January has 31 days.
        (date(2026, 1, 1), Limit(60), date(2026, 3, 2)),
        # Leap year: 30 days after 30 January lands on 29 February 2024 (a Thursday).
        (date(2024, 1, 30), Limit(30), date(2024, 2, 29)),
        (date(2023, 1, 30), Limit(30), date(2023, 3, 1)),
        # The last day is 1 October (国庆节): the period ends on the next working day.
        (date(2026, 9, 16), Limit(15), date(2026, 10, 8)),
        # The last day is a Sunday: Monday.
        (date(2026, 6, 1), Limit(90), date(2026, 8, 31)),
        # Working days over the Spring Festival 2026: Sat 14 Feb is a 调休 workday,
        # 15–23 Feb are holidays.
        (date(2026, 2, 12), Limit(5, DayCount.WORKING), date(2026, 2, 26)),
        # Zhejiang's 5 working days across National Day; Sat 10 Oct is worked (调休).
        (date(2026, 9, 30), Limit(5, DayCount.WORKING), date(2026, 10, 13)),
    ],
)
def test_due_dates(start, limit, expected):
    assert due_date(start, limit) == expected


def test_hearing_days_are_not_counted():
    assert due_date(date(2026, 6, 1), Limit(60)) == date(2026, 7, 31)
    hearing = Pause(date(2026, 6, 10), date(2026, 6, 19))
    assert due_date(date(2026, 6, 1), Limit(60), pauses=[hearing]) == date(2026, 8, 10)


def test_open_hearing_has_no_deadline_yet():
    assert due_date(date(2026, 6, 1), Limit(60), pauses=[Pause(date(2026, 6, 10))]) is None


def test_extension_adds_days_of_the_same_kind():
    assert due_date(date(2026, 6, 1), Limit(60), extra_days=30) == date(2026, 8, 31)


def test_unknown_year_uses_marks_and_warns():
    # 2027 is not in the statutory data: Monday to Friday, unless the user marked days.
    assert due_date(date(2026, 12, 20), Limit(15)) == date(2027, 1, 4)
    marks = CalendarOverrides(
        holidays={date(2027, 1, 1): "元旦", date(2027, 1, 4): "元旦"},
        workdays=frozenset({date(2027, 1, 9)}),
    )
    assert due_date(date(2026, 12, 20), Limit(15), marks) == date(2027, 1, 5)
    assert due_date(date(2027, 1, 7), Limit(2, DayCount.WORKING), marks) == date(2027, 1, 9)
    warning = calendar_warning(date(2026, 12, 20), date(2027, 1, 4), CalendarOverrides())
    assert "2027 年" in warning and "2026 年" not in warning
    assert calendar_warning(date(2026, 12, 20), date(2027, 1, 4), marks) == ""


def test_rules_round_trip_and_bad_values():
    rules = DeadlineRules(notice=Limit(5, DayCount.WORKING), handling=Limit(30))
    assert DeadlineRules.from_json(rules.to_json()) == rules
    assert DeadlineRules.from_json({"notice": {"days": "x"}}) == NATIONAL_RULES
    assert DeadlineRules.from_json(None) == NATIONAL_RULES
    with pytest.raises(ValidationError) as caught:
        validate_rules(DeadlineRules(notice=Limit(0), internal_handling=Limit(90), warning_days=-1))
    by_field = caught.value.by_field()
    assert set(by_field) == {"notice", "internal_handling", "warning_days"}
    assert by_field["internal_handling"].message == "内部办结目标不能长于办理期限（60 天）"
    assert validate_rules(DeadlineRules(internal_handling=Limit(30))) is not None


starts = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 9, 30))
limits = st.builds(Limit, st.integers(1, 90), st.sampled_from(list(DayCount)))


@given(starts, limits)
def test_a_deadline_is_a_working_day_at_least_the_limit_away(start, limit):
    due = due_date(start, limit)
    assert is_workday(due)
    assert (due - start).days >= limit.days
    if limit.count == DayCount.CALENDAR:
        # Rolled forward over days off only: every day between the plain end and ``due`` is off.
        plain = start + timedelta(days=limit.days)
        assert all(not is_workday(plain + timedelta(days=i)) for i in range((due - plain).days))


@given(starts, limits, st.integers(0, 20), st.integers(0, 30))
def test_a_pause_or_an_extension_never_brings_a_deadline_forward(start, limit, offset, length):
    plain = due_date(start, limit)
    pause = Pause(start + timedelta(days=offset + 1), start + timedelta(days=offset + 1 + length))
    assert due_date(start, limit, pauses=[pause]) >= plain
    assert due_date(start, limit, extra_days=length) >= plain
