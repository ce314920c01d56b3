"""The plan's checks against hand-made dates: weeks, months per member, intervals, days,
disputes, rates and manual items."""

from __future__ import annotations

from datetime import date

import pytest

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.work_plan import (
    STATUS_DONE,
    STATUS_LATE,
    STATUS_MISSING,
    STATUS_PENDING,
    CheckKind,
    PlanItemDraft,
    check_daily,
    check_disputes,
    check_interval,
    check_manual,
    check_monthly_per_person,
    check_rate,
    check_weekly,
    months_between,
    validate_plan_item,
    weeks_between,
)


def test_weeks_count_once_they_have_ended():
    # 2026-01-01 is a Thursday: the first whole week starts Monday 5 January.
    weeks = weeks_between(date(2026, 1, 1), date(2026, 1, 25))
    assert weeks == [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    assert weeks_between(date(2026, 1, 5), date(2026, 1, 10)) == []  # Saturday: not over


def test_weekly_meetings_47_of_49():
    start, end = date(2026, 1, 1), date(2026, 12, 13)
    weeks = weeks_between(start, end)
    assert len(weeks) == 49
    held = [w for w in weeks if w not in (date(2026, 2, 16), date(2026, 10, 5))]
    result = check_weekly(held, start, end)
    assert result.status == STATUS_MISSING
    assert result.evidence.startswith(
        "应开49周，已开47周，缺2周：2026年2月16日那周、2026年10月5日那周"
    )
    # A meeting held on a Wednesday counts for its week.
    assert (
        check_weekly([date(2026, 1, 7)], date(2026, 1, 5), date(2026, 1, 11)).status == STATUS_DONE
    )


def test_monthly_outreach_per_member_while_in_the_group():
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    assert months_between(start, end) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    members = [(1, "王", date(2025, 9, 1), None), (2, "李", date(2026, 2, 10), None)]
    visits = [(1, date(2026, 1, 5)), (1, date(2026, 2, 5)), (2, date(2026, 3, 3))]
    result = check_monthly_per_person(visits, members, start, end)
    # 王 owes 3 months (missing March), 李 owes February and March (missing February).
    assert result.status == STATUS_MISSING
    assert result.evidence == "应下访5人次，已下访3人次；未下访：李2月、王3月"
    assert set(result.shortfalls) == {"王3月", "李2月"}


def test_screening_intervals_per_group():
    groups = {
        "一年级组": (date(2026, 1, 1), [date(2026, 1, 7), date(2026, 1, 14), date(2026, 1, 21)]),
        "音乐组": (date(2026, 1, 1), [date(2026, 1, 7), date(2026, 1, 20)]),
    }
    result = check_interval(groups, 7, date(2026, 1, 27))
    assert result.status == STATUS_MISSING and result.shortfalls == ("音乐组",)
    on_time = check_interval({"一年级组": groups["一年级组"]}, 7, date(2026, 1, 27))
    assert on_time.status == STATUS_DONE
    assert check_interval({}, 7, date(2026, 1, 27)).status == STATUS_PENDING


def test_daily_checks_and_disputes_and_rates():
    days = [date(2026, 1, d) for d in range(1, 6)]
    result = check_daily(days[:3], days, "安排带班领导")
    assert result.evidence.startswith("应安排带班领导5天，已安排带班领导3天，缺2天")
    rows = [
        ("甲纠纷", date(2026, 3, 1), date(2026, 2, 20)),
        ("乙纠纷", date(2026, 3, 1), date(2026, 3, 5)),  # resolved after its 时限
        ("丙纠纷", date(2026, 3, 1), None),  # still open past it
        ("丁纠纷", date(2026, 12, 1), None),
    ]
    late = check_disputes(rows, date(2026, 4, 1))
    assert late.status == STATUS_LATE and late.shortfalls == ("乙纠纷", "丙纠纷")
    assert check_rate(9, 10, 90, "按期办结率").status == STATUS_DONE
    below = check_rate(8, 10, 90, "按期办结率")
    assert below.status == STATUS_MISSING and below.evidence == "按期办结率80.0%（8/10），目标90%"
    assert check_rate(0, 0, 90, "按期办结率").status == STATUS_PENDING


def test_manual_items():
    today = date(2026, 6, 1)
    assert check_manual(date(2026, 3, 31), None, today).status == STATUS_LATE
    assert check_manual(date(2026, 9, 30), None, today).status == STATUS_PENDING
    assert check_manual(date(2026, 3, 31), date(2026, 3, 20), today).status == STATUS_DONE


def test_items_are_validated_with_every_reason():
    with pytest.raises(ValidationError) as raised:
        validate_plan_item(
            PlanItemDraft(goal="", check=CheckKind.CASES_ON_TIME, target=120, office="x" * 101),
            2026,
        )
    assert set(raised.value.by_field()) == {"goal", "target", "office"}
    with pytest.raises(ValidationError, match="间隔天数"):
        validate_plan_item(PlanItemDraft(goal="摸排", check=CheckKind.SCREENING), 2026)
    cleaned = validate_plan_item(PlanItemDraft(goal=" 例会 ", target=5), 2026)
    assert cleaned.goal == "例会" and cleaned.target is None  # a manual item has no target
