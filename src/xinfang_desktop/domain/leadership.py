"""信访工作领导小组: terms founded by a 行政会 decision, members with a role and duties (分工).

A member's role or duties change by ending the old membership and starting a new one on the
day of the change, so the roster of any past day can be printed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError, ValidationError
from .ordering import DEFAULT_POST_ORDER, person_sort_key
from .text import check_text, clean_text

ROLE_LEADER = "leader"
ROLE_DEPUTY = "deputy"
ROLE_MEMBER = "member"
# In the order a roster lists them.
ROLE_LABELS: dict[str, str] = {ROLE_LEADER: "组长", ROLE_DEPUTY: "副组长", ROLE_MEMBER: "组员"}
ROLE_ORDER = {role: index for index, role in enumerate(ROLE_LABELS)}

TERM_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "meeting": ("决定会议", 100, True),
    "document_number": ("文号", 50, False),
    "remarks": ("备注", 500, False),
}
DUTIES_MAX = 500
CHANGE_REASON_MAX = 200


@dataclass(frozen=True)
class TermDraft:
    founded_on: date | None  # 成立日期 (the day of the decision)
    meeting: str  # 决定会议, e.g. 2026年第3次行政会
    document_number: str = ""  # 文号
    remarks: str = ""


@dataclass(frozen=True)
class MemberDraft:
    person_id: int | None
    role: str
    duties: str = ""  # 分工
    joined_on: date | None = None


def validate_term(draft: TermDraft, *, previous_founded_on: date | None = None) -> TermDraft:
    """A new term must start after the term it replaces (dates in order)."""
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in TERM_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name,
            value,
            label=label,
            max_length=max_length,
            required=required,
            multiline=name == "remarks",
        )
        if problem:
            errors.append(problem)
    if draft.founded_on is None:
        errors.append(FieldError("founded_on", "请填写成立日期"))
    elif previous_founded_on is not None and draft.founded_on <= previous_founded_on:
        errors.append(
            FieldError(
                "founded_on",
                "成立日期必须晚于上一届的成立日期（{day}）",
                {"day": previous_founded_on.isoformat()},
            )
        )
    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def validate_member(draft: MemberDraft, *, term_founded_on: date) -> MemberDraft:
    errors: list[FieldError] = []
    if draft.person_id is None:
        errors.append(FieldError("person_id", "请选择成员"))
    if draft.role not in ROLE_LABELS:
        errors.append(FieldError("role", "请选择职务：组长、副组长或组员"))
    duties = clean_text(draft.duties)
    problem = check_text("duties", duties, label="分工", max_length=DUTIES_MAX, multiline=True)
    if problem:
        errors.append(problem)
    joined_on = draft.joined_on or term_founded_on
    if joined_on < term_founded_on:
        errors.append(
            FieldError(
                "joined_on",
                "加入日期不能早于本届成立日期（{day}）",
                {"day": term_founded_on.isoformat()},
            )
        )
    if errors:
        raise ValidationError(errors)
    return replace(draft, duties=duties, joined_on=joined_on)


def check_member_end(joined_on: date, ended_on: date, reason: str) -> str:
    """The day a membership ends (removal or change) must not be before it began."""
    errors: list[FieldError] = []
    if ended_on < joined_on:
        errors.append(
            FieldError(
                "ended_on",
                "变动日期不能早于加入日期（{day}）",
                {"day": joined_on.isoformat()},
            )
        )
    cleaned = clean_text(reason)
    problem = check_text("reason", cleaned, label="变动原因", max_length=CHANGE_REASON_MAX)
    if problem:
        errors.append(problem)
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_single_leader(roles_on_day: list[str], new_role: str) -> None:
    """A group has one 组长 at a time; deputies and members as many as the meeting decides."""
    if new_role == ROLE_LEADER and ROLE_LEADER in roles_on_day:
        raise ValidationError([FieldError("role", "本届已有组长，请先调整原组长的职务")])


def open_items_message(name: str, items: list[str]) -> FieldError:
    """Why a member cannot leave yet: what they still own, by name."""
    return FieldError(
        "person_id",
        "{name}还负责未办结的事项，请先移交：{items}",
        {"name": name, "items": "；".join(items)},
    )


def roster_sort_key(
    role: str, name: str, post: str = "", post_order: Sequence[str] = DEFAULT_POST_ORDER
) -> tuple:
    """组长, 副组长, 组员; within a role by rank (职务), then 姓氏笔画."""
    return (ROLE_ORDER.get(role, len(ROLE_ORDER)), *person_sort_key(post, name, post_order))
