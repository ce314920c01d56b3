"""Weekly meetings: the week's figures against hand-counted data, the roster, the review."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from xinfang_desktop.db.models import Case, Visit
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from xinfang_desktop.domain.meetings import (
    STATUS_FINAL,
    STATUS_REVIEWED,
    ActionItemDraft,
    AttendanceDraft,
    mark_no_new_issues,
)
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import leadership, meetings
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

STAMP = datetime(2026, 11, 23, 9, 0)
MONDAY = date(2026, 11, 16)
PRINCIPAL = Actor("王建国", Role.PRINCIPAL)


@pytest.fixture
def group(database, actor):
    wang = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    li = add_person(database, actor, PersonDraft("李红", post="副校长", is_leader=True))
    term = leadership.found_term(database, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(database, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    leadership.add_member(database, actor, term.id, MemberDraft(li.id, ROLE_MEMBER))
    return wang, li


def _case(n, received, *, closed=None, due=None):
    return Case(
        id=n, year=2026, seq=n, number=f"信访〔2026〕第{n:03d}号", channel="来信",
        received_on=received, request="事项", state="ACCEPTED", closed_on=closed, due_on=due,
        created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


def test_the_weeks_figures_are_counted_from_the_registers(database):
    with database.write() as session:
        session.add_all(
            [
                Visit(arrived_at=datetime(2026, 11, 16, 0, 0), name="甲", reason="咨询",
                      people_count=3, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 11, 22, 23, 59), name="乙", reason="咨询",
                      people_count=6, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 11, 23, 0, 0), name="丙", reason="下周",
                      created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 11, 18, 9, 0), name="丁", reason="作废",
                      voided_at=STAMP, created_at=STAMP, updated_at=STAMP),
                _case(1, date(2026, 11, 17)),
                _case(2, date(2026, 11, 2), closed=date(2026, 11, 20)),
                _case(3, date(2026, 10, 1), due=date(2026, 11, 10)),  # overdue, still open
                _case(4, date(2026, 10, 2), due=date(2026, 11, 30)),  # not due yet
            ]
        )  # fmt: skip
    figures = meetings.week_figures(database, MONDAY)
    assert figures["visit_batches"] == 2 and figures["visit_persons"] == 9
    assert figures["new_cases"] == 1
    assert figures["closed_cases"] == 1
    assert figures["overdue_cases"] == 1
    assert figures["screening_findings"] == 0 and figures["open_disputes"] == 0
    assert set(figures) == set(meetings.FIGURE_LABELS)


def test_a_meeting_from_draft_to_signed_with_an_addendum(database, actor, group):
    wang, li = group
    draft = meetings.new_meeting(database, actor, date(2026, 11, 18))
    assert draft.held_on == MONDAY
    assert {a.person_id for a in draft.attendance} == {wang.id, li.id}
    draft = replace(
        mark_no_new_issues(draft),
        attendance=(AttendanceDraft(wang.id, True), AttendanceDraft(li.id, False, "外出培训")),
        action_items=(ActionItemDraft("检查校门口交通", li.id, date(2026, 11, 20)),),
    )
    saved = meetings.save_meeting(database, actor, draft, now=STAMP)
    assert saved.draft.discussion == "本周无新问题"
    assert saved.draft.attendance[1].absence_reason == "外出培训"
    assert saved.figures["new_cases"] == 0
    final = meetings.finalise(database, actor, saved.id, expected_version=saved.version)
    assert final.status == STATUS_FINAL
    assert [m.id for m in meetings.review_queue(database, PRINCIPAL)] == [saved.id]
    signed = meetings.sign_off(
        database, PRINCIPAL, saved.id, " 同意。", expected_version=final.version, now=STAMP
    )
    assert (signed.status, signed.reviewed_by, signed.review_comment) == (
        STATUS_REVIEWED,
        "王建国",
        "同意。",
    )
    assert meetings.review_queue(database, PRINCIPAL) == []
    with pytest.raises(ValidationError, match="已审签"):
        meetings.save_meeting(
            database, actor, draft, meeting_id=saved.id, expected_version=signed.version
        )
    amended = meetings.add_addendum(database, actor, saved.id, "李红已于周五完成检查。")
    assert amended.addenda[0][2] == "李红已于周五完成检查。"
    assert amended.draft.discussion == "本周无新问题"  # what was signed stays


def test_bad_records_and_roles_are_refused(database, actor, group):
    wang, _li = group
    draft = meetings.new_meeting(database, actor, MONDAY)
    stranger = add_person(database, actor, PersonDraft("钱老师", post="教师"))
    with pytest.raises(ValidationError):
        meetings.save_meeting(
            database,
            actor,
            replace(draft, attendance=(*draft.attendance, AttendanceDraft(stranger.id, True))),
        )
    with pytest.raises(ValidationError):
        meetings.save_meeting(
            database, actor, replace(draft, attendance=(AttendanceDraft(wang.id, False),))
        )
    with pytest.raises(PermissionDeniedError):
        meetings.new_meeting(database, Actor("王师傅", Role.GATE), MONDAY)
    saved = meetings.save_meeting(database, actor, draft)
    with pytest.raises(PermissionDeniedError):
        meetings.sign_off(database, actor.__class__("张老师", Role.CLERK), saved.id, "",
                          expected_version=saved.version)  # fmt: skip
    with pytest.raises(ValidationError, match="只有定稿"):
        meetings.sign_off(database, PRINCIPAL, saved.id, "", expected_version=saved.version)
