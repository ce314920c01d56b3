from dataclasses import replace
from datetime import date, datetime

import pytest

from xinfang_desktop.db.errors import ConflictError
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.case_deadlines import DeadlineRules, Limit
from xinfang_desktop.domain.case_flow import CaseState, Step, StepRefused
from xinfang_desktop.domain.cases import CaseDraft, CaseSettings, PetitionerDraft, UrgingDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services.case_settings import get_case_settings, save_case_settings
from xinfang_desktop.services.cases import (
    CaseFilter,
    add_urging,
    case_changes,
    case_counts,
    draft_from_visit,
    fetch_case_rows,
    get_case,
    link_repeat,
    list_case_ids,
    owner_loads,
    register_case,
    repeat_chain,
    take_case_step,
    update_case,
)
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.visits import register_visit

NOW = datetime(2026, 11, 23, 9, 0)
REPLY = {"request": "请求", "facts": "事实", "reasons": "理由", "decision": "意见", "basis": "依据"}


def draft(**changes) -> CaseDraft:
    base = CaseDraft(
        channel="来信",
        received_on=date(2026, 11, 2),
        petitioners=(PetitionerDraft("张三", phone="13800138000"),),
        request="要求公开食堂收费标准",
        accused="李某",
        accused_office="总务处",
    )
    return replace(base, **changes)


def test_register_numbers_yearly_and_keeps_everything(database, actor):
    first = register_case(database, actor, draft(), now=NOW)
    second = register_case(
        database, actor, draft(petitioners=(PetitionerDraft("王五"),), request="操场"), now=NOW
    )
    old = register_case(
        database, actor, draft(received_on=date(2025, 12, 30), request="旧事"), now=NOW
    )
    assert first.number == "信访〔2026〕第001号"
    assert second.number == "信访〔2026〕第002号"
    assert old.number == "信访〔2025〕第001号"
    assert first.state == CaseState.REGISTERED
    assert first.clock.notice_due == date(2026, 11, 17)
    assert get_case(database, actor, first.id).draft.accused == "李某"
    [row] = fetch_case_rows(database, actor, [first.id])
    assert (row.due_on, row.due_kind) == (date(2026, 11, 17), "书面告知")


def test_bad_case_lists_every_field_and_saves_nothing(database, actor):
    with pytest.raises(ValidationError) as caught:
        register_case(database, actor, draft(request="", channel="x", people_count=0), now=NOW)
    assert set(caught.value.by_field()) == {"request", "channel", "people_count"}
    assert list_case_ids(database, actor) == []


def test_main_flow_and_stored_deadlines(database, actor):
    owner = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    case = register_case(database, actor, draft(), now=NOW)
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.ACCEPT,
        date(2026, 11, 3),
        expected_version=case.version,
        now=NOW,
    )
    assert case.clock.reply_due == date(2027, 1, 4)  # 2 Jan 2027 is a Saturday
    with pytest.raises(StepRefused, match="第三十条"):
        take_case_step(
            database,
            actor,
            case.id,
            Step.ASSIGN,
            date(2026, 11, 4),
            {"office": "总务处"},
            expected_version=case.version,
            now=NOW,
        )
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.ASSIGN,
        date(2026, 11, 4),
        {"office": "教务处", "owner_id": owner.id},
        expected_version=case.version,
        now=NOW,
    )
    assert (case.draft.handling_office, case.owner_name) == ("教务处", "王建国")
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.NOTIFY,
        date(2026, 11, 5),
        {"method": "邮寄"},
        expected_version=case.version,
        now=NOW,
    )
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.REPLY,
        date(2026, 11, 20),
        REPLY,
        expected_version=case.version,
        now=NOW,
    )
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.CLOSE,
        date(2026, 11, 21),
        {"result": "已答复"},
        expected_version=case.version,
        now=NOW,
    )
    assert case.state == CaseState.CLOSED
    assert [e.step for e in case.events] == [
        Step.REGISTER,
        Step.ACCEPT,
        Step.ASSIGN,
        Step.NOTIFY,
        Step.REPLY,
        Step.CLOSE,
    ]
    assert all(e.recorded_by == actor.name for e in case.events)
    assert case.last_event(Step.REPLY).details["decision"] == "意见"
    [row] = fetch_case_rows(database, actor, [case.id])
    assert row.closed_on == date(2026, 11, 21) and row.due_on is None
    with pytest.raises(StepRefused, match="案件已办结，不能受理"):
        take_case_step(
            database,
            actor,
            case.id,
            Step.ACCEPT,
            date(2026, 11, 22),
            expected_version=case.version,
            now=NOW,
        )


def test_two_users_never_overwrite_each_other(database, actor):
    case = register_case(database, actor, draft(), now=NOW)
    other = Actor("李老师", Role.CLERK)
    take_case_step(
        database,
        other,
        case.id,
        Step.ACCEPT,
        date(2026, 11, 3),
        expected_version=case.version,
        now=NOW,
    )
    with pytest.raises(ConflictError) as caught:
        update_case(
            database, actor, case.id, draft(request="改了"), expected_version=case.version, now=NOW
        )
    assert "李老师" in caught.value.user_message
    with pytest.raises(ConflictError):
        take_case_step(
            database,
            actor,
            case.id,
            Step.REJECT,
            date(2026, 11, 3),
            {"reason": "r", "go_to": "g"},
            expected_version=case.version,
            now=NOW,
        )
    fresh = get_case(database, actor, case.id)
    assert fresh.state == CaseState.ACCEPTED and fresh.draft.request == "要求公开食堂收费标准"
    saved = update_case(
        database, actor, case.id, draft(request="改了"), expected_version=fresh.version, now=NOW
    )
    assert saved.draft.request == "改了" and saved.state == CaseState.ACCEPTED
    [change] = case_changes(database, actor, case.id)
    assert (change.changed_by, change.field_label, change.old_value, change.new_value) == (
        actor.name,
        "信访请求",
        "要求公开食堂收费标准",
        "改了",
    )


def test_counts_filters_and_owner_view(database, actor):
    owner = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    overdue = register_case(
        database, actor, draft(received_on=date(2026, 10, 1), owner_id=owner.id), now=NOW
    )
    soon = register_case(
        database,
        actor,
        draft(
            received_on=date(2026, 11, 10), petitioners=(PetitionerDraft("赵六"),), request="校车"
        ),
        now=NOW,
    )
    told = register_case(
        database,
        actor,
        draft(
            received_on=date(2026, 11, 20), petitioners=(PetitionerDraft("钱七"),), request="作业多"
        ),
        now=NOW,
    )
    take_case_step(
        database,
        actor,
        told.id,
        Step.NOTIFY,
        date(2026, 11, 21),
        {"method": "当面"},
        expected_version=told.version,
        now=NOW,
    )
    today = date(2026, 11, 23)
    counts = case_counts(database, today)
    # 1 Oct + 15 days = 16 Oct (overdue); 10 Nov + 15 = 25 Nov (within 3 days).
    assert (counts.overdue, counts.due_soon, counts.not_notified, counts.open) == (1, 1, 2, 3)
    assert list_case_ids(database, actor, CaseFilter(attention="overdue", today=today)) == [
        overdue.id
    ]
    assert list_case_ids(database, actor, CaseFilter(attention="due_soon", today=today)) == [
        soon.id
    ]
    assert set(list_case_ids(database, actor, CaseFilter(attention="not_notified"))) == {
        overdue.id,
        soon.id,
    }
    assert list_case_ids(database, actor, CaseFilter(text="校车")) == [soon.id]
    assert list_case_ids(database, actor, CaseFilter(attention="long_running", today=today)) == []
    assert list_case_ids(
        database, actor, CaseFilter(attention="long_running", today=date(2026, 12, 5))
    ) == [overdue.id]  # open since 1 October: more than 60 days on 5 December
    loads = owner_loads(database, today)
    assert [(x.owner_name, x.open, x.overdue) for x in loads] == [
        ("王建国", 1, 1),
        ("（未指定包案领导）", 2, 0),
    ]


def test_repeat_petitions_are_linked_and_counted(database, actor):
    first = register_case(database, actor, draft(received_on=date(2026, 9, 1)), now=NOW)
    by_phone = register_case(
        database, actor, draft(received_on=date(2026, 10, 1), request="完全不同的事"), now=NOW
    )
    by_name = register_case(
        database,
        actor,
        draft(
            received_on=date(2026, 11, 1),
            petitioners=(PetitionerDraft("张三"),),
            request="要求公开食堂的收费标准！",
        ),
        now=NOW,
    )
    unrelated = register_case(
        database,
        actor,
        draft(petitioners=(PetitionerDraft("张三"),), request="操场积水"),
        now=NOW,
    )
    assert by_phone.repeat_of_id == first.id
    # Name alone is not enough: the similar request links it to the first case, not the second.
    assert by_name.repeat_of_id == first.id
    assert unrelated.repeat_of_id is None
    assert [r.id for r in repeat_chain(database, actor, first.id)] == [
        first.id,
        by_phone.id,
        by_name.id,
    ]
    linked = link_repeat(
        database, actor, unrelated.id, by_name.id, expected_version=unrelated.version
    )
    assert linked.repeat_of_number == by_name.number
    assert len(repeat_chain(database, actor, first.id)) == 4
    with pytest.raises(ValidationError, match="不能关联"):
        link_repeat(database, actor, first.id, unrelated.id, expected_version=first.version)


def test_urging_recorded_and_checked(database, actor):
    case = register_case(database, actor, draft(), now=NOW)
    urging = add_urging(
        database,
        actor,
        case.id,
        UrgingDraft(date(2026, 11, 20), "电话", "王校长", "教务处", "本周答复"),
        now=NOW,
    )
    assert get_case(database, actor, case.id).urgings == (urging,)
    with pytest.raises(ValidationError) as caught:
        add_urging(database, actor, case.id, UrgingDraft(date(2026, 11, 1), "", "", ""), now=NOW)
    assert set(caught.value.by_field()) == {"urged_on", "method", "urged_by", "urged_to"}
    with pytest.raises(ValidationError) as caught:
        add_urging(
            database,
            actor,
            case.id,
            UrgingDraft(date(2026, 11, 20), "电话", "王校长", "总务处"),
            now=NOW,
        )
    assert "第三十条" in caught.value.by_field()["urged_to"].message
    assert len(get_case(database, actor, case.id).urgings) == 1


def test_case_from_a_gate_visit(database, actor):
    visit = register_visit(
        database,
        actor,
        VisitDraft(
            arrived_at=datetime(2026, 11, 23, 8, 30),
            name="孙八",
            reason="反映校车超载",
            phone="13912345678",
            people_count=6,
        ),
        now=NOW,
    )
    filled = draft_from_visit(database, actor, visit.id)
    assert (filled.channel, filled.request, filled.people_count) == ("来访", "反映校车超载", 6)
    assert filled.petitioners[0].name == "孙八" and filled.petitioners[0].is_representative
    case = register_case(database, actor, filled, now=NOW)
    assert get_case(database, actor, case.id).draft.visit_id == visit.id


def test_settings_change_numbers_and_deadlines(database, actor):
    case = register_case(database, actor, draft(), now=NOW)
    save_case_settings(
        database,
        actor,
        CaseSettings(number_format="校信〔{year}〕{seq}号", categories=("A",), areas=("一村",)),
        DeadlineRules(notice=Limit(5)),
    )
    assert get_case_settings(database).areas == ("一村",)
    assert get_case(database, actor, case.id).clock.notice_due == date(2026, 11, 9)  # 7 Nov is Sat
    [row] = fetch_case_rows(database, actor, [case.id])
    assert row.due_on == date(2026, 11, 9)
    assert register_case(database, actor, draft(), now=NOW).number == "校信〔2026〕2号"
    with pytest.raises(ValidationError):
        save_case_settings(database, actor, CaseSettings(number_format="x"), DeadlineRules())


def test_referral_from_above_shows_the_objection_deadline(database, actor):
    case = register_case(
        database,
        actor,
        draft(
            channel="上级转办/交办",
            referring_body="区教育和体育局",
            referring_ref="教信转〔2026〕18号",
            received_on=date(2026, 11, 18),
        ),
        now=NOW,
    )
    [row] = fetch_case_rows(database, actor, [case.id])
    # 5 working days after Wed 18 Nov: 19, 20, 23, 24, 25 November.
    assert (row.due_kind, row.due_on) == ("转办异议", date(2026, 11, 25))


def test_two_pcs_registering_at_once_get_distinct_numbers(database, actor):
    from concurrent.futures import ThreadPoolExecutor

    def register(i: int) -> str:
        return register_case(
            database,
            Actor(f"用户{i % 2}", Role.CLERK),
            draft(petitioners=(PetitionerDraft(f"信访人{i}"),), request=f"事项{i}", accused=""),
            now=NOW,
            link_repeats=False,
        ).number

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(register, range(12)))
    assert sorted(numbers) == [f"信访〔2026〕第{n:03d}号" for n in range(1, 13)]


def test_a_leader_sees_only_the_cases_he_owns_and_never_the_accused(database, actor):
    from xinfang_desktop.domain.auth import PermissionDeniedError
    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.services import audit
    from xinfang_desktop.services.people import add_person

    owner = add_person(database, actor, PersonDraft("赵强", post="副校长", is_leader=True))
    other = add_person(database, actor, PersonDraft("李红", post="副校长", is_leader=True))
    mine = register_case(
        database,
        actor,
        draft(owner_id=owner.id, accused="食堂承包人钱某"),
        now=NOW,
    )
    theirs = register_case(database, actor, draft(owner_id=other.id), now=NOW)
    leader = Actor("赵强", Role.LEADER, 7, owner.id)
    assert list_case_ids(database, leader) == [mine.id]
    assert [r.id for r in fetch_case_rows(database, leader, [mine.id, theirs.id])] == [mine.id]
    seen = get_case(database, leader, mine.id)
    assert seen.draft.accused == "" and seen.draft.request == mine.draft.request
    # A leader has no right to the numbers: he gets them masked, so no unmasked view.
    assert seen.draft.petitioners[0].phone == "138****8000"
    assert get_case(database, actor, mine.id).draft.accused == "食堂承包人钱某"
    with pytest.raises(PermissionDeniedError):
        get_case(database, leader, theirs.id)
    with pytest.raises(PermissionDeniedError):
        get_case(database, Actor("王师傅", Role.GATE), mine.id)
    # A leader account not linked to a person of the unit sees no case at all.
    assert list_case_ids(database, Actor("某领导", Role.LEADER, 8)) == []
    opened = [e for e in audit.list_entries(database, actor) if e.action == "view_unmasked"]
    assert {e.user_name for e in opened} == {actor.name}
