"""The quarter's analysis and the annual tables, printed and exported: what must be there is
read back from the PDF (pypdf) and the workbook (openpyxl)."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from xinfang_desktop.domain.case_flow import Step
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.statistics import pie_slices
from xinfang_desktop.reports.statistics_analysis import (
    build_analysis_pdf,
    build_annual_pdf,
    write_analysis_xlsx,
    write_annual_xlsx,
)
from xinfang_desktop.services.cases import register_case, take_case_step
from xinfang_desktop.services.statistics import analysis, annual_tables

NOW = datetime(2026, 11, 23, 9, 0)

AFTER = date(2027, 6, 30)  # a day after every dated record below: nothing is cut off


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def quarter(sqlite_db, actor):
    cases = [
        ("来信", date(2026, 10, 9), "收费管理", "总务处", 1),
        ("来访", date(2026, 10, 20), "收费管理", "总务处", 5),
        ("来访", date(2026, 11, 3), "学生安全", "政教处", 2),
        ("网络", date(2026, 11, 18), "食堂后勤", "", 1),
        ("来信", date(2025, 11, 18), "食堂后勤", "", 1),
    ]
    for n, (channel, received, category, office, people) in enumerate(cases):
        record = register_case(
            sqlite_db,
            actor,
            CaseDraft(
                channel,
                received,
                (PetitionerDraft(f"信访人{n}"),),
                f"反映第{n}件事",
                category=category,
                handling_office=office,
                people_count=people,
            ),
            now=NOW,
            link_repeats=False,
        )
        if n == 0:
            record = take_case_step(
                sqlite_db, actor, record.id, Step.ACCEPT, date(2026, 10, 10),
                expected_version=record.version, now=NOW,
            )  # fmt: skip
            take_case_step(
                sqlite_db, actor, record.id, Step.ASSIGN, date(2026, 10, 11),
                {"office": "总务处"}, expected_version=record.version, now=NOW,
            )  # fmt: skip
    return sqlite_db


def test_the_printed_analysis_holds_the_written_summary_tables_and_charts(quarter, actor):
    result = analysis(quarter, actor, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    pdf = build_analysis_pdf(result, "城关中学", date(2026, 11, 23))
    text = _text(pdf)
    for expected in (
        "城关中学",
        "信访工作分析报告",
        "2026年第四季度",
        "受理信访事项4件9人次，同比增长300.0%",
        "从渠道看，来访2件（50.0%）、来信1件（25.0%）、网络1件（25.0%）",
        "收费管理2件（50.0%）",
        "各渠道所占比例",  # the pie
        "来访2件50.0%",  # its legend
        "五、逐月走势",
        "去年同期（件）",
        "六、承办部门",
        "总务处",
        "（未填）",
        "撰写人签字",
        "审核人签字",
    ):
        assert expected in text, expected


def test_the_annual_tables_printed_and_in_excel(quarter, actor, tmp_path):
    tables = annual_tables(quarter, actor, 2026, today=AFTER)
    text = _text(build_annual_pdf(tables, "城关中学", date(2026, 12, 31)))
    for expected in (
        "信访工作年度统计表",
        "2026年度",
        "四、办理情况（转送、交办、督办、复查复核）",
        "交办承办部门（件）1",
        "受理（件）1",
        "六、逐月统计",
        "单位负责人签字",
    ):
        assert expected in text, expected
    target = tmp_path / "年度.xlsx"
    write_annual_xlsx(tables, "城关中学", target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "信访总量",
        "与上年比较",
        "来源渠道",
        "问题类别",
        "办理情况",
        "承办部门",
        "逐月统计",
    ]
    handling = {row[0]: row[1] for row in book["办理情况"].iter_rows(min_row=4, values_only=True)}
    assert handling["收到信访事项（件）"] == 4
    assert handling["交办承办部门（件）"] == 1
    months = list(book["逐月统计"].iter_rows(min_row=4, max_col=6, values_only=True))
    assert months[10] == ("11月", 0, 0, 2, 3, 1)  # November: 2 cases, 3 人次; 1 a year before
    assert months[-1][0] == "合计" and months[-1][3] == 4


def test_the_analysis_workbook(quarter, actor, tmp_path):
    result = analysis(quarter, actor, date(2026, 10, 1), date(2026, 12, 31), today=AFTER)
    target = tmp_path / "分析.xlsx"
    write_analysis_xlsx(result, "城关中学", target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "总体情况",
        "同比环比",
        "来源渠道",
        "问题类别",
        "逐月走势",
        "承办部门",
        "包案领导",
    ]
    channels = book["来源渠道"]
    # Counts and rates are numbers (50.0% is 0.5 shown as a percentage), not text.
    assert [c.value for c in channels[4][:5]] == ["来访", 2, 0.5, 7, 0]
    assert channels["C4"].number_format == "0.0%"
    total = [c.value for c in channels[channels.max_row - 1][:3]]
    assert total == ["合计", 4, 1.0]
    assert "最大余数法" in channels.cell(channels.max_row, 1).value
    overview = book["总体情况"]
    assert [c.value for c in overview[4]] == ["来访登记", 0, "批"]
    notes = [row[0] for row in overview.iter_rows(min_row=5, values_only=True) if row[0]]
    assert any("受理信访事项 4 件 9 人次" in str(text) for text in notes)


def test_an_empty_quarter_prints_without_charts_failing(sqlite_db, actor):
    result = analysis(sqlite_db, actor, date(2024, 1, 1), date(2024, 3, 31), today=AFTER)
    text = _text(build_analysis_pdf(result, "城关中学", date(2026, 11, 23)))
    assert "本期未收到信访事项。" in text
    assert "本期无数据" in text  # the pies say so instead of drawing nothing
    assert "（本期无信访事项）" in text


def test_small_groups_share_one_pie_slice():
    from xinfang_desktop.domain.statistics import Row

    rows = [Row(f"类别{i}", 10 - i, 10 - i, 0, 0) for i in range(9)]
    slices = pie_slices(rows)
    assert len(slices) == 7
    assert slices[-1] == ("其他", 4 + 3 + 2)
    assert sum(n for _, n in slices) == sum(r.cases for r in rows)


def _chart_kinds(path) -> list[str]:
    """The kinds of native Excel charts in a workbook, read from its parts."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as book:
        parts = sorted(n for n in book.namelist() if n.startswith("xl/charts/chart"))
        return [
            re.search(r"<(?:c:)?(barChart|pieChart|lineChart)>", book.read(n).decode()).group(1)
            for n in parts
        ]


def test_the_workbooks_carry_native_charts(quarter, actor, tmp_path):
    from xinfang_desktop.reports.statistics_report import write_statistics_xlsx
    from xinfang_desktop.services.statistics import Dimension, statistics, trend

    start, end = date(2026, 10, 1), date(2026, 12, 31)
    monthly = tmp_path / "统计表.xlsx"
    write_statistics_xlsx(
        statistics(quarter, actor, start, end, Dimension.CATEGORY, today=AFTER),
        trend(quarter, actor, start, end, today=AFTER),
        "城关中学",
        monthly,
    )
    assert sorted(_chart_kinds(monthly)) == ["barChart", "lineChart", "pieChart"]
    steps = list(load_workbook(monthly)["走势"].iter_rows(min_row=4, values_only=True))
    assert len(steps) == 14 + 1 and steps[-1][0] == "合计" and steps[-1][3] == 4
    analysis_book = tmp_path / "分析.xlsx"
    write_analysis_xlsx(
        analysis(quarter, actor, start, end, today=AFTER), "城关中学", analysis_book
    )
    assert sorted(_chart_kinds(analysis_book)) == [
        "barChart", "barChart", "lineChart", "pieChart", "pieChart",
    ]  # fmt: skip
    annual_book = tmp_path / "年度.xlsx"
    write_annual_xlsx(annual_tables(quarter, actor, 2026, today=AFTER), "城关中学", annual_book)
    assert sorted(_chart_kinds(annual_book)) == ["barChart", "lineChart", "pieChart", "pieChart"]


def test_the_monthly_table_prints_the_pie_and_the_line(quarter, actor):
    from xinfang_desktop.reports.statistics_report import build_statistics_pdf
    from xinfang_desktop.services.statistics import statistics, trend

    start, end = date(2026, 11, 1), date(2026, 11, 30)
    pdf = build_statistics_pdf(
        statistics(quarter, actor, start, end, today=AFTER),
        trend(quarter, actor, start, end, today=AFTER),
        "城关中学",
        date(2026, 12, 1),
    )  # fmt: skip
    text = _text(pdf)
    assert "四、各渠道所占比例" in text and "来访1件50.0%" in text
    assert "五、走势（按日）" in text and "来访（批次）" in text
