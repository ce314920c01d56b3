"""年度信访工作计划: measures with an owner, a department and a rhythm, each checked against the
program's own records ("每周一开会": 47 of 49 weeks held).

The checks are pure: the service hands in the dates it found, these functions say done, late
or missing and give the evidence in words a principal would write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from .dates import chinese_date
from .errors import FieldError, ValidationError
from .text import check_text, clean_text


class CheckKind(StrEnum):
    MANUAL = "manual"
    WEEKLY_MEETING = "weekly_meeting"
    MONTHLY_OUTREACH = "monthly_outreach"
    SCREENING = "screening"
    LEADER_DUTY = "leader_duty"
    DAILY_REGISTER = "daily_register"
    DISPUTES_ON_TIME = "disputes_on_time"
    CASES_ON_TIME = "cases_on_time"


CHECK_LABELS: dict[CheckKind, str] = {
    CheckKind.MANUAL: "手动勾选完成",
    CheckKind.WEEKLY_MEETING: "每周召开例会",
    CheckKind.MONTHLY_OUTREACH: "领导小组成员每月下访",
    CheckKind.SCREENING: "包组摸排（每N天一次）",
    CheckKind.LEADER_DUTY: "24小时领导值班",
    CheckKind.DAILY_REGISTER: "每个上学日做好来访登记",
    CheckKind.DISPUTES_ON_TIME: "矛盾纠纷在时限内化解",
    CheckKind.CASES_ON_TIME: "信访事项按期办结率达到目标",
}
# What the target number means, where a check has one.
TARGET_LABELS: dict[CheckKind, str] = {
    CheckKind.SCREENING: "间隔天数",
    CheckKind.CASES_ON_TIME: "目标（%）",
}
TARGET_LIMITS: dict[CheckKind, tuple[int, int]] = {
    CheckKind.SCREENING: (1, 92),
    CheckKind.CASES_ON_TIME: (1, 100),
}

STATUS_DONE = "done"
STATUS_PENDING = "pending"
STATUS_LATE = "late"
STATUS_MISSING = "missing"
STATUS_LABELS = {
    STATUS_DONE: "已完成",
    STATUS_PENDING: "进行中",
    STATUS_LATE: "逾期",
    STATUS_MISSING: "有缺项",
}

MAX_ITEMS = 60
ITEM_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "goal": ("目标", 500, True),
    "measures": ("措施", 1000, False),
    "office": ("责任部门", 100, False),
    "timing": ("时间节点", 100, False),
    "note": ("完成情况说明", 200, False),
}
TITLE_LIMIT = 100


@dataclass(frozen=True)
class PlanItemDraft:
    goal: str
    measures: str = ""
    leader_id: int | None = None
    office: str = ""
    timing: str = ""  # 时间节点 in words: 每周一, 每月, 3月底前 …
    check: CheckKind = CheckKind.MANUAL
    target: int | None = None
    due_on: date | None = None  # for a manual item: the date it must be done by
    done_on: date | None = None
    note: str = ""


def validate_plan_item(draft: PlanItemDraft, year: int) -> PlanItemDraft:
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in ITEM_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    try:
        check = CheckKind(draft.check)
    except ValueError:
        errors.append(FieldError("check", "请选择检查方式"))
        check = CheckKind.MANUAL
    target = draft.target
    if check in TARGET_LIMITS:
        low, high = TARGET_LIMITS[check]
        if target is None:
            errors.append(FieldError("target", "请填写{label}", {"label": TARGET_LABELS[check]}))
        elif not low <= target <= high:
            errors.append(
                FieldError(
                    "target",
                    "{label}应在 {low} 至 {high} 之间",
                    {"label": TARGET_LABELS[check], "low": low, "high": high},
                )
            )
    else:
        target = None
    for field, day, label in (
        ("due_on", draft.due_on, "完成期限"),
        ("done_on", draft.done_on, "完成日期"),
    ):
        if day is not None and day.year not in (year, year + 1):
            errors.append(
                FieldError(field, "{label}应在{year}年内", {"label": label, "year": year})
            )
    if errors:
        raise ValidationError(errors)
    return replace(draft, check=check, target=target, **cleaned)


def validate_plan_title(title: str) -> str:
    cleaned = clean_text(title)
    problem = check_text("title", cleaned, label="计划名称", max_length=TITLE_LIMIT, required=True)
    if problem:
        raise ValidationError([problem])
    return cleaned


@dataclass(frozen=True)
class CheckResult:
    status: str
    evidence: str
    shortfalls: tuple[str, ...] = ()  # the missing weeks, months, groups … named

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _names(items: Sequence[str], shown: int = 6) -> str:
    more = f"等{len(items)}项" if len(items) > shown else ""
    return "、".join(items[:shown]) + more


def weeks_between(start: date, end: date) -> list[date]:
    """The Mondays of the whole weeks from ``start`` to ``end`` (a week counts once it ended,
    so this week is never reported missing before Sunday)."""
    monday = start - timedelta(days=start.weekday())
    if monday < start:
        monday += timedelta(days=7)
    found = []
    while monday + timedelta(days=6) <= end:
        found.append(monday)
        monday += timedelta(days=7)
    return found


def check_weekly(held: Iterable[date], start: date, end: date) -> CheckResult:
    weeks = weeks_between(start, end)
    held_weeks = {d - timedelta(days=d.weekday()) for d in held}
    missing = [w for w in weeks if w not in held_weeks]
    evidence = f"应开{len(weeks)}周，已开{len(weeks) - len(missing)}周"
    if missing:
        named = [f"{chinese_date(w)}那周" for w in missing]
        return CheckResult(
            STATUS_MISSING, f"{evidence}，缺{len(missing)}周：{_names(named)}", tuple(named)
        )
    return CheckResult(STATUS_DONE if weeks else STATUS_PENDING, evidence)


def months_between(start: date, end: date) -> list[date]:
    """First days of the months that have ended by ``end`` (this month is still running)."""
    found, month = [], start.replace(day=1)
    while True:
        following = (month + timedelta(days=32)).replace(day=1)
        if following - timedelta(days=1) > end:
            return found
        if month >= start.replace(day=1):
            found.append(month)
        month = following


def check_monthly_per_person(
    visits: Iterable[tuple[int, date]],
    members: Sequence[tuple[int, str, date, date | None]],
    start: date,
    end: date,
) -> CheckResult:
    """``members``: (person id, name, joined, left); each owes one visit a month while in."""
    done = {(person, day.replace(day=1)) for person, day in visits}
    owed, missing = 0, []
    for month in months_between(start, end):
        month_end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        for person, name, joined, left in members:
            if joined > month_end or (left is not None and left < month):
                continue
            owed += 1
            if (person, month) not in done:
                missing.append(f"{name}{month.month}月")
    evidence = f"应下访{owed}人次，已下访{owed - len(missing)}人次"
    if missing:
        return CheckResult(STATUS_MISSING, f"{evidence}；未下访：{_names(missing)}", tuple(missing))
    return CheckResult(STATUS_DONE if owed else STATUS_PENDING, evidence)


def check_interval(
    screenings: dict[str, tuple[date, list[date]]], interval: int, end: date
) -> CheckResult:
    """Each group (name → (its first day, its screening days)) screened at least every
    ``interval`` days from its first day to ``end``."""
    late = []
    for group, (first, days) in sorted(screenings.items()):
        previous = first
        for day in [*sorted(d for d in days if first <= d <= end), end + timedelta(days=1)]:
            if (day - previous).days > interval:
                late.append(group)
                break
            previous = day
    if not screenings:
        return CheckResult(STATUS_PENDING, "还没有分配包组")
    evidence = f"{len(screenings)}个组，每{interval}天至少摸排一次"
    if late:
        return CheckResult(
            STATUS_MISSING, f"{evidence}；有间隔超期的组：{_names(late)}", tuple(late)
        )
    return CheckResult(STATUS_DONE, f"{evidence}，均按时完成")


def check_daily(covered: Iterable[date], days: Sequence[date], what: str) -> CheckResult:
    covered_days = set(covered)
    missing = [d for d in days if d not in covered_days]
    evidence = f"应{what}{len(days)}天，已{what}{len(days) - len(missing)}天"
    if missing:
        named = [chinese_date(d) for d in missing]
        return CheckResult(
            STATUS_MISSING, f"{evidence}，缺{len(missing)}天：{_names(named)}", tuple(named)
        )
    return CheckResult(STATUS_DONE if days else STATUS_PENDING, evidence)


def check_disputes(rows: Iterable[tuple[str, date, date | None]], today: date) -> CheckResult:
    """(matter, deadline, resolved on): late when resolved after its 时限 or still open past it."""
    rows = list(rows)
    late = [
        matter[:12]
        for matter, deadline, resolved in rows
        if (resolved is not None and resolved > deadline) or (resolved is None and deadline < today)
    ]
    resolved = sum(1 for _, _, r in rows if r is not None)
    evidence = f"排查{len(rows)}件，已化解{resolved}件"
    if late:
        return CheckResult(
            STATUS_LATE, f"{evidence}；超过化解时限{len(late)}件：{_names(late)}", tuple(late)
        )
    return CheckResult(STATUS_DONE if rows else STATUS_PENDING, f"{evidence}，均在时限内")


def check_rate(part: int, whole: int, target: int, what: str) -> CheckResult:
    if whole == 0:
        return CheckResult(STATUS_PENDING, f"还没有已办结的信访事项，{what}无法计算")
    percent = part * 100 / whole
    evidence = f"{what}{percent:.1f}%（{part}/{whole}），目标{target}%"
    return CheckResult(STATUS_DONE if percent >= target else STATUS_MISSING, evidence)


def check_manual(due_on: date | None, done_on: date | None, today: date) -> CheckResult:
    if done_on is not None:
        return CheckResult(STATUS_DONE, f"{chinese_date(done_on)}完成")
    if due_on is not None and due_on < today:
        return CheckResult(STATUS_LATE, f"应于{chinese_date(due_on)}前完成，尚未完成")
    if due_on is not None:
        return CheckResult(STATUS_PENDING, f"应于{chinese_date(due_on)}前完成")
    return CheckResult(STATUS_PENDING, "尚未勾选完成")
