"""值班记录: one shift's log on A4 — who was on duty, what happened, the visits it dealt with,
the handover notes and the signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.page_frame import (
    FILING_MARGIN,
    CjkLineBreaker,
    PageFrame,
    splittable_table,
)


@dataclass(frozen=True)
class DutyLogSheet:
    unit_name: str
    shift: str  # 2026年11月22日 星期日 白班 08:00–20:00
    people: Sequence[tuple[str, str, str]]  # (role, name, phone)
    entries: Sequence[tuple[str, str, str, str]]  # (time, kind, content, recorded by)
    linked: Sequence[str]  # "10:05 张三（1人）家长反映食堂问题"
    handover: str
    signed: str  # "王建国 2026-11-22 20:05" or ""
    printed_at: datetime


_GRID = colors.HexColor("#444444")
_SIZE = 10.0


def build_duty_log_pdf(sheet: DutyLogSheet) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=sheet.unit_name,
        title="值班记录",
        subtitle=sheet.shift,
        printed_at=sheet.printed_at.date(),
        signature_labels=() if sheet.signed else ("值班人员", "带班领导"),
        binding_margin=FILING_MARGIN,
    )
    width = frame.content_width
    breaker = CjkLineBreaker(font, _SIZE)

    def wrapped(text: str, cell_width: float) -> str:
        return "\n".join(breaker.lines(text, cell_width - 6))

    people = "；".join(f"{role} {name} {phone}".strip() for role, name, phone in sheet.people)
    entry_widths = [24 * mm, 16 * mm, width - 64 * mm, 24 * mm]
    entries = [["时间", "类别", "内容", "记录人"]]
    for when, kind, content, by in sheet.entries:
        entries.append([when, kind, wrapped(content, entry_widths[2]), by])
    if not sheet.entries:
        entries.append(["", "", "本班无记录", ""])
    label_width = 28 * mm
    body_width = width - label_width
    summary = [
        ["值班人员", wrapped(people or "—", body_width)],
        ["关联来访", wrapped("\n".join(sheet.linked) or "无", body_width)],
        ["交接班事项", wrapped(sheet.handover or "无", body_width)],
        ["签字确认", sheet.signed or ""],
    ]
    style = [
        ("FONT", (0, 0), (-1, -1), font, _SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEADING", (0, 0), (-1, -1), _SIZE + 3),
    ]
    head = splittable_table(summary[:1], colWidths=[label_width, body_width])
    head.setStyle(TableStyle([*style, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    log = splittable_table(entries, colWidths=entry_widths, repeatRows=1)
    log.setStyle(
        TableStyle(
            [
                *style,
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("ALIGN", (0, 0), (1, -1), "CENTER"),
                ("ALIGN", (3, 0), (3, -1), "CENTER"),
            ]
        )
    )
    tail = splittable_table(summary[1:], colWidths=[label_width, body_width])
    tail.setStyle(TableStyle([*style, ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    return frame.build([head, Spacer(1, 3 * mm), log, Spacer(1, 3 * mm), tail])
