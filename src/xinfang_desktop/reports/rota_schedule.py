"""值班表 as printed and exported: a month on one A4 landscape page, a week, a holiday, and
one person's own duties; the same table as an Excel workbook.

One row per day; a column for each shift pattern and role (白班·带班领导 …), so a month is 28–31
rows and fits one page with the phone list under it; every row keeps room under the names
for a change written in by hand. Seats changed after publishing carry ※ and a legend.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import CjkLineBreaker, PageFrame
from xinfang_desktop.reports.workbook import Column, WorkbookWriter

SIGNATURE_LABELS = ("制表人", "审核（分管领导）")


@dataclass(frozen=True)
class RotaSheetRow:
    day: date
    weekday: str  # 星期一 …
    day_label: str  # 国庆节, 周末, 调休上班, 重要会议 or ""
    day_off: bool  # shaded: weekend, holiday, sensitive day
    cells: Sequence[str]  # names per column of RotaSheet.columns, "—" when no such shift


@dataclass(frozen=True)
class RotaSheet:
    unit_name: str
    title: str  # 2026年12月值班表, 国庆节值班表 …
    period: str
    columns: Sequence[tuple[str, str]]  # (shift heading "白班 08:00", role name)
    rows: Sequence[RotaSheetRow]
    phones: Sequence[tuple[str, str, str]]  # (role, name, phone)
    printed_at: datetime
    note: str = ""  # 已发布第 2 版；发布后调整 3 处 …
    legend: str = ""  # ※ 发布后调整的值班 …, when cells carry the mark
    calendar_note: str = ""  # the year's holidays are not announced yet …


@dataclass(frozen=True)
class PersonDutyRow:
    day: date
    weekday: str
    shift: str  # 夜班 20:00–次日08:00
    role: str
    day_label: str


@dataclass(frozen=True)
class PersonDutySheet:
    unit_name: str
    name: str
    phone: str
    period: str
    rows: Sequence[PersonDutyRow]
    printed_at: datetime


_GRID = colors.HexColor("#444444")
_SHADE = colors.HexColor("#eeeeee")


# Every day's row keeps this much space beyond its names, so a swap agreed after printing
# can be written into the cell by hand.
HANDWRITING_ROOM = 2.5 * mm
_MIN_ROW = 6 * mm


def _frame(sheet: RotaSheet, pagesize) -> PageFrame:
    return PageFrame(
        unit_name=sheet.unit_name,
        title=sheet.title,
        subtitle=f"{sheet.period}　{sheet.note}".strip("　"),
        printed_at=sheet.printed_at.date(),
        signature_labels=SIGNATURE_LABELS,
        pagesize=pagesize,
        margin=9 * mm,
        title_size=15,
        small_size=8.5,
    )


def _row_heights(lines: list[int], size: float) -> list[float]:
    return [max(_MIN_ROW, count * (size + 1.5) + HANDWRITING_ROOM) for count in lines]


def build_rota_pdf(sheet: RotaSheet, *, one_page: bool = True) -> bytes:
    """A month on one A4 page where it fits with room to write in every row: landscape
    first, then portrait (a month of 31 rows needs the height); a big unit's many columns
    stay landscape and run on to a second page rather than squeeze the rows."""
    font = register_cjk_font()
    fixed = [22 * mm, 13 * mm, 20 * mm]
    notes = _notes(sheet, font)
    chosen = None
    for pagesize in (landscape(A4), A4):
        frame = _frame(sheet, pagesize)
        width = frame.content_width
        name_width = (width - sum(fixed)) / max(1, len(sheet.columns))
        if name_width < 18 * mm:
            continue  # too narrow for a name and a handwritten one beside it
        phones, phones_height = _phone_table(sheet.phones, width, font)
        notes_height = sum(n.wrap(width, frame.content_height)[1] for n in notes)
        signature_room = 3 * 8.5 + 9.5 + 6
        available = frame.content_height - phones_height - notes_height - signature_room - 4 * mm
        for size in _SIZES[0 if len(sheet.columns) <= 6 else 2 :]:
            data, lines = _rows(sheet, font, size, name_width)
            needed = 2 * (size + 5) + sum(_row_heights(lines, size))
            if needed <= available:
                chosen = (frame, size, data, lines, phones, name_width)
                break
        if chosen or not one_page:
            break
    if chosen is None:  # runs on to more pages, rows kept roomy
        frame = _frame(sheet, landscape(A4))
        width = frame.content_width
        name_width = (width - sum(fixed)) / max(1, len(sheet.columns))
        size = _SIZES[2]
        data, lines = _rows(sheet, font, size, name_width)
        phones, _ = _phone_table(sheet.phones, width, font)
        chosen = (frame, size, data, lines, phones, name_width)
    frame, size, data, lines, phones, name_width = chosen
    header_top = ["日期", "星期", "类别"] + [shift for shift, _ in sheet.columns]
    header_roles = ["", "", ""] + [role for _, role in sheet.columns]
    heights = [size + 5, size + 5, *_row_heights(lines, size)]
    data = [header_top, header_roles, *data]
    table = Table(
        data,
        colWidths=[*fixed] + [name_width] * len(sheet.columns),
        rowHeights=heights,
        repeatRows=2,
    )
    style = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        # Names sit at the top left of the cell; the space beside and under them is for a
        # change written in by hand.
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("ALIGN", (3, 2), (-1, -1), "LEFT"),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dddddd")),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    # Columns of one shift share a heading cell.
    start = 3
    while start < 3 + len(sheet.columns):
        end = start
        while end + 1 < 3 + len(sheet.columns) and header_top[end + 1] == header_top[start]:
            end += 1
        if end > start:
            style.append(("SPAN", (start, 0), (end, 0)))
        start = end + 1
    for index, row in enumerate(sheet.rows, start=2):
        if row.day_off:
            style.append(("BACKGROUND", (0, index), (-1, index), _SHADE))
    table.setStyle(TableStyle(style))
    story = [table, Spacer(1, 1.5 * mm), *notes]
    if phones is not None:
        story.append(phones)
    return frame.build(story)


def _notes(sheet: RotaSheet, font: str) -> list[Paragraph]:
    """The ※ legend and the unannounced-year warning, under the table on the same page."""
    style = ParagraphStyle("rota-note", fontName=font, fontSize=8.5, leading=11, spaceAfter=2)
    return [Paragraph(escape(text), style) for text in (sheet.legend, sheet.calendar_note) if text]


_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)


def _rows(
    sheet: RotaSheet, font: str, size: float, name_width: float
) -> tuple[list[list[str]], list[int]]:
    """The body cells at one type size, and how many lines each row needs."""
    breaker = CjkLineBreaker(font, size)
    data, lines = [], []
    for row in sheet.rows:
        cells = [f"{row.day.month}月{row.day.day}日", row.weekday, row.day_label]
        cells += ["\n".join(breaker.lines(text, name_width - 4)) for text in row.cells]
        data.append(cells)
        lines.append(max(cell.count("\n") + 1 for cell in cells))
    if not sheet.rows:
        data.append(["本期没有值班安排", "", ""] + [""] * len(sheet.columns))
        lines.append(1)
    return data, lines


def _phone_table(
    phones: Sequence[tuple[str, str, str]], width: float, font: str
) -> tuple[Table | None, float]:
    if not phones:
        return None, 0.0
    size = 7.5
    cells = [f"{role} {name} {phone or '（未填电话）'}" for role, name, phone in phones]
    # As many lines across as the longest one allows: five or six on a landscape page, four
    # down a portrait one.
    widest = max(stringWidth(cell, font, size) for cell in cells) + 4 * mm
    per_row = max(2, min(6, int(width // widest)))
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    data = [["值班联系电话", *[""] * (per_row - 1)], *rows]
    table = Table(data, colWidths=[width / per_row] * per_row, rowHeights=size + 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("SPAN", (0, 0), (-1, 0)),
                ("BOX", (0, 0), (-1, -1), 0.5, _GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, _GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table, len(data) * (size + 4)


def build_person_duties_pdf(sheet: PersonDutySheet) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=sheet.unit_name,
        title=f"{sheet.name}的值班安排",
        subtitle=f"{sheet.period}　联系电话：{sheet.phone or '未填'}",
        printed_at=sheet.printed_at.date(),
        signature_labels=("本人",),
    )
    data = [["序号", "日期", "星期", "班次", "角色", "类别"]]
    for number, row in enumerate(sheet.rows, start=1):
        data.append(
            [
                str(number),
                f"{row.day.year}年{row.day.month}月{row.day.day}日",
                row.weekday,
                row.shift,
                row.role,
                row.day_label,
            ]
        )
    if not sheet.rows:
        data.append(["", "本期没有值班安排", "", "", "", ""])
    width = frame.content_width
    widths = [12 * mm, 34 * mm, 18 * mm, 52 * mm, 28 * mm]
    widths.append(width - sum(widths))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
            ]
        )
    )
    return frame.build([table])


def write_rota_xlsx(sheet: RotaSheet, path: str | os.PathLike[str]) -> None:
    """The rota table (days off shaded) and the phone list, A4 landscape, through the one
    workbook writer (reports/workbook.py)."""
    book = WorkbookWriter(sheet.unit_name)
    table = book.add_sheet(
        "值班表",
        [
            Column("日期", "date", width=16),
            Column("星期", width=8, centred=True),
            Column("类别", width=12, centred=True),
            *(
                Column(f"{shift} {role}", width=16, wrap=True, centred=True)
                for shift, role in sheet.columns
            ),
        ],
        heading=f"{sheet.unit_name}{sheet.title}",
        subtitle=f"{sheet.period}　{sheet.note}".strip("　") or None,
        landscape=True,
        freeze_columns=3,
    )
    for row in sheet.rows:
        table.append([row.day, row.weekday, row.day_label, *row.cells], shaded=row.day_off)
    if not sheet.rows:
        table.message("本期没有值班安排")
    for text in (sheet.legend, sheet.calendar_note):  # the same notes as on paper
        if text:
            table.note(text)
    phones = book.add_sheet(
        "联系电话",
        [Column("角色", width=14), Column("姓名", width=12), Column("联系电话", width=18)],
    )
    for item in sheet.phones:
        phones.append(list(item))
    book.save(path)
