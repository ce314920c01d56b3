import io
from dataclasses import replace
from datetime import datetime

from pypdf import PdfReader

from xinfang_desktop.reports.visitor_slip import VisitorSlip, build_visitor_slip_pdf

SLIP = VisitorSlip(
    unit_name="邹坞镇中心小学",
    visit_number="20261123-0007",
    name="欧阳小明",
    people_count=2,
    arrived_at=datetime(2026, 11, 23, 8, 5),
    host="校长办公室",
    reason="咨询转学手续",
    receptionist="王门卫",
)


def read(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    return reader.pages, "".join(page.extract_text() for page in reader.pages)


def test_slip_shows_the_visit_and_the_line_to_sign():
    pages, text = read(build_visitor_slip_pdf(SLIP))
    assert len(pages) == 1
    for expected in (
        "邹坞镇中心小学",
        "访客单",
        "20261123-0007",
        "欧阳小明",
        "2026年11月23日 08:05",
        "校长办公室",
        "咨询转学手续",
        "王门卫",
        "被访人签字",
        "离开时间",
    ):
        assert expected in text
    assert "集体访" not in text
    assert "第 1 页" not in text


def test_slip_is_a_small_landscape_page():
    pages, _ = read(build_visitor_slip_pdf(SLIP))
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert width > height
    assert abs(width - 148 / 25.4 * 72) < 1
    assert abs(height - 105 / 25.4 * 72) < 1


def test_long_reason_is_cut_to_keep_one_page():
    slip = replace(SLIP, reason="反映校门口交通拥堵问题，" * 60, people_count=12)
    pages, text = read(build_visitor_slip_pdf(slip))
    assert len(pages) == 1
    assert "…" in text
    assert "集体访" in text
    assert "被访人签字" in text
