"""信访工作领导小组例会: the record's rules, without storage.

A record goes 草稿 (draft) → 定稿 (final) → 已审签 (reviewed). Once the principal signs it the
text is locked; a later correction is appended as an addendum so what was signed stays readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .errors import FieldError, ValidationError
from .text import check_text, clean_text

STATUS_DRAFT = "draft"
STATUS_FINAL = "final"
STATUS_REVIEWED = "reviewed"
STATUS_LABELS: dict[str, str] = {
    STATUS_DRAFT: "草稿",
    STATUS_FINAL: "定稿",
    STATUS_REVIEWED: "已审签",
}

NO_NEW_ISSUES = "本周无新问题"

MEETING_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "agenda": ("议程", 2000, False),
    "discussion": ("讨论情况", 5000, False),
    "decisions": ("决定事项", 5000, False),
}
MEETING_HEADER_LIMITS: dict[str, tuple[str, int]] = {
    "location": ("地点", 100),
    "host": ("主持人", 50),
    "observers": ("列席", 300),
}
ABSENCE_REASON_MAX = 100
ACTION_TEXT_MAX = 300
COMMENT_MAX = 2000
ADDENDUM_MAX = 2000


def monday_of(day: date) -> date:
    """The Monday of the week that holds ``day`` (the default meeting date)."""
    return day - timedelta(days=day.weekday())


# Which week a meeting's figures cover: a Monday meeting reviews the week just ended.
REVIEW_PREVIOUS_WEEK = "previous"
REVIEW_CURRENT_WEEK = "current"
REVIEW_WEEK_LABELS = {
    REVIEW_PREVIOUS_WEEK: "上周（上周一至上周日）",
    REVIEW_CURRENT_WEEK: "本周（本周一至会议当天）",
}


def review_week(held_on: date, mode: str = REVIEW_PREVIOUS_WEEK) -> tuple[date, date]:
    """The days whose figures the meeting looks at: by default the Monday–Sunday before the
    meeting's week; with "current", the meeting's week up to the meeting day, never the days
    after it."""
    monday = monday_of(held_on)
    if mode == REVIEW_CURRENT_WEEK:
        return monday, held_on
    if mode != REVIEW_PREVIOUS_WEEK:
        raise ValueError(f"unknown review week {mode!r}")
    return monday - timedelta(days=7), monday - timedelta(days=1)


@dataclass(frozen=True)
class AttendanceDraft:
    person_id: int
    present: bool
    absence_reason: str = ""


@dataclass(frozen=True)
class ActionItemDraft:
    text: str
    owner_person_id: int | None
    due_on: date | None
    done: bool = False


@dataclass(frozen=True)
class MeetingDraft:
    held_on: date | None
    agenda: str = ""
    discussion: str = ""
    decisions: str = ""
    attendance: tuple[AttendanceDraft, ...] = ()
    action_items: tuple[ActionItemDraft, ...] = ()
    location: str = ""  # 地点
    host: str = ""  # 主持人
    observers: str = ""  # 列席: people at the meeting who are not members of the group


def mark_no_new_issues(draft: MeetingDraft) -> MeetingDraft:
    """ "本周无新问题" in one action: discussion and decisions say so, no action items."""
    return replace(draft, discussion=NO_NEW_ISSUES, decisions=NO_NEW_ISSUES, action_items=())


def validate_meeting(draft: MeetingDraft, *, roster_person_ids: set[int]) -> MeetingDraft:
    """Check every field at once; ``roster_person_ids`` are the group's members on that day."""
    errors: list[FieldError] = []
    cleaned: dict[str, object] = {}
    for name, (label, max_length, required) in MEETING_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    for name, (label, max_length) in MEETING_HEADER_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(name, value, label=label, max_length=max_length, required=False)
        if problem:
            errors.append(problem)
    if draft.held_on is None:
        errors.append(FieldError("held_on", "请填写会议日期"))

    attendance: list[AttendanceDraft] = []
    seen: set[int] = set()
    for index, entry in enumerate(draft.attendance):
        field = f"attendance.{index}"
        reason = clean_text(entry.absence_reason)
        if entry.person_id in seen:
            errors.append(FieldError(field, "同一人在出席名单中出现了两次"))
        seen.add(entry.person_id)
        if entry.person_id not in roster_person_ids:
            errors.append(FieldError(field, "此人当天不是领导小组成员"))
        if entry.present:
            reason = ""
        elif not reason:
            errors.append(FieldError(field, "缺席须写明原因"))
        elif len(reason) > ABSENCE_REASON_MAX:
            errors.append(
                FieldError(field, "缺席原因不能超过{limit}个字", {"limit": ABSENCE_REASON_MAX})
            )
        attendance.append(replace(entry, absence_reason=reason))
    cleaned["attendance"] = tuple(attendance)

    items: list[ActionItemDraft] = []
    for index, item in enumerate(draft.action_items):
        field = f"action_items.{index}"
        text = clean_text(item.text)
        if not text:
            errors.append(FieldError(field, "请填写第{n}项落实事项的内容", {"n": index + 1}))
        elif len(text) > ACTION_TEXT_MAX:
            errors.append(
                FieldError(field, "落实事项不能超过{limit}个字", {"limit": ACTION_TEXT_MAX})
            )
        if item.owner_person_id is None:
            errors.append(FieldError(field, "请为第{n}项落实事项指定责任人", {"n": index + 1}))
        if item.due_on is None:
            errors.append(FieldError(field, "请填写第{n}项落实事项的完成期限", {"n": index + 1}))
        elif draft.held_on is not None and item.due_on < draft.held_on:
            errors.append(FieldError(field, "完成期限不能早于会议日期"))
        items.append(replace(item, text=text))
    cleaned["action_items"] = tuple(items)

    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def check_can_edit(status: str) -> None:
    """Drafts and final records may be edited; a signed record only takes addenda."""
    if status == STATUS_REVIEWED:
        raise ValidationError(
            [FieldError("status", "纪要已审签，不能修改；如需更正请追加补充说明")]
        )


def check_can_finalise(status: str) -> None:
    if status != STATUS_DRAFT:
        raise ValidationError([FieldError("status", "只有草稿可以定稿")])


def check_can_review(status: str, comment: str) -> str:
    """The principal signs only final records; returns the cleaned comment."""
    errors: list[FieldError] = []
    if status != STATUS_FINAL:
        errors.append(FieldError("status", "只有定稿的纪要可以审签"))
    text = clean_text(comment)
    problem = check_text(
        "comment", text, label="审阅意见", max_length=COMMENT_MAX, required=False, multiline=True
    )
    if problem:
        errors.append(problem)
    if errors:
        raise ValidationError(errors)
    return text


def check_addendum(status: str, text: str) -> str:
    """Addenda correct a signed record; before signing the record itself is edited."""
    errors: list[FieldError] = []
    if status != STATUS_REVIEWED:
        errors.append(FieldError("status", "纪要尚未审签，请直接修改纪要"))
    cleaned = clean_text(text)
    problem = check_text(
        "addendum",
        cleaned,
        label="补充说明",
        max_length=ADDENDUM_MAX,
        required=True,
        multiline=True,
    )
    if problem:
        errors.append(problem)
    if errors:
        raise ValidationError(errors)
    return cleaned


_QUARTER = re.compile(r"^(\d{4})[Qq]([1-4])$")


def parse_quarter(text: str) -> tuple[date, date]:
    """ "2026Q4" → (first day, last day) of that quarter."""
    match = _QUARTER.match(text.strip())
    if not match:
        raise ValidationError([FieldError("quarter", "季度应写成如 2026Q4 的形式")])
    year, quarter = int(match.group(1)), int(match.group(2))
    first = date(year, 3 * quarter - 2, 1)
    next_first = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, next_first - timedelta(days=1)
