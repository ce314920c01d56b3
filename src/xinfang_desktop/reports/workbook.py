"""The one writer for every .xlsx, .csv and .tsv the program exports.

Usage::

    book = WorkbookWriter(unit_name="某某学校")
    sheet = book.add_sheet(
        "信访事项登记台账",
        [Column("编号", width=20), Column("人数", "integer"), Column("收到日期", "date"),
         Column("办结率", "percent"), Column("信访请求", width=40, wrap=True)],
        heading="某某学校信访事项登记台账", subtitle="2026年11月1日至2026年11月30日",
        landscape=True, binding=True,
    )
    sheet.append(["XF-2026-0001", 3, date(2026, 11, 1), 0.375, "=1+1 also stays text"])
    sheet.total(["合计", 3, None, None, None])
    sheet.note("注：……")
    book.save(path_or_binary_file)

    write_csv(path_or_text_stream, headers, rows)           # UTF-8 with BOM for Excel
    write_csv(sys.stdout, headers, rows, delimiter="\\t", bom=False)   # TSV on a console

What every sheet gets: optional title and period rows above a bold, shaded, bordered header;
thin borders on every table cell; an autofilter over the table; the header frozen; A4 paper,
portrait or landscape per sheet, fitted to one page wide; the header row repeated on every
printed page; the unit name in the page header and "第 N 页 共 M 页" in the page footer; a
~25 mm left margin for binding when the sheet is a register or ledger meant for filing.

Cell types follow the column's ``kind`` and a value of the wrong type raises TypeError (a bug
in the caller, never silently coerced):

- ``text``: always stored as a string. Control characters that XML cannot carry are removed.
  A string starting with ``= + - @``, TAB or CR is stored as a plain string cell with Excel's
  own "quote prefix" flag, which is exactly what Excel does when a user types ``'=1+1``: Excel
  and WPS show the text unchanged (no visible apostrophe), never evaluate it, keep it text when
  the cell is edited, and a re-import reads back the exact text the user typed.
- ``integer`` / ``number``: numbers with the formats ``0`` / ``0.0`` (``number_format`` in the
  column overrides), right-aligned.
- ``percent``: a fraction (0.375) shown as ``37.5%``; it stays a number Excel can sum.
- ``date`` / ``datetime``: real Excel dates shown as ``2026年11月1日`` (and ``hh:mm``); time
  zones are dropped, the wall-clock time is what the program shows.

CSV and TSV have no cell types, so text that starts with one of the formula characters gets a
leading apostrophe there (the OWASP advice): Excel and WPS show it, which is the honest price
of not running the text. Numbers and dates given as ``int``/``float``/``date`` are written as
they are.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO, Literal, TextIO

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

CellKind = Literal["text", "integer", "number", "percent", "date", "datetime"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

DATE_FORMAT = 'yyyy"年"m"月"d"日"'
DATETIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm'
_DEFAULT_FORMATS: dict[str, str] = {
    "text": "@",
    "integer": "0",
    "number": "0.0",
    "percent": "0.0%",
    "date": DATE_FORMAT,
    "datetime": DATETIME_FORMAT,
}
PAGE_FOOTER = "第 &P 页 共 &N 页"
# Excel measures margins in inches: 25 mm on the binding side, 15 mm elsewhere.
_BINDING_MARGIN = 25 / 25.4
_MARGIN = 15 / 25.4

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_BORDER = Border(left=_THIN, right=_THIN, top=Side(style="medium"), bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_SHADE_FILL = PatternFill("solid", fgColor="F2F2F2")
_BOLD = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=16)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="top")
_LEFT_WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="top")
_CENTRED_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)


@dataclass(frozen=True)
class Column:
    """One table column: its header, the type of its cells, its width in Excel characters."""

    header: str
    kind: CellKind = "text"
    width: float = 12
    wrap: bool = False  # long text wraps inside the column instead of spilling over
    centred: bool = False
    number_format: str | None = None  # overrides the kind's default format

    @property
    def format(self) -> str:
        return self.number_format or _DEFAULT_FORMATS[self.kind]


@dataclass(frozen=True)
class Formatted:
    """A value whose cell needs its own number format, e.g. a group visit's count shown as
    "12（集体访）" while staying a number: ``Formatted(12, '0"（集体访）"')``."""

    value: object
    number_format: str


def clean_text(value: str) -> str:
    """``value`` without the control characters an .xlsx cannot hold (a pasted text carries
    them); TAB, CR and LF stay."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def neutralise(value: str) -> str:
    """Text for a CSV/TSV field: control characters removed and a formula-like start
    prefixed with an apostrophe so a spreadsheet shows it instead of running it."""
    value = clean_text(value)
    return "'" + value if is_formula_like(value) else value


def _plain(value: object) -> object:
    """A CSV/TSV field: numbers and dates as they are, any text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a yes/no value must be given as its Chinese text")
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def write_csv(
    target: str | os.PathLike | TextIO,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    bom: bool = True,
) -> None:
    """Headers and rows as CSV (or TSV with ``delimiter="\\t"``), every text neutralised.

    A file target is written as UTF-8 with a BOM (Excel on Chinese Windows reads a CSV
    without one as GBK and shows mojibake); a stream gets the BOM when ``bom`` is True."""
    if isinstance(target, str | os.PathLike):
        with open(target, "w", encoding="utf-8-sig", newline="") as stream:
            _write_delimited(stream, headers, rows, delimiter)
        return
    if bom:
        target.write("\ufeff")
    _write_delimited(target, headers, rows, delimiter)


def _write_delimited(stream: TextIO, headers, rows, delimiter: str) -> None:
    writer = SafeCsvWriter(stream, delimiter=delimiter, bom=False)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(row)


class SafeCsvWriter:
    """``csv.writer`` with every text field neutralised (see :func:`neutralise`), for code
    that writes rows one by one; the UTF-8 BOM goes out first when ``bom`` is True."""

    def __init__(self, stream: TextIO, *, delimiter: str = ",", bom: bool = True) -> None:
        if bom:
            stream.write("\ufeff")
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([_plain(value) for value in row])


class SheetWriter:
    """One sheet of a :class:`WorkbookWriter`: title rows, a header, then rows appended in
    order. ``worksheet`` is the openpyxl sheet, for charts over the written rows
    (``header_row``, ``first_data_row``, ``last_data_row`` say where the table is)."""

    def __init__(
        self,
        book: WorkbookWriter,
        worksheet: Worksheet,
        columns: Sequence[Column],
        *,
        heading: str | None,
        subtitle: str | None,
        landscape: bool,
        binding: bool,
        freeze_columns: int,
    ) -> None:
        self.worksheet = worksheet
        self.columns = tuple(columns)
        self._streaming = book.streaming
        self._row = 0
        self._table_ended = False
        last_letter = get_column_letter(len(self.columns))
        titles = [(text, font) for text, font in ((heading, _TITLE_FONT), (subtitle, None)) if text]
        self.header_row = len(titles) + 1
        self.first_data_row = self.header_row + 1
        self.last_data_row = self.header_row  # no data rows yet

        # A streamed sheet writes its widths, panes and fit-to-page flag with its first row.
        for index, column in enumerate(self.columns, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = column.width
        worksheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{self.first_data_row}"
        worksheet.print_title_rows = f"{self.header_row}:{self.header_row}"
        setup = worksheet.page_setup
        setup.paperSize = Worksheet.PAPERSIZE_A4
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        worksheet.sheet_properties.pageSetUpPr.fitToPage = True
        margins = worksheet.page_margins
        margins.left = _BINDING_MARGIN if binding else _MARGIN
        margins.right = margins.top = margins.bottom = _MARGIN
        margins.header = margins.footer = 8 / 25.4
        if book.unit_name:
            # "&" starts a code in a header; the unit name is plain text.
            worksheet.oddHeader.center.text = clean_text(book.unit_name).replace("&", "&&")
        worksheet.oddFooter.center.text = PAGE_FOOTER
        worksheet.print_options.horizontalCentered = True

        for text, font in titles:
            cell = self._cell(clean_text(text))
            if font is not None:
                cell.font = font
            cell.alignment = _CENTRE
            self._append([cell])
            self._merge(f"A{self._row}:{last_letter}{self._row}")
        header = []
        for column in self.columns:
            cell = self._cell(clean_text(column.header))
            cell.font = _BOLD
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
            cell.alignment = _CENTRE
            header.append(cell)
        self._append(header)
        worksheet.auto_filter.ref = f"A{self.header_row}:{last_letter}{self.header_row}"

    # -- rows ------------------------------------------------------------------------------

    def append(self, values: Sequence[object], *, shaded: bool = False) -> int:
        """One data row, typed by the columns; returns its row number."""
        if self._table_ended:
            raise RuntimeError("data rows come before the total and the notes")
        self._append(self._typed_row(values, bold=False, shaded=shaded, border=_BORDER))
        self.last_data_row = self._row
        self.worksheet.auto_filter.ref = (
            f"A{self.header_row}:{get_column_letter(len(self.columns))}{self._row}"
        )
        return self._row

    def total(self, values: Sequence[object]) -> int:
        """A bold 合计 (or 小计) row under the data, outside the autofilter."""
        self._table_ended = True
        self._append(self._typed_row(values, bold=True, shaded=False, border=_TOTAL_BORDER))
        return self._row

    def message(self, text: str) -> int:
        """One line across the table, e.g. "本期无来访登记" for an empty period."""
        self._table_ended = True
        cell = self._cell(clean_text(text))
        cell.alignment = _CENTRE
        cell.border = _BORDER
        self._append([cell])
        self._merge(f"A{self._row}:{get_column_letter(len(self.columns))}{self._row}")
        return self._row

    def note(self, text: str) -> int:
        """A footnote or signature line below the table, left-aligned across its width."""
        self._table_ended = True
        cell = self._cell(clean_text(text))
        cell.alignment = _LEFT
        self._append([cell])
        self._merge(f"A{self._row}:{get_column_letter(len(self.columns))}{self._row}")
        return self._row

    # -- internals -------------------------------------------------------------------------

    def _typed_row(self, values, *, bold: bool, shaded: bool, border: Border) -> list[Cell]:
        values = list(values)
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        cells = []
        for column, value in zip(self.columns, values, strict=True):
            number_format = column.format
            if isinstance(value, Formatted):
                value, number_format = value.value, value.number_format
            cell = self._cell(_typed_value(column, value))
            if isinstance(cell.value, str):
                # Never a formula: a string cell, and Excel's quote prefix when it looks like one.
                cell.data_type = "s"
                if is_formula_like(cell.value):
                    cell.quotePrefix = True
            if cell.value is not None and column.kind != "text":
                cell.number_format = number_format
            cell.border = border
            if column.centred:
                cell.alignment = _CENTRED_TOP
            elif column.kind == "text":
                cell.alignment = _LEFT_WRAP if column.wrap else _LEFT
            else:
                cell.alignment = _RIGHT
            if bold:
                cell.font = _BOLD
            if shaded:
                cell.fill = _SHADE_FILL
            cells.append(cell)
        return cells

    def _cell(self, value: object) -> Cell:
        return Cell(self.worksheet, row=1, column=1, value=value)

    def _append(self, cells: list[Cell]) -> None:
        self.worksheet.append(cells)
        self._row += 1

    def _merge(self, ref: str) -> None:
        if self._streaming:
            self.worksheet.merged_cells.add(ref)
        else:
            self.worksheet.merge_cells(ref)


def _typed_value(column: Column, value: object) -> object:
    if value is None or value == "":
        return None
    kind = column.kind
    if kind == "text":
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise TypeError(f"column {column.header!r} holds text, got {type(value).__name__}")
        return clean_text(str(value))
    if kind in ("integer", "number", "percent"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"column {column.header!r} holds numbers, got {value!r}")
        return value
    if kind == "datetime":
        if not isinstance(value, datetime):
            raise TypeError(f"column {column.header!r} holds date-times, got {value!r}")
        return value.replace(tzinfo=None)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).date()
    if not isinstance(value, date):
        raise TypeError(f"column {column.header!r} holds dates, got {value!r}")
    return value


class WorkbookWriter:
    """An .xlsx being written: sheets are added in order, each with its own page setup.

    ``unit_name`` goes into every page header. ``streaming`` writes rows straight to the
    file (openpyxl's write-only mode) for sheets of many thousand rows; a streamed sheet
    cannot be changed after a row is appended."""

    def __init__(self, unit_name: str = "", *, streaming: bool = False) -> None:
        self.unit_name = unit_name
        self.streaming = streaming
        self._book = Workbook(write_only=streaming)
        self._first_unused = None if streaming else self._book.active

    @property
    def workbook(self) -> Workbook:
        return self._book

    def add_sheet(
        self,
        title: str,
        columns: Sequence[Column],
        *,
        heading: str | None = None,
        subtitle: str | None = None,
        landscape: bool = False,
        binding: bool = False,
        freeze_columns: int = 0,
    ) -> SheetWriter:
        """A new sheet named ``title`` (Excel allows 31 characters, no ``[]:*?/\\``).

        ``heading`` and ``subtitle`` are centred rows above the header (leave them out for a
        sheet meant to be imported again: then the header is row 1). ``binding`` leaves the
        25 mm filing margin; ``freeze_columns`` keeps that many left columns in view."""
        sheet_title = re.sub(r"[\[\]:*?/\\]", "_", clean_text(title))[:31] or "Sheet"
        if self._first_unused is not None:
            worksheet = self._first_unused
            worksheet.title = sheet_title
            self._first_unused = None
        else:
            worksheet = self._book.create_sheet(sheet_title)
        return SheetWriter(
            self,
            worksheet,
            columns,
            heading=heading,
            subtitle=subtitle,
            landscape=landscape,
            binding=binding,
            freeze_columns=freeze_columns,
        )

    def save(self, target: str | os.PathLike | BinaryIO) -> None:
        self._book.save(target)
