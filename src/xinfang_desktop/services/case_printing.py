"""Plain data for the notices of a case and for the ledger of a period.

What may appear on which notice is decided here: ID numbers are masked, and a notice that goes
to an office never names the accused person or office (信访工作条例 Art. 30)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Case, Person
from ..domain.case_flow import CaseState, Step
from ..domain.case_notices import NOTICE_STEPS, NoticeKind, redact_accused
from ..domain.cases import check_accused_on_recipient
from ..domain.dates import chinese_date
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number
from ..reports.case_ledger import LedgerDocument, LedgerRow
from ..reports.case_notices import CaseNotice
from . import audit
from .case_settings import get_deadline_rules
from .cases import CaseRecord, load_case
from .context import Actor
from .permissions import checked
from .printing import MAX_REGISTER_DAYS
from .settings import get_unit_settings


def available_notices(record: CaseRecord) -> list[NoticeKind]:
    taken = {event.step for event in record.events}
    kinds = []
    for kind, steps in NOTICE_STEPS.items():
        if kind == NoticeKind.URGING:
            if record.urgings:
                kinds.append(kind)
        elif taken & set(steps):
            kinds.append(kind)
    return kinds


@checked
def case_notice(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: NoticeKind,
    *,
    printed_at: date | None = None,
) -> CaseNotice:
    """One notice of a case, ready to print; the print is written to the audit log."""
    notice = _case_notice(db, actor, case_id, kind, printed_at=printed_at)
    audit.append(
        db,
        actor,
        "print",
        target_kind="case",
        target_id=case_id,
        detail=f"{kind.value} {notice.case_number}",
    )
    return notice


def _case_notice(
    db: Database, actor: Actor, case_id: int, kind: NoticeKind, *, printed_at: date | None = None
) -> CaseNotice:
    record = load_case(db, actor, case_id)
    if kind not in available_notices(record):
        needed = "、".join(s.value for s in NOTICE_STEPS[kind]) or "督办"
        raise ValidationError(
            [
                FieldError(
                    "kind", "还没有{needed}，不能打印{kind}", {"needed": needed, "kind": kind.value}
                )
            ]
        )
    unit = get_unit_settings(db).unit_name
    rules = get_deadline_rules(db)
    draft = record.draft
    main = draft.petitioners[0] if draft.petitioners else None
    petitioner = main.name if main else "信访人"
    received = chinese_date(draft.received_on)
    number = record.number
    printed = printed_at or date.today()

    def event(*steps: Step):
        return next(e for e in reversed(record.events) if e.step in steps)

    def office_text(text: str) -> str:
        return redact_accused(text, draft.accused, draft.accused_office)

    if kind == NoticeKind.ACCEPTANCE:
        accepted = event(Step.ACCEPT)
        due = record.clock.reply_due
        return CaseNotice(
            kind.value,
            unit,
            number,
            f"{petitioner}：",
            (
                f"你（你们）于{received}以{draft.channel}方式提出的信访事项（{_short(draft.request)}）"
                f"已收悉。经审查，符合《信访工作条例》规定的受理条件，本机关决定予以受理。",
                f"本机关将自受理之日起{rules.handling.describe()}内办结并书面答复"
                + (f"（预计于{chinese_date(due)}前）" if due else "")
                + "。情况复杂的，经本单位负责人批准可以适当延长办理期限，并告知延期理由。",
            ),
            issued_on=accepted.on,
            printed_at=printed,
        )
    if kind == NoticeKind.REJECTION:
        rejected = event(Step.REJECT)
        return CaseNotice(
            kind.value,
            unit,
            number,
            f"{petitioner}：",
            (
                f"你（你们）于{received}以{draft.channel}方式提出的信访事项（{_short(draft.request)}）"
                "已收悉。经审查，本机关决定不予受理。",
                f"不予受理的理由：{rejected.details.get('reason', '')}",
                f"你（你们）可以向{rejected.details.get('go_to', '')}反映或依法提出。",
            ),
            issued_on=rejected.on,
            printed_at=printed,
        )
    if kind == NoticeKind.ROUTING:
        routed = event(Step.ASSIGN, Step.REFER)
        assigned = routed.step == Step.ASSIGN
        recipient = routed.details.get("office" if assigned else "body", "")
        check_accused_on_recipient(draft.accused_office, recipient)
        title = "信访事项交办单" if assigned else "信访事项转送单"
        due = record.clock.reply_due
        rows = [
            ("信访人", _people(record)),
            ("收到日期", received),
            (
                "来源渠道",
                draft.channel
                + (
                    f"（{draft.referring_body} {draft.referring_ref}）"
                    if draft.referring_body
                    else ""
                ),
            ),
            ("信访请求", office_text(draft.request)),
        ]
        if draft.facts:
            rows.append(("事实", office_text(draft.facts)))
        if draft.reasons:
            rows.append(("理由", office_text(draft.reasons)))
        rows.append(
            (
                "办理要求",
                "请依法依规办理，按期将办理结果报送信访工作机构"
                + (f"，办结期限：{chinese_date(due)}" if due and assigned else "")
                + "。",
            )
        )
        if not assigned:
            rows.append(("转送理由", office_text(str(routed.details.get("reason", "")))))
        return CaseNotice(
            title,
            unit,
            number,
            f"{recipient}：",
            (f"现将{petitioner}反映的信访事项{'交' if assigned else '转送'}你单位办理。",),
            rows=tuple(rows),
            issued_on=routed.on,
            printed_at=printed,
            signatures=("经办人", "签收人"),
        )
    if kind == NoticeKind.URGING:
        urging = record.urgings[-1]
        check_accused_on_recipient(draft.accused_office, urging.urged_to)
        rows = (
            ("信访事项", office_text(_short(draft.request, 120))),
            ("收到日期", received),
            ("承办部门", draft.handling_office),
            ("办理期限", _deadline_text(record)),
            ("督办方式", urging.method),
            ("督办人", urging.urged_by),
            ("督办要求", "请于收到本督办单后抓紧办理，并将办理进展及结果书面反馈。"),
        )
        return CaseNotice(
            "信访事项督办单",
            unit,
            number,
            f"{urging.urged_to}：",
            ("下列信访事项已交你单位办理，现予督办。",),
            rows=rows,
            issued_on=urging.urged_on,
            printed_at=printed,
            signatures=("督办人", "签收人"),
        )
    if kind == NoticeKind.EXTENSION:
        extended = event(Step.EXTEND)
        due = record.clock.reply_due
        return CaseNotice(
            kind.value,
            unit,
            number,
            f"{petitioner}：",
            (
                f"你（你们）于{received}提出的信访事项（{_short(draft.request)}），本机关已依法受理。",
                f"因{extended.details.get('reason', '')}，经{extended.details.get('approver', '')}"
                f"批准，办理期限延长{extended.details.get('days', '')}日"
                + (f"，至{chinese_date(due)}" if due else "")
                + "。",
                "特此告知。",
            ),
            issued_on=extended.on,
            printed_at=printed,
        )
    if kind == NoticeKind.REPLY:
        reply = event(Step.REPLY)
        d = reply.details
        return CaseNotice(
            kind.value,
            unit,
            number,
            f"{petitioner}：",
            (f"你（你们）于{received}提出的信访事项，本机关已依法办理，现答复如下：",),
            rows=(
                ("信访请求", str(d.get("request", ""))),
                ("查明事实", str(d.get("facts", ""))),
                ("理由", str(d.get("reasons", ""))),
                ("处理意见", str(d.get("decision", ""))),
                ("依据", str(d.get("basis", ""))),
                (
                    "救济途径",
                    f"如对本处理意见不服，可以自收到本意见书之日起"
                    f"{rules.review_request.describe()}内，向本机关的上一级机关请求复查。",
                ),
            ),
            issued_on=reply.on,
            printed_at=printed,
        )
    review = event(Step.ANSWER_REVIEW)
    return CaseNotice(
        kind.value,
        unit,
        number,
        f"{petitioner}：",
        ("你（你们）对本机关信访事项处理意见不服提出的复查请求，本机关已依法复查，意见如下：",),
        rows=(
            ("复查意见", str(review.details.get("decision", ""))),
            ("依据", str(review.details.get("basis", ""))),
            (
                "救济途径",
                f"如对复查意见不服，可以自收到本意见书之日起"
                f"{rules.recheck_request.describe()}内，向复查机关的上一级机关请求复核。",
            ),
        ),
        issued_on=review.on,
        printed_at=printed,
    )


def _deadline_text(record: CaseRecord) -> str:
    nxt = record.clock.next_deadline
    if nxt:
        return f"{nxt.kind} {chinese_date(nxt.due)}"
    if record.clock.reply_due:
        return f"答复 {chinese_date(record.clock.reply_due)}"
    return "—"


def _short(text: str, limit: int = 60) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _people(record: CaseRecord) -> str:
    draft = record.draft
    parts = []
    for person in draft.petitioners[:5]:
        extra = " ".join(x for x in (person.phone, mask_id_number(person.id_number)) if x)
        mark = "（代表）" if person.is_representative else ""
        parts.append(f"{person.name}{mark} {extra}".strip())
    more = len(draft.petitioners) - 5
    text = "；".join(parts) + (f" 等{len(draft.petitioners)}人" if more > 0 else "")
    if draft.people_count > 1:
        text += f"（共 {draft.people_count} 人）"
    return text


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
