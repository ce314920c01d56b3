"""What each notice says, built from a case as it stood when its step was taken.

The wording follows 信访工作条例 (2022); each builder names its article. What may appear on a
notice that goes to an office is decided here: ID numbers are masked, and the accused person
and office are never named there (Art. 30). The result is a ``NoticeContent``: once issued it is
frozen and every reprint renders it, never the case's later state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.case_deadlines import DeadlineRules
from ..domain.case_flow import CaseClock, Step, replay
from ..domain.case_flow import CaseEvent as FlowEvent
from ..domain.case_notices import (
    NOTICE_ARTICLES,
    NOTICE_STEPS,
    NoticeContent,
    NoticeKind,
    redact_accused,
    you,
)
from ..domain.cases import Channel, check_accused_on_recipient
from ..domain.dates import chinese_date
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number
from ..domain.settings import DocumentSettings
from ..domain.workdays import CalendarOverrides, add_workdays
from .cases import CaseRecord, EventRecord, UrgingRecord

# A request or finding longer than this goes to an attached page (附页) instead of the letter.
INLINE_LIMIT = 150
# Office forms (交办单, 督办单) keep a table cell to this; the rest goes to the 附页.
CELL_LIMIT = 300
URGING_REPLY_WORKDAYS = 5  # the 督办单 asks for an answer within 5 working days
_CHANNEL_VERBS = {
    Channel.LETTER.value: "来信",
    Channel.VISIT.value: "来访",
    Channel.CALL.value: "来电",
    Channel.ONLINE.value: "通过网上信访",
    Channel.FAX.value: "通过传真",
}


@dataclass(frozen=True)
class NoticeContext:
    """The settings a notice prints from, read once by the service."""

    unit_name: str
    documents: DocumentSettings
    rules: DeadlineRules
    overrides: CalendarOverrides


def available_notices(record: CaseRecord) -> list[NoticeKind]:
    taken = {event.step for event in record.events}
    kinds = []
    for kind, steps in NOTICE_STEPS.items():
        if kind == NoticeKind.URGING:
            if record.urgings:
                kinds.append(kind)
        elif kind == NoticeKind.REVIEW:
            if any(_unit_is_review_body(e) for e in record.events):
                kinds.append(kind)
        elif taken & set(steps):
            kinds.append(kind)
    return kinds


def _unit_is_review_body(event: EventRecord) -> bool:
    return event.step == Step.ANSWER_REVIEW and bool(event.details.get("original_body"))


def refuse_unavailable(record: CaseRecord, kind: NoticeKind) -> None:
    if kind in available_notices(record):
        return
    if kind == NoticeKind.REVIEW and record.last_event(Step.ANSWER_REVIEW):
        raise ValidationError(
            [
                FieldError(
                    "kind",
                    "复查意见书由复查机关出具；本单位收到的上级复查结果已记为办理步骤，"
                    "不以本单位名义出具复查意见书",
                )
            ]
        )
    needed = "、".join(s.value for s in NOTICE_STEPS[kind]) or "督办"
    raise ValidationError(
        [
            FieldError(
                "kind", "还没有{needed}，不能印发{kind}", {"needed": needed, "kind": kind.value}
            )
        ]
    )


def step_event(record: CaseRecord, kind: NoticeKind) -> tuple[int, EventRecord] | None:
    """The step a notice reports (its last occurrence) and its index among the events."""
    steps = NOTICE_STEPS[kind]
    for index in range(len(record.events) - 1, -1, -1):
        event = record.events[index]
        if event.step in steps and (kind != NoticeKind.REVIEW or _unit_is_review_body(event)):
            return index, event
    return None


def clock_after(record: CaseRecord, ctx: NoticeContext, last_index: int) -> CaseClock:
    """The case's clock as it stood right after event ``last_index`` (-1: before any step):
    a notice states the deadlines of its own day, not those of a later extension."""
    flow = [FlowEvent(e.step, e.on, e.details) for e in record.events[: last_index + 1]]
    return replay(
        record.draft.received_on,
        flow,
        ctx.rules,
        ctx.overrides,
        check=False,
        referred_from_above=record.draft.channel == Channel.REFERRAL.value,
    )


def build_notice_content(
    record: CaseRecord,
    kind: NoticeKind,
    ctx: NoticeContext,
    *,
    number: str,
    issued_on: date,
    urging: UrgingRecord | None = None,
    replaces: str = "",
) -> NoticeContent:
    """The full content of one notice of ``record``, as it stands at its step."""
    refuse_unavailable(record, kind)
    builder = _BUILDERS[kind]
    content = builder(_Parts(record, kind, ctx, number, issued_on, urging, replaces))
    return content


class _Parts:
    """The pieces every notice shares: addressee, how the matter came, contacts, …"""

    def __init__(
        self,
        record: CaseRecord,
        kind: NoticeKind,
        ctx: NoticeContext,
        number: str,
        issued_on: date,
        urging: UrgingRecord | None,
        replaces: str,
    ) -> None:
        self.record = record
        self.kind = kind
        self.ctx = ctx
        self.number = number
        self.issued_on = issued_on
        self.urging = urging
        self.replaces = replaces
        draft = record.draft
        self.draft = draft
        self.count = max(draft.people_count, len(draft.petitioners), 1)
        self.you = you(self.count)
        found = step_event(record, kind)
        self.event_index, self.event = found if found else (len(record.events) - 1, None)

    # -- people and wording ---------------------------------------------------------------

    @property
    def petitioner_names(self) -> str:
        names = [p.name for p in self.draft.petitioners[:5] if p.name] or ["信访人"]
        text = "、".join(names)
        if self.count > len(names):
            text += f"等{self.count}人"
        return text

    @property
    def keep_words(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.draft.petitioners if p.name)

    def how_raised(self) -> str:
        """When and how the petitioner raised the matter; a referral says who sent it."""
        draft = self.draft
        received = chinese_date(draft.received_on)
        if draft.channel == Channel.REFERRAL.value:
            body = draft.referring_body or "上级机关"
            ref = f"（{draft.referring_ref}）" if draft.referring_ref else ""
            return (
                f"{self.you}反映的信访事项，经{body}{ref}转办（交办）本单位，本单位于{received}收到"
            )
        verb = _CHANNEL_VERBS.get(draft.channel, f"以{draft.channel}方式")
        return f"{self.you}于{received}{verb}反映的信访事项"

    def received_matter(self, appendix: list[tuple[str, str]]) -> str:
        """The opening sentence of a letter to the petitioner: who raised what, when and how,
        and that the unit has it. The request is quoted in full, or a long one goes to the
        attached page (附页); it is never cut."""
        draft = self.draft
        received = chinese_date(draft.received_on)
        request = draft.request.strip().rstrip("。")
        if len(request) <= INLINE_LIMIT:
            # "反映“反映…”" reads badly: the request often starts with the same verb.
            shown = request.removeprefix("反映").lstrip("：:，, ")
            what = f"反映“{shown}”的信访事项"
        else:
            appendix.append(("信访事项", draft.request.strip()))
            what = "反映的信访事项（详见附页）"
        if draft.channel == Channel.REFERRAL.value:
            body = draft.referring_body or "上级机关"
            ref = f"（{draft.referring_ref}）" if draft.referring_ref else ""
            return f"{body}{ref}转办（交办）的{self.you}{what}，本单位已于{received}收到。"
        verb = _CHANNEL_VERBS.get(draft.channel, f"以{draft.channel}方式")
        return f"{self.you}于{received}{verb}{what}，本单位已收悉。"

    def closing(self) -> tuple[str, ...]:
        docs = self.ctx.documents
        office = self.draft.handling_office or docs.handling_office or "信访工作机构"
        lines = [f"承办部门：{office}"]
        if docs.contact_person:
            lines.append(f"联系人：{docs.contact_person}")
        if docs.contact_phone:
            lines.append(f"联系电话：{docs.contact_phone}")
        return tuple(lines)

    def superior(self) -> str:
        docs = self.ctx.documents
        if not docs.superior_name:
            return "本单位的上一级主管部门"
        details = "；".join(
            part
            for part in (
                f"地址：{docs.superior_address}" if docs.superior_address else "",
                f"电话：{docs.superior_phone}" if docs.superior_phone else "",
            )
            if part
        )
        return docs.superior_name + (f"（{details}）" if details else "")

    def office_text(self, text: str) -> str:
        return redact_accused(text, self.draft.accused, self.draft.accused_office)

    def content(
        self,
        *,
        title: str,
        addressee: str,
        paragraphs: list[str],
        rows: list[tuple[str, str]] | None = None,
        appendix: list[tuple[str, str]] | None = None,
        closing: tuple[str, ...] = (),
        recipient: str = "",
        stub_lines: tuple[str, ...] = ("经办人",),
        key_facts: dict[str, str] | None = None,
    ) -> NoticeContent:
        if self.replaces:
            paragraphs = [
                *paragraphs,
                f"本文书更正并替代本单位{self.replaces}，原文书作废。",
            ]
        return NoticeContent(
            kind=self.kind.name,
            title=title,
            unit_name=self.ctx.unit_name,
            number=self.number,
            case_number=self.record.number,
            issued_on=self.issued_on,
            addressee=addressee,
            paragraphs=tuple(paragraphs),
            rows=tuple(rows or ()),
            appendix=tuple(appendix or ()),
            closing=closing,
            recipient=recipient,
            stub_lines=stub_lines,
            replaces=self.replaces,
            key_facts={"条例": NOTICE_ARTICLES[self.kind], **(key_facts or {})},
        )


def _acceptance(p: _Parts) -> NoticeContent:
    # Art. 23: tell the petitioner in writing that the matter was received and how it will be
    # handled; Art. 34: the 60-day limit and the one extension.
    accepted = p.event
    clock = clock_after(p.record, p.ctx, p.event_index)
    due = clock.reply_due
    appendix: list[tuple[str, str]] = []
    handling = p.ctx.rules.handling.describe().replace(" ", "")
    paragraphs = [
        p.received_matter(appendix),
        f"经审查，该事项属于本单位职权范围，符合《信访工作条例》规定的受理条件，本单位已于"
        f"{chinese_date(accepted.on)}依法受理。",
        f"本单位将自受理之日起{handling}内办结，并书面答复{p.you}"
        + (f"，答复期限至{chinese_date(due)}" if due else "")
        + "。情况复杂的，经本单位负责人批准，可以适当延长办理期限，"
        f"延长期限不超过{p.ctx.rules.max_extension_days}日，并告知延期理由。",
        "特此告知。",
    ]
    return p.content(
        title="信访事项受理告知书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=paragraphs,
        appendix=appendix,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={
            "受理日期": chinese_date(accepted.on),
            "答复期限": chinese_date(due) if due else "",
        },
    )


def _rejection(p: _Parts) -> NoticeContent:
    # Art. 23: a matter outside the unit's remit: tell the petitioner which body to go to.
    rejected = p.event
    appendix: list[tuple[str, str]] = []
    reason = str(rejected.details.get("reason", "")).rstrip("。")
    go_to = str(rejected.details.get("go_to", "")).rstrip("。")
    paragraphs = [
        p.received_matter(appendix),
        f"经审查，本单位决定不予受理。理由：{reason}。",
        "依据：《信访工作条例》第二十三条，对不属于本机关、单位或者本系统职权范围的信访事项，"
        "应当告知信访人向有权处理的机关、单位提出。",
        f"请{p.you}向{go_to}提出。" if go_to else "",
        "特此告知。",
    ]
    return p.content(
        title="信访事项不予受理告知书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=[text for text in paragraphs if text],
        appendix=appendix,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={"不予受理日期": chinese_date(rejected.on), "应向": go_to},
    )


def _transfer(p: _Parts) -> NoticeContent:
    # Art. 21, 23: the matter was sent on to the body that may handle it; tell where it went.
    referred = p.event
    body = str(referred.details.get("body", ""))
    reason = str(referred.details.get("reason", "")).rstrip("。")
    appendix: list[tuple[str, str]] = []
    paragraphs = [
        p.received_matter(appendix),
        f"经审查，该事项属于{body}的职权范围。依据《信访工作条例》第二十一条、第二十三条，"
        f"本单位已于{chinese_date(referred.on)}将该事项转送{body}办理。"
        + (f"转送理由：{reason}。" if reason else ""),
        f"请{p.you}今后就该事项直接与{body}联系。",
        "特此告知。",
    ]
    return p.content(
        title="信访事项转送告知书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=paragraphs,
        appendix=appendix,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={"转送日期": chinese_date(referred.on), "转送机关": body},
    )


def _people_row(p: _Parts) -> str:
    parts = []
    for person in p.draft.petitioners[:5]:
        extra = " ".join(x for x in (person.phone, mask_id_number(person.id_number)) if x)
        mark = "（代表）" if person.is_representative else ""
        parts.append(f"{person.name}{mark} {extra}".strip())
    text = "；".join(parts)
    if p.count > len(parts):
        text += f"（共{p.count}人）"
    return text


def _office_cell(label: str, text: str, appendix: list[tuple[str, str]]) -> tuple[str, str]:
    if len(text) <= CELL_LIMIT:
        return label, text
    appendix.append((label, text))
    return label, "（详见附页）"


def _routing(p: _Parts) -> NoticeContent:
    # Art. 21, 22: 转送/交办 to the body or office with the power to handle it; Art. 30: the
    # accused is never named on what goes to them.
    routed = p.event
    assigned = routed.step == Step.ASSIGN
    recipient = str(routed.details.get("office" if assigned else "body", ""))
    check_accused_on_recipient(p.draft.accused_office, recipient)
    clock = clock_after(p.record, p.ctx, p.event_index)
    due = clock.reply_due
    draft = p.draft
    appendix: list[tuple[str, str]] = []
    source = draft.channel
    if draft.referring_body:
        source += f"（{draft.referring_body} {draft.referring_ref}）".replace(" ）", "）")
    rows = [
        ("信访人", _people_row(p)),
        ("收到日期", chinese_date(draft.received_on)),
        ("来源渠道", source),
        _office_cell("信访请求", p.office_text(draft.request), appendix),
    ]
    if draft.facts:
        rows.append(_office_cell("事实", p.office_text(draft.facts), appendix))
    if draft.reasons:
        rows.append(_office_cell("理由", p.office_text(draft.reasons), appendix))
    rows.append(
        (
            "办理要求",
            "请依法依规办理，按期将办理结果报送本单位信访工作机构"
            + (f"，办结期限：{chinese_date(due)}" if due and assigned else "")
            + "。",
        )
    )
    if not assigned:
        reason = p.office_text(str(routed.details.get("reason", "")))
        rows.append(_office_cell("转送理由", reason, appendix))
    title = "信访事项交办单" if assigned else "信访事项转送单"
    return p.content(
        title=title,
        addressee=f"{recipient}：",
        paragraphs=[
            f"现将{p.petitioner_names}反映的信访事项{'交' if assigned else '转送'}你单位办理。"
        ],
        rows=rows,
        appendix=appendix,
        # Addressed to the handling office: only whom to call back at this unit.
        closing=p.closing()[1:],
        recipient=recipient,
        stub_lines=("经办人", "签收人"),
        key_facts={"办结期限": chinese_date(due) if due and assigned else ""},
    )


def _urging(p: _Parts) -> NoticeContent:
    # Art. 41 counts 督办 in the annual report: each 督办单 has its own number and reply-by date.
    urging = p.urging or p.record.urgings[-1]
    check_accused_on_recipient(p.draft.accused_office, urging.urged_to)
    clock = clock_after(p.record, p.ctx, _last_index_on_or_before(p.record, urging.urged_on))
    reply_by = add_workdays(urging.urged_on, URGING_REPLY_WORKDAYS, p.ctx.overrides)
    deadline = _deadline_text(clock)
    appendix: list[tuple[str, str]] = []
    rows = [
        ("督办编号", p.number),
        _office_cell("信访事项", p.office_text(p.draft.request), appendix),
        ("收到日期", chinese_date(p.draft.received_on)),
        ("承办部门", p.draft.handling_office or urging.urged_to),
        ("办理期限", deadline),
        ("督办方式", urging.method),
        ("督办人", urging.urged_by),
        ("反馈期限", f"{chinese_date(reply_by)}前"),
        (
            "督办要求",
            f"请抓紧办理，并于{chinese_date(reply_by)}前将办理进展及结果书面反馈本单位信访工作机构。",
        ),
    ]
    return p.content(
        title="信访事项督办单",
        addressee=f"{urging.urged_to}：",
        paragraphs=["下列信访事项已交你单位办理，现予督办。"],
        rows=rows,
        appendix=appendix,
        recipient=urging.urged_to,
        stub_lines=("督办人", "签收人"),
        key_facts={"反馈期限": chinese_date(reply_by), "办理期限": deadline},
    )


def _last_index_on_or_before(record: CaseRecord, day: date) -> int:
    index = -1
    for position, event in enumerate(record.events):
        if event.on <= day:
            index = position
    return index


def _deadline_text(clock: CaseClock) -> str:
    nxt = clock.next_deadline
    if nxt:
        return f"{nxt.kind} {chinese_date(nxt.due)}"
    if clock.reply_due:
        return f"答复 {chinese_date(clock.reply_due)}"
    return "—"


def _extension(p: _Parts) -> NoticeContent:
    # Art. 34: one extension of at most 30 days, approved by the unit head, reason told.
    extended = p.event
    before = clock_after(p.record, p.ctx, p.event_index - 1)
    after = clock_after(p.record, p.ctx, p.event_index)
    days = extended.details.get("days", "")
    reason = str(extended.details.get("reason", "")).rstrip("。")
    accepted = p.record.last_event(Step.ACCEPT)
    paragraphs = [
        f"{p.how_raised()}，本单位已于"
        + (chinese_date(accepted.on) if accepted else chinese_date(p.draft.received_on))
        + "依法受理"
        + (f"，原定办理期限至{chinese_date(before.reply_due)}" if before.reply_due else "")
        + "。",
        f"因{reason}，不能在原定期限内办结。依据《信访工作条例》第三十四条，经本单位负责人批准，"
        f"办理期限延长{days}日"
        + (f"，至{chinese_date(after.reply_due)}" if after.reply_due else "")
        + "。",
        "特此告知。",
    ]
    return p.content(
        title="信访事项延期办理告知书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=paragraphs,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={
            "原办理期限": chinese_date(before.reply_due) if before.reply_due else "",
            "延长天数": str(days),
            "新办理期限": chinese_date(after.reply_due) if after.reply_due else "",
        },
    )


def _long_rows(
    items: list[tuple[str, str]], appendix: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    rows = []
    for label, text in items:
        text = text.strip()
        if len(text) > INLINE_LIMIT * 2:
            appendix.append((label, text))
            rows.append((label, "（详见附页）"))
        else:
            rows.append((label, text))
    return rows


def _reply(p: _Parts) -> NoticeContent:
    # Art. 31(5), 32: the written decision states request, facts, reasons, decision, basis;
    # Art. 35: 复查 is asked of the body one level up within 30 days of receiving it.
    reply = p.event
    d = reply.details
    appendix: list[tuple[str, str]] = []
    rows = _long_rows(
        [
            ("信访请求", str(d.get("request", ""))),
            ("查明事实", str(d.get("facts", ""))),
            ("理由", str(d.get("reasons", ""))),
            ("处理意见", str(d.get("decision", ""))),
            ("依据", str(d.get("basis", ""))),
        ],
        appendix,
    )
    review_limit = p.ctx.rules.review_request.describe().replace(" ", "")
    superior = p.superior()
    paragraphs = [
        f"{p.how_raised()}，本单位已依法受理。经调查核实，依据《信访工作条例》第三十一条、"
        "第三十二条，现出具处理意见如下：",
    ]
    route = (
        f"如对本处理意见不服，可以自收到本意见书之日起{review_limit}内，"
        f"向{superior}请求复查（《信访工作条例》第三十五条）。"
    )
    return p.content(
        title="信访处理意见书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=paragraphs,
        rows=[*rows, ("救济途径", route)],
        appendix=appendix,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={
            "答复日期": chinese_date(reply.on),
            "复查机关": p.ctx.documents.superior_name or "上一级主管部门",
            "复查申请期限": review_limit,
        },
    )


def _review(p: _Parts) -> NoticeContent:
    # Art. 35: the 复查机关 (this unit, for another body's decision) answers within 30 days;
    # Art. 36: 复核 is asked of the body one level up within 30 days.
    review = p.event
    d = review.details
    request = p.record.last_event(Step.REQUEST_REVIEW)
    requested_on = chinese_date(request.on) if request else chinese_date(p.draft.received_on)
    original = str(d.get("original_body", ""))
    original_number = str(d.get("original_number", ""))
    original_date = str(d.get("original_date", ""))
    appendix: list[tuple[str, str]] = []
    rows = _long_rows(
        [
            ("复查查明的事实", str(d.get("facts", "")) or "—"),
            ("复查意见", str(d.get("decision", ""))),
            ("依据", str(d.get("basis", ""))),
        ],
        appendix,
    )
    recheck_limit = p.ctx.rules.recheck_request.describe().replace(" ", "")
    decision_ref = "，".join(part for part in (original_number, original_date) if part)
    decision_ref = f"（{decision_ref}）" if decision_ref else ""
    paragraphs = [
        f"{p.you}不服{original}作出的信访事项处理意见书{decision_ref}，于{requested_on}向本单位"
        "请求复查。本单位作为复查机关，依据《信访工作条例》第三十五条进行了复查，现提出复查意见"
        "如下：",
    ]
    route = (
        f"如对本复查意见不服，可以自收到本意见书之日起{recheck_limit}内，向{p.superior()}"
        "请求复核（《信访工作条例》第三十六条）。"
    )
    return p.content(
        title="信访复查意见书",
        addressee=f"{p.petitioner_names}：",
        paragraphs=paragraphs,
        rows=[*rows, ("救济途径", route)],
        appendix=appendix,
        closing=p.closing(),
        recipient=p.petitioner_names,
        key_facts={
            "原处理机关": original,
            "原处理意见书": original_number,
            "复查请求收到日期": requested_on,
        },
    )


_BUILDERS = {
    NoticeKind.ACCEPTANCE: _acceptance,
    NoticeKind.REJECTION: _rejection,
    NoticeKind.TRANSFER: _transfer,
    NoticeKind.ROUTING: _routing,
    NoticeKind.URGING: _urging,
    NoticeKind.EXTENSION: _extension,
    NoticeKind.REPLY: _reply,
    NoticeKind.REVIEW: _review,
}
