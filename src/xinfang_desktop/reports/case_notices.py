"""The notices of a petition case and their 送达回证, laid out in GB/T 9704 proportions.

A4 with a 37 mm top margin and a 28 mm binding margin (订口); the title in a bold 宋体-style
face, the body in 仿宋/宋体 at 16 pt (三号), the 落款 with room for the seal. The report lays
out only the frozen ``NoticeContent`` of an issued document: what it says was decided when it
was issued (services/notice_content.py), so a reprint is the same document, marked 副本.

Outgoing copies carry no internal sign-off line; the file copy (存根) does. There is no print
date (it would contradict the 落款) and no page number on a one-page letter.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.case_notices import NoticeContent, NoticeKind, copy_mark
from ..domain.dates import chinese_date
from .cjk_text import CjkLineBreaker, cjk_paragraph, splittable_table
from .fonts import draw_bold_string, register_cjk_font, register_serif_font
from .page_frame import Bookmark, _FramedCanvas

# GB/T 9704-2012: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm.
TOP_MARGIN = 37 * mm
BINDING_MARGIN = 28 * mm
RIGHT_MARGIN = 26 * mm
BOTTOM_MARGIN = 35 * mm
TITLE_SIZE = 22  # 二号
BODY_SIZE = 16  # 三号
BODY_LEADING = 28.5  # 22 lines in the 225 mm type area
TABLE_SIZE = 12
_OFFICE_FORMS = frozenset({NoticeKind.ROUTING, NoticeKind.URGING})
SERVICE_BOXES = "□直接送达　□邮寄送达　□留置送达　□委托送达"


@dataclass(frozen=True)
class ServiceRecord:
    """A 送达 already recorded, printed into the 回证; None prints blanks to fill by hand."""

    served_on: date
    method: str
    served_to: str
    served_by: str


class _Styles:
    def __init__(self) -> None:
        serif = register_serif_font()
        sans = register_cjk_font()
        self.serif = serif
        self.sans = sans
        self.body = ParagraphStyle(
            "body",
            fontName=serif,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            firstLineIndent=2 * BODY_SIZE,
            alignment=TA_JUSTIFY,
        )
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0, alignment=TA_LEFT)
        self.right = ParagraphStyle("right", parent=self.plain, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("centre", parent=self.plain, alignment=TA_CENTER)
        self.number = ParagraphStyle("number", parent=self.plain, alignment=TA_RIGHT)
        self.cell = ParagraphStyle(
            "cell", fontName=sans, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.55
        )
        self.small = ParagraphStyle("small", parent=self.plain, fontSize=12, leading=18)


class BoldTitle(Flowable):
    """The title: bold (filled and stroked), centred, shrunk to fit one line if it must."""

    def __init__(self, text: str, font: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width = stringWidth(self.text, self.font, self.size)
        if width > availWidth:
            self.size = self.size * availWidth / width
        self.width = availWidth
        self.height = self.size * 1.6
        return self.width, self.height

    def draw(self) -> None:
        draw_bold_string(
            self.canv,
            self.width / 2,
            self.size * 0.45,
            self.text,
            self.font,
            self.size,
            centred=True,
        )


class _Mark(Flowable):
    """A boxed mark at the top right: 副本（…重印） or 存根."""

    def __init__(self, text: str, font: str) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = 12

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * 2.2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_width = stringWidth(self.text, self.font, self.size)
        x = self.width - text_width - 4
        canvas.setLineWidth(0.8)
        canvas.rect(x - 4, 2, text_width + 8, self.size + 8)
        canvas.setFont(self.font, self.size)
        canvas.drawString(x, 7, self.text)


class _SignLine(Flowable):
    """ "经办人：________  日期：________" on the 存根 only."""

    def __init__(self, labels: tuple[str, ...], font: str) -> None:
        super().__init__()
        self.labels = labels
        self.font = font

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.labels) * 24 + 8
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, 14)
        canvas.setLineWidth(0.6)
        for index, label in enumerate(self.labels):
            y = self.height - (index + 1) * 24
            canvas.drawString(0, y, f"{label}：")
            start = stringWidth(f"{label}：", self.font, 14)
            canvas.line(start, y - 2, start + 45 * mm, y - 2)
            canvas.drawString(start + 50 * mm, y, "日期：")
            canvas.line(start + 50 * mm + 42, y - 2, start + 90 * mm, y - 2)


class _LetterFrame:
    """Page furniture of a letter: nothing but "— 2 —" page numbers when there are several."""

    def __init__(self, title: str, font: str) -> None:
        self.title = title
        self._font = font

    def draw(self, canvas, page_number: int, page_count: int) -> None:
        if page_count <= 1:
            return
        canvas.saveState()
        canvas.setFont(self._font, 14)
        canvas.drawCentredString(A4[0] / 2, BOTTOM_MARGIN - 12 * mm, f"— {page_number} —")
        canvas.restoreState()


def _build(story: list, title: str, author: str, subject: str) -> bytes:
    font = register_serif_font()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=BINDING_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="信访台账",
        initialFontName=font,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
    doc.build(story, canvasmaker=partial(_FramedCanvas, page_frame=_LetterFrame(title, font)))
    return buffer.getvalue()


class _Signature(Flowable):
    """The 落款 as GB/T 9704 sets it: the date four characters in from the right margin, the
    unit's name centred over the date, a line of space above for the top of the seal. A name
    too long for one line wraps at the body size (it used to shrink until unreadable), the
    block never overhanging the right margin."""

    SEAL = "（盖章）"

    def __init__(self, unit_name: str, day: date, font: str) -> None:
        super().__init__()
        self.unit = f"{unit_name}{self.SEAL}"
        self.day = chinese_date(day)
        self.font = font
        self.unit_lines: list[str] = [self.unit]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        breaker = CjkLineBreaker(self.font, BODY_SIZE)
        # Two characters of margin on the left keep a wrapped name clear of the body's edge.
        self.unit_lines = breaker.lines(self.unit, availWidth - 2 * BODY_SIZE, keep=(self.SEAL,))
        self.height = BODY_LEADING * (2.5 + len(self.unit_lines))
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = BODY_SIZE
        date_width = stringWidth(self.day, self.font, size)
        date_right = self.width - 4 * size
        block = max(stringWidth(line, self.font, size) for line in self.unit_lines)
        # Centred over the date; a long unit name may not overhang the right margin.
        centre = min(date_right - date_width / 2, self.width - block / 2)
        canvas.setFont(self.font, size)
        count = len(self.unit_lines)
        for index, line in enumerate(self.unit_lines):
            canvas.drawCentredString(centre, BODY_LEADING * (0.3 + count - index), line)
        canvas.drawString(date_right - date_width, BODY_LEADING * 0.3, self.day)


def _signature_block(content: NoticeContent, s: _Styles) -> Flowable:
    return _Signature(content.unit_name, content.issued_on, s.serif)


def _office_table(content: NoticeContent, s: _Styles, width: float) -> Table:
    table = splittable_table(
        [
            [cjk_paragraph(label, s.cell), cjk_paragraph(value, s.cell)]
            for label, value in content.rows
        ],
        colWidths=[30 * mm, width - 30 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def notice_story(
    content: NoticeContent, *, reprinted_on: date | None = None, stub: bool = False
) -> list[Flowable]:
    s = _Styles()
    width = A4[0] - BINDING_MARGIN - RIGHT_MARGIN
    kind = content.notice_kind
    keep = _keep_words(content)
    story: list[Flowable] = [Bookmark(content.title)]
    if reprinted_on is not None:
        story.append(_Mark(copy_mark(reprinted_on), s.serif))
    elif stub:
        story.append(_Mark("存根", s.serif))
    story += [
        BoldTitle(content.title, s.serif, TITLE_SIZE),
        cjk_paragraph(content.number, s.number, keep=keep),
        Spacer(1, 4 * mm),
        cjk_paragraph(content.addressee, s.plain, keep=keep),
    ]
    story += [cjk_paragraph(text, s.body, keep=keep) for text in content.paragraphs]
    if content.rows:
        if kind in _OFFICE_FORMS:
            story += [Spacer(1, 3 * mm), _office_table(content, s, width)]
        else:
            numerals = "一二三四五六七八九十"
            for index, (label, value) in enumerate(content.rows):
                heading = f"{numerals[index % 10]}、{label}：" if label != "救济途径" else ""
                story.append(cjk_paragraph(f"{heading}{value}", s.body, keep=keep))
    # The 落款 never stands alone on a page: it takes the contacts (or the last paragraph)
    # with it, as offices do rather than print "此页无正文".
    tail: list[Flowable] = []
    if content.closing:
        tail.append(Spacer(1, 3 * mm))
        tail += [cjk_paragraph(line, s.body, keep=keep) for line in content.closing]
    elif story:
        tail.append(story.pop())
    story.append(KeepTogether([*tail, _signature_block(content, s)]))
    if stub:
        # The file copy ties the document to the case it belongs to.
        story += [Spacer(1, 6 * mm), cjk_paragraph(f"信访事项编号：{content.case_number}", s.small)]
        if content.stub_lines:
            story += [Spacer(1, 2 * mm), _SignLine(content.stub_lines, s.serif)]
    if content.appendix:
        story += [PageBreak(), Bookmark("附页", 1)]
        story.append(BoldTitle("附页", s.serif, 18))
        story.append(cjk_paragraph(f"{content.title}（{content.number}）附页", s.centre))
        for label, text in content.appendix:
            story.append(Spacer(1, 3 * mm))
            story.append(cjk_paragraph(f"{label}：", s.plain))
            story += [cjk_paragraph(line, s.body, keep=keep) for line in text.splitlines() if line]
    return story


def _keep_words(content: NoticeContent) -> tuple[str, ...]:
    words = [content.recipient, content.unit_name]
    words += [part for part in content.recipient.replace("等", "、").split("、")]
    return tuple(word for word in words if word and len(word) <= 7)


def build_case_notice_pdf(
    content: NoticeContent, *, reprinted_on: date | None = None, stub: bool = False
) -> bytes:
    """One notice; ``reprinted_on`` marks a reprint as 副本, ``stub`` prints the file copy."""
    story = notice_story(content, reprinted_on=reprinted_on, stub=stub)
    return _build(
        story,
        title=f"{content.title} {content.number}",
        author=content.unit_name,
        subject=f"{content.unit_name} {content.title}",
    )


def service_receipt_story(content: NoticeContent, service: ServiceRecord | None) -> list:
    s = _Styles()
    width = A4[0] - BINDING_MARGIN - RIGHT_MARGIN
    cell = ParagraphStyle("receipt", parent=s.cell, fontSize=14, leading=22)
    blank_date = "　　年　　月　　日"
    rows = [
        ("送达机关", f"{content.unit_name}（盖章）"),
        ("送达文书", content.title),
        ("文号", content.number),
        ("受送达人", service.served_to if service else content.recipient),
        ("送达方式", service.method if service else SERVICE_BOXES),
        ("送达日期", chinese_date(service.served_on) if service else blank_date),
        ("受送达人签收", f"\n\n（签名或盖章）　　　{blank_date}"),
        ("代收人及代收理由", "\n"),
        ("送达人", service.served_by if service else ""),
        ("备注", "\n"),
    ]
    table = splittable_table(
        [[cjk_paragraph(label, cell), cjk_paragraph(value, cell)] for label, value in rows],
        colWidths=[40 * mm, width - 40 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        Bookmark("送达回证"),
        BoldTitle("送达回证", s.serif, TITLE_SIZE),
        Spacer(1, 6 * mm),
        table,
    ]


def build_service_receipt_pdf(
    content: NoticeContent, service: ServiceRecord | None = None
) -> bytes:
    """The 送达回证 of one issued notice: blanks to sign, or the service as recorded."""
    return _build(
        service_receipt_story(content, service),
        title=f"送达回证 {content.number}",
        author=content.unit_name,
        subject=f"{content.unit_name} 送达回证 {content.title}",
    )
