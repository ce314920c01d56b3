"""Statistics that hold up in an office: an unfinished quarter says 截至 and compares equal
days; no future month is counted or drawn; the annual table's comparison has honest
headings; the seed's 篇四 table (件数 and 占比 by 所属地区) comes out of an imported ledger."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from xinfang_desktop.db.models import Case
from xinfang_desktop.domain.statistics import Dimension, PeriodNotStartedError, grouping_lines
from xinfang_desktop.reports.statistics_analysis import build_analysis_pdf, build_annual_pdf
from xinfang_desktop.reports.statistics_report import build_statistics_pdf, comparison_rows
from xinfang_desktop.services.case_import import commit_import, plan_import_file
from xinfang_desktop.services.statistics import (
    analysis,
    annual_tables,
    statistics,
    statistics_document,
    trend,
)

STAMP = datetime(2026, 11, 23, 9, 0)
TODAY = date(2026, 11, 29)  # a Sunday inside the fourth quarter


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _case(n: int, received: date, channel: str = "来信") -> Case:
    return Case(
        id=n, year=received.year, seq=n, number=f"信访〔{received.year}〕第{n:03d}号",
        channel=channel, received_on=received, people_count=1, request="事项",
        state="ACCEPTED", created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


@pytest.fixture
def quarters(database):
    received = [
        date(2026, 7, 10), date(2026, 8, 1), date(2026, 8, 29),  # Q3, within its first 60 days
        date(2026, 9, 5), date(2026, 9, 20), date(2026, 9, 30),  # Q3, after those 60 days
        date(2026, 10, 8), date(2026, 11, 3), date(2026, 11, 29),  # Q4 up to today
        date(2025, 10, 9), date(2025, 11, 29), date(2025, 12, 20),  # a year before
    ]  # fmt: skip
    with database.write() as session:
        session.add_all(_case(n, day) for n, day in enumerate(received, start=1))
    return database


def test_an_unfinished_quarter_compares_equal_days(quarters, actor):
    report = statistics(quarters, actor, date(2026, 10, 1), date(2026, 12, 31), today=TODAY)
    assert report.as_of == TODAY and report.period.end == TODAY
    assert report.title == "2026年第四季度（截至2026年11月29日）"
    assert report.totals.cases == 3
    # 60 days against 60 days: 3 of Q3's 6 cases, 2 of the year before's 3.
    assert report.previous.cases == 3 and report.year_before.cases == 2
    assert report.cases_change_previous == Decimal("0.0")
    assert report.cases_change_year == Decimal("50.0")
    assert "均为60天" in report.comparison_note


def test_no_future_step_is_counted_or_drawn(quarters, actor):
    line = trend(quarters, actor, date(2026, 11, 1), date(2026, 11, 30), today=TODAY)
    assert [p.period.start.day for p in line.points][-1] == 29  # tomorrow is not a point
    result = analysis(quarters, actor, date(2026, 10, 1), date(2026, 12, 31), today=TODAY)
    assert [p.label for p in result.trend.points] == ["10月", "11月"]
    assert [p.cases for p in result.trend_year_before.points] == [1, 1]  # not 20 December
    tables = annual_tables(quarters, actor, 2026, today=TODAY)
    assert len(tables.months.points) == 11 and tables.months.points[-1].period.end == TODAY


def test_the_quarter_printed_inside_it_reads_as_of_today(quarters, actor):
    result = analysis(quarters, actor, date(2026, 10, 1), date(2026, 12, 31), today=TODAY)
    text = _text(build_analysis_pdf(result, "城关中学", TODAY))
    assert "2026年第四季度（截至2026年11月29日）" in text
    assert "环比期为2026年7月1日至8月29日" in text
    assert "12月" not in text  # December has not happened: no row, no point, no label
    assert "11月01日" not in text and "表1" in text and "制表单位：城关中学" in text
    assert "最大余数法" in text


def test_a_period_that_starts_tomorrow_is_refused(quarters, actor):
    with pytest.raises(PeriodNotStartedError):
        statistics(quarters, actor, date(2026, 11, 30), date(2026, 12, 31), today=TODAY)


def test_the_annual_table_compares_with_the_year_before_once(quarters, actor):
    tables = annual_tables(quarters, actor, 2026, today=TODAY)
    header, *rows = comparison_rows(tables.report, year_only=True)
    assert header == ("项目", "本年", "上年同期", "同比")
    assert rows[0] == ("信访事项（件）", "9", "2", "增长350.0%")
    text = _text(build_annual_pdf(tables, "城关中学", TODAY))
    assert "环比" not in text
    assert "2026年度（截至2026年11月29日）" in text
    assert "上年同期为2025年1月1日至11月29日" in text


def test_the_statistics_table_has_shares_a_total_and_numbered_tables(quarters, actor):
    report, line, _unit = statistics_document(
        quarters, actor, date(2026, 11, 1), date(2026, 11, 30), today=TODAY
    )
    text = _text(build_statistics_pdf(report, line, "城关中学", TODAY))
    assert "2026年11月（截至2026年11月29日）" in text
    assert "来信2100.0%" in text and "合计2100.0%" in text
    assert "表3按渠道统计" in text
    # Charts for a greyscale printer: axis titles with units, each pie slice labelled.
    assert "单位：件" in text and "单位：件、批次" in text
    assert "来信2件100.0%" in text


def test_printed_lines_differ_by_dash_and_marker_not_colour(quarters, actor):
    from reportlab.graphics.charts.linecharts import HorizontalLineChart

    from xinfang_desktop.reports.statistics_charts import line_chart

    line = trend(quarters, actor, date(2026, 10, 1), date(2026, 11, 30), today=TODAY)
    drawing = line_chart(
        [("本期", line, "cases"), ("来访", line, "visit_batches")], 400, "Helvetica"
    )
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalLineChart))
    dashes = [getattr(chart.lines[i], "strokeDashArray", None) for i in range(2)]
    markers = [chart.lines[i].symbol.kind for i in range(2)]
    assert dashes[0] != dashes[1] and markers[0] != markers[1]
    assert chart.valueAxis.valueStep == int(chart.valueAxis.valueStep) >= 1


# 篇四 of the seed: 261 matters of 六安市国土资源局 by 行政区域, with each one's share. Its
# five offices (利用科 … 安置房, 14 matters) are one line there, as 其他科室 here.
SEED_AREAS = (
    ("霍邱县", 63), ("裕安区", 57), ("寿县", 29), ("金寨县", 26), ("舒城县", 23),
    ("金安区", 21), ("六安经济技术开发区", 12), ("霍山县", 8), ("叶集", 8), ("其他科室", 14),
)  # fmt: skip


def test_the_seeds_table_by_area_from_an_imported_ledger(database, actor, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["登记日期", "来源", "姓名", "反映问题", "所属地区"])
    for area, count in SEED_AREAS:
        for n in range(count):
            sheet.append([datetime(2026, 3, 1 + n % 28), "来信", f"信访人{n}", "土地权属", area])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    plan = plan_import_file(actor, path, today=TODAY)
    assert plan.ok, plan.problems
    assert commit_import(database, actor, plan, now=STAMP) == 261

    report = statistics(
        database, actor, date(2026, 1, 1), date(2026, 12, 31), Dimension.AREA, today=TODAY
    )
    lines = {line[0]: line[1:3] for line in grouping_lines(report.rows)}
    assert lines == {
        # As printed in the seed, except where its own rounding slips: 26/261 is 9.96%
        # (the seed prints 9.9%) and 14/261 is 5.36% (5.3%); its shares add up to 99.8%.
        "霍邱县": ("63", "24.1%"),
        "裕安区": ("57", "21.8%"),
        "寿县": ("29", "11.1%"),
        "金寨县": ("26", "10.0%"),
        "舒城县": ("23", "8.8%"),
        "金安区": ("21", "8.0%"),
        "六安经济技术开发区": ("12", "4.6%"),
        "霍山县": ("8", "3.1%"),
        "叶集": ("8", "3.1%"),
        "其他科室": ("14", "5.4%"),
        "合计": ("261", "100.0%"),
    }
    assert sum(share for share in report.shares) == Decimal("100.0")
