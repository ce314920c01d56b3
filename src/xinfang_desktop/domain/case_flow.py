"""The life of a petition case as a state machine: the allowed steps are data, every step is an
event, and a case's state and deadlines are computed by replaying its events.

registered → accepted / not accepted / referred elsewhere → assigned → replied → closed →
archived; 复查 and 复核 after a reply, each within its window; hearings pause the clock;
one extension of at most 30 days (Art. 34).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .case_deadlines import DeadlineRules, Pause, calendar_warning, due_date
from .errors import FieldError, ValidationError
from .text import check_text, clean_text
from .workdays import NO_OVERRIDES, CalendarOverrides


class CaseState(StrEnum):
    REGISTERED = "已登记"
    ACCEPTED = "已受理"
    REJECTED = "不予受理"
    REFERRED = "已转送"
    ASSIGNED = "已交办"
    REPLIED = "已答复"
    REVIEWING = "复查中"
    REVIEWED = "已复查"
    RECHECKING = "复核中"
    RECHECKED = "已复核"
    CLOSED = "已办结"
    ARCHIVED = "已归档"


class Step(StrEnum):
    REGISTER = "登记"
    # An imported ledger row: its details carry the state and dates the ledger recorded and
    # the row's original text; it is the first step of an imported case and never chosen.
    IMPORT = "导入"
    ACCEPT = "受理"
    REJECT = "不予受理"
    REFER = "转送其他机关"
    ASSIGN = "交办"
    NOTIFY = "书面告知"
    EXTEND = "延期"
    HEARING_START = "听证开始"
    HEARING_END = "听证结束"
    REPLY = "答复"
    REQUEST_REVIEW = "申请复查"
    ANSWER_REVIEW = "复查答复"
    REQUEST_RECHECK = "申请复核"
    ANSWER_RECHECK = "复核答复"
    CLOSE = "办结"
    ARCHIVE = "归档"


S = CaseState
# step → (states it may be taken from, state it leads to; None = the state does not change)
TRANSITIONS: dict[Step, tuple[frozenset[CaseState], CaseState | None]] = {
    Step.IMPORT: (frozenset({S.REGISTERED}), None),  # the state comes from its details
    Step.ACCEPT: (frozenset({S.REGISTERED}), S.ACCEPTED),
    Step.REJECT: (frozenset({S.REGISTERED}), S.REJECTED),
    Step.REFER: (frozenset({S.REGISTERED}), S.REFERRED),
    Step.ASSIGN: (frozenset({S.ACCEPTED, S.ASSIGNED}), S.ASSIGNED),
    Step.NOTIFY: (
        frozenset({S.REGISTERED, S.ACCEPTED, S.REJECTED, S.REFERRED, S.ASSIGNED}),
        None,
    ),
    Step.EXTEND: (frozenset({S.ACCEPTED, S.ASSIGNED}), None),
    Step.HEARING_START: (frozenset({S.ACCEPTED, S.ASSIGNED, S.REVIEWING, S.RECHECKING}), None),
    Step.HEARING_END: (frozenset({S.ACCEPTED, S.ASSIGNED, S.REVIEWING, S.RECHECKING}), None),
    Step.REPLY: (frozenset({S.ACCEPTED, S.ASSIGNED}), S.REPLIED),
    Step.REQUEST_REVIEW: (frozenset({S.REPLIED, S.CLOSED}), S.REVIEWING),
    Step.ANSWER_REVIEW: (frozenset({S.REVIEWING}), S.REVIEWED),
    Step.REQUEST_RECHECK: (frozenset({S.REVIEWED, S.CLOSED}), S.RECHECKING),
    Step.ANSWER_RECHECK: (frozenset({S.RECHECKING}), S.RECHECKED),
    Step.CLOSE: (
        frozenset({S.REJECTED, S.REFERRED, S.REPLIED, S.REVIEWED, S.RECHECKED}),
        S.CLOSED,
    ),
    Step.ARCHIVE: (frozenset({S.CLOSED}), S.ARCHIVED),
}
OPEN_STATES = frozenset(
    {S.REGISTERED, S.ACCEPTED, S.ASSIGNED, S.REVIEWING, S.RECHECKING, S.REPLIED}
)
# States in which the unit still owes an answer with a deadline.
_HANDLING_STATES = frozenset({S.ACCEPTED, S.ASSIGNED})

# What each step must carry (field → label, max length); the reply is the Art. 32 decision.
REQUIRED_DETAILS: dict[Step, dict[str, tuple[str, int]]] = {
    Step.REJECT: {"reason": ("不予受理理由", 1000), "go_to": ("应向何处反映", 200)},
    Step.REFER: {"body": ("转送机关", 100), "reason": ("转送理由", 500)},
    Step.ASSIGN: {"office": ("承办部门", 100)},
    Step.NOTIFY: {"method": ("告知方式", 50)},
    Step.EXTEND: {"approver": ("批准人", 50), "reason": ("延期理由", 500)},
    Step.REPLY: {
        "request": ("信访请求", 1000),
        "facts": ("查明事实", 2000),
        "reasons": ("理由", 1000),
        "decision": ("处理意见", 1000),
        "basis": ("依据", 1000),
    },
    Step.ANSWER_REVIEW: {"decision": ("复查意见", 2000), "basis": ("依据", 1000)},
    Step.ANSWER_RECHECK: {"decision": ("复核意见", 2000), "basis": ("依据", 1000)},
    Step.CLOSE: {"result": ("办理结果", 500)},
}
OPTIONAL_DETAILS: dict[str, tuple[str, int]] = {"note": ("说明", 1000)}
# A 复查 answered by this unit as the 复查机关 of another body's decision (Art. 35) names that
# body and its 处理意见书; without them the step records a result received from above.
STEP_OPTIONAL_DETAILS: dict[Step, dict[str, tuple[str, int]]] = {
    Step.ANSWER_REVIEW: {
        "original_body": ("原处理机关", 100),
        "original_number": ("原处理意见书文号", 60),
        "original_date": ("原处理意见书日期", 20),
        "facts": ("复查查明的事实", 2000),
    },
}

# The petitioner's 评价 of the handling, recorded when the case is closed (台账 column 评价).
EVALUATIONS = ("满意", "基本满意", "不满意")


@dataclass(frozen=True)
class CaseEvent:
    """One step taken on a case: what, the day it happened, and its details."""

    step: Step
    on: date
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Deadline:
    kind: str  # e.g. "书面告知", "办理答复"
    due: date
    target: date | None = None  # the unit's own earlier target, if it has one


@dataclass(frozen=True)
class CaseClock:
    """Where a case stands after replaying its events."""

    state: CaseState
    received_on: date
    notified_on: date | None = None
    notice_due: date | None = None
    accepted_on: date | None = None
    reply_due: date | None = None
    replied_on: date | None = None
    extension_days: int = 0
    paused_since: date | None = None
    review_window_end: date | None = None
    review_due: date | None = None
    recheck_window_end: date | None = None
    recheck_due: date | None = None
    reviewed: bool = False
    rechecked: bool = False
    closed_on: date | None = None
    deadlines: tuple[Deadline, ...] = ()
    warning: str = ""

    @property
    def next_deadline(self) -> Deadline | None:
        return min(self.deadlines, key=lambda d: d.due, default=None)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class StepRefused(ValidationError):
    """An illegal step: the message says why, in Chinese."""

    def __init__(self, template: str, params: Mapping[str, Any] | None = None):
        super().__init__([FieldError("step", template, dict(params or {}))])


def allowed_steps(clock: CaseClock) -> list[Step]:
    return [
        step
        for step in Step
        if step not in (Step.REGISTER, Step.IMPORT) and _refusal(clock, step) is None
    ]


def _refusal(clock: CaseClock, step: Step, on: date | None = None) -> FieldError | None:
    sources, _ = TRANSITIONS[step]
    if clock.state not in sources:
        return FieldError(
            "step", "案件{state}，不能{step}", {"state": clock.state.value, "step": step.value}
        )
    if step == Step.NOTIFY and clock.notified_on is not None:
        return FieldError("step", "已于 {day} 书面告知过", {"day": _day(clock.notified_on)})
    if step == Step.EXTEND and clock.extension_days:
        return FieldError("step", "办理期限只能延长一次（条例第三十四条）")
    if step == Step.HEARING_START and clock.paused_since is not None:
        return FieldError("step", "听证已在进行中")
    if step == Step.HEARING_END and clock.paused_since is None:
        return FieldError("step", "没有正在进行的听证")
    if step in (Step.REPLY, Step.ANSWER_REVIEW, Step.ANSWER_RECHECK) and clock.paused_since:
        return FieldError("step", "听证尚未结束，请先登记听证结束")
    if step == Step.REQUEST_REVIEW:
        if clock.reviewed:
            return FieldError("step", "已经复查过，不能再次申请复查")
        if clock.state == S.CLOSED and clock.review_window_end is None:
            return FieldError("step", "案件未经答复，不能申请复查")
        if on is not None and clock.review_window_end and on > clock.review_window_end:
            return FieldError(
                "step",
                "复查申请已超过期限（应在 {day} 前提出）",
                {"day": _day(clock.review_window_end)},
            )
    if step == Step.REQUEST_RECHECK:
        if clock.rechecked:
            return FieldError("step", "已经复核，同一事实和理由不再受理")
        if clock.recheck_window_end is None:
            return FieldError("step", "须先经复查，才能申请复核")
        if on is not None and on > clock.recheck_window_end:
            return FieldError(
                "step",
                "复核申请已超过期限（应在 {day} 前提出）",
                {"day": _day(clock.recheck_window_end)},
            )
    return None


def check_details(step: Step, details: Mapping[str, Any]) -> dict[str, Any]:
    """Clean the details of a step; raise every missing or too long one at once."""
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    for name, (label, max_length) in REQUIRED_DETAILS.get(step, {}).items():
        value = clean_text(str(details.get(name) or ""))
        problem = check_text(
            name, value, label=label, max_length=max_length, required=True, multiline=True
        )
        if problem:
            errors.append(problem)
        cleaned[name] = value
    optional = {**OPTIONAL_DETAILS, **STEP_OPTIONAL_DETAILS.get(step, {})}
    for name, (label, max_length) in optional.items():
        value = clean_text(str(details.get(name) or ""))
        problem = check_text(name, value, label=label, max_length=max_length, multiline=True)
        if problem:
            errors.append(problem)
        if value:
            cleaned[name] = value
    evaluation = details.get("evaluation")
    if step == Step.CLOSE and evaluation:
        if evaluation not in EVALUATIONS:
            choices = {"choices": "、".join(EVALUATIONS)}
            errors.append(FieldError("evaluation", "评价应为{choices}之一", choices))
        else:
            cleaned["evaluation"] = evaluation
    if step == Step.EXTEND:
        days = details.get("days")
        if not isinstance(days, int) or isinstance(days, bool) or days < 1:
            errors.append(FieldError("days", "请填写延长天数"))
        cleaned["days"] = days
    if step == Step.ASSIGN:
        for key in ("owner_id",):
            if details.get(key) is not None:
                cleaned[key] = details[key]
    if errors:
        raise ValidationError(errors)
    return cleaned


def replay(
    received_on: date,
    events: Sequence[CaseEvent],
    rules: DeadlineRules,
    overrides: CalendarOverrides = NO_OVERRIDES,
    *,
    accused_office: str = "",
    check: bool = True,
    referred_from_above: bool = False,
) -> CaseClock:
    """The case's state and deadlines after ``events`` (in order, REGISTER first or omitted).

    With ``check``, an illegal step raises ``StepRefused`` — the same check as a new step.
    """
    c = _Clock(received_on, referred_from_above)
    for event in events:
        if event.step == Step.REGISTER:
            continue
        if check:
            _check_step(c.freeze(rules, overrides), event, rules, accused_office)
        c.apply(event, rules, overrides)
    return c.freeze(rules, overrides)


def take_step(
    clock_events: Sequence[CaseEvent],
    received_on: date,
    event: CaseEvent,
    rules: DeadlineRules,
    overrides: CalendarOverrides = NO_OVERRIDES,
    *,
    accused_office: str = "",
    referred_from_above: bool = False,
) -> tuple[CaseEvent, CaseClock]:
    """Check one new step against the case so far; return the cleaned event and the new clock."""
    if event.step in (Step.REGISTER, Step.IMPORT):
        raise StepRefused("“{step}”不是可以办理的步骤", {"step": event.step.value})
    before = replay(
        received_on,
        clock_events,
        rules,
        overrides,
        check=False,
        referred_from_above=referred_from_above,
    )
    cleaned = CaseEvent(event.step, event.on, check_details(event.step, event.details))
    _check_step(before, cleaned, rules, accused_office)
    after = replay(
        received_on,
        [*clock_events, cleaned],
        rules,
        overrides,
        check=False,
        referred_from_above=referred_from_above,
    )
    return cleaned, after


def _check_step(
    clock: CaseClock, event: CaseEvent, rules: DeadlineRules, accused_office: str
) -> None:
    problem = _refusal(clock, event.step, event.on)
    if problem:
        raise StepRefused(problem.template, problem.params)
    if event.on < clock.received_on:
        raise StepRefused(
            "{step}日期不能早于收到日期 {day}",
            {"step": event.step.value, "day": _day(clock.received_on)},
        )
    if event.step == Step.EXTEND:
        days = event.details.get("days", 0)
        if days > rules.max_extension_days:
            raise StepRefused(
                "延长期限最多 {max} 天（条例第三十四条）", {"max": rules.max_extension_days}
            )
    if event.step in (Step.ASSIGN, Step.REFER) and accused_office:
        key = "office" if event.step == Step.ASSIGN else "body"
        office = clean_text(str(event.details.get(key, "")))
        if office and office == clean_text(accused_office):
            # Art. 30: the matter must not go to the office it is about.
            raise StepRefused(
                "不能交由被反映的部门“{office}”办理（条例第三十条）", {"office": office}
            )


class _Clock:
    def __init__(self, received_on: date, referred_from_above: bool = False):
        self.state = S.REGISTERED
        self.received_on = received_on
        self.referred_from_above = referred_from_above
        self.notified_on: date | None = None
        self.accepted_on: date | None = None
        self.replied_on: date | None = None
        self.extension_days = 0
        self.pauses: list[Pause] = []
        self.review_requested_on: date | None = None
        self.review_answered_on: date | None = None
        self.recheck_requested_on: date | None = None
        self.recheck_answered_on: date | None = None
        self.closed_on: date | None = None
        self.last_answer_on: date | None = None
        self.imported = False

    def apply(self, event: CaseEvent, rules: DeadlineRules, overrides: CalendarOverrides) -> None:
        step, on = event.step, event.on
        if step == Step.IMPORT:
            self._apply_import(event.details)
            return
        if step == Step.ACCEPT:
            self.accepted_on = on
        elif step == Step.NOTIFY:
            self.notified_on = on
        elif step == Step.EXTEND:
            self.extension_days = int(event.details.get("days", 0))
        elif step == Step.HEARING_START:
            self.pauses.append(Pause(on))
        elif step == Step.HEARING_END:
            self.pauses[-1] = Pause(self.pauses[-1].start, on)
        elif step == Step.REPLY:
            self.replied_on = self.last_answer_on = on
        elif step == Step.REQUEST_REVIEW:
            self.review_requested_on = on
            self.pauses = []
        elif step == Step.ANSWER_REVIEW:
            self.review_answered_on = self.last_answer_on = on
        elif step == Step.REQUEST_RECHECK:
            self.recheck_requested_on = on
            self.pauses = []
        elif step == Step.ANSWER_RECHECK:
            self.recheck_answered_on = self.last_answer_on = on
        elif step == Step.CLOSE:
            self.closed_on = on
        target = TRANSITIONS[step][1]
        if target is not None:
            self.state = target

    def _apply_import(self, details: Mapping[str, Any]) -> None:
        """Where the ledger says the case stood. Its written notice is not on record, so only
        a case still waiting to be accepted owes one."""
        self.imported = True
        self.state = CaseState(str(details.get("state", S.REGISTERED.value)))
        self.accepted_on = _iso(details.get("accepted_on"))
        self.replied_on = self.last_answer_on = _iso(details.get("replied_on"))
        self.closed_on = _iso(details.get("closed_on"))

    def freeze(self, rules: DeadlineRules, overrides: CalendarOverrides) -> CaseClock:
        deadlines: list[Deadline] = []
        notice_due = None
        open_pause = next((p.start for p in self.pauses if p.end is None), None)
        last_day = self.received_on
        if (
            self.notified_on is None
            and not (self.imported and self.state != S.REGISTERED)
            and self.state
            in {
                S.REGISTERED,
                S.ACCEPTED,
                S.ASSIGNED,
                S.REJECTED,
                S.REFERRED,
            }
        ):
            notice_due = due_date(self.received_on, rules.notice, overrides)
            target = (
                due_date(self.received_on, rules.internal_notice, overrides)
                if rules.internal_notice.days
                else None
            )
            if notice_due:
                deadlines.append(Deadline("书面告知", notice_due, target))
        if self.referred_from_above and self.state == S.REGISTERED:
            # Art. 23: a unit that thinks a referred matter is not its own objects in time.
            objection_due = due_date(self.received_on, rules.objection, overrides)
            if objection_due:
                deadlines.append(Deadline("转办异议", objection_due))
        reply_due = None
        if self.accepted_on is not None:
            reply_due = due_date(
                self.accepted_on, rules.handling, overrides, self.pauses, self.extension_days
            )
            if reply_due and self.state in _HANDLING_STATES:
                target = (
                    due_date(self.accepted_on, rules.internal_handling, overrides, self.pauses)
                    if rules.internal_handling.days
                    else None
                )
                deadlines.append(Deadline("答复", reply_due, target))
        review_window = review_due = recheck_window = recheck_due = None
        if self.replied_on is not None:
            review_window = due_date(self.replied_on, rules.review_request, overrides)
        if self.review_requested_on is not None:
            review_due = due_date(
                self.review_requested_on, rules.review_answer, overrides, self.pauses
            )
            if review_due and self.state == S.REVIEWING:
                deadlines.append(Deadline("复查答复", review_due))
        if self.review_answered_on is not None:
            recheck_window = due_date(self.review_answered_on, rules.recheck_request, overrides)
        if self.recheck_requested_on is not None:
            recheck_due = due_date(
                self.recheck_requested_on, rules.recheck_answer, overrides, self.pauses
            )
            if recheck_due and self.state == S.RECHECKING:
                deadlines.append(Deadline("复核答复", recheck_due))
        for d in deadlines:
            last_day = max(last_day, d.due)
        return CaseClock(
            state=self.state,
            received_on=self.received_on,
            notified_on=self.notified_on,
            notice_due=notice_due,
            accepted_on=self.accepted_on,
            reply_due=reply_due,
            replied_on=self.replied_on,
            extension_days=self.extension_days,
            paused_since=open_pause,
            review_window_end=review_window,
            review_due=review_due,
            recheck_window_end=recheck_window,
            recheck_due=recheck_due,
            reviewed=self.review_requested_on is not None,
            rechecked=self.recheck_requested_on is not None,
            closed_on=self.closed_on,
            deadlines=tuple(deadlines),
            warning=calendar_warning(self.received_on, last_day, overrides),
        )


def _iso(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def urgency(due: date | None, today: date, warning_days: int) -> str:
    """ "overdue", "soon" (within the warning days) or "" for a deadline."""
    if due is None:
        return ""
    if due < today:
        return "overdue"
    if (due - today).days <= warning_days:
        return "soon"
    return ""
