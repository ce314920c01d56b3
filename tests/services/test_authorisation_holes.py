"""The authorisation holes of issue 12 (item 5), one test each, on SQLite and PostgreSQL:
the gate, a leader and every other role get what their permissions allow and no more."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.disputes import DisputeDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import RISK_LABELS
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.domain.workdays import CalendarOverrides
from xinfang_desktop.services import audit, disputes, duty_log, rota
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.case_attachments import (
    add_attachment,
    copy_attachment,
    list_attachments,
    read_attachment,
)
from xinfang_desktop.services.cases import (
    case_changes,
    get_case,
    load_case,
    register_case,
    update_case,
)
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person, list_people
from xinfang_desktop.services.watchlist import add_watch_entry
from xinfang_desktop.services.workdays import get_calendar_overrides, save_calendar_overrides

ADMIN = Actor("刘主任", Role.ADMIN)
CLERK = Actor("张老师", Role.CLERK)
GATE = Actor("王师傅", Role.GATE)
PHONE = "13800138000"
ID_NUMBER = "11010519491231002X"
TODAY = date(2026, 11, 23)
RISK = next(iter(RISK_LABELS))


@pytest.fixture
def leaders(database):
    """Two leaders of the unit: (mine, theirs) as accounts linked to their persons."""
    people = [
        add_person(database, ADMIN, PersonDraft(name, post="副校长", is_leader=True))
        for name in ("赵强", "李红")
    ]
    return tuple(
        Actor(p.name, Role.LEADER, user_id=i + 10, person_id=p.id) for i, p in enumerate(people)
    )


def _case(database, owner: Actor):
    return register_case(
        database,
        ADMIN,
        CaseDraft(
            channel="来访",
            received_on=TODAY,
            petitioners=(PetitionerDraft("张三", phone=PHONE, id_number=ID_NUMBER),),
            request="反映食堂收费",
            accused="食堂承包人钱某",
            accused_office="总务处",
            owner_id=owner.person_id,
        ),
        now=datetime(2026, 11, 23, 10),
    )


def _recent() -> datetime:
    now = datetime.now().replace(second=0, microsecond=0)
    return now - timedelta(minutes=min(5, now.hour * 60 + now.minute))


def _earlier_visit(database):
    """A visitor seen last year (by the clerk), who comes back today."""
    return visit_service.register_visit(
        database,
        CLERK,
        VisitDraft(
            arrived_at=datetime(2025, 3, 4, 9),
            name="张三",
            reason="咨询招生",
            phone=PHONE,
            id_number=ID_NUMBER,
            unit_address="城关镇",
        ),
        now=datetime(2025, 3, 4, 9),
    )


def test_the_gate_fills_a_returning_visitor_without_receiving_the_numbers(database):
    earlier = _earlier_visit(database)
    offers = visit_service.earlier_visitors(database, GATE, name="张三")
    assert [(o.phone, o.id_number_masked) for o in offers] == [
        ("138****8000", "1101**********002X")
    ]
    draft = visit_service.draft_from_earlier(database, GATE, earlier.id, _recent())
    assert (draft.phone, draft.id_number) == ("138****8000", "1101**********002X")
    # Left unchanged, the masked fields keep the stored numbers of the earlier visit.
    saved = visit_service.register_visit(
        database, GATE, replace(draft, reason="接孩子"), from_visit_id=earlier.id
    )
    assert (saved.draft.phone, saved.draft.id_number) == ("138****8000", "1101**********002X")
    stored = visit_service.get_visit(database, CLERK, saved.id).draft
    assert (stored.phone, stored.id_number) == (PHONE, ID_NUMBER)
    # The clerk, who may see the numbers, still gets them (and the look is logged).
    assert visit_service.draft_from_earlier(database, CLERK, earlier.id, _recent()).phone == PHONE
    unmasked_views = [
        e.user_name for e in audit.list_entries(database, ADMIN) if e.action == "view_unmasked"
    ]
    assert GATE.name not in unmasked_views and CLERK.name in unmasked_views


def test_a_changed_field_is_validated_and_stored_as_typed(database):
    earlier = _earlier_visit(database)
    draft = visit_service.draft_from_earlier(database, GATE, earlier.id, _recent())
    with pytest.raises(ValidationError) as caught:
        visit_service.register_visit(
            database,
            GATE,
            replace(draft, reason="接孩子", phone="138****8001"),
            from_visit_id=earlier.id,
        )
    assert set(caught.value.by_field()) == {"phone"}
    saved = visit_service.register_visit(
        database,
        GATE,
        replace(draft, reason="接孩子", phone="13900139000"),
        from_visit_id=earlier.id,
    )
    stored = visit_service.get_visit(database, CLERK, saved.id).draft
    assert (stored.phone, stored.id_number) == ("13900139000", ID_NUMBER)


def test_the_gate_corrects_a_visit_without_receiving_the_numbers(database):
    visit = visit_service.register_visit(
        database,
        GATE,
        VisitDraft(_recent(), "张三", "家长来访", phone=PHONE, id_number=ID_NUMBER),
    )
    assert (visit.draft.phone, visit.draft.id_number) == ("138****8000", "1101**********002X")
    opened = visit_service.get_visit(database, GATE, visit.id)
    assert (opened.draft.phone, opened.draft.id_number) == ("138****8000", "1101**********002X")
    fixed = visit_service.update_visit(
        database,
        GATE,
        visit.id,
        replace(opened.draft, name="张珊"),
        expected_version=opened.version,
    )
    stored = visit_service.get_visit(database, CLERK, visit.id).draft
    assert (stored.name, stored.phone, stored.id_number) == ("张珊", PHONE, ID_NUMBER)
    # A corrected phone is stored as typed; the history shows the gate only masked numbers.
    visit_service.update_visit(
        database,
        GATE,
        visit.id,
        replace(fixed.draft, phone="13900139000"),
        expected_version=fixed.version,
    )
    assert visit_service.get_visit(database, CLERK, visit.id).draft.phone == "13900139000"
    history = visit_service.visit_history(database, GATE, visit.id)
    phone_change = [c for c in history if c.field_label == "联系电话"]
    assert [(c.old_value, c.new_value) for c in phone_change] == [("138****8000", "139****9000")]
    assert not any(PHONE in c.old_value + c.new_value for c in history)


def test_the_watch_list_still_recognises_a_masked_returning_visitor(database):
    earlier = _earlier_visit(database)
    add_watch_entry(database, ADMIN, name="", phone=PHONE, reason="多次到校吵闹")
    draft = visit_service.draft_from_earlier(database, GATE, earlier.id, _recent())
    found = visit_service.check_person(
        database,
        GATE,
        name=draft.name,
        phone=draft.phone,
        id_number=draft.id_number,
        same_as_visit=earlier.id,
    )
    assert found.previous_visits == 1
    assert [m.matched_on for m in found.watch_matches] == ["联系电话"]
    assert found.watch_matches[0].entry.phone == "138****8000"


def test_a_leader_reads_only_his_own_cases_attachments(database, leaders, tmp_path):
    mine, theirs = leaders
    my_case, their_case = _case(database, mine), _case(database, theirs)
    scan = tmp_path / "来信.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    add_attachment(database, ADMIN, my_case.id, scan)
    attached = add_attachment(database, ADMIN, their_case.id, scan)
    assert len(list_attachments(database, mine, my_case.id)) == 1
    with pytest.raises(PermissionDeniedError):
        list_attachments(database, mine, their_case.id)
    with pytest.raises(PermissionDeniedError):
        read_attachment(database, mine, attached)
    with pytest.raises(PermissionDeniedError):
        copy_attachment(database, mine, attached, tmp_path / "拷贝.pdf")
    assert not (tmp_path / "拷贝.pdf").exists()
    with pytest.raises(PermissionDeniedError):
        list_attachments(database, GATE, my_case.id)


def _dispute(database, responsible: Actor):
    return disputes.add_dispute(
        database,
        ADMIN,
        DisputeDraft(
            found_on=TODAY,
            matter="两位家长因座位发生争执",
            responsible_id=responsible.person_id,
            team_ids=(responsible.person_id,),
            plan="约谈双方家长",
            risk_level=RISK,
            deadline=TODAY + timedelta(days=10),
            parties=f"家长张三 {PHONE}；家长李四 13900139000",
        ),
        now=datetime(2026, 11, 23, 10),
    )


def test_a_leader_notes_only_his_own_disputes_and_gets_the_phones_masked(database, leaders):
    mine, theirs = leaders
    my_dispute, their_dispute = _dispute(database, mine), _dispute(database, theirs)
    with pytest.raises(PermissionDeniedError):
        disputes.add_note(
            database,
            mine,
            their_dispute.id,
            TODAY,
            "已约谈",
            expected_version=their_dispute.version,
            now=datetime(2026, 11, 23, 11),
        )
    assert disputes.get_dispute(database, ADMIN, their_dispute.id).notes == ()
    noted = disputes.add_note(
        database,
        mine,
        my_dispute.id,
        TODAY,
        f"已电话联系 {PHONE}",
        expected_version=my_dispute.version,
        now=datetime(2026, 11, 23, 11),
    )
    assert PHONE not in noted.parties and "138****8000" in noted.parties
    assert noted.notes[0].text == "已电话联系 138****8000"
    assert PHONE in disputes.get_dispute(database, ADMIN, my_dispute.id).parties
    with pytest.raises(PermissionDeniedError):
        disputes.get_dispute(database, mine, their_dispute.id)
    with pytest.raises(PermissionDeniedError):
        disputes.get_dispute(database, GATE, my_dispute.id)
    assert [d.id for d in disputes.list_disputes(database, mine)] == [my_dispute.id]
    assert all(PHONE not in d.parties for d in disputes.list_disputes(database, mine))


def test_only_settings_roles_move_holidays_and_the_change_is_audited(database):
    marks = CalendarOverrides(holidays={date(2027, 1, 4): "校庆"})
    for role in (Role.GATE, Role.CLERK, Role.LEADER):
        with pytest.raises(PermissionDeniedError):
            save_calendar_overrides(database, Actor("某人", role), marks)
    assert get_calendar_overrides(database).holidays == {}
    save_calendar_overrides(database, ADMIN, marks)
    assert get_calendar_overrides(database).holidays == {date(2027, 1, 4): "校庆"}
    changes = [
        (e.user_name, e.detail)
        for e in audit.list_entries(database, ADMIN)
        if e.action == "settings_changed"
    ]
    assert changes == [(ADMIN.name, "工作日历：放假日 1 天，调休上班日 0 天")]


def test_a_case_is_masked_and_withheld_by_role(database, leaders):
    mine, theirs = leaders
    case = _case(database, mine)
    for reader in (get_case, load_case):
        seen = reader(database, mine, case.id)
        petitioner = seen.draft.petitioners[0]
        assert (petitioner.phone, petitioner.id_number) == ("138****8000", "1101**********002X")
        assert (seen.draft.accused, seen.draft.accused_office) == ("", "")
        full = reader(database, CLERK, case.id)
        assert full.draft.petitioners[0].id_number == ID_NUMBER
        assert full.draft.accused == "食堂承包人钱某"
        with pytest.raises(PermissionDeniedError):
            reader(database, theirs, case.id)
        with pytest.raises(PermissionDeniedError):
            reader(database, GATE, case.id)
    # The change history of the petitioner's phone is masked for him too.
    full = get_case(database, ADMIN, case.id)
    new_phone = (replace(full.draft.petitioners[0], phone="13900139000"),)
    update_case(
        database,
        ADMIN,
        case.id,
        replace(full.draft, petitioners=new_phone),
        expected_version=full.version,
        now=datetime(2026, 11, 23, 11),
    )
    changes = [c for c in case_changes(database, mine, case.id) if c.field_label == "信访人"]
    assert "138****8000" in changes[0].old_value and "139****9000" in changes[0].new_value
    assert PHONE in case_changes(database, CLERK, case.id)[0].old_value


def test_the_gate_keeping_the_duty_log_sees_no_case(database):
    for i, name in enumerate(("领导甲", "教师甲", "门卫甲")):
        add_person(database, ADMIN, PersonDraft(name, is_leader=i == 0))
    people = {p.name: p.id for p in list_people(database)}
    rota.save_pools(
        database,
        ADMIN,
        {"leader": [people["领导甲"]], "staff": [people["教师甲"]], "gate": [people["门卫甲"]]},
    )
    result = rota.generate(
        database,
        ADMIN,
        "11月",
        date(2026, 11, 22),
        date(2026, 11, 22),
        now=datetime(2026, 11, 21, 9),
    )
    shift = rota.get_rota(database, result.rota.id).shifts[0]
    case = register_case(
        database,
        ADMIN,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 11, 22),
            petitioners=(PetitionerDraft("赵六"),),
            request="举报食堂承包人收受回扣",
        ),
        now=shift.starts_at + timedelta(hours=1),
    )
    assert [r.kind for r in duty_log.records_during_shift(database, ADMIN, shift.id)] == ["case"]
    assert duty_log.records_during_shift(database, GATE, shift.id) == []
    with pytest.raises(PermissionDeniedError):
        duty_log.link_record(database, GATE, shift.id, duty_log.CASE, case.id)
    duty_log.link_record(database, ADMIN, shift.id, duty_log.CASE, case.id)
    seen_by_gate = duty_log.get_shift_log(database, GATE, shift.id).links
    assert [(link.kind, link.title) for link in seen_by_gate] == [("case", duty_log.HIDDEN_TITLE)]
    assert "回扣" in duty_log.get_shift_log(database, ADMIN, shift.id).links[0].title


def test_a_leader_acts_only_on_his_own_findings_and_outreach_follow_ups(database, leaders):
    from xinfang_desktop.domain.outreach import OutreachDraft
    from xinfang_desktop.domain.screening import ScreeningDraft
    from xinfang_desktop.services import outreach, screening

    mine, theirs = leaders
    screening.ensure_default_groups(database)
    group = screening.list_groups(database)[0]
    finding = screening.record_screening(
        database,
        ADMIN,
        ScreeningDraft(
            TODAY, group.id, mine.person_id, findings="家长担心校车路线", risk_level=RISK
        ),
        now=datetime(2026, 11, 23, 10),
    )
    assert screening.get_screening(database, mine, finding.id).id == finding.id
    with pytest.raises(PermissionDeniedError):
        screening.get_screening(database, theirs, finding.id)
    with pytest.raises(PermissionDeniedError):
        screening.request_case(database, theirs, finding.id, expected_version=finding.version)
    with pytest.raises(PermissionDeniedError):
        screening.set_follow_up(
            database,
            theirs,
            finding.id,
            theirs.person_id,
            TODAY,
            expected_version=finding.version,
        )
    owned = screening.set_follow_up(
        database,
        mine,
        finding.id,
        mine.person_id,
        TODAY + timedelta(days=3),
        expected_version=finding.version,
    )
    with pytest.raises(PermissionDeniedError):
        screening.complete_follow_up(
            database, theirs, finding.id, TODAY, expected_version=owned.version
        )
    assert (
        screening.complete_follow_up(
            database, mine, finding.id, TODAY, expected_version=owned.version
        ).follow_up_done_on
        == TODAY
    )
    went = outreach.record_outreach(
        database,
        ADMIN,
        OutreachDraft(
            TODAY,
            (mine.person_id,),
            "三年级留守儿童家庭",
            "了解学习生活情况",
            follow_up="月底回访",
            follow_up_owner_id=mine.person_id,
            follow_up_due=TODAY + timedelta(days=7),
        ),
        now=datetime(2026, 11, 23, 10),
    )
    with pytest.raises(PermissionDeniedError):
        outreach.complete_outreach_follow_up(database, theirs, went.id, TODAY)
    assert outreach.complete_outreach_follow_up(database, mine, went.id, TODAY).id == went.id
