"""包组摸排: the unit's groups, one responsible leader per group and term, screening records.

Also the interval rule (a group not screened within N days is due) and the 下访 month check.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .errors import FieldError, ValidationError
from .text import check_text, clean_text

KIND_GRADE = "grade"
KIND_SUBJECT = "subject"
KIND_OFFICE = "office"
GROUP_KIND_LABELS: dict[str, str] = {
    KIND_GRADE: "年级组",
    KIND_SUBJECT: "学科组",
    KIND_OFFICE: "科室",
}
GROUP_NAME_MAX = 50

# The school of the issue: 8 leaders over 1–6年级组 and the 音乐, 美术, 体育, 英语 groups.
DEFAULT_GROUPS: tuple[tuple[str, str], ...] = (
    ("一年级组", KIND_GRADE),
    ("二年级组", KIND_GRADE),
    ("三年级组", KIND_GRADE),
    ("四年级组", KIND_GRADE),
    ("五年级组", KIND_GRADE),
    ("六年级组", KIND_GRADE),
    ("音乐组", KIND_SUBJECT),
    ("美术组", KIND_SUBJECT),
    ("体育组", KIND_SUBJECT),
    ("英语组", KIND_SUBJECT),
)

RISK_LOW = "low"
RISK_MEDIUM = "medium"
RISK_HIGH = "high"
RISK_LABELS: dict[str, str] = {RISK_LOW: "低", RISK_MEDIUM: "中", RISK_HIGH: "高"}

# What became of a finding.
STATUS_RECORDED = "recorded"  # 无新问题, or noted with nothing to do
STATUS_FOLLOW_UP = "follow_up"  # 跟进中: owner and due date
STATUS_FOLLOW_UP_DONE = "follow_up_done"  # 已跟进
STATUS_DISPUTE = "dispute"  # 已转矛盾纠纷
STATUS_CASE_REQUESTED = "case_requested"  # 待转信访事项 (the case area picks it up)
STATUS_CASE_REGISTERED = "case_registered"  # 已转信访事项: the case exists
STATUS_LABELS: dict[str, str] = {
    STATUS_RECORDED: "已记录",
    STATUS_FOLLOW_UP: "跟进中",
    STATUS_FOLLOW_UP_DONE: "已跟进",
    STATUS_DISPUTE: "已转矛盾纠纷",
    STATUS_CASE_REGISTERED: "已转信访事项",
    STATUS_CASE_REQUESTED: "待转信访事项",
}

FINDINGS_MAX = 1000
DEFAULT_INTERVAL_DAYS = 7
MAX_INTERVAL_DAYS = 366
NO_NEW_ISSUES = "无新问题"


@dataclass(frozen=True)
class GroupDraft:
    name: str
    kind: str = KIND_GRADE


@dataclass(frozen=True)
class ScreeningDraft:
    screened_on: date | None
    group_id: int | None
    screened_by_id: int | None  # the leader who did it
    no_new_issues: bool = False
    findings: str = ""
    risk_level: str = ""  # "" when there are no findings
    follow_up_owner_id: int | None = None
    follow_up_due: date | None = None


def validate_group(draft: GroupDraft) -> GroupDraft:
    errors: list[FieldError] = []
    name = clean_text(draft.name)
    problem = check_text("name", name, label="组名", max_length=GROUP_NAME_MAX, required=True)
    if problem:
        errors.append(problem)
    if draft.kind not in GROUP_KIND_LABELS:
        errors.append(FieldError("kind", "请选择类别：年级组、学科组或科室"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, name=name)


def validate_screening(draft: ScreeningDraft, today: date) -> ScreeningDraft:
    errors: list[FieldError] = []
    if draft.screened_on is None:
        errors.append(FieldError("screened_on", "请填写摸排日期"))
    elif draft.screened_on > today:
        errors.append(FieldError("screened_on", "摸排日期不能晚于今天"))
    if draft.group_id is None:
        errors.append(FieldError("group_id", "请选择摸排的组"))
    if draft.screened_by_id is None:
        errors.append(FieldError("screened_by_id", "请选择摸排人"))
    findings = clean_text(draft.findings)
    if draft.no_new_issues:
        if findings and findings != NO_NEW_ISSUES:
            errors.append(FieldError("findings", "已选“无新问题”，请清空发现的问题，或取消勾选"))
        findings = NO_NEW_ISSUES
        risk = ""
        if draft.follow_up_owner_id is not None or draft.follow_up_due is not None:
            errors.append(FieldError("follow_up_owner_id", "无新问题时不需要跟进人和期限"))
    else:
        problem = check_text(
            "findings", findings, label="发现的问题", max_length=FINDINGS_MAX, multiline=True
        )
        if problem:
            errors.append(problem)
        elif not findings:
            errors.append(FieldError("findings", "请填写发现的问题，或勾选“无新问题”"))
        risk = draft.risk_level
        if risk not in RISK_LABELS:
            errors.append(FieldError("risk_level", "请选择风险等级：低、中或高"))
        errors.extend(
            check_follow_up(draft.follow_up_owner_id, draft.follow_up_due, draft.screened_on)
        )
    if errors:
        raise ValidationError(errors)
    return replace(draft, findings=findings, risk_level=risk)


def check_follow_up(
    owner_id: int | None, due: date | None, start: date | None, *, required: bool = False
) -> list[FieldError]:
    """Owner and due date go together; the due date cannot be before the day it started."""
    errors: list[FieldError] = []
    if owner_id is None and due is None and not required:
        return errors
    if owner_id is None:
        errors.append(FieldError("follow_up_owner_id", "请选择跟进责任人"))
    if due is None:
        errors.append(FieldError("follow_up_due", "请填写跟进期限"))
    elif start is not None and due < start:
        errors.append(
            FieldError("follow_up_due", "跟进期限不能早于{day}", {"day": start.isoformat()})
        )
    return errors


def check_interval(days: int) -> int:
    if not 1 <= days <= MAX_INTERVAL_DAYS:
        raise ValidationError(
            [
                FieldError(
                    "interval_days",
                    "摸排间隔应为 1 到 {max} 天",
                    {"max": MAX_INTERVAL_DAYS},
                )
            ]
        )
    return days


def screening_due_since(last_screened: date | None, since: date, interval_days: int) -> date:
    """The day by which the next screening is due: interval after the last one, or after the
    term (or assignment) began when the group was never screened."""
    start = last_screened if last_screened is not None else since
    return start + timedelta(days=interval_days)


def is_screening_overdue(
    last_screened: date | None, since: date, interval_days: int, today: date
) -> bool:
    return today > screening_due_since(last_screened, since, interval_days)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValidationError([FieldError("month", "月份应为 1 到 12")])
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)
