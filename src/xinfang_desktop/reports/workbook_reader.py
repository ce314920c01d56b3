"""Reading a workbook someone else made (.xlsx, or .xls from Excel 2003 and older WPS) for an
import: within fixed limits, streaming, off the GUI thread, and with a Chinese message for any
file that is not a sound workbook.

Every import reads through ``read_sheet``. It takes the visible active sheet (a hidden sheet is
never imported), skips a title row above the header, fills vertically merged cells down, drops
empty rows, and returns the header and the data rows with their sheet row numbers.

Limits: the file size and the uncompressed size of every part are checked before parsing; the
rows and cells are counted while parsing, so a zip bomb or a sheet of a million styled empty
rows is refused or read in bounded memory, never loaded whole.
"""

from __future__ import annotations

import functools
import math
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.errors import FieldError, ValidationError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all parts of an .xlsx together
MAX_SHARED_STRINGS_BYTES = 96 * 1024 * 1024  # the one part that is held in memory whole
MAX_COLUMNS = 256
MAX_SCANNED_CELLS = 8_000_000  # empty styled cells included: bounds the parsing time
EXCEL_MAX_ROW = 1_048_576  # a row beyond Excel's own last row means a forged or broken file
DEFAULT_MAX_ROWS = 50_000
# Excel's own error value for a number it cannot hold (``1e999`` typed into the XML).
NUMBER_ERROR = "#NUM!"

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; nothing has been written."""


@dataclass(frozen=True)
class SheetRows:
    sheet_name: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    merged_filled: int = 0  # cells that took the value of a vertically merged cell above


def _refuse(template: str, **params: object) -> ValidationError:
    return ValidationError([FieldError("file", template, params)])


def read_sheet(
    path: str | Path,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    header_min_filled: int = 3,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SheetRows:
    """The header and the data rows of the visible active sheet of ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise _refuse(
            "无法打开文件“{name}”：{reason}", name=path.name, reason=exc.strerror or ""
        ) from exc
    if size > MAX_FILE_BYTES:
        raise _refuse(
            "文件“{name}”有 {mb} MB，超过导入上限 {max} MB；请分成几个文件导入",
            name=path.name,
            mb=size // (1024 * 1024),
            max=MAX_FILE_BYTES // (1024 * 1024),
        )
    collector = _Collector(max_rows, header_min_filled, cancelled)
    if magic.startswith(b"PK"):
        _read_xlsx(path, collector, progress)
    elif magic.startswith(b"\xd0\xcf\x11\xe0"):
        _read_xls(path, collector, progress)
    else:
        raise _refuse(
            "“{name}”不是 Excel 工作簿（.xlsx 或 .xls）；如果是 WPS 另存的网页或文本，"
            "请在 Excel/WPS 中另存为 .xlsx 后再导入",
            name=path.name,
        )
    if progress:
        progress(1.0)
    return collector.result()


class _Collector:
    """Takes rows as the parser yields them: finds the header, keeps non-empty rows, counts."""

    def __init__(self, max_rows: int, header_min_filled: int, cancelled: Cancelled | None):
        self.max_rows = max_rows
        self.header_min_filled = header_min_filled
        self.cancelled = cancelled
        self.sheet_name = ""
        self.headers: list[str] | None = None
        self.header_row = 0
        self.rows: list[tuple[int, list[object]]] = []
        self.scanned = 0
        self.merged_filled = 0

    def add(self, number: int, cells: list[object]) -> None:
        if number > EXCEL_MAX_ROW:
            raise _refuse("表格“{sheet}”的行号超出 Excel 的范围，文件已损坏", sheet=self.sheet_name)
        self.scanned += len(cells) + 1
        if self.scanned > MAX_SCANNED_CELLS:
            raise _refuse(
                "表格“{sheet}”太大（超过 {max} 个单元格）；请删去多余的空行空列或分成几个文件",
                sheet=self.sheet_name,
                max=MAX_SCANNED_CELLS,
            )
        if self.cancelled is not None and number % 256 == 0 and self.cancelled():
            raise ImportCancelled()
        while cells and _is_blank(cells[-1]):
            cells.pop()
        if not cells:
            return
        if len(cells) > MAX_COLUMNS:
            raise _refuse(
                "第 {row} 行有内容超出第 {max} 列；请删去多余的列后再导入",
                row=number,
                max=MAX_COLUMNS,
            )
        if self.headers is None:
            if sum(1 for v in cells if not _is_blank(v)) >= self.header_min_filled:
                self.headers = [_header_text(v) for v in cells]
                self.header_row = number
            return
        self.rows.append((number, cells))
        if len(self.rows) > self.max_rows:
            raise _refuse(
                "一次最多导入 {max} 行（表格“{sheet}”更多）；请分成几个文件导入",
                max=self.max_rows,
                sheet=self.sheet_name,
            )

    def fill_merged(self, ranges: list[tuple[int, int, int, int]]) -> None:
        """(first row, last row, first column, last column), 1-based: the top-left value goes
        down its column; a merge across columns stays in its first column only, so a wide
        cell never lands in a neighbouring field."""
        by_number = {number: cells for number, cells in self.rows}
        for top, bottom, left, _right in ranges:
            source = by_number.get(top)
            if top == self.header_row or source is None or len(source) < left:
                continue
            value = source[left - 1]
            for number in range(top + 1, min(bottom, top + self.max_rows) + 1):
                cells = by_number.get(number)
                if cells is None:
                    continue
                while len(cells) < left:
                    cells.append(None)
                if _is_blank(cells[left - 1]):
                    cells[left - 1] = value
                    self.merged_filled += 1

    def result(self) -> SheetRows:
        if self.headers is None:
            raise _refuse(
                "表格“{sheet}”是空的，找不到表头（表头一行至少要有 {n} 列有字）",
                sheet=self.sheet_name,
                n=self.header_min_filled,
            )
        return SheetRows(
            self.sheet_name, self.headers, self.header_row, self.rows, self.merged_filled
        )


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# --- .xlsx ---------------------------------------------------------------------------------


class _CountingReader:
    """The sheet part as a file, telling progress by the bytes read so far."""

    def __init__(self, raw, total: int, progress: Progress | None):
        self._raw, self._total, self._progress = raw, max(total, 1), progress
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size if size and size > 0 else 1 << 16)
        self._done += len(chunk)
        if self._progress:
            self._progress(min(0.99, self._done / self._total))
        return chunk


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse("“{name}”已损坏，不是完整的 .xlsx 文件", name=path.name) from exc
    total = sum(info.file_size for info in infos)
    strings = sum(info.file_size for info in infos if info.filename.endswith("sharedStrings.xml"))
    if total > MAX_UNCOMPRESSED_BYTES or strings > MAX_SHARED_STRINGS_BYTES:
        raise _refuse(
            "“{name}”解压后有 {mb} MB，超过导入上限 {max} MB；可能是异常文件，或请分成几个文件导入",
            name=path.name,
            mb=total // (1024 * 1024),
            max=MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
        )


def _read_xlsx(path: Path, collector: _Collector, progress: Progress | None) -> None:
    _check_archive(path)
    from openpyxl import load_workbook
    from openpyxl.utils.datetime import from_excel

    damaged = _refuse("“{name}”已损坏或不是 Excel 工作簿，无法读取", name=path.name)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except ValidationError:
        raise
    except Exception as exc:  # any malformed part: the user gets one clear message
        raise damaged from exc
    try:
        sheet = _visible_active(book.worksheets, book.active)
        if sheet is None:
            raise _refuse("“{name}”没有可见的工作表", name=path.name)
        collector.sheet_name = sheet.title
        date_styles = set(book._date_formats)
        timedelta_styles = set(book._timedelta_formats)
        part = sheet._worksheet_path
        part_size = book._archive.getinfo(part).file_size
        try:
            with book._archive.open(part) as raw:
                # Dates are converted here, not by the parser, so a date-styled number that
                # is out of range becomes a named error instead of a warning.
                parser = _fast_parser_class()(
                    _CountingReader(raw, part_size, progress),
                    sheet._shared_strings,
                    data_only=True,
                )
                for number, parsed in parser.parse():
                    collector.add(
                        number,
                        _xlsx_cells(parsed, date_styles, timedelta_styles, book.epoch, from_excel),
                    )
                merged = parser.merged_cells
            unsaved = getattr(parser, "formulas_without_value", [])
            if unsaved:
                shown = "、".join(c for c in unsaved[:5] if c) or "部分单元格"
                raise _refuse(
                    "“{name}”的 {cells}{more}是公式，但文件里没有保存计算结果，读出来会是空的。"
                    "请用 Excel 或 WPS 打开这个文件、保存一次，再导入",
                    name=path.name,
                    cells=shown,
                    more=f" 等 {len(unsaved)} 个单元格" if len(unsaved) > 5 else "",
                )
        except (ValidationError, ImportCancelled):
            raise
        except Exception as exc:
            raise damaged from exc
        ranges = []
        for merged_range in getattr(merged, "mergeCell", None) or ():
            try:
                left, top, right, bottom = _bounds(merged_range.ref)
            except ValueError:
                continue
            ranges.append((top, bottom, left, right))
        collector.fill_merged(ranges)
    finally:
        book.close()


@functools.cache
def _fast_parser_class():
    """openpyxl's sheet parser, with plain text read straight from an inline string (the form
    openpyxl and some other programs write): its generic rich-text path is ten times slower."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS

    text_tag = "{%s}t" % SHEET_MAIN_NS  # noqa: UP031 - the namespace braces

    formula_tag = "{%s}f" % SHEET_MAIN_NS  # noqa: UP031

    class FastParser(WorkSheetParser):
        # Cells holding a formula but no saved result (a workbook written by a program and
        # never opened in Excel): read "data only" they look empty, and an import would take
        # an empty 人数 or 日期 for what the sheet shows. They are named and the file refused.
        formulas_without_value: list[str]

        def parse_cell(self, element):
            if element.get("t") != "inlineStr":
                cell = super().parse_cell(element)
                if cell["value"] is None and element.find(formula_tag) is not None:
                    if not hasattr(self, "formulas_without_value"):
                        self.formulas_without_value = []
                    self.formulas_without_value.append(element.get("r") or "")
                return cell
            coordinate = element.get("r")
            if coordinate:
                row, column = coordinate_to_tuple(coordinate)
                self.col_counter = column
            else:
                self.col_counter += 1
                row, column = self.row_counter, self.col_counter
            child = element.find(INLINE_STRING)
            value = None if child is None else "".join(t.text or "" for t in child.iter(text_tag))
            style = element.get("s")
            return {
                "row": row,
                "column": column,
                "value": value,
                "data_type": "s",
                "style_id": int(style) if style else 0,
            }

    return FastParser


def _bounds(ref: str) -> tuple[int, int, int, int]:
    from openpyxl.utils.cell import range_boundaries

    return range_boundaries(ref)


def _visible_active(sheets, active):
    if active is not None and getattr(active, "sheet_state", "visible") == "visible":
        return active
    return next((s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"), None)


def _xlsx_cells(parsed, date_styles, timedelta_styles, epoch, from_excel) -> list[object]:
    cells: list[object] = []
    for cell in parsed:
        column = cell["column"]
        if column > MAX_COLUMNS:
            if not _is_blank(cell["value"]):
                cells.extend([None] * (column - len(cells)))  # lets the collector name the row
                break
            continue
        value = cell["value"]
        if cell["data_type"] == "e":
            value = str(value)
        elif isinstance(value, float) and not math.isfinite(value):
            value = NUMBER_ERROR
        elif (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and cell["style_id"] in date_styles
            and cell["style_id"] not in timedelta_styles
        ):
            value = _excel_date(value, epoch, from_excel)
        if column > len(cells):
            cells.extend([None] * (column - len(cells)))
        cells[column - 1] = value
    return cells


def _excel_date(serial: float, epoch, from_excel) -> object:
    try:
        converted = from_excel(serial, epoch)
    except (OverflowError, ValueError):
        return NUMBER_ERROR
    return converted if isinstance(converted, datetime) else serial


# --- .xls ----------------------------------------------------------------------------------


def _read_xls(path: Path, collector: _Collector, progress: Progress | None) -> None:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises many kinds on a damaged file
        raise _refuse(
            "“{name}”已损坏或不是 Excel 97-2003 工作簿，无法读取", name=path.name
        ) from exc
    try:
        chosen = None
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility == 0 and (chosen is None or sheet.sheet_selected):
                chosen = sheet
                if sheet.sheet_selected:
                    break
        if chosen is None:
            raise _refuse("“{name}”没有可见的工作表", name=path.name)
        collector.sheet_name = chosen.name
        total = max(chosen.nrows, 1)
        for index in range(chosen.nrows):
            row = chosen.row(index)
            collector.add(index + 1, [_xls_value(cell, book.datemode) for cell in row])
            if progress and index % 256 == 0:
                progress(min(0.99, index / total))
        collector.fill_merged(
            [(rlo + 1, rhi, clo + 1, chi) for rlo, rhi, clo, chi in chosen.merged_cells]
        )
    except (ValidationError, ImportCancelled):
        raise
    except Exception as exc:
        raise _refuse("“{name}”已损坏，无法读取", name=path.name) from exc
    finally:
        book.release_resources()


def _xls_value(cell, datemode: int) -> object:
    import xlrd

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return NUMBER_ERROR
    if kind == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        if not math.isfinite(value):
            return NUMBER_ERROR
        return int(value) if value.is_integer() else value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#VALUE!")
    return str(cell.value)


def serial_to_datetime(serial: float) -> datetime:
    """An Excel serial day number (1900 system) typed as a plain number."""
    return datetime(1899, 12, 30) + timedelta(days=serial)
