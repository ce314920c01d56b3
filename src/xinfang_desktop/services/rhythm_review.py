"""一周一总结、一月一分析、一季度一回顾: a one-page review of any week, month or quarter.

The figures of the period beside the same number of days just before it, what is still open,
and the plan's measures that are behind. A period that has not ended is counted up to today
and says 截至, and the comparison uses the same number of days, so a half-finished month is
never set against a whole one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from ..db.engine import Database
from ..db.models import (
    Case,
    Dispute,
    Forum,
    InfoReport,
    Meeting,
    OutreachVisit,
    ScreeningRecord,
)
from ..domain.auth import PermissionDeniedError
from ..domain.dates import chinese_date, day_bounds
from ..domain.disputes import OPEN_STATUSES, STATUS_RESOLVED
from ..domain.errors import FieldError, ValidationError
from ..domain.info_reports import STATUS_OPEN as REPORT_OPEN
from ..domain.screening import STATUS_FOLLOW_UP, STATUS_RECORDED
from ..domain.statistics import Dimension
from ..reports.year_work_forms import ReviewFigure, ReviewSheet
from . import audit, work_plan
from .cases import OPEN_STATE_NAMES
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings
from .statistics import statistics

KIND_WEEK, KIND_MONTH, KIND_QUARTER = "week", "month", "quarter"
TITLES = {
    KIND_WEEK: "信访工作周小结",
    KIND_MONTH: "信访工作月分析",
    KIND_QUARTER: "信访工作季度回顾",
}


@dataclass(frozen=True)
class ReviewPeriod:
    kind: str
    start: date
    end: date  # the last counted day: today when the period has not ended
    planned_end: date

    @property
    def unfinished(self) -> bool:
        return self.end < self.planned_end

    @property
    def previous(self) -> tuple[date, date]:
        days = (self.end - self.start).days + 1
        return self.start - timedelta(days=days), self.start - timedelta(days=1)


def review_period(kind: str, day: date, today: date) -> ReviewPeriod:
    """The week (Monday–Sunday), month or quarter that holds ``day``."""
    if kind == KIND_WEEK:
        start = day - timedelta(days=day.weekday())
        planned = start + timedelta(days=6)
    elif kind == KIND_MONTH:
        start = day.replace(day=1)
        planned = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif kind == KIND_QUARTER:
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        planned = (start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
    else:
        raise ValueError(kind)
    return ReviewPeriod(kind, start, min(planned, today), planned)


def _counts(session, start: date, end: date) -> dict[str, int]:
    first, after = day_bounds(start, end)

    def count(model, *conditions) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0)

    return {
        "screening_findings": count(
            ScreeningRecord,
            ScreeningRecord.screened_on.between(start, end),
            ScreeningRecord.status != STATUS_RECORDED,
        ),
        "disputes_found": count(Dispute, Dispute.found_on.between(start, end)),
        "disputes_resolved": count(
            Dispute, Dispute.status == STATUS_RESOLVED, Dispute.resolved_on.between(start, end)
        ),
        "meetings": count(Meeting, Meeting.held_on.between(start, end)),
        "outreach": count(OutreachVisit, OutreachVisit.visited_on.between(start, end)),
        "forums": count(Forum, Forum.held_on.between(start, end)),
        "reports": count(
            InfoReport, InfoReport.occurred_at >= first, InfoReport.occurred_at < after
        ),
    }


_LABELS = (
    ("visit_batches", "来访登记（批）"),
    ("visit_persons", "来访登记（人次）"),
    ("cases", "新登记信访事项（件）"),
    ("closed", "其中已办结（件）"),
    ("repeats", "重信重访（件）"),
    ("screening_findings", "包组摸排发现问题（个）"),
    ("disputes_found", "排查矛盾纠纷（件）"),
    ("disputes_resolved", "化解矛盾纠纷（件）"),
    ("meetings", "召开例会（次）"),
    ("outreach", "下访（次）"),
    ("forums", "座谈会（次）"),
    ("reports", "信息报送（件）"),
)


@checked
def review_document(
    db: Database, actor: Actor, kind: str, day: date, today: date
) -> tuple[ReviewSheet, str]:
    """The one-page review; for those who read unit statistics and print reports; audited."""
    period = review_period(kind, day, today)
    if period.start > today:
        raise ValidationError([FieldError("date", "这个时期还没有开始")])
    now_report = statistics(db, actor, period.start, period.end, Dimension.CHANNEL)
    before_start, before_end = period.previous
    before_report = statistics(db, actor, before_start, before_end, Dimension.CHANNEL)
    with db.read() as session:
        now_counts = _counts(session, period.start, period.end)
        before_counts = _counts(session, before_start, before_end)
        open_items = _open_items(session, period.end)
    for values, report in ((now_counts, now_report), (before_counts, before_report)):
        t = report.totals
        values.update(
            visit_batches=t.visit_batches, visit_persons=t.visit_persons, cases=t.cases,
            closed=t.closed, repeats=t.repeats,
        )  # fmt: skip
    try:
        behind = tuple(work_plan.late_items(db, actor, period.start.year, today))
    except PermissionDeniedError:  # a reader without the plan's permission still gets the rest
        behind = ()
    label = f"{chinese_date(period.start)}至{chinese_date(period.end)}"
    if period.unfinished:
        label += f"（截至{chinese_date(period.end)}，本期尚未结束）"
    sheet = ReviewSheet(
        title=TITLES[kind],
        period_label=label,
        compared_label=f"上期：{chinese_date(before_start)}至{chinese_date(before_end)}（同样天数）",
        figures=tuple(
            ReviewFigure(text, now_counts[key], before_counts[key]) for key, text in _LABELS
        ),
        open_items=open_items,
        plan_behind=behind,
    )
    audit.append(
        db, actor, "print", target_kind="review", target_id=f"{period.start:%Y-%m-%d}",
        detail=TITLES[kind],
    )  # fmt: skip
    return sheet, get_unit_settings(db).unit_name


def _open_items(session, end: date) -> tuple[str, ...]:
    items = []
    overdue = int(
        session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.state.in_(OPEN_STATE_NAMES), Case.due_on < end)
        )
        or 0
    )
    still_open = int(
        session.scalar(
            select(func.count()).select_from(Case).where(Case.state.in_(OPEN_STATE_NAMES))
        )
        or 0
    )
    items.append(f"在办信访事项{still_open}件，其中逾期{overdue}件")
    disputes = int(
        session.scalar(
            select(func.count()).select_from(Dispute).where(Dispute.status.in_(OPEN_STATUSES))
        )
        or 0
    )
    items.append(f"正在化解的矛盾纠纷{disputes}件")
    follow_ups = int(
        session.scalar(
            select(func.count())
            .select_from(ScreeningRecord)
            .where(ScreeningRecord.status == STATUS_FOLLOW_UP)
        )
        or 0
    )
    items.append(f"包组摸排待跟进问题{follow_ups}个")
    reports = int(
        session.scalar(
            select(func.count()).select_from(InfoReport).where(InfoReport.status == REPORT_OPEN)
        )
        or 0
    )
    if reports:
        items.append(f"尚未终报的信息报送{reports}件")
    return tuple(items)
