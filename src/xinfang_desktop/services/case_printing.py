"""Plain data for the ledger of a period.

The notices of a case are issued documents now: services/case_documents.py issues, lists,
reprints and corrects them, and services/notice_content.py decides what each says."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Case, Person
from ..domain.auth import Permission
from ..domain.case_flow import CaseState
from ..domain.errors import FieldError, ValidationError
from ..reports.case_ledger import LedgerDocument, LedgerRow
from . import audit
from .context import Actor
from .printing import MAX_REGISTER_DAYS
from .settings import get_unit_settings


def ledger_document(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    *,
    purpose: str = "print",
    printed_at: date | None = None,
) -> LedgerDocument:
    """The cases received in the period, in number order (the accused is not listed)."""
    actor.require(Permission.PRINT_REGISTERS)
    actor.require(Permission.VIEW_ALL_CASES)
    if date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    if (date_to - date_from).days >= MAX_REGISTER_DAYS:
        raise ValidationError(
            [FieldError("date_to", "一次最多打印 {days} 天", {"days": MAX_REGISTER_DAYS})]
        )
    unit = get_unit_settings(db).unit_name
    earlier = Case.__table__.alias("earlier")
    query = (
        select(Case, Person.name, earlier.c.number)
        .outerjoin(Person, Person.id == Case.owner_id)
        .outerjoin(earlier, earlier.c.id == Case.repeat_of_id)
        .where(Case.received_on >= date_from, Case.received_on <= date_to)
        .order_by(Case.received_on, Case.year, Case.seq)
    )
    with db.read() as session:
        rows = tuple(
            LedgerRow(
                number=case.number,
                received_on=case.received_on,
                channel=case.channel,
                petitioners=case.petitioner_names,
                people_count=case.people_count,
                request=case.request,
                category=case.category,
                area=case.area,
                owner=owner or "",
                handling_office=case.handling_office,
                state=CaseState[case.state].value,
                due_on=case.due_on,
                closed_on=case.closed_on,
                on_time=case.closed_on_time,
                repeat_of=repeat_number or "",
            )
            for case, owner, repeat_number in session.execute(query)
        )
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="case_ledger",
        target_id=f"{date_from:%Y-%m-%d}~{date_to:%Y-%m-%d}",
        detail=f"信访事项登记台账 {len(rows)} 件",
    )
    return LedgerDocument(unit, date_from, date_to, rows, printed_at or date.today())
