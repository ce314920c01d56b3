"""信访统计 for any period: one function feeds the command line (and the window and printed
reports to come), so every place gives the same figures.

Definitions (as the figures are labelled):
- 来访登记 批次 / 人次: gate registrations arriving in the period (voided ones left out);
- 信访事项 件 / 人次: cases received in the period, by channel; 人次 adds up each case's people;
- 办结: of those, closed by the period's last day; 办结率 = 办结 ÷ 件;
- 按期办结: closed within their deadline; 按期办结率 = 按期办结 ÷ 办结;
- 重信重访: cases linked to an earlier case of the same person or matter; share = ÷ 件.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_, select

from ..db.engine import Database
from ..db.models import Case, CaseEvent, CaseUrging, Person, Visit
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.case_flow import CaseState, Step
from ..domain.cases import Channel
from ..domain.dates import day_bounds
from ..domain.statistics import (
    DIMENSION_LABELS,
    UNSPECIFIED,
    Analysis,
    AnnualTables,
    Dimension,
    HandlingRow,
    Period,
    PeriodNotStartedError,
    Report,
    Row,
    Totals,
    Trend,
    TrendPoint,
    TrendStep,
    bucket_label,
    comparison_periods,
    default_step,
    trend_buckets,
)
from . import audit
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings

_CLOSED_STATE_NAMES = (CaseState.CLOSED.name, CaseState.ARCHIVED.name)


def _require(actor: Actor) -> None:
    if not (actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.VIEW_ALL_CASES)


def _counts(period: Period):
    """Column expressions counting cases received in ``period``."""
    closed = or_(
        and_(Case.closed_on.is_not(None), Case.closed_on <= period.end),
        _closed_date_unknown(),
    )
    return (
        func.count(),
        func.coalesce(func.sum(Case.people_count), 0),
        func.count(case((closed, 1))),
        func.count(case((and_(closed, Case.closed_on_time.is_(True)), 1))),
        func.count(case((_closed_date_unknown(), 1))),
    )


def _closed_date_unknown():
    """An imported ledger's closed case whose 办结日期 the ledger does not give: counted as
    办结 (never as on time) and listed as such."""
    return and_(Case.closed_on.is_(None), Case.state.in_(_CLOSED_STATE_NAMES))


def _repeat():
    return or_(Case.repeat_of_id.is_not(None), Case.repeat_marked.is_(True))


def _received(period: Period):
    return and_(Case.received_on >= period.start, Case.received_on <= period.end)


def _totals(session, period: Period) -> Totals:
    start, end = day_bounds(period.start, period.end)
    batches, persons = session.execute(
        select(func.count(), func.coalesce(func.sum(Visit.people_count), 0)).where(
            Visit.arrived_at >= start, Visit.arrived_at < end, Visit.voided_at.is_(None)
        )
    ).one()
    cases, case_persons, closed, on_time, unknown = session.execute(
        select(*_counts(period)).where(_received(period))
    ).one()
    repeats = session.scalar(select(func.count()).where(_received(period), _repeat()))
    return Totals(
        int(batches),
        int(persons),
        int(cases),
        int(case_persons),
        int(closed),
        int(on_time),
        int(repeats or 0),
        int(unknown),
    )


def _rows(session, period: Period, by: Dimension) -> tuple[Row, ...]:
    if by is Dimension.OWNER:
        key = func.coalesce(Person.name, "")
        query = select(key, *_counts(period)).outerjoin(Person, Person.id == Case.owner_id)
    else:
        column = {
            Dimension.CHANNEL: Case.channel,
            Dimension.CATEGORY: Case.category,
            Dimension.AREA: Case.area,
            Dimension.OFFICE: Case.handling_office,
        }[by]
        key = column
        query = select(key, *_counts(period))
    found = session.execute(query.where(_received(period)).group_by(key)).all()
    rows = [
        Row(label or UNSPECIFIED, int(n), int(persons), int(closed), int(on_time), int(unknown))
        for label, n, persons, closed, on_time, unknown in found
    ]
    # Most cases first, ties by name, so the same data always prints in the same order.
    return tuple(sorted(rows, key=lambda r: (-r.cases, r.label)))


def _counted(start: date, end: date, today: date | None) -> tuple[Period, Period]:
    """(asked, counted): the counted part stops at today, so no future day is counted."""
    asked = Period(start, end)
    return asked, asked.until(today or date.today())


@checked
def statistics(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    by: Dimension = Dimension.CHANNEL,
    *,
    today: date | None = None,
) -> Report:
    """A period's figures; a period that has not ended is counted up to ``today`` (default:
    the real today) and compared with the same number of days before and a year before.
    Raises PeriodNotStartedError for a period that starts after today."""
    _require(actor)
    by = Dimension(by)  # a plain "owner" from the command line or a combo box works too
    asked, period = _counted(start, end, today)
    previous, year_before = comparison_periods(asked, period)
    unfinished = period != asked
    with db.read() as session:
        return Report(
            period=period,
            by=by,
            totals=_totals(session, period),
            rows=_rows(session, period, by),
            previous=_totals(session, previous),
            year_before=_totals(session, year_before),
            previous_period=previous,
            year_before_period=year_before,
            asked=asked if unfinished else None,
            as_of=period.end if unfinished else None,
        )


@checked
def statistics_document(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    by: Dimension = Dimension.CHANNEL,
    *,
    purpose: str = "print",
    today: date | None = None,
) -> tuple[Report, Trend, str]:
    """The report, its line over time and the unit's name for the printed 信访统计表 (or its
    .xlsx); audited."""
    report = statistics(db, actor, start, end, by, today=today)
    line = trend(db, actor, start, end, today=today)
    detail = f"信访统计表（按{DIMENSION_LABELS[report.by]}）"
    unit = _audited(db, actor, purpose, f"{start:%Y-%m-%d}~{end:%Y-%m-%d}", detail)
    return report, line, unit


def _trend(session, period: Period, step: TrendStep, *, with_year: bool = False) -> Trend:
    points = []
    # One small indexed count per step: a year by month is 24 queries, each over one month.
    for bucket in trend_buckets(period, step):
        start, end = day_bounds(bucket.start, bucket.end)
        batches, persons = session.execute(
            select(func.count(), func.coalesce(func.sum(Visit.people_count), 0)).where(
                Visit.arrived_at >= start, Visit.arrived_at < end, Visit.voided_at.is_(None)
            )
        ).one()
        cases, case_persons = session.execute(
            select(func.count(), func.coalesce(func.sum(Case.people_count), 0)).where(
                _received(bucket)
            )
        ).one()
        points.append(
            TrendPoint(
                bucket_label(bucket, step, with_year=with_year),
                bucket,
                int(batches),
                int(persons),
                int(cases),
                int(case_persons),
            )
        )
    return Trend(period, step, tuple(points))


@checked
def trend(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    step: TrendStep | None = None,
    *,
    today: date | None = None,
) -> Trend:
    """The period day by day, week by week or month by month (chosen from the asked period's
    length when ``step`` is None): the line chart of the statistics page. It stops at today:
    tomorrow is never a point on the line."""
    _require(actor)
    asked, period = _counted(start, end, today)
    chosen = TrendStep(step) if step is not None else default_step(asked)
    with db.read() as session:
        return _trend(session, period, chosen, with_year=period.start.year != period.end.year)


@checked
def analysis(
    db: Database, actor: Actor, start: date, end: date, *, today: date | None = None
) -> Analysis:
    """The quarterly analysis (any period works): every grouping and the months against the
    same months a year before, both up to today at the latest."""
    _require(actor)
    report = statistics(db, actor, start, end, Dimension.CHANNEL, today=today)
    period = report.period
    with db.read() as session:
        return Analysis(
            report=report,
            categories=_rows(session, period, Dimension.CATEGORY),
            offices=_rows(session, period, Dimension.OFFICE),
            owners=_rows(session, period, Dimension.OWNER),
            trend=_trend(session, period, TrendStep.MONTH),
            trend_year_before=_trend(session, period.year_before(), TrendStep.MONTH),
        )


# Steps of the case flow the annual report counts, in its order (Art. 41: transfers,
# assignments, reviews); each counts the cases that took the step during the year.
_HANDLING_STEPS = (
    (Step.ACCEPT, "受理"),
    (Step.REJECT, "不予受理"),
    (Step.REFER, "转送其他机关"),
    (Step.ASSIGN, "交办承办部门"),
    (Step.EXTEND, "延期办理"),
    (Step.REPLY, "出具处理意见"),
    (Step.REQUEST_REVIEW, "申请复查"),
    (Step.REQUEST_RECHECK, "申请复核"),
)


def _handling(session, period: Period, totals: Totals) -> tuple[HandlingRow, ...]:
    in_year = and_(CaseEvent.occurred_on >= period.start, CaseEvent.occurred_on <= period.end)
    by_step = dict(
        session.execute(
            select(CaseEvent.step, func.count(func.distinct(CaseEvent.case_id)))
            .where(in_year, CaseEvent.step.in_([step.name for step, _ in _HANDLING_STEPS]))
            .group_by(CaseEvent.step)
        ).all()
    )
    referred_from_above = session.scalar(
        select(func.count()).where(_received(period), Case.channel == Channel.REFERRAL.value)
    )
    urged = session.execute(
        select(func.count(func.distinct(CaseUrging.case_id)), func.count()).where(
            CaseUrging.urged_on >= period.start, CaseUrging.urged_on <= period.end
        )
    ).one()
    rows = [HandlingRow("收到信访事项（件）", totals.cases)]
    rows.append(HandlingRow("其中上级转办/交办（件）", int(referred_from_above or 0)))
    rows.extend(
        HandlingRow(f"{label}（件）", int(by_step.get(step.name, 0)))
        for step, label in _HANDLING_STEPS
    )
    rows.append(HandlingRow("督办（件）", int(urged[0])))
    rows.append(HandlingRow("督办（次）", int(urged[1])))
    rows.append(HandlingRow("办结（件）", totals.closed))
    rows.append(HandlingRow("按期办结（件）", totals.closed_on_time))
    unknown = session.scalar(select(func.count()).where(_received(period), _closed_date_unknown()))
    if unknown:
        rows.append(HandlingRow("其中办结日期不详（件）", int(unknown)))
    rows.append(HandlingRow("重信重访（件）", totals.repeats))
    return tuple(rows)


@checked
def annual_tables(
    db: Database, actor: Actor, year: int, *, today: date | None = None
) -> AnnualTables:
    """The year's tables for the annual 信访工作报告 (信访工作条例 Art. 41); the current year
    up to today, compared with the same dates a year before."""
    _require(actor)
    report = statistics(
        db, actor, date(year, 1, 1), date(year, 12, 31), Dimension.CHANNEL, today=today
    )
    period = report.period
    with db.read() as session:
        return AnnualTables(
            year=year,
            report=report,
            categories=_rows(session, period, Dimension.CATEGORY),
            offices=_rows(session, period, Dimension.OFFICE),
            handling=_handling(session, period, report.totals),
            months=_trend(session, period, TrendStep.MONTH),
            months_year_before=_trend(session, period.year_before(), TrendStep.MONTH),
        )


def _audited(db: Database, actor: Actor, purpose: str, target: str, detail: str) -> str:
    actor.require(Permission.PRINT_REGISTERS)
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="statistics",
        target_id=target,
        detail=detail,
    )
    return get_unit_settings(db).unit_name


@checked
def analysis_document(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    purpose: str = "print",
    today: date | None = None,
) -> tuple[Analysis, str]:
    """The analysis and the unit's name for the printed report (or its .xlsx); audited."""
    result = analysis(db, actor, start, end, today=today)
    unit = _audited(db, actor, purpose, f"{start:%Y-%m-%d}~{end:%Y-%m-%d}", "信访工作分析报告")
    return result, unit


@checked
def annual_document(
    db: Database,
    actor: Actor,
    year: int,
    *,
    purpose: str = "print",
    today: date | None = None,
) -> tuple[AnnualTables, str]:
    result = annual_tables(db, actor, year, today=today)
    unit = _audited(db, actor, purpose, str(year), "年度信访工作报告统计表")
    return result, unit


__all__ = [
    "DIMENSION_LABELS",
    "Analysis",
    "AnnualTables",
    "Dimension",
    "PeriodNotStartedError",
    "Report",
    "Row",
    "Totals",
    "Trend",
    "TrendStep",
    "analysis",
    "analysis_document",
    "annual_document",
    "annual_tables",
    "statistics",
    "statistics_document",
    "trend",
]
