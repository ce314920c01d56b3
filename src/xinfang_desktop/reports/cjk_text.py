"""The one CJK paragraph helper every printed form uses.

``CjkLineBreaker`` breaks Chinese text into lines by the typesetting rules (禁则): no line
starts with a closing mark (，。、；：？！）》」』” …) and none ends with an opening one
(（《「『“ …). Tokens are never split: runs of ASCII (numbers, masked ID numbers, plates),
dates (2026年11月29日), 文号 (邹中小信受〔2026〕12号), number plates (浙A12345) and any word
the caller asks to keep (names of up to 7 characters). A token wider than the line is the only
thing broken inside.

``CjkParagraph`` is a flowable that lays out such lines itself, so user text is never parsed as
markup (``A&B``, ``<x>`` print literally), characters the chosen font lacks print in the
bundled sans face, and a long paragraph splits across pages (or inside a table row).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from .fonts import has_glyph, register_cjk_font

# 禁则: these never start a line ...
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—～%,.;:?!)]}·")
# ... and these never end one.
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
MAX_KEPT_WORD = 7  # names and the like, kept whole

_CJK = r"\u3400-\u9fff"
# Longest first: a 文号 or a date is one token; then a plate; then an ASCII run.
_TOKEN_PATTERNS = (
    rf"[{_CJK}]{{0,6}}〔\d{{4}}〕第?\d+号",  # 文号: 邹中小信受〔2026〕12号
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?",  # 2026年11月29日, 2026年11月
    r"\d{1,2}月\d{1,2}日",
    rf"[{_CJK}][A-Z][A-Z0-9·]{{4,6}}(?![A-Za-z0-9])",  # 浙A12345
    r"[!-~]+",  # numbers, masked IDs (3401**********1234), words
    r" +",
)

_ASCII_OR_CHAR = re.compile(r"[!-~]+|.", re.S)


class CjkLineBreaker:
    """Greedy line breaking of CJK text with 禁则, keeping tokens whole.

    Plain table cells use ``lines`` directly: pre-broken strings cost a Table nothing, which
    keeps a 1,000-row register fast.
    """

    def __init__(self, font: str, size: float) -> None:
        self._font = font
        self._size = size
        self._char_widths: dict[str, float] = {}
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}

    def width(self, text: str) -> float:
        widths = self._char_widths
        total = 0.0
        for char in text:
            width = widths.get(char)
            if width is None:
                width = widths[char] = stringWidth(char, self._font, self._size)
            total += width
        return total

    def lines(
        self,
        text: str,
        max_width: float,
        *,
        keep: Iterable[str] = (),
        first_indent: float = 0.0,
    ) -> list[str]:
        """The lines of ``text``; every line break in the text starts a new line."""
        keep_words = tuple(
            sorted({w for w in keep if w and len(w) <= MAX_KEPT_WORD}, key=len, reverse=True)
        )
        result: list[str] = []
        for paragraph in text.replace("\t", " ").splitlines() or [""]:
            first_width = max_width - first_indent
            if self.width(paragraph) <= first_width:
                result.append(paragraph.strip())
            else:
                result.extend(self._break(paragraph, max_width, first_width, keep_words))
        return result

    def _pattern(self, keep: tuple[str, ...]) -> re.Pattern[str]:
        pattern = self._patterns.get(keep)
        if pattern is None:
            kept = [re.escape(word) for word in keep]
            pattern = re.compile("|".join([*kept, *_TOKEN_PATTERNS, r"."]), re.S)
            self._patterns[keep] = pattern
        return pattern

    def units(self, paragraph: str, keep: tuple[str, ...] = ()) -> list[str]:
        """Unbreakable units: a token with the opening marks before it and the closing marks
        after it, so a greedy break can never leave a mark on the wrong side of a line end."""
        tokens = self._pattern(keep).findall(paragraph)
        units: list[str] = []
        opening = ""
        for token in tokens:
            if token[0] == " ":
                if opening:
                    units.append(opening)
                    opening = ""
                units.append(token)
            elif len(token) == 1 and token in NO_LINE_END:
                opening += token
            elif len(token) == 1 and token in NO_LINE_START and units and not opening:
                if units[-1][0] == " ":
                    units.append(token)
                else:
                    units[-1] += token
            else:
                units.append(opening + token)
                opening = ""
        if opening:
            units.append(opening)
        return units

    def _pieces(self, unit: str, max_width: float) -> Iterator[tuple[str, float]]:
        width = self.width(unit)
        if width <= max_width:
            yield unit, width
            return
        # Too wide to keep whole: keep its ASCII runs (numbers) where they fit, else break
        # anywhere (a web address wider than the column).
        for part in _ASCII_OR_CHAR.findall(unit):
            part_width = self.width(part)
            if part_width <= max_width:
                yield part, part_width
            else:
                for char in part:
                    yield char, self.width(char)

    def _break(
        self, paragraph: str, max_width: float, first_width: float, keep: tuple[str, ...]
    ) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        used = 0.0
        limit = first_width
        for unit in self.units(paragraph, keep):
            for piece, width in self._pieces(unit, max_width):
                if piece[0] == " " and not line:
                    continue
                if used + width <= limit or not line:
                    line.append(piece)
                    used += width
                    continue
                lines.append("".join(line).rstrip())
                limit = max_width
                if piece[0] == " ":
                    line, used = [], 0.0
                else:
                    line, used = [piece], width
        if line:
            lines.append("".join(line).rstrip())
        return lines


_breakers: dict[tuple[str, float], CjkLineBreaker] = {}


def line_breaker(font: str, size: float) -> CjkLineBreaker:
    """One shared breaker per font and size (its width cache is worth keeping)."""
    breaker = _breakers.get((font, size))
    if breaker is None:
        breaker = _breakers[(font, size)] = CjkLineBreaker(font, size)
    return breaker


class CjkParagraph(Flowable):
    """A paragraph of user text laid out by ``CjkLineBreaker``; splits across pages."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        keep: Sequence[str] = (),
        lines: list[str] | None = None,
        first_line: bool = True,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._keep = tuple(keep)
        self._given_lines = lines
        self._first_line = first_line
        self._lines: list[str] = lines or []
        self._fallback = register_cjk_font()
        self._glyph_cache: dict[str, bool] = {}
        self.spaceBefore = style.spaceBefore if first_line else 0
        self.spaceAfter = style.spaceAfter

    # -- layout -----------------------------------------------------------------------------

    def _indent(self) -> float:
        return self.style.firstLineIndent if self._first_line else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        usable = availWidth - style.leftIndent - style.rightIndent
        if self._given_lines is None:
            breaker = line_breaker(style.fontName, style.fontSize)
            self._lines = breaker.lines(
                self.text, max(usable, style.fontSize), keep=self._keep, first_indent=self._indent()
            )
        self.width = availWidth
        self.height = len(self._lines) * style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            # Nothing to gain from a split here (callers such as tables expect two parts).
            return []
        head = CjkParagraph(
            self.text,
            self.style,
            keep=self._keep,
            lines=self._lines[:fit],
            first_line=self._first_line,
        )
        tail = CjkParagraph(
            self.text, self.style, keep=self._keep, lines=self._lines[fit:], first_line=False
        )
        head.spaceAfter = 0
        return [head, tail]

    # -- drawing ----------------------------------------------------------------------------

    def _has(self, char: str) -> bool:
        known = self._glyph_cache.get(char)
        if known is None:
            known = self._glyph_cache[char] = char.isspace() or has_glyph(self.style.fontName, char)
        return known

    def _runs(self, line: str) -> Iterator[tuple[str, str]]:
        """(font, text) runs: characters the font lacks print in the sans face."""
        font = self.style.fontName
        current, text = font, ""
        for char in line:
            wanted = font if self._has(char) else self._fallback
            if wanted != current and text:
                yield current, text
                text = ""
            current = wanted
            text += char
        if text:
            yield current, text

    def _line_width(self, line: str) -> float:
        size = self.style.fontSize
        return sum(stringWidth(text, font, size) for font, text in self._runs(line))

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        size = style.fontSize
        usable = self.width - style.leftIndent - style.rightIndent
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for index, line in enumerate(self._lines):
            indent = self._indent() if index == 0 else 0.0
            y = self.height - (index + 1) * style.leading + (style.leading - size) / 2 + size * 0.12
            width = self._line_width(line)
            room = usable - indent
            char_space = 0.0
            x = style.leftIndent + indent
            if style.alignment == TA_RIGHT:
                x = style.leftIndent + usable - width
            elif style.alignment == TA_CENTER:
                x = style.leftIndent + (usable - width) / 2
            elif (
                style.alignment == TA_JUSTIFY
                and index < len(self._lines) - 1
                and len(line) > 1
                and 0 < room - width < size * 2
            ):
                char_space = (room - width) / (len(line) - 1)
            text = canvas.beginText(x, y)
            text.setCharSpace(char_space)
            for font, run in self._runs(line):
                text.setFont(font, size)
                text.textOut(run)
            canvas.drawText(text)
        canvas.restoreState()


def cjk_paragraph(text: object, style: ParagraphStyle, *, keep: Sequence[str] = ()) -> CjkParagraph:
    """The paragraph helper: any user text, printed literally, broken by the 禁则."""
    return CjkParagraph(str(text), style, keep=keep)


class _SplitsTextByLines:
    """ReportLab splits a text cell with 1.2 × font size as its line height, whatever the
    leading, and moves a vertically centred one whole to the taller half: text taller than a
    page then never fits. Text cells are split here at whole lines of their real leading."""

    def _splitCell(self, value, style, oldHeight, newHeight, width):
        if not isinstance(value, str):
            return super()._splitCell(value, style, oldHeight, newHeight, width)
        lines = value.split("\n")
        leading = style.leading or 1.2 * style.fontsize
        fit = int((newHeight - style.topPadding - style.bottomPadding) // leading)
        if fit >= len(lines):
            return value, ""
        if fit <= 0:
            return "", value
        return "\n".join(lines[:fit]), "\n".join(lines[fit:])

    def _splitRows(self, availHeight, doInRowSplit=0):
        if doInRowSplit:
            # A row split across pages reads from the top of each part; ReportLab keeps a
            # centred one centred by padding the continuation, which can outgrow any page.
            for row in self._cellStyles:
                for style in row:
                    style.valign = "TOP"
        return super()._splitRows(availHeight, doInRowSplit)


_splitting_classes: dict[type, type] = {}


def splittable_table(rows, *, table_class: type[Table] = Table, **kwargs) -> Table:
    """A table whose rows may split across pages, so no row taller than a page (a long
    纠纷事项, twenty progress notes) can stop a document with a LayoutError.

    ReportLab splits a row's cells only when each is text or a list of flowables: a bare
    flowable would be dropped, so each is wrapped in a list here.
    """
    cls = _splitting_classes.get(table_class)
    if cls is None:
        cls = type(f"Splitting{table_class.__name__}", (_SplitsTextByLines, table_class), {})
        _splitting_classes[table_class] = cls
    wrapped = [[[cell] if isinstance(cell, Flowable) else cell for cell in row] for row in rows]
    return cls(wrapped, splitInRow=1, **kwargs)
