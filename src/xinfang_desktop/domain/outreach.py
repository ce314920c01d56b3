"""下访: leaders visiting families and staff, recorded once a month by every group member."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError, ValidationError
from .screening import check_follow_up
from .text import check_text, clean_text

OUTREACH_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "visited": ("下访对象", 100, True),
    "matter": ("反映事项", 1000, True),
    "result": ("处理结果", 1000, False),
    "follow_up": ("后续跟进", 500, False),
}


@dataclass(frozen=True)
class OutreachDraft:
    visited_on: date | None
    leader_ids: tuple[int, ...]
    visited: str  # 下访对象: whom (a family, a teacher, a village)
    matter: str
    result: str = ""
    follow_up: str = ""
    follow_up_owner_id: int | None = None
    follow_up_due: date | None = None


def validate_outreach(draft: OutreachDraft, today: date) -> OutreachDraft:
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in OUTREACH_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    if draft.visited_on is None:
        errors.append(FieldError("visited_on", "请填写下访日期"))
    elif draft.visited_on > today:
        errors.append(FieldError("visited_on", "下访日期不能晚于今天"))
    leaders = tuple(dict.fromkeys(draft.leader_ids))
    if not leaders:
        errors.append(FieldError("leader_ids", "请选择下访的领导"))
    errors.extend(check_follow_up(draft.follow_up_owner_id, draft.follow_up_due, draft.visited_on))
    if errors:
        raise ValidationError(errors)
    return replace(draft, leader_ids=leaders, **cleaned)
