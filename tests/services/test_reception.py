"""领导接访日 and 约访: schedule, book, the gate's expected visitors with masked phones, the
arrival linked to its visit and case, cancellation, refusals and roles; the printed week."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.reception import AppointmentDraft, ReceptionDayDraft
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.reports.year_work_forms import build_reception_pdf
from xinfang_desktop.services import reception
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.visits import register_visit

NOW = datetime(2026, 11, 23, 8, 0)  # Monday
CLERK = Actor("刘信访", Role.CLERK)
GATE = Actor("王师傅", Role.GATE)


@pytest.fixture
def leader(database, actor):
    return add_person(database, actor, PersonDraft("袁涛", post="校长", is_leader=True))


def test_a_booked_visitor_is_expected_at_the_gate_and_linked_on_arrival(database, leader):
    case = register_case(
        database, CLERK, CaseDraft("来信", date(2026, 11, 2), (PetitionerDraft("张三"),), "校车"),
        now=NOW,
    )  # fmt: skip
    booked = reception.book_appointment(
        database, CLERK,
        AppointmentDraft(datetime(2026, 11, 23, 10, 0), leader.id, "张三", "当面反映校车问题",
                         "13800138000", case.id),
        now=NOW,
    )  # fmt: skip
    assert booked.case_number == case.number and booked.petitioner_phone == "13800138000"
    expected = reception.expected_visitors(database, GATE, date(2026, 11, 23), today=NOW.date())
    assert [e.petitioner_name for e in expected] == ["张三"]
    assert expected[0].petitioner_phone == "138****8000"  # the gate never sees the number
    # Nor the matter (it may name the person complained about, Art. 30), nor another day.
    assert expected[0].matter == ""
    assert reception.expected_visitors(database, CLERK, date(2026, 11, 23))[0].matter
    with pytest.raises(PermissionDeniedError):
        reception.expected_visitors(database, GATE, date(2026, 11, 24), today=NOW.date())
    visit = register_visit(
        database, GATE,
        VisitDraft(arrived_at=datetime(2026, 11, 23, 9, 55), name="张三", reason="约访：校车问题"),
        now=datetime(2026, 11, 23, 9, 56),
    )  # fmt: skip
    arrived = reception.link_arrival(
        database, GATE, booked.id, visit.id, expected_version=expected[0].version
    )
    assert arrived.status_label == "已到访" and arrived.visit_id == visit.id
    assert reception.expected_visitors(database, GATE, date(2026, 11, 23), today=NOW.date()) == []
    with pytest.raises(ValidationError, match="已经到访"):
        reception.link_arrival(
            database, GATE, booked.id, visit.id, expected_version=arrived.version
        )


def test_cancelled_appointments_leave_the_gate_list(database, leader):
    booked = reception.book_appointment(
        database, CLERK, AppointmentDraft(datetime(2026, 11, 24, 9), leader.id, "李四", "咨询"),
        now=NOW,
    )  # fmt: skip
    reception.cancel_appointment(database, CLERK, booked.id, expected_version=booked.version)
    assert (
        reception.expected_visitors(database, GATE, date(2026, 11, 24), today=date(2026, 11, 24))
        == []
    )
    listed = reception.list_appointments(database, CLERK, date(2026, 11, 24), date(2026, 11, 24))
    assert listed[0].status_label == "已取消"


def test_bad_bookings_and_days_are_refused_with_reasons(database, leader, actor):
    teacher = add_person(database, actor, PersonDraft("张丽", post="教师"))
    with pytest.raises(ValidationError) as raised:
        reception.book_appointment(
            database, CLERK, AppointmentDraft(datetime(2026, 11, 20, 9), None, "", "", "1380013"),
            now=NOW,
        )  # fmt: skip
    assert set(raised.value.by_field()) == {
        "scheduled_at", "leader_id", "petitioner_name", "matter", "petitioner_phone",
    }  # fmt: skip
    with pytest.raises(ValidationError, match="校级领导"):
        reception.book_appointment(
            database, CLERK,
            AppointmentDraft(datetime(2026, 11, 24, 9), teacher.id, "李四", "咨询"), now=NOW,
        )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        reception.add_reception_day(
            database, CLERK,
            ReceptionDayDraft(date(2026, 11, 25), time(11), time(9), "", leader.id), now=NOW,
        )  # fmt: skip
    assert set(raised.value.by_field()) == {"starts", "place"}


def test_roles(database, leader):
    draft = AppointmentDraft(datetime(2026, 11, 24, 9), leader.id, "李四", "咨询")
    for role in (Role.GATE, Role.LEADER):
        with pytest.raises(PermissionDeniedError):
            reception.book_appointment(database, Actor("某人", role), draft, now=NOW)
    with pytest.raises(PermissionDeniedError):
        reception.list_appointments(database, GATE, date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(PermissionDeniedError):
        reception.expected_visitors(database, Actor("李副校长", Role.LEADER), date(2026, 11, 24))


def test_the_week_on_the_notice_board(database, leader):
    for day, place in ((date(2026, 11, 25), "校长室"), (date(2026, 11, 27), "会议室")):
        reception.add_reception_day(
            database, CLERK, ReceptionDayDraft(day, time(9), time(11, 30), place, leader.id),
            now=NOW,
        )  # fmt: skip
    reception.book_appointment(
        database, CLERK, AppointmentDraft(datetime(2026, 11, 25, 9), leader.id, "张三", "私事"),
        now=NOW,
    )  # fmt: skip
    sheet, unit = reception.week_schedule(database, CLERK, date(2026, 11, 23))
    assert [line.place for line in sheet.lines] == ["校长室", "会议室"]
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(build_reception_pdf(sheet, unit, NOW.date()))).pages
    )
    assert "领导接访安排" in text and "09:00" in text
    assert "张三" not in text  # appointments name petitioners: never on public paper


def test_the_gate_board_is_todays_only(database):
    from xinfang_desktop.services.visits import present_visitors

    with pytest.raises(PermissionDeniedError):
        present_visitors(database, GATE, date(2026, 11, 10))
    assert present_visitors(database, CLERK, date(2026, 11, 10)) == []
    assert present_visitors(database, GATE) == []
