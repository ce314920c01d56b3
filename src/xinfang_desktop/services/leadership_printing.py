"""Plain data for the printed lists of the leadership area (see reports/leadership_forms.py)."""

from __future__ import annotations

from datetime import date

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..domain.dates import chinese_date, chinese_period
from ..domain.errors import FieldError, ValidationError
from ..domain.screening import GROUP_KIND_LABELS
from ..reports.leadership_forms import Column, TableForm, build_table_pdf
from . import audit, disputes, leadership, outreach, screening
from .context import Actor
from .people import list_people
from .permissions import checked
from .settings import get_unit_settings


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _term(db: Database, term_id: int) -> leadership.TermRecord:
    for term in leadership.list_terms(db):
        if term.id == term_id:
            return term
    raise NotFoundError(f"term {term_id}")


def _founding(term: leadership.TermRecord) -> str:
    number = f"，文号：{term.document_number}" if term.document_number else ""
    return f"成立依据：{chinese_date(term.founded_on)} {term.meeting}决定{number}"


def _roster_day(term: leadership.TermRecord, on: date | None, today: date) -> date:
    """The day a term's roster stands for: ``on`` (default today) kept within the term's own
    dates, so a past term prints its members on its last day, never "本届尚无成员"."""
    day = on or today
    if term.ended_on is not None and day > term.ended_on:
        return term.ended_on
    return max(day, term.founded_on)


def roster_form(db: Database, term_id: int, on: date | None = None) -> TableForm:
    term = _term(db, term_id)
    on = _roster_day(term, on, date.today())
    members = leadership.list_members(db, term_id, on=on)
    return TableForm(
        title="信访工作领导小组名单",
        subtitle=f"名单日期：{chinese_date(on)}",
        intro=[_founding(term)],
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("小组职务", 1.0, "CENTER"),
            Column("姓名", 1.1),
            Column("职务", 1.4),
            Column("部门", 1.5),
            Column("联系电话", 1.5),
        ],
        rows=[
            [str(i), m.role_label, m.name, m.post, m.office, m.phone]
            for i, m in enumerate(members, start=1)
        ],
        empty_message="本届尚无成员",
    )


def duties_form(db: Database, term_id: int, on: date | None = None) -> TableForm:
    term = _term(db, term_id)
    on = _roster_day(term, on, date.today())
    members = leadership.list_members(db, term_id, on=on)
    return TableForm(
        title="信访工作领导小组成员分工表",
        subtitle=f"{chinese_date(on)}",
        intro=[_founding(term)],
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("姓名", 1.1),
            Column("小组职务", 1.0, "CENTER"),
            Column("职务", 1.3),
            Column("分工", 5.0),
        ],
        rows=[
            [str(i), m.name, m.role_label, m.post, m.duties] for i, m in enumerate(members, start=1)
        ],
        empty_message="本届尚无成员",
        signature_labels=("组长",),
    )


def assignment_form(db: Database, term_id: int) -> TableForm:
    term = _term(db, term_id)
    rows = screening.list_assignments(db, term_id)
    interval = screening.get_interval_days(db)
    return TableForm(
        title="包组摸排责任分工表",
        subtitle=f"{term.label}　摸排周期：每 {interval} 天",
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("组别", 1.6),
            Column("类别", 1.0, "CENTER"),
            Column("负责领导", 1.3),
            Column("职务", 1.3),
            Column("指定日期", 1.3, "CENTER"),
        ],
        rows=[
            [
                str(i),
                r.group_name,
                GROUP_KIND_LABELS.get(r.group_kind, r.group_kind),
                r.leader_name or "（未指定）",
                r.leader_post,
                _day(r.assigned_on),
            ]
            for i, r in enumerate(rows, start=1)
        ],
        empty_message="尚未设置组别",
        signature_labels=("组长",),
    )


def screening_status_form(db: Database, term_id: int, today: date) -> TableForm:
    """The per-term view: which groups are screened within the agreed interval."""
    term = _term(db, term_id)
    statuses = screening.screening_overview(db, term_id, today)
    interval = screening.get_interval_days(db)
    late = sum(1 for s in statuses if s.overdue)
    return TableForm(
        title="包组摸排情况",
        subtitle=f"截至{chinese_date(today)}　摸排周期：每 {interval} 天　未按期 {late} 个组",
        intro=[f"届次：{term.label}"],
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("组别", 1.5),
            Column("负责领导", 1.3),
            Column("最近摸排", 1.3, "CENTER"),
            Column("应摸排日期", 1.3, "CENTER"),
            Column("情况", 1.2, "CENTER"),
        ],
        rows=[
            [
                str(i),
                s.group_name,
                s.leader_name or "（未指定）",
                _day(s.last_screened) or "未摸排",
                _day(s.due_by),
                "逾期未摸排" if s.overdue else "按期",
            ]
            for i, s in enumerate(statuses, start=1)
        ],
        empty_message="尚未设置组别",
    )


def _check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])


@checked
def screening_form(db: Database, actor: Actor, date_from: date, date_to: date) -> TableForm:
    _check_period(date_from, date_to)
    rows = sorted(
        screening.list_screenings(db, actor, date_from=date_from, date_to=date_to),
        key=lambda r: (r.screened_on, r.id),
    )
    return TableForm(
        title="包组摸排记录表",
        filed=True,
        subtitle=chinese_period(date_from, date_to),
        wide=True,
        columns=[
            Column("序号", 0.5, "CENTER"),
            Column("摸排日期", 1.0, "CENTER"),
            Column("组别", 1.0),
            Column("摸排人", 0.9),
            Column("发现的问题", 4.0),
            Column("风险", 0.5, "CENTER"),
            Column("处理情况", 1.2, "CENTER"),
            Column("跟进人", 0.9),
            Column("跟进期限", 1.0, "CENTER"),
        ],
        rows=[
            [
                str(i),
                _day(r.screened_on),
                r.group_name,
                r.screened_by,
                r.findings,
                r.risk_label,
                r.status_label,
                r.follow_up_owner,
                _day(r.follow_up_due),
            ]
            for i, r in enumerate(rows, start=1)
        ],
        empty_message="本期无摸排记录",
        signature_labels=("填表人", "组长"),
    )


@checked
def outreach_form(db: Database, actor: Actor, date_from: date, date_to: date) -> TableForm:
    _check_period(date_from, date_to)
    rows = sorted(
        outreach.list_outreach(db, actor, date_from=date_from, date_to=date_to),
        key=lambda r: (r.visited_on, r.id),
    )
    return TableForm(
        title="领导干部下访记录表",
        filed=True,
        subtitle=chinese_period(date_from, date_to),
        wide=True,
        columns=[
            Column("序号", 0.5, "CENTER"),
            Column("下访日期", 1.0, "CENTER"),
            Column("下访领导", 1.3),
            Column("下访对象", 1.5),
            Column("反映事项", 3.0),
            Column("处理结果", 2.5),
            Column("后续跟进", 2.0),
        ],
        rows=[
            [
                str(i),
                _day(r.visited_on),
                "、".join(r.leaders),
                r.visited,
                r.matter,
                r.result,
                "；".join(
                    part
                    for part in (
                        r.follow_up,
                        f"{r.follow_up_owner} {_day(r.follow_up_due)}前" if r.follow_up_due else "",
                    )
                    if part
                ),
            ]
            for i, r in enumerate(rows, start=1)
        ],
        empty_message="本期无下访记录",
        signature_labels=("填表人", "组长"),
    )


def monthly_check_form(db: Database, year: int, month: int, today: date) -> TableForm:
    rows = outreach.monthly_check(db, year, month, today=today)
    return TableForm(
        title="领导小组成员每月下访情况",
        subtitle=f"{year}年{month}月",
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("姓名", 1.2),
            Column("小组职务", 1.0, "CENTER"),
            Column("本月下访次数", 1.2, "CENTER"),
            Column("最近一次下访", 1.4, "CENTER"),
            Column("是否完成", 1.0, "CENTER"),
        ],
        rows=[
            [
                str(i),
                r.name,
                r.role_label,
                str(r.visits),
                _day(r.last_visit),
                "已完成" if r.done else "未下访",
            ]
            for i, r in enumerate(rows, start=1)
        ],
        empty_message="当月没有领导小组成员",
    )


@checked
def dispute_ledger_form(
    db: Database,
    actor: Actor,
    *,
    today: date,
    open_only: bool = False,
    date_from: date | None = None,
    date_to: date | None = None,
) -> TableForm:
    records = sorted(
        disputes.list_disputes(
            db, actor, open_only=open_only, date_from=date_from, date_to=date_to
        ),
        key=lambda d: (d.found_on, d.id),
    )
    if date_from and date_to:
        subtitle = chinese_period(date_from, date_to)
    else:
        subtitle = f"截至{chinese_date(today)}"
    if open_only:
        subtitle += "（未化解）"
    return TableForm(
        title="矛盾纠纷排查化解台账",
        filed=True,
        subtitle=subtitle,
        wide=True,
        columns=[
            Column("序号", 0.45, "CENTER"),
            Column("排查日期", 0.95, "CENTER"),
            Column("纠纷事项", 2.4),
            Column("当事人", 1.0),
            Column("化解班子", 1.2),
            Column("责任人", 0.75),
            Column("化解方案", 2.0),
            Column("化解时限", 0.95, "CENTER"),
            Column("风险", 0.45, "CENTER"),
            Column("状态", 0.8, "CENTER"),
            Column("进展情况", 2.4),
        ],
        rows=[
            [
                str(i),
                _day(d.found_on),
                d.matter,
                d.parties,
                "、".join(d.team),
                d.responsible,
                d.plan,
                _day(d.deadline),
                d.risk_label,
                d.status_label
                + (f"\n{_day(d.resolved_on)}" if d.resolved_on else "")
                + ("（逾期）" if d.overdue(today) else ""),
                "\n".join(f"{_day(n.noted_on)} {n.text}" for n in d.notes),
            ]
            for i, d in enumerate(records, start=1)
        ],
        empty_message="无矛盾纠纷记录",
        signature_labels=("填表人", "组长"),
    )


def people_form(db: Database, *, include_left: bool = False) -> TableForm:
    people = list_people(db, include_left=include_left)
    return TableForm(
        title="教职工名册",
        subtitle="含已离岗人员" if include_left else "在岗人员",
        columns=[
            Column("序号", 0.6, "CENTER"),
            Column("姓名", 1.1),
            Column("职务", 1.3),
            Column("部门", 1.5),
            Column("联系电话", 1.5),
            Column("状态", 1.2, "CENTER"),
        ],
        rows=[
            [
                str(i),
                p.name,
                p.post,
                p.office,
                p.phone,
                f"{p.left_on.isoformat()}离岗" if p.left_on else "在岗",
            ]
            for i, p in enumerate(people, start=1)
        ],
        empty_message="尚无人员",
    )


@checked
def render(db: Database, actor: Actor, form: TableForm, printed_at: date | None = None) -> bytes:
    """The PDF of a form, framed with the unit's name; the print goes into the audit log."""
    pdf = build_table_pdf(form, get_unit_settings(db).unit_name, printed_at or date.today())
    audit.append(db, actor, "print", target_kind="table", detail=form.title)
    return pdf
