"""The printed lists of the leadership area: the roster (名单), the duties table (分工表), the
包组摸排 assignment table, screening records, 下访 records, the monthly 下访 check, the dispute
ledger (矛盾纠纷排查台账) and the unit's people.

They are all ruled tables under the shared page frame, so one builder prints them all; each
form is a ``TableForm`` of plain strings that services/leadership_printing.py fills.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from xinfang_desktop.reports.cjk_text import cjk_paragraph, splittable_table
from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import FILING_MARGIN, CjkLineBreaker, PageFrame

BODY_SIZE = 9.5
HEADER_SIZE = 10
CELL_PADDING = 3


@dataclass(frozen=True)
class Column:
    header: str
    weight: float  # share of the page width
    align: str = "LEFT"


@dataclass(frozen=True)
class TableForm:
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    subtitle: str = ""
    intro: Sequence[str] = ()  # lines printed above the table (e.g. the founding decision)
    empty_message: str = "无记录"
    signature_labels: Sequence[str] = ()
    wide: bool = False  # landscape A4 for forms with many columns
    filed: bool = False  # a register or ledger bound into a file: the 装订线 margin


def build_table_pdf(form: TableForm, unit_name: str, printed_at: date) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=unit_name,
        title=form.title,
        printed_at=printed_at,
        subtitle=form.subtitle,
        signature_labels=form.signature_labels,
        pagesize=landscape(A4) if form.wide else A4,
        binding_margin=FILING_MARGIN if form.filed else 0.0,
    )
    total = sum(c.weight for c in form.columns)
    widths = [frame.content_width * c.weight / total for c in form.columns]
    breaker = CjkLineBreaker(font, BODY_SIZE)
    header_breaker = CjkLineBreaker(font, HEADER_SIZE)

    def cells(values: Sequence[str], wrap: CjkLineBreaker) -> list[str]:
        return [
            "\n".join(wrap.lines(str(value), width - 2 * CELL_PADDING))
            for value, width in zip(values, widths, strict=True)
        ]

    data = [cells([c.header for c in form.columns], header_breaker)]
    data += [cells(row, breaker) for row in form.rows]
    style = [
        ("FONT", (0, 0), (-1, -1), font, BODY_SIZE, BODY_SIZE * 1.3),
        ("FONT", (0, 0), (-1, 0), font, HEADER_SIZE, HEADER_SIZE * 1.3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for index, column in enumerate(form.columns):
        if column.align != "LEFT":
            style.append(("ALIGN", (index, 1), (index, -1), column.align))
    story = []
    intro_style = ParagraphStyle(
        "intro",
        fontName=font,
        fontSize=BODY_SIZE + 0.5,
        leading=(BODY_SIZE + 0.5) * 1.5,
        spaceAfter=2,
    )
    for line in form.intro:
        story.append(cjk_paragraph(line, intro_style))
    if not form.rows:
        data.append([form.empty_message] + [""] * (len(form.columns) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
        style.append(("ALIGN", (0, 1), (-1, 1), "CENTER"))
    table = splittable_table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(style))
    story.append(table)
    return frame.build(story)
