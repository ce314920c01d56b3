from datetime import date, datetime, timedelta

import pytest

from xinfang_desktop.db.errors import ConflictError
from xinfang_desktop.domain.disputes import STATUS_HANDLING, STATUS_RESOLVED, DisputeDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import (
    ROLE_DEPUTY,
    ROLE_LEADER,
    ROLE_MEMBER,
    MemberDraft,
    TermDraft,
)
from xinfang_desktop.domain.outreach import OutreachDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import (
    STATUS_CASE_REQUESTED,
    STATUS_DISPUTE,
    STATUS_FOLLOW_UP,
    GroupDraft,
    ScreeningDraft,
)
from xinfang_desktop.services import disputes, leadership, outreach, screening
from xinfang_desktop.services.people import add_person

NOW = datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()
FOUNDED = date(2026, 9, 1)


@pytest.fixture
def school(database, actor):
    """A principal, two deputies, a member and a teacher; a term founded on 1 September."""
    people = {
        name: add_person(
            database, actor, PersonDraft(name, post=post, office="校长室", is_leader=True), now=NOW
        )
        for name, post in [
            ("王建国", "校长"),
            ("李红", "副校长"),
            ("赵强", "副校长"),
            ("孙丽", "教导主任"),
        ]
    }
    people["钱老师"] = add_person(
        database, actor, PersonDraft("钱老师", post="教师", office="一年级组"), now=NOW
    )
    term = leadership.found_term(
        database, actor, TermDraft(FOUNDED, "2026年第5次行政会", "邹小发〔2026〕8号"), now=NOW
    )
    members = {
        "王建国": leadership.add_member(
            database,
            actor,
            term.id,
            MemberDraft(people["王建国"].id, ROLE_LEADER, "全面负责"),
            now=NOW,
        ),
        "李红": leadership.add_member(
            database,
            actor,
            term.id,
            MemberDraft(people["李红"].id, ROLE_DEPUTY, "分管安全稳定"),
            now=NOW,
        ),
        "孙丽": leadership.add_member(
            database,
            actor,
            term.id,
            MemberDraft(people["孙丽"].id, ROLE_MEMBER, "包低年级"),
            now=NOW,
        ),
    }
    screening.ensure_default_groups(database)
    groups = {g.name: g for g in screening.list_groups(database)}
    return database, people, term, members, groups


def test_roster_current_members_and_history(school, actor):
    db, people, term, members, _ = school
    roster = leadership.current_members(db, on=TODAY)
    assert [(m.name, m.role_label, m.duties) for m in roster] == [
        ("王建国", "组长", "全面负责"),
        ("李红", "副组长", "分管安全稳定"),
        ("孙丽", "组员", "包低年级"),
    ]
    assert leadership.current_members(db, on=date(2026, 8, 31)) == []
    # A second 组长 is refused, with the reason in Chinese.
    with pytest.raises(ValidationError, match="已有组长"):
        leadership.add_member(db, actor, term.id, MemberDraft(people["赵强"].id, ROLE_LEADER))
    with pytest.raises(ValidationError, match="已是本届成员"):
        leadership.add_member(db, actor, term.id, MemberDraft(people["李红"].id, ROLE_MEMBER))
    # Duties change on 1 November: the old row is kept, ending on 31 October.
    leadership.change_member(
        db,
        actor,
        members["孙丽"].id,
        role=ROLE_DEPUTY,
        duties="包全部年级组",
        changed_on=date(2026, 11, 1),
        now=NOW,
    )
    assert [
        (m.role_label, m.duties) for m in leadership.current_members(db, on=date(2026, 10, 31))
    ][2] == ("组员", "包低年级")
    now_roster = leadership.list_members(db, term.id, on=TODAY)
    assert ("孙丽", "副组长", "包全部年级组") in [
        (m.name, m.role_label, m.duties) for m in now_roster
    ]
    history = leadership.list_members(db, term.id, with_history=True)
    assert [(m.name, m.ended_on) for m in history if m.name == "孙丽"] == [
        ("孙丽", date(2026, 10, 31)),
        ("孙丽", None),
    ]


def test_new_term_ends_the_previous_one(school, actor):
    db, _people, term, _, _ = school
    with pytest.raises(ValidationError, match="晚于上一届"):
        leadership.found_term(db, actor, TermDraft(date(2026, 8, 1), "行政会"), now=NOW)
    second = leadership.found_term(db, actor, TermDraft(date(2026, 11, 20), "行政会"), now=NOW)
    assert leadership.term_on(db, TODAY).id == second.id
    assert leadership.term_on(db, date(2026, 10, 1)).id == term.id
    assert leadership.current_members(db, on=TODAY) == []
    assert len(leadership.current_members(db, on=date(2026, 11, 19))) == 3


def test_assignments_one_leader_per_group_and_term(school, actor):
    db, people, term, _, groups = school
    assert list(groups)[:3] == ["一年级组", "二年级组", "三年级组"] and len(groups) == 10
    one, music = groups["一年级组"], groups["音乐组"]
    screening.assign_group(db, actor, term.id, one.id, people["李红"].id, assigned_on=FOUNDED)
    # A leader may hold several groups.
    screening.assign_group(db, actor, term.id, music.id, people["李红"].id, assigned_on=FOUNDED)
    with pytest.raises(ValidationError) as caught:
        screening.assign_group(db, actor, term.id, one.id, people["孙丽"].id, assigned_on=FOUNDED)
    assert str(caught.value) == "一年级组本届已由李红负责，一个组只能有一名负责领导"
    with pytest.raises(ValidationError, match="不是本届领导小组成员"):
        screening.assign_group(
            db, actor, term.id, groups["美术组"].id, people["钱老师"].id, assigned_on=FOUNDED
        )
    screening.assign_group(
        db, actor, term.id, one.id, people["孙丽"].id, assigned_on=FOUNDED, replace=True
    )
    rows = {r.group_name: r for r in screening.list_assignments(db, term.id)}
    assert rows["一年级组"].leader_name == "孙丽"
    assert rows["音乐组"].leader_name == "李红"
    assert rows["二年级组"].leader_id is None


def test_group_names_are_unique_and_retired_groups_stay(school, actor):
    db, _, _, _, _groups = school
    with pytest.raises(ValidationError, match="已有名为“音乐组”的组"):
        screening.add_group(db, actor, GroupDraft("音乐组", "subject"))
    office = screening.add_group(db, actor, GroupDraft("总务处", "office"))
    assert screening.list_groups(db)[-1].name == "总务处"
    screening.update_group(
        db,
        actor,
        office.id,
        GroupDraft("总务处", "office"),
        expected_version=office.version,
        retired=True,
    )
    assert "总务处" not in [g.name for g in screening.list_groups(db)]
    assert "总务处" in [g.name for g in screening.list_groups(db, include_retired=True)]
    # Seeding happens once: it does not come back after the unit changes the list.
    assert screening.ensure_default_groups(db) is False


def test_screening_overview_and_interval(school, actor):
    db, people, term, _, groups = school
    screening.save_interval_days(db, actor, 7)
    for name in ("一年级组", "二年级组"):
        screening.assign_group(
            db, actor, term.id, groups[name].id, people["李红"].id, assigned_on=date(2026, 11, 1)
        )
    screening.record_screening(
        db,
        actor,
        ScreeningDraft(date(2026, 11, 20), groups["一年级组"].id, people["李红"].id, True),
        now=NOW,
    )
    status = {s.group_name: s for s in screening.screening_overview(db, term.id, TODAY)}
    assert not status["一年级组"].overdue and status["一年级组"].last_screened == date(2026, 11, 20)
    assert status["二年级组"].overdue and status["二年级组"].last_screened is None
    assert status["二年级组"].due_by == date(2026, 11, 8)
    with pytest.raises(ValidationError):
        screening.save_interval_days(db, actor, 0)


def test_finding_to_follow_up_case_request_and_dispute(school, actor):
    db, people, _term, members, groups = school
    finding = screening.record_screening(
        db,
        actor,
        ScreeningDraft(
            date(2026, 11, 10),
            groups["三年级组"].id,
            people["孙丽"].id,
            findings="家长对午托收费有意见",
            risk_level="medium",
            follow_up_owner_id=people["孙丽"].id,
            follow_up_due=date(2026, 11, 20),
        ),
        now=NOW,
    )
    assert finding.status == STATUS_FOLLOW_UP
    assert [r.id for r in screening.overdue_follow_ups(db, TODAY)] == [finding.id]
    # 孙丽 still owns an open follow-up: removing her is refused and says what she owns.
    with pytest.raises(ValidationError) as caught:
        leadership.remove_member(db, actor, members["孙丽"].id, removed_on=TODAY, reason="调离")
    assert "三年级组摸排跟进（期限 2026-11-20）" in str(caught.value)
    requested = screening.request_case(
        db, actor, finding.id, expected_version=finding.version, now=NOW
    )
    assert requested.status == STATUS_CASE_REQUESTED and requested.case_requested_by == actor.name
    assert [r.id for r in screening.pending_case_requests(db)] == [finding.id]
    with pytest.raises(ConflictError):
        screening.request_case(db, actor, finding.id, expected_version=finding.version)
    with pytest.raises(ValidationError, match="不能重复处理"):
        screening.request_case(db, actor, finding.id, expected_version=requested.version)
    leadership.remove_member(db, actor, members["孙丽"].id, removed_on=TODAY, reason="调离")
    assert "孙丽" not in [m.name for m in leadership.current_members(db, on=TODAY)]

    other = screening.record_screening(
        db,
        actor,
        ScreeningDraft(
            date(2026, 11, 12),
            groups["体育组"].id,
            people["李红"].id,
            findings="两位教师因排课发生争执",
            risk_level="low",
        ),
        now=NOW,
    )
    dispute = disputes.add_dispute(
        db,
        actor,
        DisputeDraft(
            date(2026, 11, 12),
            "体育组教师排课争执",
            people["李红"].id,
            (people["李红"].id, people["王建国"].id),
            "分别谈话，重新排课",
            date(2026, 11, 30),
            "low",
        ),
        from_screening=(other.id, other.version),
        now=NOW,
    )
    converted = screening.get_screening(db, actor, other.id)
    assert converted.status == STATUS_DISPUTE and converted.dispute_id == dispute.id
    assert dispute.team == ("王建国", "李红")  # the principal first, as on every roster


def test_dispute_ledger_notes_resolution_and_overdue(school, actor):
    db, people, _, members, _ = school
    draft = DisputeDraft(
        date(2026, 11, 1),
        "家长与班主任矛盾",
        people["李红"].id,
        (people["李红"].id,),
        "约谈双方",
        date(2026, 11, 15),
        "high",
        parties="张家长、钱老师",
    )
    dispute = disputes.add_dispute(db, actor, draft, now=NOW)
    assert [d.id for d in disputes.overdue_disputes(db, TODAY)] == [dispute.id]
    with pytest.raises(ValidationError) as caught:
        leadership.remove_member(db, actor, members["李红"].id, removed_on=TODAY, reason="")
    assert "家长与班主任矛盾" in str(caught.value)
    noted = disputes.add_note(
        db,
        actor,
        dispute.id,
        date(2026, 11, 5),
        "已约谈家长",
        expected_version=dispute.version,
        now=NOW,
    )
    assert noted.status == STATUS_HANDLING and noted.notes[0].text == "已约谈家长"
    with pytest.raises(ValidationError, match="不能早于排查日期"):
        disputes.resolve_dispute(
            db, actor, dispute.id, date(2026, 10, 1), expected_version=noted.version, now=NOW
        )
    done = disputes.resolve_dispute(
        db, actor, dispute.id, date(2026, 11, 20), expected_version=noted.version, now=NOW
    )
    assert done.status == STATUS_RESOLVED
    assert disputes.overdue_disputes(db, TODAY) == []
    assert [d.id for d in disputes.list_disputes(db, actor)] == [dispute.id]
    assert disputes.list_disputes(db, actor, open_only=True) == []


def test_bad_dispute_stores_nothing(school, actor):
    db, people, _, _, _ = school
    with pytest.raises(ValidationError):
        disputes.add_dispute(
            db, actor, DisputeDraft(TODAY, "x", people["李红"].id, (), "", None, "low"), now=NOW
        )
    assert disputes.list_disputes(db, actor) == []


def test_outreach_and_monthly_check(school, actor):
    db, people, _, _, _ = school
    outreach.record_outreach(
        db,
        actor,
        OutreachDraft(
            date(2026, 11, 5),
            (people["王建国"].id, people["李红"].id),
            "三年级留守儿童家庭",
            "了解学习生活情况",
            result="已落实结对帮扶",
            follow_up="月底回访",
            follow_up_owner_id=people["李红"].id,
            follow_up_due=date(2026, 11, 20),
        ),
        now=NOW,
    )
    check = {r.name: r for r in outreach.monthly_check(db, 2026, 11, today=TODAY)}
    assert check["王建国"].done and check["李红"].done and check["李红"].visits == 1
    assert not check["孙丽"].done
    assert [r.visited for r in outreach.overdue_outreach_follow_ups(db, TODAY)] == [
        "三年级留守儿童家庭"
    ]
    with pytest.raises(ValidationError):
        outreach.monthly_check(db, 2026, 12, today=TODAY)


def test_person_who_leaves_the_unit_leaves_the_group_unless_owning_open_work(school, actor):
    db, people, term, _, groups = school
    screening.assign_group(
        db, actor, term.id, groups["音乐组"].id, people["孙丽"].id, assigned_on=FOUNDED
    )
    sun = people["孙丽"]
    with pytest.raises(ValidationError) as caught:
        leadership.person_leaves(db, actor, sun.id, TODAY, expected_version=sun.version, now=NOW)
    assert str(caught.value) == "孙丽还负责未办结的事项，请先移交：包音乐组"
    screening.unassign_group(db, actor, term.id, groups["音乐组"].id)
    leadership.person_leaves(db, actor, sun.id, TODAY, expected_version=sun.version, now=NOW)
    assert "孙丽" not in [m.name for m in leadership.current_members(db, on=TODAY)]
    history = leadership.list_members(db, term.id, with_history=True)
    assert [(m.ended_on, m.end_reason) for m in history if m.name == "孙丽"] == [
        (TODAY - timedelta(days=1), "离岗")
    ]


def test_follow_up_set_and_completed(school, actor):
    db, people, _, _, groups = school
    finding = screening.record_screening(
        db,
        actor,
        ScreeningDraft(
            date(2026, 11, 16),
            groups["英语组"].id,
            people["李红"].id,
            findings="外教合同到期，家长担心课程中断",
            risk_level="low",
        ),
        now=NOW,
    )
    with pytest.raises(ValidationError) as caught:
        screening.set_follow_up(
            db, actor, finding.id, None, date(2026, 11, 1), expected_version=finding.version
        )
    assert set(caught.value.by_field()) == {"follow_up_owner_id", "follow_up_due"}
    owned = screening.set_follow_up(
        db,
        actor,
        finding.id,
        people["孙丽"].id,
        date(2026, 11, 30),
        expected_version=finding.version,
    )
    assert owned.status == STATUS_FOLLOW_UP and owned.follow_up_owner == "孙丽"
    assert screening.overdue_follow_ups(db, TODAY) == []
    assert screening.overdue_follow_ups(db, date(2026, 12, 1))[0].id == finding.id
    with pytest.raises(ValidationError, match="不能早于摸排日期"):
        screening.complete_follow_up(
            db, actor, finding.id, date(2026, 11, 1), expected_version=owned.version
        )
    done = screening.complete_follow_up(
        db, actor, finding.id, TODAY, expected_version=owned.version
    )
    assert done.status_label == "已跟进" and done.follow_up_done_on == TODAY
    with pytest.raises(ValidationError, match="没有待办的跟进"):
        screening.complete_follow_up(db, actor, finding.id, TODAY, expected_version=done.version)


def test_term_details_corrected_but_not_its_date(school, actor):
    db, _, term, _, _ = school
    fixed = leadership.update_term(
        db,
        actor,
        term.id,
        TermDraft(FOUNDED, "2026年第6次行政会", "邹小发〔2026〕9号"),
        expected_version=term.version,
    )
    assert fixed.meeting == "2026年第6次行政会" and fixed.document_number == "邹小发〔2026〕9号"
    with pytest.raises(ValidationError, match="成立日期不能修改"):
        leadership.update_term(
            db,
            actor,
            term.id,
            TermDraft(date(2026, 9, 2), "行政会"),
            expected_version=fixed.version,
        )
    with pytest.raises(ConflictError):
        leadership.update_term(
            db, actor, term.id, TermDraft(FOUNDED, "行政会"), expected_version=term.version
        )


def test_no_notes_on_a_resolved_dispute_and_outreach_follow_up_done(school, actor):
    db, people, _, _, _ = school
    dispute = disputes.add_dispute(
        db,
        actor,
        DisputeDraft(
            date(2026, 11, 2),
            "家长投诉",
            people["李红"].id,
            (people["李红"].id,),
            "约谈",
            date(2026, 11, 30),
            "medium",
        ),
        now=NOW,
    )
    done = disputes.resolve_dispute(
        db, actor, dispute.id, date(2026, 11, 10), expected_version=dispute.version, now=NOW
    )
    with pytest.raises(ValidationError, match="已化解"):
        disputes.add_note(
            db, actor, dispute.id, TODAY, "再次回访", expected_version=done.version, now=NOW
        )
    visit = outreach.record_outreach(
        db,
        actor,
        OutreachDraft(
            date(2026, 11, 5),
            (people["李红"].id,),
            "六年级学生家庭",
            "家访",
            follow_up_owner_id=people["李红"].id,
            follow_up_due=date(2026, 11, 10),
        ),
        now=NOW,
    )
    closed = outreach.complete_outreach_follow_up(db, actor, visit.id, TODAY)
    assert closed.follow_up_done_on == TODAY
    assert outreach.overdue_outreach_follow_ups(db, TODAY) == []
    with pytest.raises(ValidationError, match="没有待办的跟进"):
        outreach.complete_outreach_follow_up(db, actor, visit.id, TODAY)


def test_a_unique_clash_at_the_last_moment_is_told_in_chinese(school, actor, monkeypatch):
    """Two PCs adding the same group at once: the check passes on both, the constraint
    stops the second, and the user reads the same message as for a plain duplicate."""
    db, _, _, _, _ = school
    monkeypatch.setattr(screening, "_check_group_name", lambda *args, **kwargs: None)
    with pytest.raises(ValidationError, match="已有名为“音乐组”的组"):
        screening.add_group(db, actor, GroupDraft("音乐组", "subject"))
    assert [g.name for g in screening.list_groups(db)].count("音乐组") == 1


def test_a_finding_becomes_a_case_in_one_step_or_after_a_request(school, actor):
    from xinfang_desktop.domain.screening import STATUS_CASE_REGISTERED
    from xinfang_desktop.services import cases

    db, people, _term, _members, groups = school

    def finding(text):
        return screening.record_screening(
            db,
            actor,
            ScreeningDraft(
                date(2026, 11, 10),
                groups["三年级组"].id,
                people["孙丽"].id,
                findings=text,
                risk_level="high",
            ),
            now=NOW,
        )

    direct = finding("家长联名反映午托收费偏高")
    draft = cases.draft_from_finding(db, actor, direct.id)
    assert draft.request == "家长联名反映午托收费偏高"
    assert draft.petitioners[0].name == "三年级组" and draft.finding_id == direct.id
    case = cases.register_case(db, actor, draft, now=NOW)
    registered = screening.get_screening(db, actor, direct.id)
    assert registered.status == STATUS_CASE_REGISTERED
    assert registered.status_label == "已转信访事项"
    # The same finding cannot become a second case, nor a dispute afterwards.
    with pytest.raises(ValidationError, match="不能重复处理"):
        cases.register_case(db, actor, cases.draft_from_finding(db, actor, direct.id), now=NOW)
    assert registered.case_id == case.id

    # A leader's request waits in the list until the clerk registers it.
    asked = finding("班主任反映校门口交通拥堵")
    screening.request_case(db, actor, asked.id, expected_version=asked.version, now=NOW)
    assert [r.id for r in screening.pending_case_requests(db)] == [asked.id]
    cases.register_case(db, actor, cases.draft_from_finding(db, actor, asked.id), now=NOW)
    assert screening.pending_case_requests(db) == []


def test_a_leader_reads_the_screenings_and_disputes_that_are_his(school, actor):
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor

    db, people, term, _members, groups = school
    screening.assign_group(
        db, actor, term.id, groups["一年级组"].id, people["李红"].id, assigned_on=FOUNDED
    )
    screening.assign_group(
        db, actor, term.id, groups["二年级组"].id, people["孙丽"].id, assigned_on=FOUNDED
    )
    for group, who in (("一年级组", "李红"), ("二年级组", "孙丽")):
        screening.record_screening(
            db,
            actor,
            ScreeningDraft(date(2026, 11, 10), groups[group].id, people[who].id, True),
            now=NOW,
        )
    li_hong = Actor("李红", Role.LEADER, 3, people["李红"].id)
    assert [r.group_name for r in screening.list_screenings(db, li_hong)] == ["一年级组"]
    assert len(screening.list_screenings(db, actor)) == 2
    disputes.add_dispute(
        db,
        actor,
        DisputeDraft(
            TODAY,
            "两位家长因座位争执",
            people["孙丽"].id,
            (people["孙丽"].id,),
            "分别约谈",
            TODAY + timedelta(days=7),
            "low",
        ),
        now=NOW,
    )
    assert disputes.list_disputes(db, li_hong) == []
    sun_li = Actor("孙丽", Role.LEADER, 4, people["孙丽"].id)
    assert [d.matter for d in disputes.list_disputes(db, sun_li)] == ["两位家长因座位争执"]
    assert outreach.list_outreach(db, Actor("无关联", Role.LEADER, 5)) == []


def test_outreach_leaders_and_dispute_teams_are_listed_in_roster_order(school, actor):
    # By 职务 then surname strokes, as every roster: by code point 孙 came before 李 and 王.
    db, people, _, _, _ = school
    ids = tuple(people[n].id for n in ("孙丽", "李红", "王建国"))
    outreach.record_outreach(
        db, actor, OutreachDraft(date(2026, 11, 5), ids, "退休教师王老师家", "慰问"), now=NOW
    )
    (visit,) = outreach.list_outreach(db, actor)
    assert visit.leaders == ("王建国", "李红", "孙丽")
    disputes.add_dispute(
        db, actor,
        DisputeDraft(date(2026, 11, 2), "两家因课间推搡发生纠纷", people["孙丽"].id, ids,
                     "政教处调解", date(2026, 12, 2), risk_level="low"),
        now=NOW,
    )  # fmt: skip
    (dispute,) = disputes.list_disputes(db, actor)
    assert dispute.team == ("王建国", "李红", "孙丽")
