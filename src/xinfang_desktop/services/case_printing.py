"""Plain data for the ledger of a period.

The notices of a case are issued documents now: services/case_documents.py issues, lists,
reprints and corrects them, and services/notice_content.py decides what each says."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Case, CaseEvent, Person
from ..domain.case_flow import CaseState, Step
from ..domain.errors import FieldError, ValidationError
from ..reports.case_ledger import LedgerDocument, LedgerRow
from . import audit
from .context import Actor
from .permissions import checked
from .printing import MAX_REGISTER_DAYS
from .settings import get_unit_settings

# The steps whose details are the unit's answer to the petitioner, in the ledger's words.
_ANSWER_STEPS = (
    Step.REJECT,
    Step.REFER,
    Step.REPLY,
    Step.ANSWER_REVIEW,
    Step.ANSWER_RECHECK,
    Step.CLOSE,
)


def _ledger_answer(events: list[tuple[Step, date, dict]]) -> tuple[str, date | None, str]:
    """办理结果/答复意见, the day of the first answer, and the petitioner's 评价 (if recorded
    when closing) from a case's answering steps in date order."""
    parts: list[str] = []
    answered_on: date | None = None
    evaluation = ""
    for step, occurred_on, details in events:
        text = ""
        if step == Step.REJECT:
            text = f"不予受理：{details.get('reason', '')}"
        elif step == Step.REFER:
            text = f"转送{details.get('body', '')}"
        elif step == Step.REPLY:
            text = str(details.get("decision", ""))
        elif step == Step.ANSWER_REVIEW:
            text = f"复查：{details.get('decision', '')}"
        elif step == Step.ANSWER_RECHECK:
            text = f"复核：{details.get('decision', '')}"
        elif step == Step.CLOSE:
            evaluation = str(details.get("evaluation", ""))
            # The closing result only when nothing else answered the petitioner.
            if not parts:
                text = str(details.get("result", ""))
        if text:
            parts.append(text)
            if answered_on is None and step != Step.CLOSE:
                answered_on = occurred_on
    return "；".join(parts), answered_on, evaluation


@checked
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
    events = (
        select(CaseEvent.case_id, CaseEvent.step, CaseEvent.occurred_on, CaseEvent.details)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(Case.received_on >= date_from, Case.received_on <= date_to)
        .where(CaseEvent.step.in_([step.name for step in _ANSWER_STEPS]))
        .order_by(CaseEvent.case_id, CaseEvent.occurred_on, CaseEvent.id)
    )
    with db.read() as session:
        answers: dict[int, list[tuple[Step, date, dict]]] = {}
        for case_id, step, occurred_on, details in session.execute(events):
            answers.setdefault(case_id, []).append((Step[step], occurred_on, details or {}))
        rows = []
        for case, owner, repeat_number in session.execute(query):
            result, answered_on, evaluation = _ledger_answer(answers.get(case.id, []))
            rows.append(
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
                    due_on=case.reply_due_on or case.due_on,
                    closed_on=case.closed_on,
                    on_time=case.closed_on_time,
                    repeat_of=repeat_number or "",
                    result=result,
                    replied_on=case.replied_on or answered_on,
                    evaluation=evaluation,
                    remarks=case.remarks,
                )
            )
        rows = tuple(rows)
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="case_ledger",
        target_id=f"{date_from:%Y-%m-%d}~{date_to:%Y-%m-%d}",
        detail=f"信访事项登记台账 {len(rows)} 件",
    )
    return LedgerDocument(unit, date_from, date_to, rows, printed_at or date.today())
