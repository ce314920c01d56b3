"""The statistics, analysis and annual workbooks through the one writer: counts and rates
are numbers, user text (a category, an office) never runs as a formula, every sheet is set
up for A4 with the unit in its header."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from xinfang_desktop.domain.statistics import (
    Analysis,
    AnnualTables,
    Dimension,
    HandlingRow,
    Period,
    Report,
    Row,
    Totals,
    Trend,
    TrendPoint,
    TrendStep,
)
from xinfang_desktop.reports.statistics_analysis import write_analysis_xlsx, write_annual_xlsx
from xinfang_desktop.reports.statistics_report import write_statistics_xlsx

PERIOD = Period(date(2026, 10, 1), date(2026, 11, 29))
TOTALS = Totals(208, 461, 3, 5, 2, 1, 0)
ROWS = (
    Row('=HYPERLINK("http://x","点我")', 2, 3, 1, 1),
    Row("+收费", 1, 2, 1, 0),
)
TREND = Trend(
    PERIOD,
    TrendStep.MONTH,
    (
        TrendPoint("10月", Period(date(2026, 10, 1), date(2026, 10, 31)), 100, 200, 2, 3),
        TrendPoint("11月", Period(date(2026, 11, 1), date(2026, 11, 29)), 108, 261, 1, 2),
    ),
)
REPORT = Report(
    PERIOD, Dimension.CATEGORY, TOTALS, ROWS, Totals(100, 200, 3, 3, 3, 3, 0),
    Totals(0, 0, 0, 0, 0, 0, 0), Period(date(2026, 7, 1), date(2026, 8, 29)),
    Period(date(2025, 10, 1), date(2025, 11, 29)), Period(date(2026, 10, 1), date(2026, 12, 31)),
    date(2026, 11, 29),
)  # fmt: skip


def _books(tmp_path):
    monthly, analysis, annual = (tmp_path / f"{n}.xlsx" for n in ("表", "分析", "年度"))
    write_statistics_xlsx(REPORT, TREND, "城关中学", monthly)
    write_analysis_xlsx(Analysis(REPORT, ROWS, ROWS, ROWS, TREND, TREND), "城关中学", analysis)
    tables = AnnualTables(2026, REPORT, ROWS, ROWS, (HandlingRow("受理（件）", 3),), TREND, TREND)
    write_annual_xlsx(tables, "城关中学", annual)
    return [load_workbook(path) for path in (monthly, analysis, annual)]


def test_user_text_stays_text_and_figures_are_numbers(tmp_path):
    for book in _books(tmp_path):
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith(("=", "+")):
                        assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell)
                    if isinstance(cell.value, str):
                        # "37.0%", "208 批 461 人次": a figure stored as text is a bug.
                        assert not cell.value.rstrip("%").replace(".", "").isdigit(), cell.value
    monthly = _books(tmp_path)[0]
    table = monthly["信访统计表"]
    assert [c.value for c in table[4]] == ['=HYPERLINK("http://x","点我")', 2, 0.667, 3, 1, 0.5,
                                           1, 1.0]  # fmt: skip
    assert table["C4"].number_format == "0.0%"
    assert [c.value for c in table[6][:3]] == ["合计", 3, 1.0]
    comparison = monthly["同比环比"]
    assert [c.value for c in comparison[4]] == ["信访事项（件）", 3, 3, 0.0, 0, None]
    assert "均为60天" in str(comparison["A6"].value)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_sheet_is_set_up_for_a4_with_the_unit(tmp_path, index):
    book = _books(tmp_path)[index]
    for sheet in book.worksheets:
        assert int(sheet.page_setup.paperSize) == 9, sheet.title  # A4
        assert sheet.print_title_rows, sheet.title
        assert "城关中学" in sheet.oddHeader.center.text
        assert "&P" in sheet.oddFooter.center.text
        assert "截至2026年11月29日" in str(sheet["A2"].value), sheet.title
