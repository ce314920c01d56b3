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

from sqlalchemy import and_, case, func, select

from ..db.engine import Database
from ..db.models import Case, Person, Visit
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.statistics import (
    DIMENSION_LABELS,
    UNSPECIFIED,
    Dimension,
    Period,
    Report,
    Row,
    Totals,
)
from . import audit
from .context import Actor
from .settings import get_unit_settings


def _require(actor: Actor) -> None:
    if not (actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.VIEW_ALL_CASES)


def _counts(period: Period):
    """Column expressions counting cases received in ``period``."""
    closed = and_(Case.closed_on.is_not(None), Case.closed_on <= period.end)
    return (
        func.count(),
        func.coalesce(func.sum(Case.people_count), 0),
        func.count(case((closed, 1))),
        func.count(case((and_(closed, Case.closed_on_time.is_(True)), 1))),
    )


def _received(period: Period):
    return and_(Case.received_on >= period.start, Case.received_on <= period.end)


def _totals(session, period: Period) -> Totals:
    start, end = day_bounds(period.start, period.end)
    batches, persons = session.execute(
        select(func.count(), func.coalesce(func.sum(Visit.people_count), 0)).where(
            Visit.arrived_at >= start, Visit.arrived_at < end, Visit.voided_at.is_(None)
        )
    ).one()
    cases, case_persons, closed, on_time = session.execute(
        select(*_counts(period)).where(_received(period))
    ).one()
    repeats = session.scalar(
        select(func.count()).where(_received(period), Case.repeat_of_id.is_not(None))
    )
    return Totals(
        int(batches),
        int(persons),
        int(cases),
        int(case_persons),
        int(closed),
        int(on_time),
        int(repeats or 0),
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
        Row(label or UNSPECIFIED, int(n), int(persons), int(closed), int(on_time))
        for label, n, persons, closed, on_time in found
    ]
    # Most cases first, ties by name, so the same data always prints in the same order.
    return tuple(sorted(rows, key=lambda r: (-r.cases, r.label)))


def statistics(
    db: Database, actor: Actor, start: date, end: date, by: Dimension = Dimension.CHANNEL
) -> Report:
    _require(actor)
    by = Dimension(by)  # a plain "owner" from the command line or a combo box works too
    period = Period(start, end)
    with db.read() as session:
        return Report(
            period=period,
            by=by,
            totals=_totals(session, period),
            rows=_rows(session, period, by),
            previous=_totals(session, period.previous()),
            year_before=_totals(session, period.year_before()),
        )


def statistics_document(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    by: Dimension = Dimension.CHANNEL,
    *,
    purpose: str = "print",
) -> tuple[Report, str]:
    """The report and the unit's name for the printed 信访统计表 (or its .xlsx); audited."""
    actor.require(Permission.PRINT_REGISTERS)
    report = statistics(db, actor, start, end, by)
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="statistics",
        target_id=f"{start:%Y-%m-%d}~{end:%Y-%m-%d}",
        detail=f"信访统计表（按{DIMENSION_LABELS[report.by]}）",
    )
    return report, get_unit_settings(db).unit_name


__all__ = [
    "DIMENSION_LABELS",
    "Dimension",
    "Report",
    "Row",
    "Totals",
    "statistics",
    "statistics_document",
]
