"""访客单: the slip handed to a visitor at the gate and brought back signed by the host."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from xinfang_desktop.domain.visits import is_group_visit
from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import CjkLineBreaker, PageFrame, format_cn_date

TITLE = "访客单"
SLIP_SIZE = (148 * mm, 105 * mm)
_FONT_SIZE = 9.5
_LEADING = 12.0
_PAD = 3.0
# The slip is one page: a reason longer than this is cut, the register has it in full.
_MAX_REASON_LINES = 3
_LABEL_FILL = colors.HexColor("#EEEEEE")
# Large enough for a cheap scanner at arm's length; the slip is 105 mm tall.
_QR_SIZE = 24 * mm
_QR_GAP = 3 * mm


@dataclass(frozen=True)
class VisitorSlip:
    unit_name: str
    visit_number: str  # e.g. "20261123-0007"
    name: str
    people_count: int
    arrived_at: datetime
    host: str
    reason: str
    receptionist: str
    # Scanned at the gate on the way out, it records the departure (see domain.visits).
    code: str = ""


def build_visitor_slip_pdf(slip: VisitorSlip) -> bytes:
    """One 148×105 mm page: the visit's details and a line for the host to sign."""
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=slip.unit_name,
        title=TITLE,
        # The slip is printed as the visitor arrives; its own date keeps the output reproducible.
        printed_at=slip.arrived_at,
        signature_labels=("被访人",),
        signature_date_label="离开时间",
        pagesize=SLIP_SIZE,
        margin=7 * mm,
        unit_size=9.5,
        title_size=14,
        small_size=8.5,
        show_page_numbers=False,
    )
    qr = _qr_drawing(slip.code, _QR_SIZE) if slip.code else None
    width = frame.content_width - (_QR_SIZE + _QR_GAP if qr is not None else 0)
    label_width = 17 * mm
    value_width = (width - 2 * label_width) / 2
    wide_value = width - label_width
    breaker = CjkLineBreaker(font, _FONT_SIZE)

    def fit(text: str, text_width: float, max_lines: int = 2) -> str:
        lines = breaker.lines(text, text_width - 2 * _PAD)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1]
            while last and breaker.width(last + "…") > text_width - 2 * _PAD:
                last = last[:-1]
            lines[-1] = last + "…"
        return "\n".join(lines)

    people = str(slip.people_count)
    if is_group_visit(slip.people_count):
        people += "（集体访）"
    arrived = f"{format_cn_date(slip.arrived_at)} {slip.arrived_at:%H:%M}"
    data = [
        ["编号", fit(slip.visit_number, value_width), "人数", fit(people, value_width)],
        ["姓名", fit(slip.name, value_width), "来访时间", fit(arrived, value_width)],
        ["被访对象", fit(slip.host, wide_value), "", ""],
        ["来访事由", fit(slip.reason, wide_value, _MAX_REASON_LINES), "", ""],
        ["登记人", fit(slip.receptionist, wide_value, 1), "", ""],
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, _FONT_SIZE, _LEADING),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("BACKGROUND", (0, 0), (0, -1), _LABEL_FILL),
            ("BACKGROUND", (2, 0), (2, 1), _LABEL_FILL),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, 1), "CENTER"),
            ("SPAN", (1, 2), (3, 2)),
            ("SPAN", (1, 3), (3, 3)),
            ("SPAN", (1, 4), (3, 4)),
        ]
    )
    table = Table(
        data,
        colWidths=[label_width, value_width, label_width, value_width],
        style=style,
    )
    if qr is None:
        return frame.build([table])
    beside = Table(
        [[table, qr]],
        colWidths=[width, _QR_SIZE + _QR_GAP],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        ),
    )
    return frame.build([beside])


def _qr_drawing(code: str, size: float) -> Drawing:
    """The QR code as vector squares: sharp on any printer, no image file in between."""
    matrix = [list(row) for row in segno.make(code, error="m").matrix]
    border = 2  # quiet zone, in modules
    modules = len(matrix) + 2 * border
    step = size / modules
    drawing = Drawing(size, size)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                drawing.add(
                    Rect(
                        (x + border) * step,
                        size - (y + border + 1) * step,
                        step,
                        step,
                        fillColor=colors.black,
                        strokeColor=None,
                    )
                )
    return drawing
