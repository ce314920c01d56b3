from datetime import date

import pytest

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.meetings import (
    NO_NEW_ISSUES,
    STATUS_DRAFT,
    STATUS_FINAL,
    STATUS_REVIEWED,
    ActionItemDraft,
    AttendanceDraft,
    MeetingDraft,
    check_addendum,
    check_can_edit,
    check_can_finalise,
    check_can_review,
    mark_no_new_issues,
    monday_of,
    parse_quarter,
    validate_meeting,
)

MONDAY = date(2026, 11, 23)


def test_default_date_is_this_weeks_monday():
    assert monday_of(date(2026, 11, 29)) == MONDAY  # Sunday
    assert monday_of(MONDAY) == MONDAY
    assert monday_of(date(2027, 1, 1)) == date(2026, 12, 28)  # across the year


def test_valid_meeting_is_cleaned():
    draft = MeetingDraft(
        held_on=MONDAY,
        agenda="  通报本周情况\u3000",
        attendance=(AttendanceDraft(1, True, "不需要"), AttendanceDraft(2, False, " 出差 ")),
        action_items=(ActionItemDraft(" 回访家长 ", 1, date(2026, 11, 27)),),
    )
    result = validate_meeting(draft, roster_person_ids={1, 2})
    assert result.agenda == "通报本周情况"
    assert result.attendance[0].absence_reason == ""
    assert result.attendance[1].absence_reason == "出差"
    assert result.action_items[0].text == "回访家长"


def test_every_problem_is_reported_at_once():
    draft = MeetingDraft(
        held_on=None,
        discussion="x" * 5001,
        attendance=(AttendanceDraft(1, False, ""), AttendanceDraft(9, True)),
        action_items=(ActionItemDraft("", None, None),),
    )
    with pytest.raises(ValidationError) as caught:
        validate_meeting(draft, roster_person_ids={1})
    fields = caught.value.by_field()
    assert set(fields) == {
        "held_on",
        "discussion",
        "attendance.0",
        "attendance.1",
        "action_items.0",
    }
    assert fields["attendance.0"].message == "缺席须写明原因"
    assert fields["attendance.1"].message == "此人当天不是领导小组成员"
    messages = [e.message for e in caught.value.errors if e.field == "action_items.0"]
    assert messages == [
        "请填写第1项落实事项的内容",
        "请为第1项落实事项指定责任人",
        "请填写第1项落实事项的完成期限",
    ]


def test_due_date_not_before_the_meeting_and_no_duplicate_attendee():
    draft = MeetingDraft(
        held_on=MONDAY,
        attendance=(AttendanceDraft(1, True), AttendanceDraft(1, True)),
        action_items=(ActionItemDraft("核实", 1, date(2026, 11, 22)),),
    )
    with pytest.raises(ValidationError) as caught:
        validate_meeting(draft, roster_person_ids={1})
    fields = caught.value.by_field()
    assert fields["action_items.0"].message == "完成期限不能早于会议日期"
    assert fields["attendance.1"].message == "同一人在出席名单中出现了两次"


def test_no_new_issues_in_one_action():
    draft = MeetingDraft(
        held_on=MONDAY,
        discussion="旧内容",
        action_items=(ActionItemDraft("核实", 1, MONDAY),),
    )
    marked = mark_no_new_issues(draft)
    assert marked.discussion == NO_NEW_ISSUES
    assert marked.decisions == NO_NEW_ISSUES
    assert marked.action_items == ()
    assert validate_meeting(marked, roster_person_ids=set()) == marked


def test_state_rules():
    check_can_edit(STATUS_DRAFT)
    check_can_edit(STATUS_FINAL)
    with pytest.raises(ValidationError):
        check_can_edit(STATUS_REVIEWED)
    check_can_finalise(STATUS_DRAFT)
    with pytest.raises(ValidationError):
        check_can_finalise(STATUS_FINAL)
    assert check_can_review(STATUS_FINAL, "  同意 ") == "同意"
    with pytest.raises(ValidationError):
        check_can_review(STATUS_DRAFT, "同意")
    with pytest.raises(ValidationError):
        check_can_review(STATUS_REVIEWED, "")


def test_addenda_only_after_signing_and_never_empty():
    assert check_addendum(STATUS_REVIEWED, " 更正：缺席原因为病假 ") == "更正：缺席原因为病假"
    with pytest.raises(ValidationError) as not_signed:
        check_addendum(STATUS_FINAL, "更正")
    assert not_signed.value.by_field()["status"].message == "纪要尚未审签，请直接修改纪要"
    with pytest.raises(ValidationError) as empty:
        check_addendum(STATUS_REVIEWED, "  ")
    assert empty.value.by_field()["addendum"].message == "请填写补充说明"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2024Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2026Q3", date(2026, 7, 1), date(2026, 9, 30)),
    ],
)
def test_parse_quarter(text, first, last):
    assert parse_quarter(text) == (first, last)


@pytest.mark.parametrize("text", ["2026Q5", "2026-4", "", "Q4"])
def test_parse_quarter_rejects(text):
    with pytest.raises(ValidationError):
        parse_quarter(text)
