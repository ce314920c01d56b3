import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from xinfang_desktop.reports.fonts import CJK_FONT, register_cjk_font
from xinfang_desktop.reports.page_frame import CjkLineBreaker
from xinfang_desktop.reports.visit_register import (
    RegisterRow,
    VisitRegisterDocument,
    build_visit_register_pdf,
    write_visit_register_xlsx,
)

UNIT = "邹坞镇中心小学"
HEADERS = [
    "序号", "来访时间", "离开时间", "姓名", "性别", "联系电话", "身份证号", "人数",
    "单位/住址", "来访事由", "类别", "接待对象", "车牌", "处理结果", "登记人", "备注",
]  # fmt: skip


def make_row(index: int = 0, **changes) -> RegisterRow:
    arrived = datetime(2026, 11, 23, 8, 5) + timedelta(minutes=10 * index)
    row = RegisterRow(
        arrived_at=arrived,
        left_at=arrived + timedelta(minutes=40),
        name=f"张{index:03d}",
        gender="男",
        phone="138****0000",
        id_number="3401**********1234",
        people_count=1,
        unit_address="邹坞镇东村",
        reason="咨询转学手续",
        category="咨询",
        host="教务处",
        receptionist="王门卫",
        vehicle_plate="鲁D12345",
        outcome="当场答复",
        remarks="",
    )
    return replace(row, **changes)


def make_doc(rows, date_from=date(2026, 11, 23), date_to=date(2026, 11, 23)):
    return VisitRegisterDocument(
        unit_name=UNIT,
        date_from=date_from,
        date_to=date_to,
        rows=rows,
        printed_at=datetime(2026, 11, 23, 17, 30),
    )


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    """Text without whitespace, so a value wrapped inside its cell reads as one."""
    return re.sub(r"\s+", "", text)


def test_font_registration_is_idempotent():
    assert register_cjk_font() == CJK_FONT
    assert register_cjk_font() == CJK_FONT


def test_pdf_shows_frame_rows_and_signatures():
    rows = [make_row(0, name="李秀英"), make_row(1, name="欧阳小明", gender="女")]
    data = build_visit_register_pdf(make_doc(rows))

    assert data.startswith(b"%PDF")
    pages = pdf_pages(data)
    assert len(pages) == 1
    text = pages[0]
    for expected in (UNIT, "来访登记表", "2026年11月23日", "李秀英", "欧阳小明", "咨询转学手续"):
        assert expected in text
    for header in HEADERS:
        assert header in squeeze(text)
    assert "第 1 页 共 1 页" in text
    assert "打印日期：2026年11月23日" in text
    assert "门卫签字" in text
    assert "值班领导签字" in text
    # One day: times without the date.
    assert "08:05" in text
    assert "11-23 08:05" not in text


def test_pdf_is_a4_landscape():
    page = PdfReader(io.BytesIO(build_visit_register_pdf(make_doc([make_row()])))).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height
    assert (round(width), round(height)) == (842, 595)


def test_pdf_prints_the_masked_id_and_never_the_full_one():
    full = "340102199001011234"
    rows = [make_row(0, id_number="3401**********1234"), make_row(1, id_number="")]
    text = squeeze("".join(pdf_pages(build_visit_register_pdf(make_doc(rows)))))
    assert "3401**********1234" in text
    assert full not in text


def test_period_of_several_days_shows_dates():
    rows = [make_row(0)]
    data = build_visit_register_pdf(make_doc(rows, date(2026, 11, 1), date(2026, 11, 30)))
    text = pdf_pages(data)[0]
    assert "2026年11月1日至2026年11月30日" in text
    assert "11月23日 08:05" in text  # one date form: never 11-23


def test_departure_on_another_day_shows_its_date():
    row = make_row(0, left_at=datetime(2026, 11, 24, 9, 0))
    text = pdf_pages(build_visit_register_pdf(make_doc([row])))[0]
    assert "11月\n24日" in text or "11月24日" in text
    assert "09:00" in text


def test_group_visit_is_marked():
    rows = [make_row(0, people_count=12), make_row(1, people_count=2)]
    text = pdf_pages(build_visit_register_pdf(make_doc(rows)))[0]
    assert text.count("集体访") == 1
    assert "12" in text


def test_120_rows_number_every_page_and_repeat_the_header():
    rows = [make_row(index) for index in range(120)]
    pages = pdf_pages(build_visit_register_pdf(make_doc(rows)))
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert "来访事由" in text
        assert UNIT in text
    everything = "".join(pages)
    for index in range(120):
        assert everything.count(f"张{index:03d}") == 1
    assert "值班领导签字" in pages[-1]
    assert all("值班领导签字" not in text for text in pages[:-1])


def test_empty_period_prints_a_proper_form():
    data = build_visit_register_pdf(make_doc([], date(2026, 11, 1), date(2026, 11, 30)))
    pages = pdf_pages(data)
    assert len(pages) == 1
    text = pages[0]
    assert "本期无来访登记" in text
    assert "来访事由" in text
    assert "第 1 页 共 1 页" in text
    assert "门卫签字" in text


def test_long_reasons_wrap_and_add_pages():
    short = [make_row(index) for index in range(20)]
    long_reason = "反映校门口交通拥堵，" * 50  # 500 characters
    long = [make_row(index, reason=long_reason + f"完{index}") for index in range(20)]
    short_pages = pdf_pages(build_visit_register_pdf(make_doc(short)))
    long_pages = pdf_pages(build_visit_register_pdf(make_doc(long)))
    assert len(long_pages) > len(short_pages)
    text = squeeze("".join(long_pages))
    for index in range(20):
        assert f"完{index}" in text


def test_row_taller_than_a_page_continues_and_keeps_its_text():
    huge = "校车路线调整后村里孩子上学不便。" * 400 + "全文结束"
    rows = [make_row(0), make_row(1, reason=huge, remarks="备注" * 300), make_row(2)]
    pages = pdf_pages(build_visit_register_pdf(make_doc(rows)))
    assert len(pages) > 3
    text = squeeze("".join(pages))
    assert "全文结束" in text
    assert "续" in text
    assert "张002" in text


def test_text_is_not_markup_and_odd_characters_do_not_crash():
    row = make_row(0, reason="<b>家长</b> & 学生\t说：“作业太多”\r\n第二行😀\x07", name="A&B")
    text = pdf_pages(build_visit_register_pdf(make_doc([row])))[0]
    assert "<b>家长</b>" in text
    assert "A&B" in text


@pytest.mark.parametrize("width", [20.0, 45.0, 120.0])
def test_line_breaker_keeps_lines_within_width(width):
    breaker = CjkLineBreaker(register_cjk_font(), 8)
    text = "反映校门口交通拥堵，家长接送（早晚）安全隐患。ID 3401**********1234 车牌鲁D12345。"
    lines = breaker.lines(text, width)
    assert all(breaker.width(line) <= width for line in lines)
    assert squeeze("".join(lines)) == squeeze(text)
    if width >= 45:
        assert not any(line.startswith(("，", "。", "）")) for line in lines)
        assert not any(line.endswith("（") for line in lines)


def read_sheet(doc):
    buffer = io.BytesIO()
    write_visit_register_xlsx(doc, buffer)
    buffer.seek(0)
    return load_workbook(buffer)["来访登记表"]


def test_xlsx_has_title_header_and_typed_values():
    rows = [
        make_row(0, name="李秀英", people_count=12, left_at=None),
        make_row(1, reason='=HYPERLINK("http://x")', remarks="需回访"),
    ]
    sheet = read_sheet(make_doc(rows, date(2026, 11, 1), date(2026, 11, 30)))

    assert sheet["A1"].value == f"{UNIT}来访登记表"
    assert sheet["A2"].value == "2026年11月1日至2026年11月30日"
    assert [cell.value for cell in sheet[3]] == HEADERS
    assert sheet.freeze_panes == "A4"
    assert sheet["A3"].font.bold

    first = {header: cell for header, cell in zip(HEADERS, sheet[4], strict=True)}
    assert first["序号"].value == 1
    assert first["来访时间"].value == datetime(2026, 11, 23, 8, 5)
    assert first["来访时间"].is_date
    assert "yy" in first["来访时间"].number_format
    assert first["离开时间"].value is None
    assert first["姓名"].value == "李秀英"
    assert first["身份证号"].value == "3401**********1234"
    assert first["人数"].value == 12
    assert "集体访" in first["人数"].number_format

    second = {header: cell for header, cell in zip(HEADERS, sheet[5], strict=True)}
    assert second["离开时间"].value == datetime(2026, 11, 23, 8, 55)
    assert second["人数"].value == 1
    assert second["来访事由"].value == '=HYPERLINK("http://x")'
    assert second["来访事由"].data_type == "s"
    assert second["备注"].value == "需回访"


def test_xlsx_empty_period_and_path_target(tmp_path):
    target = tmp_path / "登记表.xlsx"
    write_visit_register_xlsx(make_doc([]), target)
    sheet = load_workbook(target)["来访登记表"]
    assert sheet["A2"].value == "2026年11月23日"
    assert sheet["A4"].value == "本期无来访登记"


def test_xlsx_drops_time_zone_and_control_characters():
    from datetime import UTC

    aware = datetime(2026, 11, 23, 8, 5, tzinfo=UTC)
    row = make_row(0, arrived_at=aware, left_at=None, reason="事由\x07带控制符")
    sheet = read_sheet(make_doc([row]))
    assert sheet["B4"].value == datetime(2026, 11, 23, 8, 5)
    assert sheet["J4"].value == "事由带控制符"
