"""The page frame shared by every printed form.

Each page gets the unit name and title at the top, "第 x 页 共 y 页" and the print date at the
bottom; the document ends with signature lines. The total page count is only known once the
whole story has been laid out, so the canvas keeps every finished page and draws the frame on
all of them when the document is saved.

CjkLineBreaker lives here too: every form fills table cells with Chinese text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from xinfang_desktop.domain.dates import chinese_date, chinese_period
from xinfang_desktop.reports.fonts import register_cjk_font

# Forms write dates the way domain/ spells them (2026年11月23日, …至…).
format_cn_date = chinese_date
format_cn_period = chinese_period


# -- line breaking ---------------------------------------------------------------------------

# Chinese typesetting rules (禁则): these never start a line ...
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—～%,.;:?!)]}·")
# ... and these never end one.
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
# A run of printable ASCII (a number, a plate, a word) stays together; anything else is one
# breakable character.
_TOKEN = re.compile(r"[!-~]+| +|[^!-~ ]")


class CjkLineBreaker:
    """Greedy line breaking of CJK text for plain (non-Paragraph) table cells.

    ReportLab's Paragraph does this too, but a Paragraph per cell made the 1,000-row register
    about four times slower than a plain Table; pre-broken strings cost the Table nothing and
    need no markup escaping.
    """

    def __init__(self, font: str, size: float) -> None:
        self._font = font
        self._size = size
        self._char_widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        widths = self._char_widths
        total = 0.0
        for char in text:
            width = widths.get(char)
            if width is None:
                width = widths[char] = stringWidth(char, self._font, self._size)
            total += width
        return total

    def lines(self, text: str, max_width: float) -> list[str]:
        result: list[str] = []
        for paragraph in text.replace("\t", " ").splitlines() or [""]:
            if self.width(paragraph) <= max_width:
                result.append(paragraph.strip())
            else:
                result.extend(self._break(paragraph, max_width))
        return result

    def _units(self, paragraph: str, max_width: float) -> Iterator[tuple[str, float]]:
        for token in _TOKEN.findall(paragraph):
            width = self.width(token)
            if width <= max_width or len(token) == 1:
                yield token, width
            else:
                # Too long to keep whole (an ID number, a web address): break anywhere.
                for char in token:
                    yield char, self.width(char)

    def _break(self, paragraph: str, max_width: float) -> list[str]:
        lines: list[str] = []
        line: list[tuple[str, float]] = []
        used = 0.0
        for unit, width in self._units(paragraph, max_width):
            if unit[0] == " ":
                if line:
                    line.append((unit, width))
                    used += width
                continue
            if used + width <= max_width or not line:
                line.append((unit, width))
                used += width
                continue
            carried: list[tuple[str, float]] = []
            if unit[0] in _NO_LINE_START and len(line) > 1:
                carried.append(line.pop())
            while len(line) > 1 and line[-1][0][-1] in _NO_LINE_END:
                carried.insert(0, line.pop())
            lines.append("".join(part for part, _ in line).rstrip())
            line = [*carried, (unit, width)]
            used = sum(part_width for _, part_width in line)
            if used > max_width:
                # Kinsoku could not be honoured in this width; never let text overflow.
                lines.append("".join(part for part, _ in line[:-1]).rstrip())
                line = [(unit, width)]
                used = width
        if line:
            lines.append("".join(part for part, _ in line).rstrip())
        return lines


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
            title=f"{self.unit_name}{self.title}",
            author=self.unit_name,
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
        canvas.setFont(font, self.unit_size)
        canvas.drawCentredString(centre, y, self.unit_name)
        y -= self.title_size * 1.4
        canvas.setFont(font, self.title_size)
        canvas.drawCentredString(centre, y, self.title)
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


class _FramedCanvas(Canvas):
    """Holds back every page until save() so the frame can say "共 y 页"."""

    def __init__(self, *args, page_frame: PageFrame, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_frame = page_frame
        self._held_pages: list[dict] = []

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
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._page_frame.draw(self, number, page_count)
            Canvas.showPage(self)
        Canvas.save(self)


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
