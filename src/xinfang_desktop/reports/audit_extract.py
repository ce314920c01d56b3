"""审计日志摘录: the audit entries of a period, with the result of the chain check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

from ..domain.dates import chinese_datetime
from .fonts import register_cjk_font
from .page_frame import PageFrame, format_cn_period

TITLE = "审计日志摘录"
HEADERS = ("序号", "时间", "用户", "角色", "操作", "对象", "说明")
# Column shares of the content width; 说明 takes what is left.
_SHARES = (0.06, 0.13, 0.09, 0.07, 0.12, 0.15, 0.38)


@dataclass(frozen=True)
class AuditExtractRow:
    entry_id: int
    at: datetime
    user_name: str
    role: str
    action: str
    target: str
    detail: str


@dataclass(frozen=True)
class AuditExtract:
    unit_name: str
    date_from: date
    date_to: date
    rows: Sequence[AuditExtractRow]
    chain_intact: bool
    entries_checked: int
    first_broken_id: int | None
    printed_at: date


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_audit_extract_pdf(extract: AuditExtract) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=extract.unit_name,
        title=TITLE,
        subtitle=format_cn_period(extract.date_from, extract.date_to),
        printed_at=extract.printed_at,
        signature_labels=("管理员",),
        pagesize=landscape(A4),
    )
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    note = ParagraphStyle("note", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    if extract.chain_intact:
        verdict = f"完整性检查：全部 {extract.entries_checked} 条记录的校验链完整，未发现改动。"
    else:
        verdict = (
            f"完整性检查：第 {extract.first_broken_id} 条起校验链断开，"
            "日志可能被修改或删除，请核查。"
        )
    widths = [share * frame.content_width for share in _SHARES]
    data = [[Paragraph(h, cell) for h in HEADERS]]
    for row in extract.rows:
        data.append(
            [
                Paragraph(str(row.entry_id), cell),
                Paragraph(chinese_datetime(row.at), cell),
                Paragraph(_escape(row.user_name), cell),
                Paragraph(_escape(row.role), cell),
                Paragraph(_escape(row.action), cell),
                Paragraph(_escape(row.target), cell),
                Paragraph(_escape(row.detail), cell),
            ]
        )
    if len(data) == 1:
        data.append([Paragraph("本期间没有审计记录。", cell)] + [""] * (len(HEADERS) - 1))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if not extract.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return frame.build([Paragraph(verdict, note), Spacer(1, 3 * mm), table])
