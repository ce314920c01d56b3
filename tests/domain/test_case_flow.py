from datetime import date, timedelta

import pytest

from xinfang_desktop.domain.case_deadlines import NATIONAL_RULES, DeadlineRules, Limit
from xinfang_desktop.domain.case_flow import (
    TRANSITIONS,
    CaseEvent,
    CaseState,
    Step,
    StepRefused,
    allowed_steps,
    replay,
    take_step,
    urgency,
)
from xinfang_desktop.domain.errors import ValidationError

RECEIVED = date(2026, 6, 1)
REPLY = {"request": "请求", "facts": "事实", "reasons": "理由", "decision": "意见", "basis": "依据"}
ANSWER = {"decision": "维持", "basis": "条例第三十五条"}


def ev(step, day_offset, **details):
    return CaseEvent(step, RECEIVED + timedelta(days=day_offset), details)


# The shortest way to each state.
PATHS = {
    CaseState.REGISTERED: [],
    CaseState.ACCEPTED: [ev(Step.ACCEPT, 1)],
    CaseState.REJECTED: [ev(Step.REJECT, 1, reason="不属于本单位职权", go_to="区教育局")],
    CaseState.REFERRED: [ev(Step.REFER, 1, body="镇政府", reason="属地管理")],
    CaseState.ASSIGNED: [ev(Step.ACCEPT, 1), ev(Step.ASSIGN, 2, office="总务处")],
    CaseState.REPLIED: [ev(Step.ACCEPT, 1), ev(Step.REPLY, 20, **REPLY)],
    CaseState.REVIEWING: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.REQUEST_REVIEW, 30),
    ],
    CaseState.REVIEWED: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.REQUEST_REVIEW, 30),
        ev(Step.ANSWER_REVIEW, 40, **ANSWER),
    ],
    CaseState.RECHECKING: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.REQUEST_REVIEW, 30),
        ev(Step.ANSWER_REVIEW, 40, **ANSWER),
        ev(Step.REQUEST_RECHECK, 45),
    ],
    CaseState.RECHECKED: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.REQUEST_REVIEW, 30),
        ev(Step.ANSWER_REVIEW, 40, **ANSWER),
        ev(Step.REQUEST_RECHECK, 45),
        ev(Step.ANSWER_RECHECK, 50, **ANSWER),
    ],
    CaseState.CLOSED: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.CLOSE, 21, result="已答复"),
    ],
    CaseState.ARCHIVED: [
        ev(Step.ACCEPT, 1),
        ev(Step.REPLY, 20, **REPLY),
        ev(Step.CLOSE, 21, result="已答复"),
        ev(Step.ARCHIVE, 22),
    ],
}
DETAILS = {
    Step.ACCEPT: {},
    Step.REJECT: {"reason": "r", "go_to": "g"},
    Step.REFER: {"body": "b", "reason": "r"},
    Step.ASSIGN: {"office": "教务处"},
    Step.NOTIFY: {"method": "邮寄"},
    Step.EXTEND: {"approver": "王校长", "reason": "需调查", "days": 30},
    Step.HEARING_START: {},
    Step.HEARING_END: {},
    Step.REPLY: REPLY,
    Step.REQUEST_REVIEW: {},
    Step.ANSWER_REVIEW: ANSWER,
    Step.REQUEST_RECHECK: {},
    Step.ANSWER_RECHECK: ANSWER,
    Step.CLOSE: {"result": "办结"},
    Step.ARCHIVE: {},
}


def test_every_state_is_reached_by_its_path():
    for state, path in PATHS.items():
        assert replay(RECEIVED, path, NATIONAL_RULES).state == state


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("step", [s for s in Step if s not in (Step.REGISTER, Step.IMPORT)])
def test_every_transition_allowed_or_refused_in_chinese(state, step):
    path = PATHS[state]
    last = path[-1].on if path else RECEIVED
    new = CaseEvent(step, last + timedelta(days=1), DETAILS[step])
    sources, target = TRANSITIONS[step]
    guarded = {
        # Guards beyond the state: no hearing to end; hearing must end before answering;
        # review only once and only after a reply; recheck only after a review.
        (Step.HEARING_END, s)
        for s in CaseState
    } | {
        (Step.REQUEST_REVIEW, CaseState.CLOSED),
        (Step.REQUEST_RECHECK, CaseState.CLOSED),
    }
    if state in sources and (step, state) not in guarded:
        _, clock = take_step(path, RECEIVED, new, NATIONAL_RULES)
        assert clock.state == (target or state)
        assert step in allowed_steps(replay(RECEIVED, path, NATIONAL_RULES))
    elif state not in sources:
        with pytest.raises(StepRefused) as caught:
            take_step(path, RECEIVED, new, NATIONAL_RULES)
        assert f"案件{state.value}，不能{step.value}" == str(caught.value)
        assert step not in allowed_steps(replay(RECEIVED, path, NATIONAL_RULES))


def test_notice_deadline_and_notification():
    clock = replay(RECEIVED, [], NATIONAL_RULES)
    assert clock.notice_due == date(2026, 6, 16)
    assert clock.next_deadline.kind == "书面告知"
    told = replay(RECEIVED, [ev(Step.ACCEPT, 1), ev(Step.NOTIFY, 3, method="邮寄")], NATIONAL_RULES)
    assert told.notified_on == date(2026, 6, 4)
    assert told.notice_due is None
    assert [d.kind for d in told.deadlines] == ["答复"]
    with pytest.raises(StepRefused, match="已于 2026年6月4日 书面告知过"):
        take_step(
            PATHS[CaseState.ACCEPTED] + [ev(Step.NOTIFY, 3, method="邮寄")],
            RECEIVED,
            ev(Step.NOTIFY, 4, method="当面"),
            NATIONAL_RULES,
        )


def test_reply_deadline_with_one_extension_of_at_most_30_days():
    path = PATHS[CaseState.ACCEPTED]  # accepted 2 June 2026
    assert replay(RECEIVED, path, NATIONAL_RULES).reply_due == date(2026, 8, 3)  # 1 Aug is Sat
    with pytest.raises(StepRefused, match="最多 30 天"):
        take_step(
            path, RECEIVED, ev(Step.EXTEND, 50, approver="王", reason="r", days=31), NATIONAL_RULES
        )
    extended, clock = take_step(
        path,
        RECEIVED,
        ev(Step.EXTEND, 50, approver="王校长", reason="需要调查", days=30),
        NATIONAL_RULES,
    )
    assert clock.reply_due == date(2026, 8, 31)
    with pytest.raises(StepRefused, match="只能延长一次"):
        take_step(
            [*path, extended],
            RECEIVED,
            ev(Step.EXTEND, 51, approver="王", reason="r", days=5),
            NATIONAL_RULES,
        )


def test_extension_needs_approver_and_reason():
    with pytest.raises(ValidationError) as caught:
        take_step(PATHS[CaseState.ACCEPTED], RECEIVED, ev(Step.EXTEND, 5), NATIONAL_RULES)
    assert set(caught.value.by_field()) == {"approver", "reason", "days"}
    assert caught.value.by_field()["approver"].message == "请填写批准人"


def test_hearing_pauses_the_clock():
    path = [*PATHS[CaseState.ACCEPTED], ev(Step.HEARING_START, 10)]
    paused = replay(RECEIVED, path, NATIONAL_RULES)
    assert paused.paused_since == date(2026, 6, 11)
    assert paused.reply_due is None
    with pytest.raises(StepRefused, match="听证尚未结束"):
        take_step(path, RECEIVED, ev(Step.REPLY, 12, **REPLY), NATIONAL_RULES)
    resumed = replay(RECEIVED, [*path, ev(Step.HEARING_END, 19)], NATIONAL_RULES)
    # 11–20 June (10 days) are not counted: 60 days end on Sat 1 August (rolled to Monday
    # 3 August) without the hearing; with it, 1 August + 10 days = Tuesday 11 August.
    assert resumed.reply_due == date(2026, 8, 11)


def test_review_and_recheck_windows():
    replied = PATHS[CaseState.REPLIED]  # reply on 21 June; window ends 21 July
    clock = replay(RECEIVED, replied, NATIONAL_RULES)
    assert clock.review_window_end == date(2026, 7, 21)
    with pytest.raises(StepRefused, match="复查申请已超过期限"):
        take_step(replied, RECEIVED, ev(Step.REQUEST_REVIEW, 51), NATIONAL_RULES)
    reviewing = replay(RECEIVED, PATHS[CaseState.REVIEWING], NATIONAL_RULES)
    assert reviewing.next_deadline.kind == "复查答复"
    assert reviewing.review_due == date(2026, 7, 31)
    # A closed case may still be reviewed within the window, but never twice.
    closed = PATHS[CaseState.CLOSED]
    _, clock = take_step(closed, RECEIVED, ev(Step.REQUEST_REVIEW, 25), NATIONAL_RULES)
    assert clock.state == CaseState.REVIEWING
    with pytest.raises(StepRefused, match="须先经复查"):
        take_step(closed, RECEIVED, ev(Step.REQUEST_RECHECK, 25), NATIONAL_RULES)
    rechecked = [*PATHS[CaseState.RECHECKED], ev(Step.CLOSE, 52, result="复核维持")]
    with pytest.raises(StepRefused, match="同一事实和理由不再受理"):
        take_step(rechecked, RECEIVED, ev(Step.REQUEST_RECHECK, 53), NATIONAL_RULES)
    with pytest.raises(StepRefused, match="已经复查过"):
        take_step(rechecked, RECEIVED, ev(Step.REQUEST_REVIEW, 53), NATIONAL_RULES)


def test_rejected_case_cannot_be_reviewed():
    closed = [*PATHS[CaseState.REJECTED], ev(Step.CLOSE, 2, result="不予受理")]
    with pytest.raises(StepRefused, match="未经答复"):
        take_step(closed, RECEIVED, ev(Step.REQUEST_REVIEW, 3), NATIONAL_RULES)


def test_assigning_to_the_accused_office_is_refused():
    with pytest.raises(StepRefused, match="第三十条"):
        take_step(
            PATHS[CaseState.ACCEPTED],
            RECEIVED,
            ev(Step.ASSIGN, 2, office="总务处"),
            NATIONAL_RULES,
            accused_office="总务处",
        )


def test_referring_to_the_accused_body_is_refused():
    with pytest.raises(StepRefused, match="第三十条"):
        take_step(
            [],
            RECEIVED,
            ev(Step.REFER, 1, body="镇政府", reason="属地"),
            NATIONAL_RULES,
            accused_office="镇政府",
        )


def test_step_before_receipt_is_refused():
    with pytest.raises(StepRefused, match="不能早于收到日期"):
        take_step([], RECEIVED, ev(Step.ACCEPT, -1), NATIONAL_RULES)


def test_internal_targets_come_before_statutory_deadlines():
    rules = DeadlineRules(internal_notice=Limit(5), internal_handling=Limit(30))
    clock = replay(RECEIVED, PATHS[CaseState.ACCEPTED], rules)
    notice, reply = clock.deadlines
    assert notice.target == date(2026, 6, 8)  # 6 June is a Saturday
    assert reply.target == date(2026, 7, 2)
    assert reply.due == date(2026, 8, 3)


def test_urgency():
    today = date(2026, 11, 23)
    assert urgency(date(2026, 11, 22), today, 3) == "overdue"
    assert urgency(date(2026, 11, 26), today, 3) == "soon"
    assert urgency(date(2026, 11, 27), today, 3) == ""
    assert urgency(None, today, 3) == ""


def test_referred_matter_has_an_objection_deadline_in_working_days():
    # Received Wed 30 Sep 2026: 1–7 Oct are holidays, Sat 10 Oct is worked (调休).
    clock = replay(date(2026, 9, 30), [], NATIONAL_RULES, referred_from_above=True)
    assert [(d.kind, d.due) for d in clock.deadlines] == [
        ("书面告知", date(2026, 10, 15)),
        ("转办异议", date(2026, 10, 13)),
    ]
    assert clock.next_deadline.kind == "转办异议"
    accepted = replay(
        date(2026, 9, 30),
        [CaseEvent(Step.ACCEPT, date(2026, 10, 8))],
        NATIONAL_RULES,
        referred_from_above=True,
    )
    assert "转办异议" not in [d.kind for d in accepted.deadlines]


def test_a_deadline_in_an_unknown_year_warns_and_uses_the_marks():
    from xinfang_desktop.domain.workdays import CalendarOverrides

    path = [CaseEvent(Step.ACCEPT, date(2026, 12, 2))]
    clock = replay(date(2026, 12, 1), path, NATIONAL_RULES)
    assert clock.reply_due == date(2027, 2, 1)  # 31 Jan 2027 is a Sunday
    assert "2027 年的法定节假日和调休尚未公布" in clock.warning
    marks = CalendarOverrides(holidays={date(2027, 2, 1): "春节"})
    marked = replay(date(2026, 12, 1), path, NATIONAL_RULES, marks)
    assert marked.reply_due == date(2027, 2, 2)
    assert marked.warning == ""


def test_an_imported_case_stands_where_its_ledger_says():
    def imported(**details):
        return replay(RECEIVED, [CaseEvent(Step.IMPORT, RECEIVED, details)], NATIONAL_RULES)

    closed = imported(state="已办结", accepted_on="2026-06-02", closed_on="2026-07-01")
    assert (closed.state, closed.closed_on, closed.deadlines) == (
        CaseState.CLOSED,
        date(2026, 7, 1),
        (),
    )
    unknown = imported(state="已办结")
    assert (unknown.state, unknown.closed_on, unknown.deadlines) == (CaseState.CLOSED, None, ())
    # The ledger does not say whether a rejected or referred case was told in writing: no
    # notice deadline is invented for it; one still waiting to be accepted owes one.
    assert imported(state="不予受理").deadlines == ()
    assert [d.kind for d in imported(state="已登记").deadlines] == ["书面告知"]
    handling = imported(state="已受理", accepted_on="2026-06-03")
    assert [(d.kind, d.due) for d in handling.deadlines] == [("答复", date(2026, 8, 3))]
    assert Step.IMPORT not in allowed_steps(imported(state="已登记"))
    with pytest.raises(ValidationError, match="不是可以办理的步骤"):
        take_step(
            [], RECEIVED, CaseEvent(Step.IMPORT, RECEIVED, {"state": "已办结"}), NATIONAL_RULES
        )
