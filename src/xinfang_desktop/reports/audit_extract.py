"""审计日志摘录: the audit entries of a period, with the result of the chain check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Spacer, TableStyle

from ..domain.dates import chinese_datetime
from .cjk_text import cjk_paragraph, splittable_table
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
    # The chain's head when printed: a later check can show the log was cut short or rewritten.
    chain_head_count: int = 0
    chain_head_hash: str = ""
    anchor_problem: str = ""


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
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11)
    note = ParagraphStyle("note", fontName=font, fontSize=10, leading=14)
    if extract.chain_intact:
        verdict = f"完整性检查：全部 {extract.entries_checked} 条记录的校验链完整，未发现改动。"
    elif extract.first_broken_id is None and extract.anchor_problem:
        verdict = f"完整性检查：{extract.anchor_problem}请核查。"
    else:
        verdict = (
            f"完整性检查：第 {extract.first_broken_id} 条起校验链断开，"
            "日志可能被修改或删除，请核查。"
        )
    if extract.chain_head_count:
        verdict += (
            f"\n校验链头（打印时）：共 {extract.chain_head_count} 条，"
            f"末条校验值 {extract.chain_head_hash}。请与本页一并存档，"
            "日后核对可发现日志被截短或重算。"
        )
    widths = [share * frame.content_width for share in _SHARES]
    data = [[cjk_paragraph(h, cell) for h in HEADERS]]
    for row in extract.rows:
        data.append(
            [
                cjk_paragraph(str(row.entry_id), cell),
                cjk_paragraph(chinese_datetime(row.at), cell),
                cjk_paragraph(row.user_name, cell),
                cjk_paragraph(row.role, cell),
                cjk_paragraph(row.action, cell),
                cjk_paragraph(row.target, cell),
                cjk_paragraph(row.detail, cell),
            ]
        )
    if len(data) == 1:
        data.append([cjk_paragraph("本期间没有审计记录。", cell)] + [""] * (len(HEADERS) - 1))
    table = splittable_table(data, table_class=LongTable, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if not extract.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return frame.build([cjk_paragraph(verdict, note), Spacer(1, 3 * mm), table])
