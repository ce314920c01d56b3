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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.dates import chinese_date, chinese_period, chinese_weekday
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
    location: str = ""
    host: str = ""
    observers: str = ""  # 列席
    review_from: date | None = None  # the week whose figures the meeting looked at
    review_to: date | None = None
    is_draft: bool = False  # prints 草稿 across every page of it


DRAFT_MARK = "草稿"


def meeting_day(day: date) -> str:
    return f"{chinese_date(day)}（{chinese_weekday(day)}）"


class _DraftPages:
    """Which pages belong to a draft: each record's first flowable notes its page as it is
    laid out; the frame reads the notes when it draws the pages at the end."""

    def __init__(self) -> None:
        self.starts: list[tuple[int, bool]] = []  # (page, is_draft), in page order
        self.record_pages: list[int] = []  # the page each record starts on

    def is_draft(self, page: int) -> bool:
        current = False
        for start, draft in self.starts:
            if start > page:
                break
            current = draft
        return current


class _RecordStart(Flowable):
    """Takes no room; remembers the page a record starts on and whether it is a draft."""

    def __init__(self, pages: _DraftPages, is_draft: bool) -> None:
        super().__init__()
        self._pages, self._is_draft = pages, is_draft

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        self._pages.starts.append((page, self._is_draft))
        self._pages.record_pages.append(page)


@dataclass(frozen=True)
class _MinutesFrame(PageFrame):
    """The shared page frame, plus a large grey 草稿 across every page of a draft record."""

    draft_pages: _DraftPages | None = None

    def draw(self, canvas: Canvas, page_number: int, page_count: int) -> None:
        super().draw(canvas, page_number, page_count)
        if self.draft_pages is None or not self.draft_pages.is_draft(page_number):
            return
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(register_cjk_font(), 110)
        canvas.setFillColor(colors.Color(0, 0, 0, alpha=0.12))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -40, DRAFT_MARK)
        canvas.restoreState()


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
                cjk_paragraph(chinese_date(item.due_on), s.cell),
                cjk_paragraph("已完成" if item.done else "未完成", s.cell),
            ]
        )
    return _grid(rows, [width * 0.08, width * 0.46, width * 0.14, width * 0.19, width * 0.13])


def _review(sheet: MinutesSheet, s: _Styles) -> list[Flowable]:
    if sheet.reviewed_at is None:
        return [cjk_paragraph(f"（{sheet.status_label}，尚未审签）", s.body)]
    return [
        _text(sheet.review_comment or "（未填写审阅意见）", s.body),
        Spacer(1, 2 * mm),
        cjk_paragraph(
            f"审签人：{sheet.reviewed_by}　审签时间：{_when(sheet.reviewed_at)}",
            s.body,
        ),
    ]


def review_span(sheet: MinutesSheet) -> str:
    if sheet.review_from is None or sheet.review_to is None:
        return ""
    return chinese_period(sheet.review_from, sheet.review_to)


def minutes_story(
    sheet: MinutesSheet, width: float, pages: _DraftPages | None = None
) -> list[Flowable]:
    """The flowables of one record, ending with the recorder's and reviewer's signatures."""
    s = _Styles()
    present = "、".join(sheet.present) or "无"
    absent = "、".join(f"{name}（{reason}）" for name, reason in sheet.absent) or "无"

    def cell(text: str) -> Paragraph:
        return cjk_paragraph(text, s.cell)

    info = _grid(
        [
            [
                cell("会议时间"),
                cell(meeting_day(sheet.held_on)),
                cell("地点"),
                cell(sheet.location or "—"),
            ],
            [cell("主持人"), cell(sheet.host or "—"), cell("记录人"), cell(sheet.recorder)],
            [cell("出席人员"), cell(present), "", ""],
            [cell("缺席人员"), cell(absent), "", ""],
            [cell("列席人员"), cell(sheet.observers or "无"), "", ""],
            [cell("议程"), _text(sheet.agenda, s.cell), "", ""],
        ],
        [width * 0.14, width * 0.5, width * 0.12, width * 0.24],
        header=False,
    )
    info.setStyle(TableStyle([("SPAN", (1, row), (3, row)) for row in (2, 3, 4, 5)]))
    span = review_span(sheet)
    story: list[Flowable] = []
    if pages is not None:
        story.append(_RecordStart(pages, sheet.is_draft))
    if sheet.is_draft:
        story.append(
            cjk_paragraph(f"【{DRAFT_MARK}】本记录尚未定稿、未经审签，不作正式记录。", s.heading)
        )
    story += [
        info,
        Spacer(1, 3 * mm),
        cjk_paragraph(
            f"一、信访工作情况（统计时段：{span}）" if span else "一、信访工作情况",
            s.heading,
        ),
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
            story.append(cjk_paragraph(f"（{who}，{_when(when)}）", s.note))
    story.append(SignatureLines(("记录人", "审签人"), "日期", 10))
    return story


def _when(moment: datetime) -> str:
    return f"{chinese_date(moment.date())} {moment:%H:%M}"


def build_minutes_pdf(sheet: MinutesSheet, unit_name: str, printed_at: date) -> bytes:
    pages = _DraftPages()
    subtitle = meeting_day(sheet.held_on) + (f"（{DRAFT_MARK}）" if sheet.is_draft else "")
    frame = _MinutesFrame(
        unit_name=unit_name,
        title=TITLE,
        subtitle=subtitle,
        printed_at=printed_at,
        draft_pages=pages,
    )
    return frame.build(minutes_story(sheet, frame.content_width, pages))


def build_quarter_minutes_pdf(
    sheets: Sequence[MinutesSheet],
    unit_name: str,
    period_label: str,
    printed_at: date,
    *,
    left_out: int = 0,
) -> bytes:
    """A 目录 (each meeting with the page it starts on), then every meeting from a new page,
    oldest first. ``left_out`` counts the records not yet signed that were left out.

    The pages are known only once the book is laid out, so it is laid out twice: the 目录
    keeps the same size both times, so the second layout puts every record where the first
    one found it.
    """
    first = _quarter_pass(sheets, unit_name, period_label, printed_at, left_out, None)
    return _quarter_pass(sheets, unit_name, period_label, printed_at, left_out, first)[1]


def _quarter_pass(sheets, unit_name, period_label, printed_at, left_out, found):
    pages = _DraftPages()
    frame = _MinutesFrame(
        unit_name=unit_name,
        title=QUARTER_TITLE,
        subtitle=period_label,
        printed_at=printed_at,
        draft_pages=pages,
    )
    width = frame.content_width
    s = _Styles()
    heading = ("序号", "会议日期", "主持人", "出席", "落实事项", "状态", "页码")
    rows = [[cjk_paragraph(t, s.cell) for t in heading]]
    for number, sheet in enumerate(sheets, start=1):
        page = str(found[0][number - 1]) if found is not None else "00"
        rows.append(
            [
                cjk_paragraph(str(number), s.cell),
                cjk_paragraph(meeting_day(sheet.held_on), s.cell),
                cjk_paragraph(sheet.host or "—", s.cell),
                cjk_paragraph(f"{len(sheet.present)} 人", s.cell),
                cjk_paragraph(f"{len(sheet.action_items)} 项", s.cell),
                cjk_paragraph(sheet.status_label, s.cell),
                cjk_paragraph(page, s.cell),
            ]
        )
    summary = f"本期编入例会记录 {len(sheets)} 次。"
    if left_out:
        summary += f"另有 {left_out} 次例会记录尚未审签，未编入。"
    story: list[Flowable] = [
        Bookmark("目录"),
        cjk_paragraph("目　录", s.heading),
        cjk_paragraph(summary, s.body),
        Spacer(1, 2 * mm),
        _grid(rows, [width * f for f in (0.08, 0.3, 0.14, 0.1, 0.12, 0.14, 0.12)]),
    ]
    for sheet in sheets:
        story.append(PageBreak())
        story.append(Bookmark(f"例会记录：{meeting_day(sheet.held_on)}"))
        story.append(cjk_paragraph(f"例会记录：{meeting_day(sheet.held_on)}", s.heading))
        story.extend(minutes_story(sheet, width, pages))
    pdf = frame.build(story)
    return list(pages.record_pages), pdf
