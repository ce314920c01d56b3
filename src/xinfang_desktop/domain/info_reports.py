"""信息报送: incidents and important information sent up to the 局信访办, "快、准、实".

A report holds when the event happened and when it was reported, to whom and how, what
happened, who was involved and what was done; 续报 follow until the report is closed. The time
from event to report is measured against a limit set in settings, so a late first report shows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .errors import FieldError, ValidationError
from .text import check_text, clean_text

METHODS = ("电话", "书面", "网络", "当面")
STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
STATUS_LABELS = {STATUS_OPEN: "续报中", STATUS_CLOSED: "已终报"}
# 突发事件 are commonly to be reported by telephone within an hour and in writing within two;
# a unit sets its own limit, this is the default.
DEFAULT_REPORT_LIMIT_HOURS = 2
EARLIEST_EVENT = datetime(2000, 1, 1)  # as for visits and cases: an earlier year is a slip
MAX_REPORT_LIMIT_HOURS = 72

REPORT_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "title": ("标题", 100, True),
    "kind": ("事件类别", 50, False),
    "reported_to": ("报送对象", 100, True),
    "reporter": ("报送人", 50, True),
    "content": ("事件经过", 2000, True),
    "people_involved": ("涉及人员", 500, False),
    "measures": ("已采取的措施", 2000, False),
}
UPDATE_LIMIT = ("续报内容", 2000)


@dataclass(frozen=True)
class ReportDraft:
    occurred_at: datetime | None
    reported_at: datetime | None
    reported_to: str
    method: str
    reporter: str
    title: str
    content: str
    people_involved: str = ""
    measures: str = ""
    kind: str = ""  # 事件类别: opens the 应急预案 kept for that kind


def validate_report(draft: ReportDraft, now: datetime) -> ReportDraft:
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in REPORT_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    if draft.method not in METHODS:
        errors.append(FieldError("method", "请选择报送方式：{m}", {"m": "、".join(METHODS)}))
    if draft.occurred_at is None:
        errors.append(FieldError("occurred_at", "请填写事件发生时间"))
    elif draft.occurred_at > now:
        errors.append(FieldError("occurred_at", "事件发生时间不能晚于现在"))
    elif draft.occurred_at < EARLIEST_EVENT:
        errors.append(FieldError("occurred_at", "事件发生时间太早，请核对年份"))
    if draft.reported_at is None:
        errors.append(FieldError("reported_at", "请填写报送时间"))
    elif draft.reported_at > now + timedelta(minutes=5):
        errors.append(FieldError("reported_at", "报送时间不能晚于现在"))
    elif draft.occurred_at is not None and draft.reported_at < draft.occurred_at:
        errors.append(FieldError("reported_at", "报送时间不能早于事件发生时间"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def validate_update(text: str, reported_at: datetime | None, first_report: datetime, now: datetime):
    errors: list[FieldError] = []
    cleaned = clean_text(text)
    label, max_length = UPDATE_LIMIT
    problem = check_text(
        "update", cleaned, label=label, max_length=max_length, required=True, multiline=True
    )
    if problem:
        errors.append(problem)
    if reported_at is None:
        errors.append(FieldError("update_at", "请填写续报时间"))
    elif reported_at < first_report:
        errors.append(FieldError("update_at", "续报时间不能早于首报时间"))
    elif reported_at > now + timedelta(minutes=5):
        errors.append(FieldError("update_at", "续报时间不能晚于现在"))
    if errors:
        raise ValidationError(errors)
    return cleaned


def report_delay(occurred_at: datetime, reported_at: datetime) -> timedelta:
    return reported_at - occurred_at


def delay_text(delay: timedelta) -> str:
    minutes = int(delay.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours >= 24:
        days, hours = divmod(hours, 24)
        return f"{days}天{hours}小时{minutes}分钟"
    return f"{hours}小时{minutes}分钟" if hours else f"{minutes}分钟"


def is_late(delay: timedelta, limit_hours: int) -> bool:
    return delay > timedelta(hours=limit_hours)


def validate_limit_hours(hours: int | None) -> int:
    if hours is None or not 1 <= hours <= MAX_REPORT_LIMIT_HOURS:
        raise ValidationError(
            [
                FieldError(
                    "report_limit_hours",
                    "报送时限应在 1 至 {max} 小时之间",
                    {"max": MAX_REPORT_LIMIT_HOURS},
                )
            ]
        )
    return hours
