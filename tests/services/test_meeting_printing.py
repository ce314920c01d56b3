"""Printed meeting records: one record and a quarter's records, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.db.errors import NotFoundError
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.leadership import ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from xinfang_desktop.domain.meetings import ActionItemDraft, AttendanceDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import audit, leadership, meeting_printing, meetings
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

STAMP = datetime(2026, 11, 23, 9, 0)
PRINCIPAL = Actor("王建国", Role.PRINCIPAL)


def _text(pdf: bytes) -> str:
    # Layout extraction may break a line anywhere; compare without whitespace.
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def group(sqlite_db, actor):
    wang = add_person(sqlite_db, actor, PersonDraft("王建国", post="校长", is_leader=True))
    li = add_person(sqlite_db, actor, PersonDraft("李红", post="副校长", is_leader=True))
    term = leadership.found_term(sqlite_db, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(sqlite_db, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    leadership.add_member(sqlite_db, actor, term.id, MemberDraft(li.id, ROLE_MEMBER))
    return wang, li


def _meeting(db, actor, group, day, *, sign=False, addendum=""):
    wang, li = group
    draft = replace(
        meetings.new_meeting(db, actor, day),
        agenda="通报上周信访情况；部署期末矛盾纠纷排查",
        discussion="李红汇报初三家长反映的食堂问题已答复。",
        decisions="各年级组本周五前完成摸排。",
        attendance=(AttendanceDraft(wang.id, True), AttendanceDraft(li.id, False, "外出培训")),
        action_items=(ActionItemDraft("检查校门口交通秩序", li.id, day.replace(day=28)),),
    )
    record = meetings.save_meeting(db, actor, draft, now=STAMP)
    if sign:
        final = meetings.finalise(db, actor, record.id, expected_version=record.version)
        meetings.sign_off(
            db, PRINCIPAL, record.id, "同意，抓好落实。", expected_version=final.version, now=STAMP
        )
    if addendum:
        meetings.add_addendum(db, actor, record.id, addendum, now=STAMP)
    return record.id


def test_printed_minutes_hold_the_record_and_the_reviewers_signature(sqlite_db, actor, group):
    meeting_id = _meeting(
        sqlite_db, actor, group, date(2026, 11, 16), sign=True, addendum="交通检查已于周五完成。"
    )
    pdf = meeting_printing.minutes_pdf(sqlite_db, actor, meeting_id, date(2026, 11, 23))
    text = _text(pdf)
    for expected in (
        "信访工作领导小组例会记录",
        "2026年11月16日（星期一）",
        "王建国（组长）",
        "李红（外出培训）",
        "通报上周信访情况",
        "新增来访（批次）",
        "未化解矛盾纠纷（件）",
        "各年级组本周五前完成摸排。",
        "检查校门口交通秩序",
        "2026年11月28日",  # one date form: no ISO dates on the paper
        "未完成",
        "同意，抓好落实。",
        "审签人：王建国",
        "审签时间：2026年11月23日09:00",
        "审签后补充说明",
        "交通检查已于周五完成。",
        "记录人签字",
        "审签人签字",
    ):
        assert expected in text, expected
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    entry = audit.list_entries(sqlite_db, actor)[0]
    assert (entry.action, entry.target_kind) == ("print", "meeting")


def test_an_unsigned_record_says_so(sqlite_db, actor, group):
    meeting_id = _meeting(sqlite_db, actor, group, date(2026, 11, 16))
    text = _text(meeting_printing.minutes_pdf(sqlite_db, actor, meeting_id))
    assert "（草稿，尚未审签）" in text
    assert "审签人：" not in text


def test_a_quarters_minutes_in_one_pdf(sqlite_db, actor, group):
    for day in (date(2026, 10, 12), date(2026, 11, 16), date(2026, 12, 28), date(2027, 1, 4)):
        _meeting(sqlite_db, actor, group, day, sign=day.month == 10)
    pdf, count = meeting_printing.period_minutes_pdf(
        sqlite_db, actor, date(2026, 10, 1), date(2026, 12, 31), include_unsigned=True
    )
    assert count == 3
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 4  # contents, then each meeting from a new page
    contents = "".join(reader.pages[0].extract_text().split())
    assert "本期编入例会记录3次" in contents
    assert "2026年10月1日至2026年12月31日" in contents
    pages = ["".join(p.extract_text().split()) for p in reader.pages[1:]]
    assert "2026年10月12日" in pages[0] and "审签人：王建国" in pages[0]
    assert "2026年12月28日" in pages[2] and "2027年1月4日" not in "".join(pages)


def test_an_empty_quarter_prints_a_contents_page(sqlite_db, actor):
    pdf, count = meeting_printing.period_minutes_pdf(
        sqlite_db, actor, date(2026, 1, 1), date(2026, 3, 31)
    )
    assert count == 0
    assert "本期编入例会记录0次" in _text(pdf)


def test_printing_minutes_needs_the_right(sqlite_db, actor, group):
    meeting_id = _meeting(sqlite_db, actor, group, date(2026, 11, 16))
    gate = Actor("门卫老张", Role.GATE)
    with pytest.raises(PermissionDeniedError):
        meeting_printing.minutes_pdf(sqlite_db, gate, meeting_id)
    with pytest.raises(PermissionDeniedError):
        meeting_printing.period_minutes_pdf(sqlite_db, gate, date(2026, 10, 1), date(2026, 12, 31))


def test_the_meeting_of_a_day(sqlite_db, actor, group):
    meeting_id = _meeting(sqlite_db, actor, group, date(2026, 11, 16))
    assert meeting_printing.meeting_held_on(sqlite_db, actor, date(2026, 11, 16)) == meeting_id
    with pytest.raises(NotFoundError):
        meeting_printing.meeting_held_on(sqlite_db, actor, date(2026, 11, 9))
