"""Plain data for the printed forms: the visit register of a period and the visitor slip.

ID numbers are masked here, where the decision about personal data belongs (services/), and
every print or export is written to the audit log before the data is handed over.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.tables import visits as visits_table
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number, mask_phone
from ..domain.visits import slip_code
from ..reports.visit_register import RegisterRow, VisitRegisterDocument
from . import audit
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings

if TYPE_CHECKING:
    from ..reports.visitor_slip import VisitorSlip

# A register longer than this is a mistake in the dates, not a form anyone will print.
MAX_REGISTER_DAYS = 366


def _check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    if (date_to - date_from).days >= MAX_REGISTER_DAYS:
        raise ValidationError(
            [FieldError("date_to", "一次最多打印 {days} 天", {"days": MAX_REGISTER_DAYS})]
        )


@checked
def visit_register_document(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    purpose: str = "print",
    printed_at: datetime | None = None,
) -> VisitRegisterDocument:
    """The period's visits in arrival order, voided ones left out, ID numbers masked.

    The gate prints today's register (it signs it); other periods need a role that prints
    registers. ``purpose`` ("print" or "export") is what the audit log records."""
    _check_period(date_from, date_to)
    printed_at = printed_at or datetime.now().replace(microsecond=0)
    today = printed_at.date()
    if not actor.can(Permission.PRINT_REGISTERS):
        actor.require(Permission.REGISTER_VISITS)
        if date_from != today or date_to != today:
            raise PermissionDeniedError(actor.role, Permission.PRINT_REGISTERS)
    show_phone = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    start, end = day_bounds(date_from, date_to)
    unit_name = get_unit_settings(db).unit_name
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="visit_register",
        target_id=f"{date_from:%Y-%m-%d}~{date_to:%Y-%m-%d}",
        detail="来访登记表" + ("（电话完整）" if show_phone else "（电话打码）"),
        now=printed_at,
    )
    visit = visits_table.c
    # Plain rows of the printed columns through Core: a month's register is a thousand rows,
    # and neither ORM objects nor the ORM itself are needed to print them.
    with db.read_connection() as connection:
        visits = connection.execute(
            select(
                visit.arrived_at,
                visit.left_at,
                visit.name,
                visit.gender,
                visit.phone,
                visit.id_number,
                visit.people_count,
                visit.unit_address,
                visit.reason,
                visit.category,
                visit.host,
                visit.receptionist,
                visit.vehicle_plate,
                visit.outcome,
                visit.remarks,
            )
            .where(visit.arrived_at >= start, visit.arrived_at < end, visit.voided_at.is_(None))
            .order_by(visit.arrived_at, visit.id)
        )
        rows = [
            RegisterRow(
                arrived_at=v.arrived_at,
                left_at=v.left_at,
                name=v.name,
                gender=v.gender,
                phone=v.phone if show_phone else mask_phone(v.phone),
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
        printed_at=printed_at,
    )


@checked
def visitor_slip(
    db: Database, actor: Actor, visit_id: int, *, now: datetime | None = None
) -> VisitorSlip:
    """The slip handed to the visitor: no personal numbers on it, so no unmasked view."""
    # Imported here, not at the top: printing a register needs neither the QR code library
    # nor the visit services, and each process that prints pays for what it imports.
    from ..reports.visitor_slip import VisitorSlip
    from .visits import load_slip_fields, require_day_access

    when = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        fields = load_slip_fields(session, visit_id)
        require_day_access(actor, fields.arrived_at, when.date())
        if fields.voided:
            raise NotFoundError(str(visit_id), "这条登记已作废，不能打印访客单。")
        audit.append_in_session(
            session,
            actor,
            "print",
            target_kind="visitor_slip",
            target_id=visit_id,
            detail=f"访客单：{fields.name}",
            now=when,
        )
    return VisitorSlip(
        unit_name=get_unit_settings(db).unit_name,
        visit_number=fields.number,
        name=fields.name,
        people_count=fields.people_count,
        arrived_at=fields.arrived_at,
        host=fields.host,
        reason=fields.reason,
        receptionist=fields.receptionist,
        code=slip_code(visit_id, fields.number),
    )
