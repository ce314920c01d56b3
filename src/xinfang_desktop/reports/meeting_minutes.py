"""信访工作领导小组例会记录: one meeting on A4, or a quarter's meetings in one PDF.

Each record prints its date, who attended and who was absent (with the reason), the agenda,
the week's figures, discussion, decisions, action items, the principal's comment and
signature, and any addenda written after signing. In a quarter's PDF every meeting starts on
a new page after a contents table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.dates import chinese_date, chinese_weekday
from .cjk_text import cjk_paragraph, splittable_table
from .fonts import register_cjk_font
from .page_frame import Bookmark, PageFrame, SignatureLines

TITLE = "信访工作领导小组例会记录"
QUARTER_TITLE = "信访工作领导小组例会记录汇编"


@dataclass(frozen=True)
class MinutesActionItem:
    text: str
    owner: str
    due_on: date
    done: bool


@dataclass(frozen=True)
class MinutesSheet:
    """One meeting as it prints: names already resolved, figures already labelled."""

    held_on: date
    status_label: str
    recorder: str
    present: tuple[str, ...]  # "王建国（组长）"
    absent: tuple[tuple[str, str], ...]  # (name, reason)
    agenda: str
    figures: tuple[tuple[str, int], ...]  # (label, value) in print order
    discussion: str
    decisions: str
    action_items: tuple[MinutesActionItem, ...]
    review_comment: str
    reviewed_by: str
    reviewed_at: datetime | None
    addenda: tuple[tuple[datetime, str, str], ...]  # (when, who, text)


def meeting_day(day: date) -> str:
    return f"{chinese_date(day)}（{chinese_weekday(day)}）"


class _Styles:
    def __init__(self) -> None:
        font = register_cjk_font()
        self.font = font
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=11.5, leading=16, spaceBefore=3, spaceAfter=3
        )
        self.body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15.5)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13.5)
        self.note = ParagraphStyle(
            "note", fontName=font, fontSize=9.5, leading=13, textColor=colors.HexColor("#444444")
        )


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    """Typed text with its line breaks kept; '' prints as 无 so a blank is never ambiguous."""
    return cjk_paragraph(value.strip() or "无", style)


def _grid(rows, widths, *, header: bool = True) -> Table:
    table = splittable_table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(style))
    return table


def _figures_table(sheet: MinutesSheet, width: float, s: _Styles) -> Table:
    # Two label/value pairs to a row keeps the eight figures on four lines.
    cells = [(cjk_paragraph(label, s.cell), str(value)) for label, value in sheet.figures]
    rows = []
    for index in range(0, len(cells), 2):
        pair = cells[index : index + 2]
        row: list = []
        for label, value in pair:
            row.extend([label, cjk_paragraph(value, s.cell)])
        row.extend(["", ""] * (2 - len(pair)))
        rows.append(row)
    return _grid(rows or [["无", "", "", ""]], [width * 0.34, width * 0.16] * 2, header=False)


def _action_table(sheet: MinutesSheet, width: float, s: _Styles) -> Flowable:
    if not sheet.action_items:
        return cjk_paragraph("无", s.body)
    header = [
        cjk_paragraph(t, s.cell) for t in ("序号", "落实事项", "责任人", "完成期限", "完成情况")
    ]
    rows = [header]
    for number, item in enumerate(sheet.action_items, start=1):
        rows.append(
            [
                cjk_paragraph(str(number), s.cell),
                _text(item.text, s.cell),
                cjk_paragraph(item.owner, s.cell),
                cjk_paragraph(item.due_on.isoformat(), s.cell),
                cjk_paragraph("已完成" if item.done else "未完成", s.cell),
            ]
        )
    return _grid(rows, [width * 0.08, width * 0.5, width * 0.14, width * 0.15, width * 0.13])


def _review(sheet: MinutesSheet, s: _Styles) -> list[Flowable]:
    if sheet.reviewed_at is None:
        return [cjk_paragraph(f"（{sheet.status_label}，尚未审签）", s.body)]
    return [
        _text(sheet.review_comment or "（未填写审阅意见）", s.body),
        Spacer(1, 2 * mm),
        cjk_paragraph(
            f"审签人：{sheet.reviewed_by}　审签时间：{sheet.reviewed_at:%Y-%m-%d %H:%M}", s.body
        ),
    ]


def minutes_story(sheet: MinutesSheet, width: float) -> list[Flowable]:
    """The flowables of one record, ending with the recorder's and reviewer's signatures."""
    s = _Styles()
    present = "、".join(sheet.present) or "无"
    absent = "、".join(f"{name}（{reason}）" for name, reason in sheet.absent) or "无"
    info = _grid(
        [
            [
                cjk_paragraph("会议时间", s.cell),
                cjk_paragraph(meeting_day(sheet.held_on), s.cell),
                cjk_paragraph("记录人", s.cell),
                cjk_paragraph(sheet.recorder, s.cell),
            ],
            [cjk_paragraph("出席人员", s.cell), cjk_paragraph(present, s.cell), "", ""],
            [cjk_paragraph("缺席人员", s.cell), cjk_paragraph(absent, s.cell), "", ""],
            [cjk_paragraph("议程", s.cell), _text(sheet.agenda, s.cell), "", ""],
        ],
        [width * 0.14, width * 0.5, width * 0.12, width * 0.24],
        header=False,
    )
    info.setStyle(TableStyle([("SPAN", (1, row), (3, row)) for row in (1, 2, 3)]))
    story: list[Flowable] = [
        info,
        Spacer(1, 3 * mm),
        cjk_paragraph("一、本周信访工作情况", s.heading),
        _figures_table(sheet, width, s),
        cjk_paragraph("二、讨论情况", s.heading),
        _text(sheet.discussion, s.body),
        cjk_paragraph("三、决定事项", s.heading),
        _text(sheet.decisions, s.body),
        cjk_paragraph("四、落实事项", s.heading),
        _action_table(sheet, width, s),
        KeepTogether([cjk_paragraph("五、审阅意见", s.heading), *_review(sheet, s)]),
    ]
    if sheet.addenda:
        story.append(cjk_paragraph("六、审签后补充说明", s.heading))
        for when, who, text in sheet.addenda:
            story.append(_text(text, s.body))
            story.append(cjk_paragraph(f"（{who}，{when:%Y-%m-%d %H:%M}）", s.note))
    story.append(SignatureLines(("记录人", "审签人"), "日期", 10))
    return story


def build_minutes_pdf(sheet: MinutesSheet, unit_name: str, printed_at: date) -> bytes:
    frame = PageFrame(
        unit_name=unit_name,
        title=TITLE,
        subtitle=meeting_day(sheet.held_on),
        printed_at=printed_at,
    )
    return frame.build(minutes_story(sheet, frame.content_width))


def build_quarter_minutes_pdf(
    sheets: Sequence[MinutesSheet],
    unit_name: str,
    period_label: str,
    printed_at: date,
) -> bytes:
    """A contents table, then every meeting of the quarter from a new page, oldest first."""
    frame = PageFrame(
        unit_name=unit_name, title=QUARTER_TITLE, subtitle=period_label, printed_at=printed_at
    )
    width = frame.content_width
    s = _Styles()
    rows = [
        [cjk_paragraph(t, s.cell) for t in ("序号", "会议日期", "出席", "缺席", "落实事项", "状态")]
    ]
    for number, sheet in enumerate(sheets, start=1):
        rows.append(
            [
                cjk_paragraph(str(number), s.cell),
                cjk_paragraph(meeting_day(sheet.held_on), s.cell),
                cjk_paragraph(f"{len(sheet.present)} 人", s.cell),
                cjk_paragraph(f"{len(sheet.absent)} 人", s.cell),
                cjk_paragraph(f"{len(sheet.action_items)} 项", s.cell),
                cjk_paragraph(sheet.status_label, s.cell),
            ]
        )
    story: list[Flowable] = [
        Bookmark("目录"),
        cjk_paragraph(f"本期共召开例会 {len(sheets)} 次。", s.body),
        Spacer(1, 2 * mm),
        _grid(rows, [width * f for f in (0.08, 0.32, 0.12, 0.12, 0.14, 0.22)]),
    ]
    for sheet in sheets:
        story.append(PageBreak())
        story.append(Bookmark(f"例会记录：{meeting_day(sheet.held_on)}"))
        story.append(cjk_paragraph(f"例会记录：{meeting_day(sheet.held_on)}", s.heading))
        story.extend(minutes_story(sheet, width))
    return frame.build(story)
