"""The list of meeting records: newest first, a date range, and who may read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.meetings import STATUS_DRAFT, STATUS_FINAL
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import leadership, meetings
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person


@pytest.fixture
def three_weeks(database, actor):
    wang = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    term = leadership.found_term(database, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(database, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    saved = []
    for monday in (date(2026, 11, 9), date(2026, 11, 23), date(2026, 11, 16)):
        draft = replace(meetings.new_meeting(database, actor, monday), agenda=f"{monday} 议程")
        saved.append(meetings.save_meeting(database, actor, draft))
    return saved


def test_newest_first_and_within_the_range(database, actor, three_weeks):
    listed = meetings.list_meetings(database, actor)
    assert [m.draft.held_on for m in listed] == [
        date(2026, 11, 23),
        date(2026, 11, 16),
        date(2026, 11, 9),
    ]
    assert {m.status for m in listed} == {STATUS_DRAFT}
    ranged = meetings.list_meetings(database, actor, date(2026, 11, 10), date(2026, 11, 16))
    assert [m.draft.agenda for m in ranged] == ["2026-11-16 议程"]
    assert meetings.list_meetings(database, actor, start=date(2026, 11, 24)) == []
    assert len(meetings.list_meetings(database, actor, end=date(2026, 11, 16))) == 2


def test_the_principal_and_leaders_read_it_the_gate_does_not(database, actor, three_weeks):
    first = three_weeks[0]
    meetings.finalise(database, actor, first.id, expected_version=first.version)
    for role in (Role.PRINCIPAL, Role.LEADER, Role.CLERK):
        listed = meetings.list_meetings(database, Actor("某人", role))
        assert len(listed) == 3
    assert meetings.list_meetings(database, actor)[-1].status == STATUS_FINAL
    with pytest.raises(PermissionDeniedError):
        meetings.list_meetings(database, Actor("王师傅", Role.GATE))
