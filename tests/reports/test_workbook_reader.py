"""The workbook reader every import uses: bounded, streaming, visible sheet, Chinese refusals."""

import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.reports import workbook_reader
from xinfang_desktop.reports.workbook_reader import ImportCancelled, read_sheet

HEADERS = ["登记日期", "信访人", "内容摘要"]


def _book(path, rows=(("2024-01-02", "张三", "食堂"),)):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _rewrite(path, part_name, change):
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    part = next(name for name in parts if name.endswith(part_name))
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _refusal(path) -> str:
    with pytest.raises(ValidationError) as caught:
        read_sheet(path)
    return str(caught.value)


def test_a_hidden_first_sheet_is_not_imported(tmp_path):
    book = Workbook()
    hidden = book.active
    hidden.title = "旧表"
    hidden.append(["甲", "乙", "丙"])
    hidden.sheet_state = "hidden"
    visible = book.create_sheet("台账")
    visible.append(HEADERS)
    visible.append(["2024-01-02", "张三", "食堂"])
    book.active = 1
    book.save(tmp_path / "h.xlsx")
    sheet = read_sheet(tmp_path / "h.xlsx")
    assert (sheet.sheet_name, sheet.headers) == ("台账", HEADERS)


def test_malformed_workbooks_get_a_chinese_message(tmp_path):
    (tmp_path / "text.xlsx").write_text("root:x:0:0:root:/root:/bin/bash\n")
    assert "不是 Excel 工作簿" in _refusal(tmp_path / "text.xlsx")
    (tmp_path / "cut.xlsx").write_bytes(_book(tmp_path / "whole.xlsx").read_bytes()[:700])
    assert "已损坏" in _refusal(tmp_path / "cut.xlsx")
    broken = _rewrite(_book(tmp_path / "xml.xlsx"), "sheet1.xml", lambda d: d[: len(d) // 2])
    assert "已损坏" in _refusal(broken)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "已损坏" in _refusal(tmp_path / "old.xls")
    assert "无法打开文件" in _refusal(tmp_path / "missing.xlsx")


def test_a_number_too_large_for_excel_becomes_a_named_error(tmp_path):
    path = _book(tmp_path / "n.xlsx", [("2024-01-02", "张三", 7)])
    _rewrite(path, "sheet1.xml", lambda d: d.replace(b"<v>7</v>", b"<v>1e999</v>"))
    assert read_sheet(path).rows[0][1][2] == "#NUM!"


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    path = _book(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/media/padding.bin", b"\0" * (workbook_reader.MAX_UNCOMPRESSED_BYTES + 1)
        )
    assert path.stat().st_size < 2_000_000
    assert "解压后有" in _refusal(path)


def test_too_many_rows_are_refused_while_reading(tmp_path):
    path = _book(tmp_path / "rows.xlsx", [("2024-01-02", f"人{i}", "事") for i in range(30)])
    with pytest.raises(ValidationError, match="一次最多导入 20 行"):
        read_sheet(path, max_rows=20)


def test_a_small_file_of_styled_empty_cells_reads_in_bounded_memory(tmp_path):
    """Like the 613 KB file that took 1.3 GB: rows far down and cells far right, all empty."""
    path = _book(tmp_path / "wide.xlsx")

    def spread(data: bytes) -> bytes:
        rows = b"".join(
            b'<row r="%d"><c r="XFD%d" s="0"/></row>' % (number, number)
            for number in range(10, 60_000)
        )
        return data.replace(b"</sheetData>", rows + b"</sheetData>")

    _rewrite(path, "sheet1.xml", spread)
    assert path.stat().st_size < 2_000_000
    tracemalloc.start()
    try:
        sheet = read_sheet(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sheet.rows) == 1
    assert peak < 50 * 1024 * 1024


def test_a_row_beyond_excels_last_row_is_refused(tmp_path):
    path = _book(tmp_path / "far.xlsx")
    far = b'<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>'
    _rewrite(path, "sheet1.xml", lambda d: d.replace(b"</sheetData>", far + b"</sheetData>"))
    assert "超出 Excel 的范围" in _refusal(path)


def test_too_many_cells_are_refused_and_reading_can_be_cancelled(tmp_path, monkeypatch):
    path = _book(tmp_path / "c.xlsx", [("2024-01-02", f"人{i}", "事") for i in range(600)])
    monkeypatch.setattr(workbook_reader, "MAX_SCANNED_CELLS", 1000)
    assert "太大" in _refusal(path)
    monkeypatch.undo()
    with pytest.raises(ImportCancelled):
        read_sheet(path, cancelled=lambda: True)
    seen = []
    read_sheet(path, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_a_formula_without_its_saved_result_is_named_not_read_as_empty(tmp_path):
    # A sheet written by a program (not saved by Excel) keeps formulas without results; read
    # "data only" the 人数 or 日期 came in empty, silently.
    path = _book(tmp_path / "生成的.xlsx", rows=(("2024-01-02", "张三", "=1+1"),))
    message = _refusal(path)
    assert "C2" in message and "没有保存计算结果" in message and "保存一次" in message


def test_a_formula_with_its_saved_result_reads_the_result(tmp_path):
    path = _book(tmp_path / "excel.xlsx", rows=(("2024-01-02", "张三", "=1+1"),))
    _rewrite(path, "sheet1.xml", lambda xml: xml.replace(b"<f>1+1</f>", b"<f>1+1</f><v>2</v>"))
    sheet = read_sheet(path)
    assert sheet.rows[0][1][2] == 2
