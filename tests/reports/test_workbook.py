"""The one workbook writer: typed cells, the formula guard, page setup, CSV/TSV."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook

from xinfang_desktop.reports.workbook import Column, WorkbookWriter, neutralise, write_csv

COLUMNS = [
    Column("信访人", width=12),
    Column("人数", "integer"),
    Column("收到日期", "date"),
    Column("来访时间", "datetime"),
    Column("办结率", "percent"),
    Column("信访请求", width=40, wrap=True),
]
HOSTILE = ["=1+1", "+86 138", "-5", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")']


def _book(streaming: bool) -> io.BytesIO:
    book = WorkbookWriter("某某学校 & 分校", streaming=streaming)
    sheet = book.add_sheet(
        "台账", COLUMNS, heading="某某学校台账", subtitle="2026年11月", landscape=True, binding=True
    )
    aware = datetime(2026, 11, 2, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    for text in HOSTILE:
        sheet.append([text, 3, date(2026, 11, 1), aware, 0.375, "请求\x07正文" + text])
    sheet.total(["合计", 21, None, None, None, None])
    sheet.note("注：测试")
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize("streaming", [False, True])
def test_cells_are_typed_and_formula_like_text_stays_text(streaming):
    sheet = load_workbook(_book(streaming)).active
    assert sheet.title == "台账"
    assert sheet["A1"].value == "某某学校台账"
    assert [c.value for c in sheet[3]] == [c.header for c in COLUMNS]
    for offset, text in enumerate(HOSTILE):
        row = sheet[4 + offset]
        assert row[0].value == text and row[0].data_type == "s"
        assert row[0].quotePrefix
        assert row[1].value == 3 and row[1].data_type == "n"
        assert row[2].is_date and row[2].value.date() == date(2026, 11, 1)
        assert row[2].number_format == 'yyyy"年"m"月"d"日"'
        assert row[3].value == datetime(2026, 11, 2, 9, 30)
        assert row[4].value == 0.375 and row[4].number_format == "0.0%"
        # The bell is gone; the rest is kept.
        assert row[5].value == "请求正文" + text
        assert row[5].border.left.style == "thin"
    total = sheet[4 + len(HOSTILE)]
    assert total[0].value == "合计" and total[0].font.b and total[1].value == 21
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("streaming", [False, True])
def test_page_setup_header_filter_and_frozen_rows(streaming):
    sheet = load_workbook(_book(streaming)).active
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A3:F{3 + len(HOSTILE)}"
    assert sheet.page_margins.left == pytest.approx(25 / 25.4)
    assert sheet.oddHeader.center.text == "某某学校 && 分校"
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert sheet["A3"].font.b and sheet["A3"].border.bottom.style == "thin"


def test_wrong_type_is_refused_not_coerced():
    sheet = WorkbookWriter().add_sheet("x", COLUMNS)
    with pytest.raises(TypeError):
        sheet.append(["张三", "3", None, None, None, None])
    with pytest.raises(TypeError):
        sheet.append(["张三", 3, "2026-11-01", None, None, None])


def test_csv_has_bom_and_neutralised_text(tmp_path):
    target = tmp_path / "x.csv"
    write_csv(target, ["信访人", "人数"], [["=1+1", 3], ["张\x00三", 2]])
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["信访人,人数", "'=1+1,3", "张三,2"]


def test_tsv_stream_without_bom():
    out = io.StringIO()
    write_csv(out, ["a"], [["@x"], ["-1"], [-1]], delimiter="\t", bom=False)
    assert out.getvalue().splitlines() == ["a", "'@x", "'-1", "-1"]
    assert neutralise("正常") == "正常"


def test_charts_show_their_axes_with_titles_and_whole_ticks(tmp_path):
    from openpyxl.chart import BarChart, LineChart

    from xinfang_desktop.reports.xlsx_charts import add_bar_chart, add_line_chart

    book = WorkbookWriter("某某学校")
    sheet = book.add_sheet("统计", [Column("渠道"), Column("件数", "integer")])
    for label, count in (("来信", 3), ("来访", 1)):
        sheet.append([label, count])
    where = dict(header_row=1, first_row=2, last_row=3, value_columns=(2,), anchor="D2")
    add_bar_chart(sheet.worksheet, **where, title="按渠道", x_title="渠道")
    add_line_chart(sheet.worksheet, **where, title="走势")
    book.save(tmp_path / "c.xlsx")
    charts = load_workbook(tmp_path / "c.xlsx").active._charts
    # openpyxl reads charts back only partly; check what was written instead.
    assert not charts or all(isinstance(c, BarChart | LineChart) for c in charts)
    for chart in sheet.worksheet._charts:
        assert chart.x_axis.delete is False and chart.y_axis.delete is False
        assert chart.y_axis.title is not None
        assert chart.y_axis.majorUnit == 1 and chart.y_axis.scaling.min == 0
    assert sheet.worksheet._charts[0].x_axis.title is not None
