"""The page frame shared by every printed form.

Each page gets the unit name and title at the top, "第 x 页 共 y 页" and the print date at the
bottom; the document ends with signature lines. The total page count is only known once the
whole story has been laid out, so the canvas keeps every finished page and draws the frame on
all of them when the document is saved.

The frame also gives every PDF its document properties (title, unit as author) and, when it
has more than one page, bookmarks: the headings a form marked with ``Bookmark``, or one per
page. ``CjkLineBreaker`` is re-exported from cjk_text, the one paragraph helper.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import standardFonts, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from xinfang_desktop.domain.dates import chinese_date, chinese_period
from xinfang_desktop.reports.cjk_text import (
    CjkLineBreaker,
    CjkParagraph,
    cjk_paragraph,
    splittable_table,
)
from xinfang_desktop.reports.fonts import draw_bold_string, register_cjk_font

# Compressed streams are written as they are, not re-encoded as ASCII85 text (ReportLab's
# default, for 7-bit mail): a 60-page register saves 50 ms of CPU and 15 % of its size, and
# every PDF reader takes binary streams.
rl_config.useA85 = 0

__all__ = [
    "Bookmark",
    "CjkLineBreaker",
    "CjkParagraph",
    "PageFrame",
    "SignatureLines",
    "cjk_paragraph",
    "format_cn_date",
    "format_cn_period",
    "splittable_table",
]

# Forms write dates the way domain/ spells them (2026年11月23日, …至…).
format_cn_date = chinese_date
format_cn_period = chinese_period
# The left margin of registers and ledgers that are bound into a file (装订线).
FILING_MARGIN = 25 * mm


@dataclass(frozen=True)
class PageFrame:
    """Plain values that describe the frame of one printed document.

    Pass ``pagesize=landscape(A4)`` (or any ReportLab page size) for other orientations.
    ``binding_margin`` (about 25 mm for registers and ledgers that are filed) widens the left
    margin to that size and marks it with a dashed 装订线.
    Each signature label prints as "{label}签字：____  {signature_date_label}：____".
    """

    unit_name: str
    title: str
    printed_at: date
    subtitle: str = ""
    signature_labels: Sequence[str] = ()
    signature_date_label: str = "日期"
    pagesize: tuple[float, float] = A4
    margin: float = 10 * mm
    binding_margin: float = 0.0
    unit_size: float = 11
    title_size: float = 16
    small_size: float = 9
    show_page_numbers: bool = True

    # -- geometry ---------------------------------------------------------------------------

    @property
    def header_height(self) -> float:
        height = self.unit_size * 1.4 + self.title_size * 1.4
        if self.subtitle:
            height += self.small_size * 1.5
        return height + 2 * mm

    @property
    def footer_height(self) -> float:
        return self.small_size * 1.4 + 2 * mm

    @property
    def left_margin(self) -> float:
        return max(self.margin, self.binding_margin)

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.margin

    @property
    def content_height(self) -> float:
        return self.pagesize[1] - 2 * self.margin - self.header_height - self.footer_height

    @property
    def document_title(self) -> str:
        return f"{self.unit_name}{self.title}" if self.unit_name not in self.title else self.title

    # -- building ---------------------------------------------------------------------------

    def build(self, story: Sequence[Flowable]) -> bytes:
        """Lay out ``story`` inside the frame, add the signature lines, return the PDF."""
        font = register_cjk_font()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.margin,
            topMargin=self.margin + self.header_height,
            bottomMargin=self.margin + self.footer_height,
            title=self.document_title,
            author=self.unit_name,
            subject=self.subtitle or self.title,
            creator="信访台账",
            initialFontName=font,
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            self.content_width,
            self.content_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        flowables = list(story)
        if self.signature_labels:
            flowables.append(
                SignatureLines(
                    self.signature_labels, self.signature_date_label, self.small_size + 1
                )
            )
        doc.build(flowables, canvasmaker=partial(_FramedCanvas, page_frame=self))
        return buffer.getvalue()

    def draw(self, canvas: Canvas, page_number: int, page_count: int) -> None:
        """Draw the header and footer of one page (called once the page count is known)."""
        font = register_cjk_font()
        width, height = self.pagesize
        centre = self.left_margin + self.content_width / 2
        canvas.saveState()
        if self.binding_margin:
            self._draw_binding_line(canvas, font)
        y = height - self.margin - self.unit_size
        room = width - 2 * self.margin
        canvas.setFont(font, _fitting(self.unit_name, font, self.unit_size, room))
        canvas.drawCentredString(centre, y, self.unit_name)
        y -= self.title_size * 1.4
        title_size = _fitting(self.title, font, self.title_size, room)
        draw_bold_string(canvas, centre, y, self.title, font, title_size, centred=True)
        if self.subtitle:
            y -= self.small_size * 1.5
            canvas.setFont(font, self.small_size)
            canvas.drawCentredString(centre, y, self.subtitle)

        canvas.setFont(font, self.small_size)
        y = self.margin
        if self.show_page_numbers:
            canvas.drawCentredString(centre, y, f"第 {page_number} 页 共 {page_count} 页")
        canvas.drawRightString(
            width - self.margin, y, f"打印日期：{format_cn_date(self.printed_at)}"
        )
        canvas.restoreState()

    def _draw_binding_line(self, canvas: Canvas, font: str) -> None:
        x = self.binding_margin * 0.45
        height = self.pagesize[1]
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        canvas.line(x, self.margin, x, height / 2 - 3 * self.small_size)
        canvas.line(x, height / 2 + 3 * self.small_size, x, height - self.margin)
        canvas.setFont(font, self.small_size)
        # "装订线" reads downwards in the gap of the dashed line, one character under another.
        for index, char in enumerate("装订线"):
            y = height / 2 + self.small_size * (1.5 - 2 * index) - self.small_size / 2
            canvas.drawCentredString(x, y, char)
        canvas.restoreState()


_STANDARD_FONTS = frozenset(standardFonts)


def _fitting(text: str, font: str, size: float, room: float) -> float:
    """The font size at which one header line fits the page (a 100-character unit name)."""
    width = stringWidth(text, font, size)
    return size if width <= room else size * room / width


class _FramedCanvas(Canvas):
    """Holds back every page until save() so the frame can say "共 y 页"."""

    def __init__(self, *args, page_frame: PageFrame, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_frame = page_frame
        self._held_pages: list[dict] = []
        # (page number, title, level) of each Bookmark flowable, added when pages are emitted.
        self.pending_bookmarks: list[tuple[int, str, int]] = []

    @property
    def current_page_number(self) -> int:
        return len(self._held_pages) + 1

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        # ReportLab's tables select their default Helvetica before drawing each cell, even when
        # the cell draws in a CJK font itself; a PDF that names a font it does not embed prints
        # differently from PC to PC, so the built-in faces are served by the bundled one.
        if psfontname in _STANDARD_FONTS:
            psfontname = register_cjk_font()
        super().setFont(psfontname, size, leading)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        # A fresh page without emitting the current one; _startPage is how Canvas.showPage
        # itself begins the next page.
        self._startPage()

    def save(self) -> None:
        held = self._held_pages
        if not held:
            # A story that produced no page still prints one framed page.
            self.showPage()
        page_count = len(held)
        marks = list(self.pending_bookmarks)
        if page_count > 1 and not marks:
            title = self._page_frame.title
            marks = [(1, title, 0)] + [(n, f"第{n}页", 1) for n in range(2, page_count + 1)]
        marks = _well_nested(marks, self._page_frame.title)
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._page_frame.draw(self, number, page_count)
            if page_count > 1:
                for index, (page, title, level) in enumerate(marks):
                    if page == number:
                        key = f"bookmark-{index}"
                        self.bookmarkPage(key)
                        self.addOutlineEntry(title, key, level=level, closed=False)
            Canvas.showPage(self)
        if page_count > 1:
            self.showOutline()
        Canvas.save(self)


def _well_nested(marks: list[tuple[int, str, int]], title: str) -> list[tuple[int, str, int]]:
    """PDF outlines start at level 0 and go down one level at a time."""
    if marks and marks[0][2] != 0:
        marks = [(1, title, 0), *marks]
    nested: list[tuple[int, str, int]] = []
    previous = -1
    for page, text, level in marks:
        level = max(0, min(level, previous + 1))
        nested.append((page, text, level))
        previous = level
    return nested


class Bookmark(Flowable):
    """An invisible mark: a bookmark (PDF outline entry) to the page it lands on."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, _FramedCanvas):
            canvas.pending_bookmarks.append((canvas.current_page_number, self.title, self.level))


class SignatureLines(Flowable):
    """ "门卫签字：______  日期：______" for each label, as many to a row as fit."""

    _NAME_LINE = 34 * mm
    _DATE_LINE = 26 * mm
    _GAP = 4 * mm

    def __init__(self, labels: Sequence[str], date_label: str, font_size: float) -> None:
        super().__init__()
        self._signs = [f"{label}签字：" for label in labels]
        self._date_text = f"{date_label}："
        self._size = font_size
        self._row_height = font_size * 3
        self._per_row = 1
        self._slot_width = 0.0
        self._sign_width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        font = register_cjk_font()
        # Labels are right-aligned to the widest so the lines of all rows start together.
        self._sign_width = max(stringWidth(sign, font, self._size) for sign in self._signs)
        needed = (
            self._sign_width
            + stringWidth(self._date_text, font, self._size)
            + self._NAME_LINE
            + self._DATE_LINE
            + 3 * self._GAP
        )
        self._per_row = max(1, min(len(self._signs), int(availWidth // needed)))
        self._slot_width = availWidth / self._per_row
        rows = -(-len(self._signs) // self._per_row)
        # Room above the first row separates the signatures from the table they sign.
        self.width = availWidth
        self.height = rows * self._row_height + self._size
        return self.width, self.height

    def draw(self) -> None:
        font = register_cjk_font()
        canvas = self.canv
        canvas.setFont(font, self._size)
        canvas.setLineWidth(0.6)
        date_width = stringWidth(self._date_text, font, self._size)
        for index, sign in enumerate(self._signs):
            row, column = divmod(index, self._per_row)
            x = column * self._slot_width + self._sign_width
            y = self.height - (row + 1) * self._row_height
            canvas.drawRightString(x, y, sign)
            canvas.line(x, y - 1.5, x + self._NAME_LINE, y - 1.5)
            x += self._NAME_LINE + self._GAP
            canvas.drawString(x, y, self._date_text)
            x += date_width
            canvas.line(x, y - 1.5, x + self._DATE_LINE, y - 1.5)
