"""Printed 座谈会记录 and 信息报送单 (A4).

Short facts sit in a label/value grid; the long texts (座谈情况, 事件经过, 措施, 续报) flow as
paragraphs under their own headings, so text of any accepted length breaks across pages instead
of making a table row taller than a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..domain.dates import chinese_date
from .cjk_text import cjk_paragraph, splittable_table
from .fonts import register_cjk_font
from .page_frame import PageFrame

FORUM_TITLE = "座谈会记录"
REPORT_TITLE = "信息报送单"


@dataclass(frozen=True)
class ForumOpinionLine:
    text: str
    state: str


@dataclass(frozen=True)
class ForumSheet:
    held_on: date
    kind: str
    place: str
    host: str
    attendee_count: int
    attendees: str
    summary: str
    opinions: tuple[ForumOpinionLine, ...]


@dataclass(frozen=True)
class ReportUpdateLine:
    reported_at: datetime
    content: str
    is_final: bool


@dataclass(frozen=True)
class ReportSheet:
    title: str
    occurred_at: datetime
    reported_at: datetime
    delay: str
    late: bool
    limit_hours: int
    reported_to: str
    method: str
    reporter: str
    status: str
    content: str
    people_involved: str
    measures: str
    updates: tuple[ReportUpdateLine, ...]


def chinese_time(moment: datetime) -> str:
    return f"{chinese_date(moment.date())} {moment:%H:%M}"


class _Styles:
    def __init__(self) -> None:
        font = register_cjk_font()
        self.label = ParagraphStyle("label", fontName=font, fontSize=10.5, leading=15)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=15)
        self.heading = ParagraphStyle(
            "heading", fontName=font, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=2
        )
        self.body = ParagraphStyle(
            "body", fontName=font, fontSize=10.5, leading=16, firstLineIndent=21
        )


def _para(text: str, style: ParagraphStyle) -> Flowable:
    """User text through the one CJK paragraph helper: printed literally, 禁则 kept; a blank
    prints as 无 so it is never ambiguous."""
    return cjk_paragraph(text.strip() or "无", style)


def _grid(pairs: list[tuple[str, str]], width: float, s: _Styles) -> Table:
    """Two label/value pairs a row: 标签 | 内容 | 标签 | 内容."""
    rows = []
    for index in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for label, value in pairs[index : index + 2]:
            row += [_para(label, s.label), _para(value, s.cell)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    widths = [width * f for f in (0.15, 0.35, 0.15, 0.35)]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
            ]
        )
    )
    return table


def _section(heading: str, text: str, s: _Styles) -> list[Flowable]:
    return [cjk_paragraph(heading, s.heading), *(_para(p, s.body) for p in text.split("\n\n"))]


def build_forum_pdf(sheet: ForumSheet, unit_name: str, printed_at: date) -> bytes:
    frame = PageFrame(
        unit_name=unit_name,
        title=FORUM_TITLE,
        subtitle=f"{sheet.kind}座谈会　{chinese_date(sheet.held_on)}",
        printed_at=printed_at,
        signature_labels=("记录人", "主持人"),
    )
    s = _Styles()
    width = frame.content_width
    story: list[Flowable] = [
        _grid(
            [
                ("日期", chinese_date(sheet.held_on)),
                ("类型", f"{sheet.kind}座谈会"),
                ("地点", sheet.place),
                ("主持人", sheet.host),
                ("参加人数", f"{sheet.attendee_count}人"),
                ("参加人员", sheet.attendees),
            ],
            width,
            s,
        ),
        *_section("座谈情况", sheet.summary, s),
        cjk_paragraph("意见和建议及落实情况", s.heading),
    ]
    if sheet.opinions:
        rows = [[_para(t, s.label) for t in ("序号", "意见和建议", "落实情况")]]
        rows += [
            [_para(str(n), s.cell), _para(o.text, s.cell), _para(o.state, s.cell)]
            for n, o in enumerate(sheet.opinions, start=1)
        ]
        table = Table(rows, colWidths=[width * f for f in (0.08, 0.62, 0.30)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ]
            )
        )
        story.append(table)
    else:
        story.append(_para("本次座谈会没有记录意见和建议。", s.body))
    story.append(Spacer(1, 6 * mm))
    return frame.build(story)


def build_report_pdf(sheet: ReportSheet, unit_name: str, printed_at: date) -> bytes:
    frame = PageFrame(
        unit_name=unit_name,
        title=REPORT_TITLE,
        subtitle=sheet.title,
        printed_at=printed_at,
        signature_labels=("报送人", "单位负责人"),
    )
    s = _Styles()
    delay = f"{sheet.delay}（超过{sheet.limit_hours}小时时限）" if sheet.late else sheet.delay
    story: list[Flowable] = [
        _grid(
            [
                ("标题", sheet.title),
                ("状态", sheet.status),
                ("发生时间", chinese_time(sheet.occurred_at)),
                ("首报时间", chinese_time(sheet.reported_at)),
                ("报送用时", delay),
                ("报送方式", sheet.method),
                ("报送对象", sheet.reported_to),
                ("报送人", sheet.reporter),
            ],
            frame.content_width,
            s,
        ),
        *_section("事件经过", sheet.content, s),
        *_section("涉及人员", sheet.people_involved, s),
        *_section("已采取的措施", sheet.measures, s),
    ]
    for number, update in enumerate(sheet.updates, start=1):
        heading = "终报" if update.is_final else f"续报（第{number}次）"
        story += _section(f"{heading}　{chinese_time(update.reported_at)}", update.content, s)
    story.append(Spacer(1, 6 * mm))
    return frame.build(story)


PLAN_TITLE = "信访工作计划及落实情况"


@dataclass(frozen=True)
class PlanLine:
    goal: str
    measures: str
    leader: str
    office: str
    timing: str
    status: str
    evidence: str


@dataclass(frozen=True)
class PlanSheet:
    year: int
    title: str
    as_of: date
    lines: tuple[PlanLine, ...]


def build_plan_pdf(sheet: PlanSheet, unit_name: str, printed_at: date) -> bytes:
    """The plan with each measure's progress; a measure's text of any accepted length fits a
    row (the widest column holds it), so rows split between pages, never inside one."""
    frame = PageFrame(
        unit_name=unit_name,
        title=PLAN_TITLE,
        subtitle=f"{sheet.title}（落实情况截至{chinese_date(sheet.as_of)}）",
        printed_at=printed_at,
        signature_labels=("填表人", "单位负责人"),
    )
    s = _Styles()
    small = ParagraphStyle("small", parent=s.cell, fontSize=9, leading=12)
    width = frame.content_width
    rows = [
        [
            _para(t, s.label)
            for t in ("序号", "目标和措施", "责任领导", "责任部门", "时间节点", "落实情况")
        ]
    ]
    spans = []
    for number, line in enumerate(sheet.lines, start=1):
        rows.append(
            [
                _para(str(number), small),
                _para(line.goal, small),
                _para(line.leader or "—", small),
                _para(line.office or "—", small),
                _para(line.timing or "—", small),
                _para(f"【{line.status}】{line.evidence}", small),
            ]
        )
        if line.measures:
            # The measures take a full-width row of their own, so the longest accepted text
            # stays well inside a page.
            rows.append(["", _para(f"措施：{line.measures}", small), "", "", "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
    table = splittable_table(
        rows, colWidths=[width * f for f in (0.07, 0.35, 0.11, 0.11, 0.11, 0.25)], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                *spans,
            ]
        )
    )
    story: list[Flowable] = [table] if sheet.lines else [_para("计划中还没有项目。", s.body)]
    story.append(Spacer(1, 6 * mm))
    return frame.build(story)


RECEPTION_TITLE = "领导接访安排"
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class ReceptionLine:
    day: date
    starts: str
    ends: str
    place: str
    leader: str
    note: str


@dataclass(frozen=True)
class ReceptionSheet:
    monday: date
    lines: tuple[ReceptionLine, ...]


def build_reception_pdf(sheet: ReceptionSheet, unit_name: str, printed_at: date) -> bytes:
    """The week's reception days for the notice board, in large print."""
    sunday = sheet.monday + timedelta(days=6)
    frame = PageFrame(
        unit_name=unit_name,
        title=RECEPTION_TITLE,
        subtitle=f"{chinese_date(sheet.monday)}至{chinese_date(sunday)}",
        printed_at=printed_at,
        show_page_numbers=False,
    )
    font = register_cjk_font()
    big = ParagraphStyle("big", fontName=font, fontSize=14, leading=20)
    head = ParagraphStyle("head", parent=big, fontSize=14)
    width = frame.content_width
    rows = [[_para(t, head) for t in ("日期", "时间", "接访领导", "地点", "备注")]]
    rows += [
        [
            _para(f"{chinese_date(line.day)}\n星期{_WEEKDAYS[line.day.weekday()]}", big),
            _para(f"{line.starts}—{line.ends}", big),
            _para(line.leader, big),
            _para(line.place, big),
            _para(line.note or "", big) if line.note else "",
        ]
        for line in sheet.lines
    ]
    table = Table(rows, colWidths=[width * f for f in (0.22, 0.17, 0.16, 0.25, 0.20)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    body = ParagraphStyle("notice", fontName=font, fontSize=12, leading=18)
    story: list[Flowable] = [table] if sheet.lines else [_para("本周没有安排领导接访日。", big)]
    story += [
        Spacer(1, 6 * mm),
        _para("群众可在以上时间到指定地点反映问题，也可先电话预约（约访）。", body),
    ]
    return frame.build(story)


@dataclass(frozen=True)
class ReviewFigure:
    label: str
    now: int
    before: int


@dataclass(frozen=True)
class ReviewSheet:
    title: str
    period_label: str
    compared_label: str
    figures: tuple[ReviewFigure, ...]
    open_items: tuple[str, ...]
    plan_behind: tuple[str, ...]


def _change(now: int, before: int) -> str:
    if now == before:
        return "持平"
    return f"增加{now - before}" if now > before else f"减少{before - now}"


def build_review_pdf(sheet: ReviewSheet, unit_name: str, printed_at: date) -> bytes:
    """The 周小结 / 月分析 / 季度回顾 on one page: figures beside the previous period, what is
    open, and the plan's measures behind."""
    frame = PageFrame(
        unit_name=unit_name,
        title=sheet.title,
        subtitle=sheet.period_label,
        printed_at=printed_at,
        show_page_numbers=False,
        signature_labels=("填表人", "审阅人"),
    )
    s = _Styles()
    width = frame.content_width
    rows = [[_para(t, s.label) for t in ("项目", "本期", "上期", "变化")]]
    rows += [
        [
            _para(f.label, s.cell),
            _para(str(f.now), s.cell),
            _para(str(f.before), s.cell),
            _para(_change(f.now, f.before), s.cell),
        ]
        for f in sheet.figures
    ]
    table = Table(rows, colWidths=[width * f for f in (0.46, 0.16, 0.16, 0.22)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("ALIGN", (1, 1), (2, -1), "RIGHT"),
            ]
        )
    )
    story: list[Flowable] = [
        cjk_paragraph("一、主要数据", s.heading),
        _para(sheet.compared_label, s.body),
        table,
        cjk_paragraph("二、尚未办完的事项", s.heading),
        *(_para(item, s.body) for item in sheet.open_items),
        cjk_paragraph("三、工作计划中滞后的项目", s.heading),
    ]
    if sheet.plan_behind:
        story += [_para(f"{n}. {item}", s.body) for n, item in enumerate(sheet.plan_behind, 1)]
    else:
        story.append(_para("没有滞后的项目。", s.body))
    story.append(Spacer(1, 6 * mm))
    return frame.build(story)


def write_plan_xlsx(sheet: PlanSheet, unit_name: str, target) -> None:
    """The plan and each measure's progress as a workbook (through the one writer)."""
    from .workbook import Column, WorkbookWriter

    book = WorkbookWriter(unit_name)
    table = book.add_sheet(
        "工作计划",
        [
            Column("序号", "integer", width=6),
            Column("目标", width=36, wrap=True),
            Column("措施", width=40, wrap=True),
            Column("责任领导", width=10),
            Column("责任部门", width=12),
            Column("时间节点", width=12),
            Column("落实情况", width=10),
            Column("依据", width=48, wrap=True),
        ],
        heading=f"{unit_name}{sheet.title}",
        subtitle=f"落实情况截至{chinese_date(sheet.as_of)}",
        landscape=True,
    )
    for number, line in enumerate(sheet.lines, start=1):
        table.append(
            [number, line.goal, line.measures, line.leader, line.office, line.timing,
             line.status, line.evidence]
        )  # fmt: skip
    if not sheet.lines:
        table.message("计划中还没有项目。")
    book.save(target)
