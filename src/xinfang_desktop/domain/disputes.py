"""矛盾纠纷排查台账: every dispute with the 五个一 — 一个事项, 一个化解班子, 一名责任人,
一套化解方案, 一个化解时限 — its status, risk and progress notes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError, ValidationError
from .screening import RISK_LABELS
from .text import check_text, clean_text

STATUS_OPEN = "open"  # 排查登记
STATUS_HANDLING = "handling"  # 化解中
STATUS_RESOLVED = "resolved"  # 已化解
STATUS_LABELS: dict[str, str] = {
    STATUS_OPEN: "已登记",
    STATUS_HANDLING: "化解中",
    STATUS_RESOLVED: "已化解",
}
OPEN_STATUSES = (STATUS_OPEN, STATUS_HANDLING)

DISPUTE_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "matter": ("纠纷事项", 1000, True),
    "parties": ("当事人", 200, False),
    "plan": ("化解方案", 1000, True),
    "risk_note": ("风险评估", 500, False),
}
NOTE_MAX = 500


@dataclass(frozen=True)
class DisputeDraft:
    found_on: date | None  # 排查日期
    matter: str
    responsible_id: int | None  # 一名责任人
    team_ids: tuple[int, ...]  # 化解班子
    plan: str
    deadline: date | None  # 化解时限
    risk_level: str = ""
    parties: str = ""
    risk_note: str = ""


def validate_dispute(draft: DisputeDraft, today: date) -> DisputeDraft:
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in DISPUTE_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    if draft.found_on is None:
        errors.append(FieldError("found_on", "请填写排查日期"))
    elif draft.found_on > today:
        errors.append(FieldError("found_on", "排查日期不能晚于今天"))
    if draft.responsible_id is None:
        errors.append(FieldError("responsible_id", "请选择一名责任人"))
    team = tuple(dict.fromkeys(draft.team_ids))
    if not team:
        errors.append(FieldError("team_ids", "请选择化解班子成员"))
    if draft.deadline is None:
        errors.append(FieldError("deadline", "请填写化解时限"))
    elif draft.found_on is not None and draft.deadline < draft.found_on:
        errors.append(FieldError("deadline", "化解时限不能早于排查日期"))
    if draft.risk_level not in RISK_LABELS:
        errors.append(FieldError("risk_level", "请选择风险等级：低、中或高"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, team_ids=team, **cleaned)


def check_note(text: str, noted_on: date | None, found_on: date, today: date) -> str:
    errors: list[FieldError] = []
    cleaned = clean_text(text)
    problem = check_text(
        "note", cleaned, label="进展情况", max_length=NOTE_MAX, required=True, multiline=True
    )
    if problem:
        errors.append(problem)
    if noted_on is None:
        errors.append(FieldError("noted_on", "请填写日期"))
    elif noted_on < found_on:
        errors.append(FieldError("noted_on", "进展日期不能早于排查日期"))
    elif noted_on > today:
        errors.append(FieldError("noted_on", "进展日期不能晚于今天"))
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_status_change(status: str, resolved_on: date | None, found_on: date) -> None:
    if status not in STATUS_LABELS:
        raise ValidationError([FieldError("status", "状态不对")])
    if status == STATUS_RESOLVED:
        if resolved_on is None:
            raise ValidationError([FieldError("resolved_on", "请填写化解日期")])
        if resolved_on < found_on:
            raise ValidationError([FieldError("resolved_on", "化解日期不能早于排查日期")])


def is_overdue(status: str, deadline: date, today: date) -> bool:
    return status in OPEN_STATUSES and today > deadline
