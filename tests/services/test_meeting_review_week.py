"""A Monday meeting reviews the week just ended (a setting); the record's header holds 地点,
主持人 and 列席; a draft prints 草稿; the quarter's 汇编 files signed records with a 目录."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.db.models import Case, Visit
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.meetings import (
    REVIEW_CURRENT_WEEK,
    REVIEW_PREVIOUS_WEEK,
    review_week,
)
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import leadership, meeting_printing, meetings
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

STAMP = datetime(2026, 11, 23, 9, 0)
MONDAY = date(2026, 11, 23)
PRINCIPAL = Actor("王建国", Role.PRINCIPAL)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def test_the_week_under_review():
    assert review_week(MONDAY) == (date(2026, 11, 16), date(2026, 11, 22))
    assert review_week(date(2026, 11, 25)) == (date(2026, 11, 16), date(2026, 11, 22))
    # The meeting's own week stops at the meeting: never the days after it.
    assert review_week(date(2026, 11, 25), REVIEW_CURRENT_WEEK) == (MONDAY, date(2026, 11, 25))


@pytest.fixture
def group(database, actor):
    wang = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    term = leadership.found_term(database, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(database, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    with database.write() as session:
        session.add_all(
            [
                # The week before the meeting: what a Monday meeting talks about.
                Visit(arrived_at=datetime(2026, 11, 18, 10), name="甲", reason="咨询",
                      people_count=3, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 11, 22, 23, 59), name="乙", reason="咨询",
                      created_at=STAMP, updated_at=STAMP),
                # The meeting's own week, after the meeting.
                Visit(arrived_at=datetime(2026, 11, 25, 9), name="丙", reason="咨询",
                      created_at=STAMP, updated_at=STAMP),
                Case(id=1, year=2026, seq=1, number="信访〔2026〕第001号", channel="来信",
                     received_on=date(2026, 11, 17), people_count=1, request="事项",
                     state="ACCEPTED", created_at=STAMP, updated_at=STAMP),
            ]
        )  # fmt: skip
    return wang


def _save(db, actor, **header):
    draft = replace(meetings.new_meeting(db, actor, MONDAY), agenda="通报上周情况", **header)
    return meetings.save_meeting(db, actor, draft, now=STAMP)


def test_a_monday_meeting_counts_the_week_before_it(database, actor, group):
    record = _save(database, actor)
    assert (record.review_from, record.review_to) == (date(2026, 11, 16), date(2026, 11, 22))
    assert record.figures["visit_batches"] == 2 and record.figures["visit_persons"] == 4
    assert record.figures["new_cases"] == 1


def test_the_review_week_is_a_setting(database, actor, group):
    assert meetings.get_review_week_mode(database) == REVIEW_PREVIOUS_WEEK
    with pytest.raises(PermissionDeniedError):
        meetings.set_review_week_mode(database, Actor("赵老师", Role.CLERK), REVIEW_CURRENT_WEEK)
    with pytest.raises(ValidationError):
        meetings.set_review_week_mode(database, actor, "fortnight")
    meetings.set_review_week_mode(database, actor, REVIEW_CURRENT_WEEK)
    record = _save(database, actor)
    assert (record.review_from, record.review_to) == (MONDAY, MONDAY)
    assert record.figures["visit_batches"] == 0  # Wednesday's visit is after the meeting
    first, last, figures = meetings.review_figures(database, actor, MONDAY)
    assert (first, last, figures) == (MONDAY, MONDAY, record.figures)


def test_place_host_and_observers_are_kept_and_checked(database, actor, group):
    record = _save(database, actor, location="三楼会议室", host="王建国", observers="各年级组长")
    again = meetings.get_meeting(database, actor, record.id)
    assert (again.draft.location, again.draft.host, again.draft.observers) == (
        "三楼会议室", "王建国", "各年级组长",
    )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        _save(database, actor, location="会" * 101, host="\x07王")
    assert set(raised.value.by_field()) == {"location", "host"}


def test_a_draft_prints_as_a_draft_with_its_header(database, actor, group):
    record = _save(database, actor, location="三楼会议室", host="王建国", observers="各年级组长")
    text = _text(meeting_printing.minutes_pdf(database, actor, record.id, MONDAY))
    for expected in (
        "地点三楼会议室",
        "主持人王建国",
        "列席人员各年级组长",
        "统计时段：2026年11月16日至2026年11月22日",
        "【草稿】本记录尚未定稿",
        "2026年11月23日（星期一）（草稿）",
    ):
        assert expected in text, expected


def test_the_quarters_book_files_signed_records_with_a_contents_table(database, actor, group):
    signed = _save(database, actor, host="王建国")
    signed = meetings.finalise(database, actor, signed.id, expected_version=signed.version)
    meetings.sign_off(database, PRINCIPAL, signed.id, "同意", expected_version=signed.version)
    draft = replace(meetings.new_meeting(database, actor, date(2026, 11, 30)), agenda="草拟")
    meetings.save_meeting(database, actor, draft, now=STAMP)

    pdf, count = meeting_printing.period_minutes_pdf(
        database, actor, date(2026, 10, 1), date(2026, 12, 31)
    )
    text = _text(pdf)
    assert count == 1 and "草拟" not in text and "草稿" not in text
    assert "目录" in text and "另有1次例会记录尚未审签，未编入" in text
    # The contents give the page each record starts on: the record follows the 目录 page.
    assert "2026年11月23日（星期一）王建国1人0项已审签2" in text

    pdf, count = meeting_printing.period_minutes_pdf(
        database, actor, date(2026, 10, 1), date(2026, 12, 31), include_unsigned=True
    )
    pages = ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert count == 2 and "草拟" in pages[2]
    assert "草稿" in pages[2] and "草稿" not in pages[1]  # only the draft's pages say so
