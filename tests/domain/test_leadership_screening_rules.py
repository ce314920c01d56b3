from datetime import date

import pytest

from xinfang_desktop.domain.disputes import (
    STATUS_HANDLING,
    STATUS_RESOLVED,
    DisputeDraft,
    check_note,
    is_overdue,
    validate_dispute,
)
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import (
    ROLE_DEPUTY,
    ROLE_LEADER,
    MemberDraft,
    TermDraft,
    check_member_end,
    check_single_leader,
    validate_member,
    validate_term,
)
from xinfang_desktop.domain.outreach import OutreachDraft, validate_outreach
from xinfang_desktop.domain.screening import (
    NO_NEW_ISSUES,
    GroupDraft,
    ScreeningDraft,
    check_interval,
    is_screening_overdue,
    month_bounds,
    validate_group,
    validate_screening,
)

TODAY = date(2026, 11, 23)


def test_term_needs_date_and_meeting_and_follows_the_previous_term():
    with pytest.raises(ValidationError) as caught:
        validate_term(TermDraft(None, " "))
    assert set(caught.value.by_field()) == {"founded_on", "meeting"}
    with pytest.raises(ValidationError) as caught:
        validate_term(TermDraft(date(2026, 3, 1), "行政会"), previous_founded_on=date(2026, 9, 1))
    assert "晚于上一届" in str(caught.value)
    cleaned = validate_term(TermDraft(date(2026, 9, 1), " 2026年第5次行政会 ", "邹小发〔2026〕8号"))
    assert cleaned.meeting == "2026年第5次行政会"


def test_member_rules():
    founded = date(2026, 9, 1)
    with pytest.raises(ValidationError) as caught:
        validate_member(
            MemberDraft(None, "boss", "x" * 501, date(2026, 8, 1)), term_founded_on=founded
        )
    assert set(caught.value.by_field()) == {"person_id", "role", "duties", "joined_on"}
    member = validate_member(MemberDraft(3, ROLE_DEPUTY, " 分管安全 "), term_founded_on=founded)
    assert member.joined_on == founded and member.duties == "分管安全"
    with pytest.raises(ValidationError, match="已有组长"):
        check_single_leader([ROLE_LEADER, ROLE_DEPUTY], ROLE_LEADER)
    check_single_leader([ROLE_DEPUTY], ROLE_LEADER)
    with pytest.raises(ValidationError, match="不能早于加入日期"):
        check_member_end(date(2026, 9, 10), date(2026, 9, 9), "调离")


def test_group_and_interval():
    with pytest.raises(ValidationError) as caught:
        validate_group(GroupDraft("", "club"))
    assert set(caught.value.by_field()) == {"name", "kind"}
    assert validate_group(GroupDraft(" 音乐组 ", "subject")).name == "音乐组"
    with pytest.raises(ValidationError):
        check_interval(0)
    assert check_interval(7) == 7


def test_screening_no_new_issues_and_findings():
    plain = validate_screening(ScreeningDraft(TODAY, 1, 2, no_new_issues=True), TODAY)
    assert plain.findings == NO_NEW_ISSUES and plain.risk_level == ""
    with pytest.raises(ValidationError) as caught:
        validate_screening(ScreeningDraft(date(2026, 12, 1), None, None), TODAY)
    assert set(caught.value.by_field()) == {
        "screened_on",
        "group_id",
        "screened_by_id",
        "findings",
        "risk_level",
    }
    with pytest.raises(ValidationError) as caught:
        validate_screening(
            ScreeningDraft(
                TODAY,
                1,
                2,
                findings="家长对分班有意见",
                risk_level="medium",
                follow_up_owner_id=5,
                follow_up_due=date(2026, 11, 20),
            ),
            TODAY,
        )
    assert caught.value.by_field()["follow_up_due"].message == "跟进期限不能早于2026-11-23"
    with pytest.raises(ValidationError) as caught:
        validate_screening(
            ScreeningDraft(TODAY, 1, 2, findings="x", risk_level="low", follow_up_owner_id=5),
            TODAY,
        )
    assert set(caught.value.by_field()) == {"follow_up_due"}


def test_screening_interval_counts_from_last_screening_or_start():
    start = date(2026, 11, 1)
    assert not is_screening_overdue(date(2026, 11, 16), start, 7, date(2026, 11, 23))
    assert is_screening_overdue(date(2026, 11, 15), start, 7, date(2026, 11, 23))
    assert is_screening_overdue(None, start, 7, date(2026, 11, 9))
    assert not is_screening_overdue(None, start, 7, date(2026, 11, 8))


def test_month_bounds():
    assert month_bounds(2026, 2) == (date(2026, 2, 1), date(2026, 2, 28))
    with pytest.raises(ValidationError):
        month_bounds(2026, 13)


def test_outreach_rules():
    with pytest.raises(ValidationError) as caught:
        validate_outreach(OutreachDraft(date(2026, 12, 1), (), "", ""), TODAY)
    assert set(caught.value.by_field()) == {"visited_on", "leader_ids", "visited", "matter"}
    ok = validate_outreach(OutreachDraft(TODAY, (1, 1, 2), "三年级学生家庭", "家访"), TODAY)
    assert ok.leader_ids == (1, 2)


def test_dispute_five_ones_and_dates_in_order():
    with pytest.raises(ValidationError) as caught:
        validate_dispute(
            DisputeDraft(TODAY, "", None, (), "", date(2026, 11, 1), risk_level=""), TODAY
        )
    assert set(caught.value.by_field()) == {
        "matter",
        "plan",
        "responsible_id",
        "team_ids",
        "deadline",
        "risk_level",
    }
    assert caught.value.by_field()["deadline"].message == "化解时限不能早于排查日期"
    good = validate_dispute(
        DisputeDraft(TODAY, "邻里纠纷", 1, (1, 2), "调解", date(2026, 12, 1), "low"), TODAY
    )
    assert good.team_ids == (1, 2)
    assert is_overdue(STATUS_HANDLING, date(2026, 11, 22), TODAY)
    assert not is_overdue(STATUS_RESOLVED, date(2026, 11, 22), TODAY)
    assert not is_overdue(STATUS_HANDLING, TODAY, TODAY)
    with pytest.raises(ValidationError, match="不能早于排查日期"):
        check_note("已约谈", date(2026, 11, 1), date(2026, 11, 10), TODAY)
