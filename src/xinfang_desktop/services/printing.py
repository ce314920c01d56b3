"""Plain data for the printed forms: the visit register of a period and the visitor slip.

ID numbers are masked here, where the decision about personal data belongs (services/).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import Visit
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number
from ..reports.visit_register import RegisterRow, VisitRegisterDocument
from ..reports.visitor_slip import VisitorSlip
from .settings import get_unit_settings
from .visits import get_visit

# A register longer than this is a mistake in the dates, not a form anyone will print.
MAX_REGISTER_DAYS = 366


def _check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    if (date_to - date_from).days >= MAX_REGISTER_DAYS:
        raise ValidationError(
            [FieldError("date_to", "一次最多打印 {days} 天", {"days": MAX_REGISTER_DAYS})]
        )


def visit_register_document(
    db: Database, date_from: date, date_to: date, *, printed_at: datetime | None = None
) -> VisitRegisterDocument:
    """The period's visits in arrival order, voided ones left out, ID numbers masked."""
    _check_period(date_from, date_to)
    start, end = day_bounds(date_from, date_to)
    unit_name = get_unit_settings(db).unit_name
    with db.read() as session:
        visits = session.scalars(
            select(Visit)
            .where(Visit.arrived_at >= start, Visit.arrived_at < end, Visit.voided_at.is_(None))
            .order_by(Visit.arrived_at, Visit.id)
        )
        rows = [
            RegisterRow(
                arrived_at=v.arrived_at,
                left_at=v.left_at,
                name=v.name,
                gender=v.gender,
                phone=v.phone,
                id_number=mask_id_number(v.id_number),
                people_count=v.people_count,
                unit_address=v.unit_address,
                reason=v.reason,
                category=v.category,
                host=v.host,
                receptionist=v.receptionist,
                vehicle_plate=v.vehicle_plate,
                outcome=v.outcome,
                remarks=v.remarks,
            )
            for v in visits
        ]
    return VisitRegisterDocument(
        unit_name=unit_name,
        date_from=date_from,
        date_to=date_to,
        rows=rows,
        printed_at=printed_at or datetime.now().replace(microsecond=0),
    )


def visitor_slip(db: Database, visit_id: int) -> VisitorSlip:
    record = get_visit(db, visit_id)
    if record.is_voided:
        raise NotFoundError(str(visit_id), "这条登记已作废，不能打印访客单。")
    draft = record.draft
    return VisitorSlip(
        unit_name=get_unit_settings(db).unit_name,
        visit_number=record.number,
        name=draft.name,
        people_count=draft.people_count,
        arrived_at=draft.arrived_at,
        host=draft.host,
        reason=draft.reason,
        receptionist=draft.receptionist,
    )
