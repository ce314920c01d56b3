"""信访事项登记台账: the cases received in a period, as an A4 portrait PDF and as .xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import register_cjk_font
from .page_frame import PageFrame, format_cn_period

TITLE = "信访事项登记台账"


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
    due_on: date | None
    closed_on: date | None
    on_time: bool | None
    repeat_of: str


@dataclass(frozen=True)
class LedgerDocument:
    unit_name: str
    date_from: date
    date_to: date
    rows: tuple[LedgerRow, ...]
    printed_at: date


# (header, width in mm) — 190 mm fit between A4 portrait margins of 10 mm.
_COLUMNS = (
    ("编号", 31),
    ("收到日期", 17),
    ("渠道", 11),
    ("信访人", 19),
    ("信访请求", 46),
    ("类别", 14),
    ("包案领导/承办部门", 22),
    ("状态", 13),
    ("期限/办结", 17),
)


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _cells(row: LedgerRow) -> list[str]:
    finish = (
        f"{_day(row.closed_on)}\n{'按期' if row.on_time else '超期'}"
        if row.closed_on
        else _day(row.due_on)
    )
    people = row.petitioners + (f"（{row.people_count}人）" if row.people_count > 1 else "")
    request = row.request + (f"（重复，前次 {row.repeat_of}）" if row.repeat_of else "")
    return [
        row.number,
        _day(row.received_on),
        row.channel,
        people,
        request,
        row.category,
        "\n".join(x for x in (row.owner, row.handling_office) if x),
        row.state,
        finish,
    ]


def build_case_ledger_pdf(document: LedgerDocument) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=document.unit_name,
        title=TITLE,
        subtitle=format_cn_period(document.date_from, document.date_to)
        + f"　共 {len(document.rows)} 件",
        printed_at=document.printed_at,
        signature_labels=("登记人", "审核人"),
    )
    style = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    head = ParagraphStyle("head", parent=style, fontSize=8.5)
    data = [[Paragraph(escape(h), head) for h, _ in _COLUMNS]]
    for row in document.rows:
        data.append([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in _cells(row)])
    table = Table(data, colWidths=[w * mm for _, w in _COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return frame.build([table])


XLSX_HEADERS = (
    "编号",
    "收到日期",
    "渠道",
    "信访人",
    "人数",
    "信访请求",
    "类别",
    "所属地区",
    "包案领导",
    "承办部门",
    "状态",
    "下一期限",
    "办结日期",
    "按期办结",
    "重复件前次编号",
)


def write_case_ledger_xlsx(document: LedgerDocument, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = TITLE
    sheet.append(
        [f"{document.unit_name}{TITLE}（{format_cn_period(document.date_from, document.date_to)}）"]
    )
    sheet.append(list(XLSX_HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in document.rows:
        sheet.append(
            [
                row.number,
                row.received_on,
                row.channel,
                row.petitioners,
                row.people_count,
                row.request,
                row.category,
                row.area,
                row.owner,
                row.handling_office,
                row.state,
                row.due_on,
                row.closed_on,
                "" if row.on_time is None else ("是" if row.on_time else "否"),
                row.repeat_of,
            ]
        )
    for letter, width in zip(
        "ABCDEFGHIJKLMNO", (22, 12, 10, 16, 6, 50, 12, 12, 10, 12, 10, 12, 12, 8, 22), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            if cell.column_letter in ("B", "L", "M") and cell.value:
                cell.number_format = "yyyy-mm-dd"
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    book.save(path)
