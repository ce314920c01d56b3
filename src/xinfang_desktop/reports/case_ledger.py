"""信访事项登记台账: the cases received in a period, as a filed 台账 (A4 landscape PDF with a
binding margin, page 小计 and a 合计, and the report's signature lines) and as .xlsx."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from .fonts import register_cjk_font
from .page_frame import CjkLineBreaker, PageFrame, format_cn_date, format_cn_period
from .workbook import Column, WorkbookWriter

TITLE = "信访事项登记台账"
BINDING_MARGIN = 25 * mm
# The lines a 台账 that is sent up ends with (填报单位 stamps beside its name).
REPORT_SIGNATURES = ("填报单位（盖章）", "单位负责人", "审核人", "填表人", "报出日期")
EMPTY_MESSAGE = "本期无信访事项"
_CONTINUED = "（续）"


@dataclass(frozen=True)
class LedgerRow:
    number: str
    received_on: date
    channel: str
    petitioners: str
    people_count: int
    request: str
    category: str
    area: str
    owner: str
    handling_office: str
    state: str
    due_on: date | None  # the handling deadline (办理期限)
    closed_on: date | None
    on_time: bool | None  # None while the case is open
    repeat_of: str  # the earlier case's 编号 when this is a 重信重访
    result: str = ""  # 办理结果/答复意见
    replied_on: date | None = None
    evaluation: str = ""  # the petitioner's 评价 (满意/基本满意/不满意)
    remarks: str = ""


@dataclass(frozen=True)
class LedgerDocument:
    unit_name: str
    date_from: date
    date_to: date
    rows: tuple[LedgerRow, ...]
    printed_at: date


def _day(value: date | None) -> str:
    """2026年11月1日 over two lines ("2026年" / "11月1日"), so date columns stay narrow."""
    return format_cn_date(value).replace("年", "年\n", 1) if value else ""


def on_time_text(row: LedgerRow, today: date) -> str:
    """是否按期: 按期/超期 once closed; an open case reads 办理中, or 逾期未结 past its deadline."""
    if row.on_time is not None:
        return "按期" if row.on_time else "超期"
    if row.closed_on is not None:
        return ""
    if row.due_on is not None and row.due_on < today:
        return "逾期未结"
    return "办理中"


def repeat_text(row: LedgerRow) -> str:
    return f"是，前次\n{row.repeat_of}" if row.repeat_of else ""


@dataclass(frozen=True)
class _Column:
    header: str
    sample: str = ""  # a fixed column is as wide as this text (wrapped dates: one line)
    weight: float = 0.0  # the flexible columns share what the fixed ones leave
    centred: bool = False


# Dates wrap as "2026年" over "11月30日"; the 编号 as "信访〔2026〕" over "第001号".
_COLUMNS = (
    _Column("序号", sample="9999", centred=True),
    _Column("登记日期", sample="11月30日", centred=True),
    _Column("编号", sample="信访〔2026〕"),
    _Column("信访人", sample="欧阳小明"),
    _Column("渠道", sample="上级转办", centred=True),
    _Column("人数", sample="999", centred=True),
    _Column("信访请求", weight=0.34),
    _Column("类别", sample="教育教学", centred=True),
    _Column("承办部门", sample="承办部门"),
    _Column("办理结果/答复意见", weight=0.32),
    _Column("答复日期", sample="11月30日", centred=True),
    _Column("期限", sample="11月30日", centred=True),
    _Column("是否按期", sample="逾期未结", centred=True),
    _Column("重信重访", sample="信访〔2026〕"),
    _Column("评价", sample="基本满意", centred=True),
    _Column("备注", sample="电话回访"),
)
_FONT_SIZE = 8.0
_LEADING = 10.0
_PAD_X = 2.0
_PAD_Y = 2.5
_HEADER_FILL = colors.HexColor("#E6E6E6")
_TOTAL_FILL = colors.HexColor("#F2F2F2")


def _widths(font: str, total: float) -> list[float]:
    fixed = [
        max(stringWidth(c.sample, font, _FONT_SIZE), 2 * _FONT_SIZE) + 2 * _PAD_X + 1
        if not c.weight
        else None
        for c in _COLUMNS
    ]
    rest = total - sum(w for w in fixed if w is not None)
    weights = sum(c.weight for c in _COLUMNS)
    return [
        w if w is not None else rest * c.weight / weights
        for w, c in zip(fixed, _COLUMNS, strict=True)
    ]


def _cells(row: LedgerRow, number: int, today: date) -> list[str]:
    return [
        str(number),
        _day(row.received_on),
        row.number,
        row.petitioners,
        row.channel,
        str(row.people_count),
        row.request,
        row.category,
        row.handling_office,
        row.result,
        _day(row.replied_on),
        _day(row.due_on),
        on_time_text(row, today),
        repeat_text(row),
        row.evaluation,
        row.remarks,
    ]


def summary_text(rows: Sequence[LedgerRow], today: date) -> str:
    """What a 小计 or 合计 row says beside its counts."""
    closed = sum(1 for row in rows if row.closed_on is not None)
    on_time = sum(1 for row in rows if row.on_time)
    overdue = sum(1 for row in rows if on_time_text(row, today) == "逾期未结")
    repeats = sum(1 for row in rows if row.repeat_of)
    return (
        f"已办结 {closed} 件，其中按期 {on_time} 件；逾期未结 {overdue} 件；重信重访 {repeats} 件"
    )


class _ReportSignatures(Flowable):
    """填报单位（盖章）：____  单位负责人：____ … 报出日期：____年__月__日, on one line."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self._font = font
        self._size = _FONT_SIZE + 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._size * 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self._font, self._size)
        canvas.setLineWidth(0.6)
        slot = self.width / len(REPORT_SIGNATURES)
        y = self._size
        for index, label in enumerate(REPORT_SIGNATURES):
            x = index * slot
            text = f"{label}："
            canvas.drawString(x, y, text)
            start = x + stringWidth(text, self._font, self._size)
            if label == "报出日期":
                canvas.drawString(start, y, "　　　年　　月　　日")
            else:
                canvas.line(start, y - 1.5, x + slot - 4 * mm, y - 1.5)


def _table(rows: list[list[str]], heights: list[float], widths, font: str, summary_rows: int):
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=0)
    style = [
        ("FONT", (0, 0), (-1, -1), font, _FONT_SIZE, _LEADING),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y),
    ]
    for index, column in enumerate(_COLUMNS):
        if column.centred:
            style.append(("ALIGN", (index, 1), (index, -1), "CENTER"))
    for offset in range(summary_rows):
        row = len(rows) - summary_rows + offset
        style += [
            ("SPAN", (0, row), (4, row)),
            ("SPAN", (6, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), _TOTAL_FILL),
            ("ALIGN", (0, row), (4, row), "CENTER"),
        ]
    table.setStyle(TableStyle(style))
    return table


def build_case_ledger_pdf(document: LedgerDocument) -> bytes:
    """The 台账 on A4 landscape: one table per page with its own header and 本页小计, the
    合计 on the last page, then the report's signature lines."""
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=document.unit_name,
        title=TITLE,
        subtitle=format_cn_period(document.date_from, document.date_to)
        + f"　共 {len(document.rows)} 件",
        printed_at=document.printed_at,
        pagesize=landscape(A4),
        binding_margin=BINDING_MARGIN,
    )
    widths = _widths(font, frame.content_width)
    breaker = CjkLineBreaker(font, _FONT_SIZE)

    def broken(texts: Sequence[str]) -> tuple[list[str], float]:
        lines = [
            breaker.lines(text, width - 2 * _PAD_X)
            for text, width in zip(texts, widths, strict=True)
        ]
        count = max(len(cell) for cell in lines)
        return ["\n".join(cell) for cell in lines], count * _LEADING + 2 * _PAD_Y

    header, header_height = broken([c.header for c in _COLUMNS])
    summary_height = 2 * _LEADING + 2 * _PAD_Y
    signature_height = (_FONT_SIZE + 2) * 4
    room = frame.content_height - header_height - summary_height - 2
    today = document.printed_at

    # Each record as one or more table rows: a record taller than a page continues on the next.
    pieces: list[tuple[int, list[str], float]] = []  # (index of the record, cells, height)
    max_lines = int((room - 2 * _PAD_Y) // _LEADING)
    for index, row in enumerate(document.rows):
        texts = _cells(row, index + 1, today)
        lines = [
            breaker.lines(text, width - 2 * _PAD_X)
            for text, width in zip(texts, widths, strict=True)
        ]
        count = max(len(cell) for cell in lines)
        for start in range(0, count, max_lines):
            part = ["\n".join(cell[start : start + max_lines]) for cell in lines]
            if start:
                part[0] = f"{index + 1}\n{_CONTINUED}"
            height = min(count - start, max_lines) * _LEADING + 2 * _PAD_Y
            pieces.append((index, part, height))

    # Pack pieces into pages; the last page also holds the 合计 and the signatures.
    pages: list[list[tuple[int, list[str], float]]] = [[]]
    used = 0.0
    for piece in pieces:
        if pages[-1] and used + piece[2] > room:
            pages.append([])
            used = 0.0
        pages[-1].append(piece)
        used += piece[2]
    if used + summary_height + signature_height > room and pages[-1]:
        # The 合计 and the signatures never stand alone on a page: the last record moves too.
        last = pages[-1].pop()
        if pages[-1]:
            pages.append([last])
        else:
            pages[-1].append(last)

    story: list[Flowable] = []
    rows = document.rows
    for page_number, page in enumerate(pages):
        is_last = page_number == len(pages) - 1
        records = sorted({index for index, _, _ in page})
        page_rows = [rows[i] for i in records]
        data = [header]
        heights = [header_height]
        for _, cells, height in page:
            data.append(cells)
            heights.append(height)
        if not rows:
            data.append([EMPTY_MESSAGE] + [""] * (len(_COLUMNS) - 1))
            heights.append(summary_height)
        summaries = [("本页小计", page_rows)] if rows else []
        if is_last:
            summaries.append(("合计", list(rows)))
        for label, covered in summaries:
            people = sum(row.people_count for row in covered)
            text = f"{label}\n{len(covered)} 件"
            data.append(
                [text, "", "", "", "", str(people), summary_text(covered, today)]
                + [""] * (len(_COLUMNS) - 7)
            )
            heights.append(summary_height)
        table = _table(data, heights, widths, font, len(summaries))
        if not rows:
            table.setStyle(
                TableStyle([("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")])
            )
        story.append(table)
        if not is_last:
            story.append(PageBreak())
    story.append(_ReportSignatures(font))
    return frame.build(story)


# -- Excel -----------------------------------------------------------------------------------

XLSX_COLUMNS = (
    Column("序号", "integer", width=6),
    Column("登记日期", "date", width=14),
    Column("编号", width=20),
    Column("信访人", width=14, wrap=True),
    Column("渠道", width=9, centred=True),
    Column("人数", "integer", width=6),
    Column("信访请求", width=40, wrap=True),
    Column("类别", width=10),
    Column("所属地区", width=10),
    Column("包案领导", width=10),
    Column("承办部门", width=12, wrap=True),
    Column("状态", width=9),
    Column("办理结果/答复意见", width=36, wrap=True),
    Column("答复日期", "date", width=14),
    Column("期限", "date", width=14),
    Column("办结日期", "date", width=14),
    Column("是否按期", width=9, centred=True),
    Column("重信重访（前次编号）", width=20, wrap=True),
    Column("评价", width=9, centred=True),
    Column("备注", width=16, wrap=True),
)
XLSX_HEADERS = tuple(column.header for column in XLSX_COLUMNS)


def write_case_ledger_xlsx(document: LedgerDocument, target: str | os.PathLike | BinaryIO) -> None:
    """The 台账 as one sheet for further work: every record with its typed dates and counts,
    a 合计 row and the signature line; A4 landscape with the filing margin."""
    book = WorkbookWriter(document.unit_name)
    sheet = book.add_sheet(
        TITLE,
        XLSX_COLUMNS,
        heading=f"{document.unit_name}{TITLE}",
        subtitle=format_cn_period(document.date_from, document.date_to),
        landscape=True,
        binding=True,
        freeze_columns=3,
    )
    today = document.printed_at
    for index, row in enumerate(document.rows, start=1):
        sheet.append(
            [
                index,
                row.received_on,
                row.number,
                row.petitioners,
                row.channel,
                row.people_count,
                row.request,
                row.category,
                row.area,
                row.owner,
                row.handling_office,
                row.state,
                row.result,
                row.replied_on,
                row.due_on,
                row.closed_on,
                on_time_text(row, today),
                row.repeat_of,
                row.evaluation,
                row.remarks,
            ]
        )
    if not document.rows:
        sheet.message(EMPTY_MESSAGE)
    rows = document.rows
    sheet.total(
        [None, None, "合计", f"{len(rows)} 件", None, sum(r.people_count for r in rows)]
        + [None] * 6
        + [summary_text(rows, today)]
        + [None] * 7
    )
    sheet.note(
        "　　".join(
            f"{label}：" + ("　　年　月　日" if label == "报出日期" else "＿＿＿＿＿＿")
            for label in REPORT_SIGNATURES
        )
    )
    book.save(target)


def read_xlsx_rows(path: str | Path) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """The header row and the data rows (with their sheet row numbers) of the first sheet.

    The header is the first row with at least three filled cells, so a title row above it
    (as in our own export) is skipped."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[object]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if headers is None:
                if sum(1 for v in cells if v not in (None, "")) >= 3:
                    headers = [str(v or "").strip() for v in cells]
                continue
            if any(v not in (None, "") for v in cells):
                rows.append((number, cells))
        return headers or [], rows
    finally:
        book.close()
