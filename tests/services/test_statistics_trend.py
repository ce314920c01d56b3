"""Lines over time, the quarter's analysis and the annual-report tables, against hand-counted
data on both engines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from xinfang_desktop.db.models import Case, CaseEvent, CaseUrging, Visit
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.statistics import TrendStep, analysis_paragraphs
from xinfang_desktop.services import audit
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.statistics import (
    analysis,
    analysis_document,
    annual_document,
    annual_tables,
    trend,
)

ADMIN = Actor("刘主任", Role.ADMIN)
STAMP = datetime(2026, 11, 23, 9, 0)

AFTER = date(2027, 6, 30)  # a day after every dated record below: nothing is cut off


def _case(n, received, channel, *, people=1, category="", office="", closed=None):
    return Case(
        id=n, year=received.year, seq=n, number=f"信访〔{received.year}〕第{n:03d}号",
        channel=channel, received_on=received, people_count=people, request="事项",
        category=category, handling_office=office, state="ACCEPTED", closed_on=closed,
        closed_on_time=True if closed else None, created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


def _visit(arrived, people=1, voided=False):
    return Visit(
        arrived_at=arrived, name="访客", reason="咨询", people_count=people,
        voided_at=STAMP if voided else None, created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


def _event(case_id, step, on):
    return CaseEvent(
        case_id=case_id, step=step, occurred_on=on, details={}, recorded_at=STAMP,
        recorded_by="测试",
    )  # fmt: skip


def _urging(case_id, on):
    return CaseUrging(
        case_id=case_id, urged_on=on, method="电话", urged_by="刘主任", urged_to="总务处",
        recorded_at=STAMP, recorded_by="测试",
    )  # fmt: skip


@pytest.fixture
def fourth_quarter(database):
    with database.write() as session:
        session.add_all(
            [
                # 2026 Q4: October 2 cases (4 人次), November 1, December 1 (2 人次).
                _case(1, date(2026, 10, 1), "来信", category="收费管理", office="总务处",
                      closed=date(2026, 10, 20)),
                _case(2, date(2026, 10, 31), "来访", people=3, category="收费管理",
                      office="总务处"),
                _case(3, date(2026, 11, 15), "来电", category="学生安全", office="政教处",
                      closed=date(2026, 11, 30)),
                _case(4, date(2026, 12, 31), "网络", people=2, category="学生安全"),
                _case(5, date(2027, 1, 1), "来信"),
                # Earlier in 2026: one referred from above.
                _case(6, date(2026, 6, 1), "上级转办/交办", category="师德师风"),
                # 2025 Q4: October 1, December 2.
                _case(7, date(2025, 10, 10), "来信"),
                _case(8, date(2025, 12, 1), "来信"),
                _case(9, date(2025, 12, 31), "来访"),
            ]
        )  # fmt: skip
        session.add_all(
            [
                _visit(datetime(2026, 10, 1, 0, 0), 2),
                _visit(datetime(2026, 12, 31, 23, 59), 1),
                _visit(datetime(2026, 11, 30, 8, 0), 4, voided=True),
                _visit(datetime(2027, 1, 1, 0, 0), 1),
            ]
        )
        session.flush()
        session.add_all(
            [
                _event(1, "ACCEPT", date(2026, 10, 2)),
                _event(2, "ACCEPT", date(2026, 11, 2)),
                _event(2, "ASSIGN", date(2026, 11, 3)),
                _event(2, "ASSIGN", date(2026, 11, 20)),  # reassigned: still one case
                _event(3, "REFER", date(2026, 11, 16)),
                _event(9, "REQUEST_REVIEW", date(2026, 1, 5)),  # a 2025 case, reviewed 2026
                _event(4, "ACCEPT", date(2027, 1, 4)),  # next year
                _urging(2, date(2026, 11, 10)),
                _urging(2, date(2026, 11, 25)),
                _urging(3, date(2027, 1, 3)),
            ]
        )  # fmt: skip
    return database


def test_a_quarter_by_month(fourth_quarter):
    line = trend(
        fourth_quarter,
        ADMIN,
        date(2026, 10, 1),
        date(2026, 12, 31),
        step=TrendStep.MONTH,
        today=AFTER,
    )
    assert [p.label for p in line.points] == ["10月", "11月", "12月"]
    assert [(p.visit_batches, p.visit_persons) for p in line.points] == [(1, 2), (0, 0), (1, 1)]
    assert [(p.cases, p.case_persons) for p in line.points] == [(2, 4), (1, 1), (1, 2)]


def test_the_step_follows_the_length_and_pieces_are_clipped(fourth_quarter):
    quarter = trend(fourth_quarter, ADMIN, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    assert quarter.step is TrendStep.WEEK
    # 1 October is a Thursday: the first week is 1–4 October, the last 28–31 December.
    assert len(quarter.points) == 14
    assert (quarter.points[0].period.start, quarter.points[0].period.end) == (
        date(2026, 10, 1),
        date(2026, 10, 4),
    )
    assert quarter.points[-1].period.end == date(2026, 12, 31)
    assert sum(p.cases for p in quarter.points) == 4
    month = trend(fourth_quarter, ADMIN, date(2026, 11, 1), date(2026, 11, 30), today=AFTER)
    assert month.step is TrendStep.DAY and len(month.points) == 30
    assert month.points[14].label == "11/15" and month.points[14].cases == 1
    # Across a year: the month labels carry the year.
    span = trend(
        fourth_quarter, ADMIN, date(2026, 12, 1), date(2027, 1, 31), TrendStep.MONTH, today=AFTER
    )
    assert [p.label for p in span.points] == ["2026年12月", "2027年1月"]
    assert [p.cases for p in span.points] == [1, 1]
    assert [p.visit_batches for p in span.points] == [1, 1]


def test_an_empty_period_is_all_zeros(fourth_quarter):
    line = trend(fourth_quarter, ADMIN, date(2024, 1, 1), date(2024, 12, 31), today=AFTER)
    assert line.step is TrendStep.MONTH and len(line.points) == 12
    assert all(p.cases == 0 and p.visit_batches == 0 for p in line.points)


def test_the_quarters_analysis(fourth_quarter):
    result = analysis(fourth_quarter, ADMIN, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    totals = result.report.totals
    assert (totals.cases, totals.case_persons, totals.closed) == (4, 7, 2)
    assert (totals.visit_batches, totals.visit_persons) == (2, 3)
    assert result.report.year_before.cases == 3
    assert [(r.label, r.cases) for r in result.categories] == [("学生安全", 2), ("收费管理", 2)]
    assert [(r.label, r.cases) for r in result.offices] == [
        ("总务处", 2),
        ("政教处", 1),
        ("（未填）", 1),
    ]
    assert [p.cases for p in result.trend.points] == [2, 1, 1]
    assert [p.cases for p in result.trend_year_before.points] == [1, 0, 2]
    text = "\n".join(analysis_paragraphs(result))
    assert "受理信访事项 4 件 7 人次，同比增长33.3%，环比无可比数据。" in text
    assert "共登记来访 2 批 3 人次，同比无可比数据" in text
    assert "学生安全 2 件（50.0%）、收费管理 2 件（50.0%）" in text
    assert "已办结 2 件，办结率 50.0%" in text
    assert "尚有 2 件正在办理" in text


def test_an_empty_quarter_says_so(fourth_quarter):
    result = analysis(fourth_quarter, ADMIN, date(2024, 1, 1), date(2024, 3, 31), today=AFTER)
    text = analysis_paragraphs(result)
    assert text[-1] == "本期未收到信访事项。"


def test_the_annual_report_tables(fourth_quarter):
    tables = annual_tables(fourth_quarter, ADMIN, 2026, today=AFTER)
    handling = {row.label: row.count for row in tables.handling}
    assert handling == {
        "收到信访事项（件）": 5,
        "其中上级转办/交办（件）": 1,
        "受理（件）": 2,
        "不予受理（件）": 0,
        "转送其他机关（件）": 1,
        "交办承办部门（件）": 1,
        "延期办理（件）": 0,
        "出具处理意见（件）": 0,
        "申请复查（件）": 1,
        "申请复核（件）": 0,
        "督办（件）": 1,
        "督办（次）": 2,
        "办结（件）": 2,
        "按期办结（件）": 2,
        "重信重访（件）": 0,
    }
    assert len(tables.months.points) == 12
    assert [p.cases for p in tables.months.points] == [0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 1, 1]
    assert sum(p.cases for p in tables.months_year_before.points) == 3
    assert tables.report.year_before.cases == 3
    assert [r.label for r in tables.categories][:2] == ["学生安全", "收费管理"]


def test_printed_documents_are_audited_and_need_the_right(fourth_quarter):
    analysis_document(fourth_quarter, ADMIN, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    annual_document(fourth_quarter, ADMIN, 2026, purpose="export", today=AFTER)
    entries = audit.list_entries(fourth_quarter, ADMIN)
    assert {(e.action, e.detail) for e in entries[:2]} == {
        ("print", "信访工作分析报告"),
        ("export", "年度信访工作报告统计表"),
    }
    gate = Actor("门卫老张", Role.GATE)
    with pytest.raises(PermissionDeniedError):
        trend(fourth_quarter, gate, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    with pytest.raises(PermissionDeniedError):
        annual_tables(fourth_quarter, gate, 2026, today=AFTER)
