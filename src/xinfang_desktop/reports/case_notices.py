"""The notices of a petition case, one A4 portrait page each (more if the text is long):
受理告知书, 不予受理告知书, 转送/交办单, 督办单, 延期告知书, 信访处理意见书, 复查意见书.

The report only lays out what the service decided to print (``CaseNotice``): what may appear on
a notice that goes to an office (Art. 30) is decided in services/, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .page_frame import PageFrame, format_cn_date

_SIZE = 11.5
_LEADING = 19


@dataclass(frozen=True)
class CaseNotice:
    title: str  # 受理告知书 …
    unit_name: str
    case_number: str
    addressee: str  # the first line: "张三：" or "教务处："
    paragraphs: tuple[str, ...]
    rows: tuple[tuple[str, str], ...] = ()  # a label/value table after the text
    issued_on: date | None = None
    printed_at: date | None = None
    signatures: tuple[str, ...] = ("经办人",)


def build_case_notice_pdf(notice: CaseNotice) -> bytes:
    font = register_cjk_font()
    issued = notice.issued_on or notice.printed_at or date.today()
    frame = PageFrame(
        unit_name=notice.unit_name,
        title=notice.title,
        subtitle=notice.case_number,
        printed_at=notice.printed_at or issued,
        signature_labels=notice.signatures,
        margin=20 * mm,
        unit_size=12,
        title_size=20,
        small_size=10,
    )
    body = ParagraphStyle(
        "notice",
        fontName=font,
        fontSize=_SIZE,
        leading=_LEADING,
        wordWrap="CJK",
        firstLineIndent=2 * _SIZE,
    )
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=plain, fontSize=10.5, leading=15)
    right = ParagraphStyle("right", parent=plain, alignment=TA_RIGHT)
    story: list = [Spacer(1, 4 * mm), Paragraph(escape(notice.addressee), plain)]
    for text in notice.paragraphs:
        for line in text.split("\n"):
            story.append(Paragraph(escape(line), body))
    if notice.rows:
        width = frame.content_width
        table = Table(
            [
                [Paragraph(escape(label), cell), Paragraph(escape(value), cell)]
                for label, value in notice.rows
            ],
            colWidths=[28 * mm, width - 28 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [Spacer(1, 4 * mm), table]
    story += [
        Spacer(1, 14 * mm),
        Paragraph(escape(f"{notice.unit_name}（盖章）"), right),
        Paragraph(escape(format_cn_date(issued)), right),
        Spacer(1, 6 * mm),
    ]
    return frame.build(story)
