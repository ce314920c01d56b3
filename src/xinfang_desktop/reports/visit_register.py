"""来访登记表: the gate-house visitor register, as a PDF form and as an Excel workbook."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from xinfang_desktop.domain.visits import is_group_visit
from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import (
    FILING_MARGIN,
    CjkLineBreaker,
    PageFrame,
    format_cn_period,
)

TITLE = "来访登记表"
EMPTY_MESSAGE = "本期无来访登记"
SIGNATURE_LABELS = ("门卫", "值班领导")


@dataclass(frozen=True)
class RegisterRow:
    arrived_at: datetime  # 来访时间
    left_at: datetime | None  # 离开时间
    name: str  # 姓名
    gender: str  # display text: "男"/"女"/""
    phone: str  # display text (may already be masked)
    id_number: str  # display text, already masked by the caller, or ""
    people_count: int  # 人数
    unit_address: str  # 单位/住址
    reason: str  # 来访事由
    category: str  # 类别
    host: str  # 接待/被访对象
    receptionist: str  # 登记人 / 门卫
    vehicle_plate: str  # 车牌
    outcome: str  # 处理结果
    remarks: str  # 备注


@dataclass(frozen=True)
class VisitRegisterDocument:
    unit_name: str
    date_from: date
    date_to: date
    rows: Sequence[RegisterRow]
    printed_at: datetime

    @property
    def period(self) -> str:
        return format_cn_period(self.date_from, self.date_to)


# -- columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    header: str
    # A fixed column is as wide as its widest expected text; the rest share what is left.
    sample: str = ""
    weight: float = 0.0
    align: str = "LEFT"
    excel_width: float = 10


_COLUMNS = (
    _Column("序号", sample="9999", align="CENTER", excel_width=7),
    _Column("来访时间", sample="12-31 23:59", excel_width=17),
    _Column("离开时间", sample="12-31 23:59", excel_width=17),
    _Column("姓名", sample="欧阳小明", excel_width=10),
    _Column("性别", sample="男", align="CENTER", excel_width=6),
    _Column("联系电话", sample="13800138000", excel_width=14),
    # Half an ID number: the masked number wraps onto two lines to leave room for the reason.
    _Column("身份证号", sample="3401******", excel_width=21),
    _Column("人数", sample="集体访", align="CENTER", excel_width=12),
    _Column("单位/住址", weight=0.15, excel_width=24),
    _Column("来访事由", weight=0.45, excel_width=40),
    _Column("类别", sample="家长咨询", excel_width=10),
    _Column("接待对象", weight=0.12, excel_width=14),
    _Column("车牌", sample="皖AD12345", excel_width=11),
    _Column("处理结果", weight=0.16, excel_width=24),
    _Column("登记人", sample="王小明", excel_width=9),
    _Column("备注", weight=0.12, excel_width=16),
)
_HEADERS = tuple(column.header for column in _COLUMNS)

_FONT_SIZE = 8.0
_LEADING = 10.0
_PAD_X = 3.0
_PAD_TOP = 2.0
_PAD_BOTTOM = 3.0
_PAD_Y = _PAD_TOP + _PAD_BOTTOM
_CONTINUED = "续"
_HEADER_FILL = colors.HexColor("#E6E6E6")


def _column_widths(font: str, total: float, single_day: bool, row_count: int) -> list[float]:
    fixed: list[float | None] = []
    for column in _COLUMNS:
        if column.weight:
            fixed.append(None)
            continue
        sample = column.sample
        if column.header == "序号":
            sample = "9" * max(len(sample), len(str(row_count)))
        if single_day and column.header.endswith("时间"):
            # "23:59"; a departure on the next day wraps as "12-31" over "23:59".
            sample = "12-31"
        # Never narrower than two characters so the header can wrap as "来访/时间".
        text_width = max(stringWidth(sample, font, _FONT_SIZE), 2 * _FONT_SIZE)
        fixed.append(text_width + 2 * _PAD_X)
    rest = total - sum(width for width in fixed if width is not None)
    weights = sum(column.weight for column in _COLUMNS)
    return [
        width if width is not None else rest * column.weight / weights
        for width, column in zip(fixed, _COLUMNS, strict=True)
    ]


# -- PDF -------------------------------------------------------------------------------------


TimeText = Callable[[datetime], str]


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _day_and_clock(moment: datetime) -> str:
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def _date_and_clock(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def _time_formats(doc: VisitRegisterDocument) -> tuple[TimeText, TimeText]:
    """How the time columns read, and how a departure on another day reads; one date form
    on paper: 11月1日 09:05, never 11-01."""
    if doc.date_from == doc.date_to:
        return _clock, _day_and_clock
    if doc.date_from.year == doc.date_to.year:
        return _day_and_clock, _day_and_clock
    # Across a new year the year is needed; it wraps onto its own line in the cell.
    return _date_and_clock, _date_and_clock


def _people_text(count: int) -> str:
    if is_group_visit(count):
        return f"{count}\n集体访"
    return str(count)


def _cell_texts(
    row: RegisterRow, number: int, time_format: TimeText, other_day: TimeText
) -> list[str]:
    if row.left_at is None:
        left = ""
    elif row.left_at.date() == row.arrived_at.date():
        left = time_format(row.left_at)
    else:
        left = other_day(row.left_at)
    return [
        str(number),
        time_format(row.arrived_at),
        left,
        row.name,
        row.gender,
        row.phone,
        row.id_number,
        _people_text(row.people_count),
        row.unit_address,
        row.reason,
        row.category,
        row.host,
        row.vehicle_plate,
        row.outcome,
        row.receptionist,
        row.remarks,
    ]


class _LinedTable(Flowable):
    """A grid of pre-broken text lines, split by rows, its header repeated on every page.

    ReportLab's Table draws every line of every cell as its own text object; this draws a page
    of cells as one text object and the rules as one path, which keeps the register within
    the required 1.2x of a plain single-line Table although its cells wrap.
    """

    def __init__(
        self,
        layout: _Layout,
        rows: Sequence[list[list[str]]],
        ends: Sequence[float],
        start: int = 0,
        stop: int | None = None,
    ) -> None:
        super().__init__()
        self._layout = layout
        self._rows = rows
        # ends[i] is the height of rows[:i]: any run of rows is measured without a loop.
        self._ends = ends
        self._start = start
        self._stop = len(rows) if stop is None else stop

    def _body_height(self) -> float:
        return self._ends[self._stop] - self._ends[self._start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._layout.xs[-1]
        self.height = self._layout.header_height + self._body_height()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # No tolerance here: whatever this keeps must also pass the frame's own (looser) check.
        room = availHeight - self._layout.header_height
        ends, start = self._ends, self._start
        stop = bisect_right(ends, ends[start] + room, start, self._stop + 1) - 1
        if stop <= start:
            return []
        if stop >= self._stop:
            return [self]
        cls = type(self)
        return [
            cls(self._layout, self._rows, ends, start, stop),
            cls(self._layout, self._rows, ends, stop, self._stop),
        ]

    def draw(self) -> None:
        layout = self._layout
        canvas = self.canv
        xs = layout.xs
        top = self.height
        header_bottom = top - layout.header_height
        ys = [top, header_bottom]
        y = header_bottom
        for index in range(self._start, self._stop):
            y -= self._ends[index + 1] - self._ends[index]
            ys.append(y)

        canvas.saveState()
        canvas.setFillColor(_HEADER_FILL)
        canvas.rect(0, header_bottom, xs[-1], layout.header_height, stroke=0, fill=1)
        canvas.restoreState()

        text = canvas.beginText()
        text.setFont(layout.font, _FONT_SIZE, _LEADING)
        self._draw_row(text, layout.header, header_bottom, layout.header_height, True)
        for index, row in enumerate(self._rows[self._start : self._stop]):
            bottom = ys[index + 2]
            self._draw_row(text, row, bottom, ys[index + 1] - bottom, False)
        canvas.drawText(text)

        canvas.setLineWidth(0.5)
        canvas.grid(xs, ys)

    def _draw_row(self, text, row: list[list[str]], bottom: float, height: float, header: bool):
        layout = self._layout
        for x, width, centred, lines in zip(
            layout.xs[:-1], layout.widths, layout.centred, row, strict=True
        ):
            if len(lines) == 1 and not lines[0]:
                continue
            # Vertically centred, the way Table places text with VALIGN MIDDLE.
            y = bottom + (_PAD_BOTTOM + height - _PAD_TOP + len(lines) * _LEADING) / 2 - _FONT_SIZE
            if centred or header:
                middle = x + width / 2
                for line in lines:
                    text.setTextOrigin(middle - layout.measure(line) / 2, y)
                    text.textOut(line)
                    y -= _LEADING
            else:
                text.setTextOrigin(x + _PAD_X, y)
                for line in lines:
                    text.textLine(line)


@dataclass(frozen=True)
class _Layout:
    font: str
    widths: list[float]
    xs: list[float]
    centred: list[bool]
    header: list[list[str]]
    header_height: float
    breaker: CjkLineBreaker

    def measure(self, line: str) -> float:
        return self.breaker.width(line)


class _Message(Flowable):
    """The one row of an empty register: a message across the whole table, under the header."""

    def __init__(self, layout: _Layout, message: str) -> None:
        super().__init__()
        self._layout = layout
        self._message = message

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._layout.xs[-1]
        self.height = 3 * _LEADING + _PAD_Y
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self._layout.font, _FONT_SIZE + 2)
        canvas.drawCentredString(self.width / 2, self.height / 2 - _FONT_SIZE / 2, self._message)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def build_visit_register_pdf(doc: VisitRegisterDocument) -> bytes:
    """The register for ``doc``'s period: A4 landscape, header repeated on every page."""
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=doc.unit_name,
        title=TITLE,
        subtitle=doc.period,
        printed_at=doc.printed_at,
        signature_labels=SIGNATURE_LABELS,
        pagesize=landscape(A4),
        binding_margin=FILING_MARGIN,
    )
    widths = _column_widths(font, frame.content_width, doc.date_from == doc.date_to, len(doc.rows))
    text_widths = [width - 2 * _PAD_X for width in widths]
    breaker = CjkLineBreaker(font, _FONT_SIZE)
    header = [breaker.lines(text, width) for text, width in zip(_HEADERS, text_widths, strict=True)]
    layout = _Layout(
        font=font,
        widths=widths,
        xs=[0.0, *accumulate(widths)],
        centred=[column.align == "CENTER" for column in _COLUMNS],
        header=header,
        header_height=max(map(len, header)) * _LEADING + _PAD_Y,
        breaker=breaker,
    )

    if not doc.rows:
        empty = _LinedTable(layout, [], [0.0])
        return frame.build([empty, _Message(layout, EMPTY_MESSAGE)])

    # A row taller than a page cannot be placed; such a row continues in further table rows.
    max_lines = max(1, int((frame.content_height - layout.header_height - _PAD_Y) // _LEADING) - 1)
    time_format, other_day = _time_formats(doc)
    rows: list[list[list[str]]] = []
    ends: list[float] = [0.0]
    for number, row in enumerate(doc.rows, start=1):
        cells = [
            breaker.lines(text, width)
            for text, width in zip(
                _cell_texts(row, number, time_format, other_day), text_widths, strict=True
            )
        ]
        line_count = max(map(len, cells))
        if line_count <= max_lines:
            rows.append(cells)
            ends.append(ends[-1] + line_count * _LEADING + _PAD_Y)
            continue
        # Parts of a third of a page leave little of the page before such a row empty.
        step = max(1, max_lines // 3)
        for start in range(0, line_count, step):
            part = [lines[start : start + step] or [""] for lines in cells]
            if start:
                part[0] = [str(number), _CONTINUED]
            rows.append(part)
            ends.append(ends[-1] + min(line_count - start, step) * _LEADING + _PAD_Y)
    return frame.build([_LinedTable(layout, rows, ends)])


# -- Excel -----------------------------------------------------------------------------------

# The count stays a number (so it can be summed) and still reads "12（集体访）".
_EXCEL_GROUP = '0"（集体访）"'
_EXCEL_KINDS = {
    "序号": "integer",
    "人数": "integer",
    "来访时间": "datetime",
    "离开时间": "datetime",
}
_EXCEL_WRAPPED = {"单位/住址", "来访事由", "接待对象", "处理结果", "备注"}


def write_visit_register_xlsx(
    doc: VisitRegisterDocument, target: str | os.PathLike | BinaryIO
) -> None:
    """Write the register as one sheet: title rows, a frozen header, one row per visit,
    A4 landscape with the filing margin (see reports/workbook.py for what every sheet gets)."""
    # Imported here: openpyxl costs a printing process about a tenth of a second.
    from xinfang_desktop.reports.workbook import Column, Formatted, WorkbookWriter

    book = WorkbookWriter(doc.unit_name, streaming=True)
    sheet = book.add_sheet(
        TITLE,
        [
            Column(
                column.header,
                _EXCEL_KINDS.get(column.header, "text"),
                width=column.excel_width,
                wrap=column.header in _EXCEL_WRAPPED,
                centred=column.align == "CENTER",
            )
            for column in _COLUMNS
        ],
        heading=f"{doc.unit_name}{TITLE}",
        subtitle=doc.period,
        landscape=True,
        binding=True,
    )
    if not doc.rows:
        sheet.message(EMPTY_MESSAGE)
    for number, row in enumerate(doc.rows, start=1):
        people: object = row.people_count
        if is_group_visit(row.people_count):
            people = Formatted(row.people_count, _EXCEL_GROUP)
        sheet.append(
            [
                number,
                row.arrived_at,
                row.left_at,
                row.name,
                row.gender,
                row.phone,
                row.id_number,
                people,
                row.unit_address,
                row.reason,
                row.category,
                row.host,
                row.vehicle_plate,
                row.outcome,
                row.receptionist,
                row.remarks,
            ]
        )
    book.save(target)
