"""The year-end 信访稳定工作总结 / 自查报告 draft: figures in, the seed's sections out.

The principal still writes the report, but no longer copies numbers from the program's pages:
every figure here comes from the records, and the parts only a person can write (存在问题和下一步
打算) are left as prompts. The structure follows the schools' own reports (seeds/003): 一、建立
组织、明确责任 … 六、存在问题和下一步打算.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .dates import chinese_date
from .statistics import format_rate, rate

TITLE = "信访稳定工作总结"
SUBTITLE = "（自查报告）"

# Prompts the principal replaces in Word; the bracket makes them easy to find and impossible
# to mistake for a finished sentence.
PROMPT_OPEN, PROMPT_CLOSE = "【", "】"


def prompt(text: str) -> str:
    return f"{PROMPT_OPEN}{text}{PROMPT_CLOSE}"


@dataclass(frozen=True)
class TermFacts:
    founded_on: date
    meeting: str
    document_number: str
    leaders: tuple[str, ...]
    deputies: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class ChannelFigure:
    label: str
    cases: int
    persons: int


@dataclass(frozen=True)
class WorkSummaryFigures:
    """Everything the draft states, counted over ``start``–``end`` (``end`` is today when the
    year has not ended yet: ``as_of`` is then set and the draft says 截至)."""

    year: int
    unit_name: str
    start: date
    end: date
    as_of: date | None
    term: TermFacts | None
    screening_leaders: int
    screening_groups: int
    screening_group_names: tuple[str, ...]
    screenings: int
    screening_findings: int
    screening_follow_ups: int
    screening_follow_ups_done: int
    meetings: int
    meetings_no_new_issues: int
    outreach_visits: int
    visit_batches: int
    visit_persons: int
    cases: int
    case_persons: int
    channels: tuple[ChannelFigure, ...]
    closed: int
    closed_on_time: int
    repeats: int
    disputes_found: int
    disputes_resolved: int
    disputes_open: int
    duty_days: int
    duty_days_with_leader: int
    duty_log_entries: int
    forums_by_kind: tuple[tuple[str, int], ...] = ()
    forum_opinions: int = 0
    forum_opinions_settled: int = 0  # done, or made a 信访事项
    main_opinions: tuple[str, ...] = ()
    info_reports: int = 0
    info_reports_late: int = 0
    info_reports_closed: int = 0
    report_limit_hours: int = 2
    # What the program knows is behind: overdue cases, disputes and follow-ups, as prompts.
    late_items: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SummarySection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class SummaryDraft:
    title: str
    subtitle: str
    unit_name: str
    opening: str
    sections: tuple[SummarySection, ...]
    signed_on: date
    channels: tuple[ChannelFigure, ...]


def _names(names: tuple[str, ...]) -> str:
    return "、".join(names) if names else prompt("请填写")


def _period_words(f: WorkSummaryFigures) -> str:
    if f.as_of is not None:
        return f"{f.year}年（截至{chinese_date(f.as_of)}）"
    return f"{f.year}年"


def _so_far(f: WorkSummaryFigures) -> str:
    """The span in running text: the opening already says 截至 which day."""
    return "今年以来" if f.as_of is not None else "全年"


def _organisation(f: WorkSummaryFigures) -> SummarySection:
    paragraphs: list[str] = []
    if f.term is None:
        paragraphs.append(
            f"{prompt('程序中没有本年度在任的信访工作领导小组，请补记成立时间和成员')}"
        )
    else:
        t = f.term
        decided = f"经{t.meeting}研究" if t.meeting else "经研究"
        number = f"（{t.document_number}）" if t.document_number else ""
        paragraphs.append(
            f"{chinese_date(t.founded_on)}，学校{decided}，成立信访工作领导小组{number}，"
            "下设办公室，明确专人负责，做到信访工作有人问、有人抓。"
        )
        paragraphs.append(f"组长：{_names(t.leaders)}")
        paragraphs.append(f"副组长：{_names(t.deputies)}")
        paragraphs.append(f"组员：{_names(t.members)}")
    return SummarySection("一、建立组织、明确责任", tuple(paragraphs))


def _screening(f: WorkSummaryFigures) -> SummarySection:
    groups = "、".join(f.screening_group_names) if f.screening_group_names else ""
    over = f"（{groups}）" if groups else ""
    if f.screening_groups:
        first = (
            f"{f.screening_leaders}名领导对{f.screening_groups}个组{over}进行包组摸排，"
            f"{_so_far(f)}共摸排{f.screenings}次，发现问题{f.screening_findings}个，"
            f"落实跟进{f.screening_follow_ups}个，已跟进完毕{f.screening_follow_ups_done}个。"
        )
    else:
        first = prompt("程序中没有本届领导小组的包组分工，请补记包组摸排情况")
    second = (
        f"信访工作领导小组坚持每周一开会，{_so_far(f)}共召开例会{f.meetings}次，"
        f"其中统计情况“没有新问题”的{f.meetings_no_new_issues}次。"
    )
    third = f"坚持每月下访制度，领导小组成员共下访{f.outreach_visits}次，并做好记录。"
    return SummarySection("二、包组摸排，稳定压倒一切", (first, second, third))


def _visits_and_cases(f: WorkSummaryFigures) -> SummarySection:
    paragraphs = [
        f"学校每天在传达室做好《来访登记表》，{_so_far(f)}共登记来访"
        f"{f.visit_batches}批{f.visit_persons}人次。",
    ]
    if f.cases:
        closure = format_rate(rate(f.closed, f.cases))
        on_time = format_rate(rate(f.closed_on_time, f.closed))
        by_channel = "，".join(f"{c.label}{c.cases}件" for c in f.channels if c.cases)
        paragraphs.append(
            f"共受理登记信访事项{f.cases}件{f.case_persons}人次（{by_channel}）；"
            f"已办结{f.closed}件，办结率{closure}；"
            f"按期办结{f.closed_on_time}件，按期办结率{on_time}；"
            f"重信重访{f.repeats}件。"
        )
    else:
        paragraphs.append(f"{_so_far(f)}未发生信访事项。")
    paragraphs.append(
        f"开展矛盾纠纷排查，排查出矛盾纠纷{f.disputes_found}件，已化解{f.disputes_resolved}件，"
        f"正在化解{f.disputes_open}件。"
    )
    return SummarySection("三、认真接待，落实信访制度", tuple(paragraphs))


def _duty(f: WorkSummaryFigures) -> SummarySection:
    return SummarySection(
        "四、加强值班，改善安全设施",
        (
            f"强化领导轮流24小时值班制度，{_so_far(f)}已发布的值班表共排班{f.duty_days}天，"
            f"其中{f.duty_days_with_leader}天安排了带班领导；"
            f"值班记录{f.duty_log_entries}条。",
        ),
    )


def _forums_and_reports(f: WorkSummaryFigures) -> SummarySection:
    paragraphs: list[str] = []
    forums = sum(count for _, count in f.forums_by_kind)
    if forums:
        kinds = "，".join(f"{kind}座谈会{count}次" for kind, count in f.forums_by_kind)
        paragraphs.append(
            f"定期召开座谈会，听取群众意见、建议和要求，{_so_far(f)}共召开座谈会{forums}次"
            f"（{kinds}），收集意见和建议{f.forum_opinions}条，已落实或转为信访事项办理"
            f"{f.forum_opinions_settled}条。"
        )
        if f.main_opinions:
            paragraphs.append("主要意见有：" + "；".join(f.main_opinions) + "。")
    else:
        paragraphs.append(prompt(f"{_so_far(f)}程序中没有座谈会记录，请据实填写"))
    if f.info_reports:
        late = (
            f"，其中{f.info_reports_late}件超过{f.report_limit_hours}小时报送时限"
            if f.info_reports_late
            else f"，均在{f.report_limit_hours}小时内报送"
        )
        paragraphs.append(
            f"做到信息传递和报送“快、准、实”，{_so_far(f)}向上级报送信息{f.info_reports}件"
            f"{late}，已终报{f.info_reports_closed}件。"
        )
    else:
        paragraphs.append(f"{_so_far(f)}未发生需要向上级报送的突发事件和重要信息。")
    return SummarySection("五、深入基层，信息报送", tuple(paragraphs))


def _problems(f: WorkSummaryFigures) -> SummarySection:
    paragraphs = [prompt("存在的问题和下一步打算，请校长填写")]
    if f.late_items:
        paragraphs.append("可参考的未完成事项（来自程序记录）：")
        paragraphs.extend(f"{n}. {item}" for n, item in enumerate(f.late_items, start=1))
    return SummarySection("六、存在问题和下一步打算", tuple(paragraphs))


def compose(f: WorkSummaryFigures) -> SummaryDraft:
    opening = (
        "信访工作是一项政治性很强的群众工作，是学校沟通和联系广大师生和家长的重要渠道。"
        f"现将{_period_words(f)}信访工作总结如下："
    )
    return SummaryDraft(
        title=f"{f.unit_name}{f.year}年{TITLE}" if f.unit_name else f"{f.year}年{TITLE}",
        subtitle=SUBTITLE,
        unit_name=f.unit_name,
        opening=opening,
        sections=(
            _organisation(f),
            _screening(f),
            _visits_and_cases(f),
            _duty(f),
            _forums_and_reports(f),
            _problems(f),
        ),
        signed_on=f.as_of or f.end,
        channels=f.channels,
    )
