"""Statistics against hand-counted data, on both engines."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from xinfang_desktop.db.models import Case, Person, Visit
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.statistics import Dimension, statistics

ADMIN = Actor("刘主任", Role.ADMIN)
STAMP = datetime(2026, 11, 23, 9, 0)

AFTER = date(2027, 6, 30)  # a day after every dated record below: nothing is cut off


def _case(n, received, channel, *, people=1, closed=None, on_time=None, category="", area="",
          owner=None, repeat_of=None):  # fmt: skip
    return Case(
        id=n, year=received.year, seq=n, number=f"信访〔{received.year}〕第{n:03d}号",
        channel=channel, received_on=received, people_count=people, request="事项",
        category=category, area=area, owner_id=owner, repeat_of_id=repeat_of,
        state="CLOSED" if closed else "ACCEPTED", closed_on=closed, closed_on_time=on_time,
        created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


def _visit(arrived, people=1, voided=False):
    return Visit(
        arrived_at=arrived, name="访客", reason="咨询", people_count=people,
        voided_at=STAMP if voided else None, created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


@pytest.fixture
def november(database):
    with database.write() as session:
        session.add(Person(id=1, name="赵强", created_at=STAMP, updated_at=STAMP))
        session.flush()  # no relationship orders the inserts: the owner goes in first
        session.add_all(
            [
                # November 2026: 5 cases, 3 closed by 30 Nov (2 on time), 1 repeat.
                _case(1, date(2026, 11, 2), "来信", closed=date(2026, 11, 20), on_time=True,
                      category="收费管理", owner=1),
                _case(2, date(2026, 11, 5), "来访", people=12, closed=date(2026, 11, 28),
                      on_time=False, category="收费管理", area="东仓村"),
                _case(3, date(2026, 11, 9), "来访", people=2, closed=date(2026, 11, 30),
                      on_time=True, category="学生安全", owner=1, repeat_of=1),
                _case(4, date(2026, 11, 30), "网络", category="学生安全"),
                # Closed after the period: received in November, not closed by its end.
                _case(5, date(2026, 11, 15), "来电", closed=date(2026, 12, 2), on_time=True),
                # October 2026 (环比): 2 cases; November 2025 (同比): 4 cases.
                _case(6, date(2026, 10, 31), "来信"),
                _case(7, date(2026, 10, 1), "来信"),
                *[_case(10 + i, date(2025, 11, 10 + i), "来电") for i in range(4)],
            ]
        )  # fmt: skip
        session.add_all(
            [
                _visit(datetime(2026, 11, 1, 0, 0), 3),
                _visit(datetime(2026, 11, 30, 23, 59), 12),
                _visit(datetime(2026, 11, 12, 9, 0), 1, voided=True),
                _visit(datetime(2026, 12, 1, 0, 0), 5),
                _visit(datetime(2026, 10, 20, 10, 0), 1),
            ]
        )
    return database


def test_totals_rates_and_comparisons(november):
    report = statistics(november, ADMIN, date(2026, 11, 1), date(2026, 11, 30), today=AFTER)
    totals = report.totals
    assert (totals.visit_batches, totals.visit_persons) == (2, 15)
    assert (totals.cases, totals.case_persons) == (5, 1 + 12 + 2 + 1 + 1)
    assert (totals.closed, totals.closed_on_time, totals.repeats) == (3, 2, 1)
    assert totals.closure_rate == Decimal("60.0")
    assert totals.on_time_rate == Decimal("66.7")
    assert totals.repeat_share == Decimal("20.0")
    assert report.previous.cases == 2 and report.year_before.cases == 4
    assert report.cases_change_previous == Decimal("150.0")
    assert report.cases_change_year == Decimal("25.0")
    assert report.previous.visit_batches == 1
    assert report.visits_change_year is None  # no visits a year before: no division by zero


def test_rows_by_channel_category_area_and_owner(november):
    def rows(by):
        report = statistics(november, ADMIN, date(2026, 11, 1), date(2026, 11, 30), by, today=AFTER)
        return [(r.label, r.cases, r.persons, r.closed) for r in report.rows]

    assert rows(Dimension.CHANNEL) == [
        ("来访", 2, 14, 2),
        ("来信", 1, 1, 1),
        ("来电", 1, 1, 0),
        ("网络", 1, 1, 0),
    ]
    assert rows(Dimension.CATEGORY) == [
        ("学生安全", 2, 3, 1),
        ("收费管理", 2, 13, 2),
        ("（未填）", 1, 1, 0),
    ]
    assert rows(Dimension.AREA) == [("（未填）", 4, 5, 2), ("东仓村", 1, 12, 1)]
    assert rows(Dimension.OWNER) == [("（未填）", 3, 14, 1), ("赵强", 2, 3, 2)]


def test_an_empty_period_and_a_period_across_the_year(november):
    empty = statistics(november, ADMIN, date(2024, 3, 1), date(2024, 3, 31), today=AFTER)
    assert empty.totals.cases == 0 and empty.rows == ()
    assert empty.totals.closure_rate is None and empty.cases_change_previous is None
    across = statistics(november, ADMIN, date(2025, 11, 1), date(2026, 11, 30), today=AFTER)
    assert across.totals.cases == 11


def test_statistics_need_a_role_that_sees_the_cases(november):
    with pytest.raises(PermissionDeniedError):
        statistics(
            november, Actor("王师傅", Role.GATE), date(2026, 11, 1), date(2026, 11, 30), today=AFTER
        )
    leader = statistics(
        november, Actor("赵校长", Role.LEADER), date(2026, 11, 1), date(2026, 11, 30), today=AFTER
    )
    assert leader.totals.cases == 5
