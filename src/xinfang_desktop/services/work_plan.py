"""年度信访工作计划: write the year's plan, check each measure against the records, copy it to
the next year.

Those who organise the group's work write it (MANAGE_ORGANISATION: 信访员, 校长, 管理员); the
leaders who review the work read its progress (REVIEW_AND_SIGN).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import (
    Dispute,
    DutyAssignment,
    DutyRota,
    DutyShift,
    LeadershipMember,
    LeadershipTerm,
    Meeting,
    OutreachVisit,
    Person,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
    Visit,
    WorkPlan,
    WorkPlanItem,
    outreach_visit_leaders,
)
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.statistics import Dimension
from ..domain.work_plan import (
    CHECK_LABELS,
    CheckKind,
    CheckResult,
    PlanItemDraft,
    check_daily,
    check_disputes,
    check_interval,
    check_manual,
    check_monthly_per_person,
    check_rate,
    check_weekly,
    validate_plan_item,
    validate_plan_title,
)
from ..domain.workdays import is_workday
from ..reports.year_work_forms import PlanLine, PlanSheet
from . import audit
from .context import Actor
from .permissions import checked
from .screening import get_interval_days
from .settings import get_unit_settings
from .statistics import statistics
from .workdays import get_calendar_overrides

LEADER_DUTY_ROLE = "leader"


@dataclass(frozen=True)
class PlanItemRecord:
    id: int
    position: int
    draft: PlanItemDraft
    leader_name: str

    @property
    def check_label(self) -> str:
        return CHECK_LABELS[self.draft.check]


@dataclass(frozen=True)
class PlanRecord:
    id: int
    version: int
    year: int
    title: str
    items: tuple[PlanItemRecord, ...]


@dataclass(frozen=True)
class ItemProgress:
    item: PlanItemRecord
    result: CheckResult


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.MANAGE_ORGANISATION) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.MANAGE_ORGANISATION)


def _item_draft(item: WorkPlanItem) -> PlanItemDraft:
    return PlanItemDraft(
        goal=item.goal,
        measures=item.measures,
        leader_id=item.leader_id,
        office=item.office,
        timing=item.timing,
        check=CheckKind(item.check_kind),
        target=item.target,
        due_on=item.due_on,
        done_on=item.done_on,
        note=item.note,
    )


def _record(session: Session, plan: WorkPlan) -> PlanRecord:
    leader_ids = {i.leader_id for i in plan.items if i.leader_id}
    names = (
        dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(leader_ids))).all())
        if leader_ids
        else {}
    )
    return PlanRecord(
        id=plan.id,
        version=plan.version,
        year=plan.year,
        title=plan.title,
        items=tuple(
            PlanItemRecord(i.id, i.position, _item_draft(i), names.get(i.leader_id, ""))
            for i in plan.items
        ),
    )


def _check_leader(session: Session, draft: PlanItemDraft) -> None:
    if draft.leader_id is not None and session.get(Person, draft.leader_id) is None:
        raise ValidationError([FieldError("leader_id", "责任领导不存在")])


def _apply(item: WorkPlanItem, draft: PlanItemDraft) -> None:
    item.goal, item.measures, item.office, item.timing = (
        draft.goal, draft.measures, draft.office, draft.timing,
    )  # fmt: skip
    item.leader_id, item.check_kind, item.target = draft.leader_id, draft.check.value, draft.target
    item.due_on, item.done_on, item.note = draft.due_on, draft.done_on, draft.note


def _load(session: Session, year: int) -> WorkPlan:
    plan = session.scalars(select(WorkPlan).where(WorkPlan.year == year)).first()
    if plan is None:
        raise NotFoundError()
    return plan


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError([FieldError("year", "年份应在 2000 至 2100 之间")])


@checked
def create_plan(
    db: Database, actor: Actor, year: int, title: str, *, now: datetime | None = None
) -> PlanRecord:
    actor.require(Permission.MANAGE_ORGANISATION)
    _check_year(year)
    cleaned = validate_plan_title(title)
    when = _now(now)
    try:
        with db.write() as session:
            if session.scalars(select(WorkPlan.id).where(WorkPlan.year == year)).first():
                raise ValidationError([FieldError("year", f"{year}年已有工作计划")])
            plan = WorkPlan(year=year, title=cleaned, created_at=when, created_by=actor.name)
            session.add(plan)
            session.flush()
            audit.append_in_session(
                session, actor, "create", target_kind="work_plan", target_id=year, detail=cleaned
            )
            return _record(session, plan)
    except IntegrityError:
        # Another PC created the same year's plan a moment earlier.
        raise ValidationError([FieldError("year", f"{year}年已有工作计划")]) from None


@checked
def get_plan(db: Database, actor: Actor, year: int) -> PlanRecord | None:
    _may_read(actor)
    with db.read() as session:
        try:
            return _record(session, _load(session, year))
        except NotFoundError:
            return None


@checked
def add_item(db: Database, actor: Actor, year: int, draft: PlanItemDraft) -> PlanRecord:
    actor.require(Permission.MANAGE_ORGANISATION)
    cleaned = validate_plan_item(draft, year)
    with db.write() as session:
        plan = _load(session, year)
        _check_leader(session, cleaned)
        item = WorkPlanItem(position=len(plan.items) + 1)
        _apply(item, cleaned)
        plan.items.append(item)
        session.flush()
        audit.append_in_session(
            session, actor, "update", target_kind="work_plan", target_id=year,
            detail=f"新增第{item.position}项",
        )  # fmt: skip
        return _record(session, plan)


@checked
def update_item(db: Database, actor: Actor, item_id: int, draft: PlanItemDraft) -> PlanRecord:
    actor.require(Permission.MANAGE_ORGANISATION)
    with db.write() as session:
        item = session.get(WorkPlanItem, item_id)
        if item is None:
            raise NotFoundError()
        plan = session.get(WorkPlan, item.plan_id)
        cleaned = validate_plan_item(draft, plan.year)
        _check_leader(session, cleaned)
        _apply(item, cleaned)
        session.flush()
        audit.append_in_session(
            session, actor, "update", target_kind="work_plan", target_id=plan.year,
            detail=f"修改第{item.position}项",
        )  # fmt: skip
        return _record(session, plan)


@checked
def mark_done(
    db: Database, actor: Actor, item_id: int, done_on: date, note: str = ""
) -> PlanRecord:
    """Tick a manual item (a check computed from the records ticks itself)."""
    actor.require(Permission.MANAGE_ORGANISATION)
    with db.write() as session:
        item = session.get(WorkPlanItem, item_id)
        if item is None:
            raise NotFoundError()
        if item.check_kind != CheckKind.MANUAL:
            raise ValidationError(
                [FieldError("done_on", "这一项由程序根据记录自动检查，不能手动勾选")]
            )
        plan = session.get(WorkPlan, item.plan_id)
        changed = replace(_item_draft(item), done_on=done_on, note=note or item.note)
        _apply(item, validate_plan_item(changed, plan.year))
        session.flush()
        audit.append_in_session(
            session, actor, "update", target_kind="work_plan", target_id=plan.year,
            detail=f"第{item.position}项已完成",
        )  # fmt: skip
        return _record(session, plan)


@checked
def copy_plan(
    db: Database, actor: Actor, from_year: int, to_year: int, *, now: datetime | None = None
) -> PlanRecord:
    """Next year's plan from this year's: the same measures, owners and checks; nothing done
    yet, and manual deadlines a year later."""
    actor.require(Permission.MANAGE_ORGANISATION)
    source = get_plan(db, actor, from_year)
    if source is None:
        raise ValidationError([FieldError("year", f"{from_year}年还没有工作计划")])
    created = create_plan(
        db, actor, to_year, source.title.replace(str(from_year), str(to_year)), now=now
    )
    shift = to_year - from_year
    for item in source.items:
        due = item.draft.due_on
        if due is not None:
            try:
                due = due.replace(year=due.year + shift)
            except ValueError:  # 29 February
                due = due.replace(year=due.year + shift, day=28)
        add_item(db, actor, to_year, replace(item.draft, due_on=due, done_on=None, note=""))
    return get_plan(db, actor, to_year) or created


# -- progress against the records --------------------------------------------------------


def _span(year: int, today: date) -> tuple[date, date]:
    start, end = date(year, 1, 1), date(year, 12, 31)
    return start, min(end, today - timedelta(days=1)) if today <= end else end


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def _members(session: Session, start: date, end: date) -> list[tuple[int, str, date, date | None]]:
    rows = session.execute(
        select(
            LeadershipMember.person_id,
            Person.name,
            LeadershipMember.joined_on,
            LeadershipMember.ended_on,
        )
        .join(Person, Person.id == LeadershipMember.person_id)
        .join(LeadershipTerm, LeadershipTerm.id == LeadershipMember.term_id)
        .where(LeadershipMember.joined_on <= end)
        .where((LeadershipMember.ended_on.is_(None)) | (LeadershipMember.ended_on >= start))
    ).all()
    return [(pid, name, joined, ended) for pid, name, joined, ended in rows]


def _evaluate(
    session: Session,
    db: Database,
    actor: Actor,
    item: PlanItemRecord,
    start: date,
    end: date,
    today: date,
) -> CheckResult:
    check = item.draft.check
    if end < start:
        return (
            check_manual(item.draft.due_on, item.draft.done_on, today)
            if check is CheckKind.MANUAL
            else CheckResult("pending", "计划年度还没有开始")
        )
    if check is CheckKind.MANUAL:
        return check_manual(item.draft.due_on, item.draft.done_on, today)
    if check is CheckKind.WEEKLY_MEETING:
        held = session.scalars(select(Meeting.held_on).where(Meeting.held_on.between(start, end)))
        return check_weekly(held, start, end)
    if check is CheckKind.MONTHLY_OUTREACH:
        visits = session.execute(
            select(outreach_visit_leaders.c.person_id, OutreachVisit.visited_on)
            .join(OutreachVisit, OutreachVisit.id == outreach_visit_leaders.c.visit_id)
            .where(OutreachVisit.visited_on.between(start, end))
        ).all()
        return check_monthly_per_person(visits, _members(session, start, end), start, end)
    if check is CheckKind.SCREENING:
        interval = item.draft.target or get_interval_days(db)
        assigned = session.execute(
            select(ScreeningGroup.id, ScreeningGroup.name, ScreeningAssignment.assigned_on)
            .join(ScreeningAssignment, ScreeningAssignment.group_id == ScreeningGroup.id)
            .join(LeadershipTerm, LeadershipTerm.id == ScreeningAssignment.term_id)
            .where(ScreeningAssignment.assigned_on <= end)
            .where((LeadershipTerm.ended_on.is_(None)) | (LeadershipTerm.ended_on >= start))
        ).all()
        groups: dict[str, tuple[date, list[date]]] = {}
        for group_id, name, assigned_on in assigned:
            days = list(
                session.scalars(
                    select(ScreeningRecord.screened_on).where(
                        ScreeningRecord.group_id == group_id,
                        ScreeningRecord.screened_on.between(start, end),
                    )
                )
            )
            groups[name] = (max(start, assigned_on), days)
        return check_interval(groups, interval, end)
    if check is CheckKind.LEADER_DUTY:
        covered = session.scalars(
            select(DutyShift.day)
            .join(DutyRota, DutyRota.id == DutyShift.rota_id)
            .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
            .where(
                DutyRota.published_number > 0,
                DutyShift.day.between(start, end),
                DutyAssignment.role_code == LEADER_DUTY_ROLE,
                DutyAssignment.person_id.is_not(None),
            )
        )
        return check_daily(covered, _every_day(start, end), "安排带班领导")
    if check is CheckKind.DAILY_REGISTER:
        overrides = get_calendar_overrides(db)
        first, after = day_bounds(start, end)
        arrivals = session.scalars(
            select(Visit.arrived_at).where(
                Visit.arrived_at >= first, Visit.arrived_at < after, Visit.voided_at.is_(None)
            )
        )
        workdays = [d for d in _every_day(start, end) if is_workday(d, overrides)]
        return check_daily({a.date() for a in arrivals}, workdays, "有来访登记")
    if check is CheckKind.DISPUTES_ON_TIME:
        rows = session.execute(
            select(Dispute.matter, Dispute.deadline, Dispute.resolved_on).where(
                Dispute.found_on.between(start, end)
            )
        ).all()
        return check_disputes(rows, today)
    if check is CheckKind.CASES_ON_TIME:
        totals = statistics(db, actor, start, end, Dimension.CHANNEL).totals
        return check_rate(
            totals.closed_on_time, totals.closed, item.draft.target or 100, "按期办结率"
        )
    raise ValueError(check)


@checked
def plan_progress(db: Database, actor: Actor, year: int, today: date) -> list[ItemProgress]:
    """Each item with done, late or missing and the evidence, counted up to yesterday (today
    is not over) or to the year's end."""
    plan = get_plan(db, actor, year)
    if plan is None:
        return []
    start, end = _span(year, today)
    with db.read() as session:
        return [
            ItemProgress(item, _evaluate(session, db, actor, item, start, end, today))
            for item in plan.items
        ]


@checked
def plan_document(
    db: Database, actor: Actor, year: int, today: date, *, purpose: str = "print"
) -> tuple[PlanSheet, str]:
    """The plan with each measure's progress, for print or .xlsx, and the unit's name;
    audited as 打印 or 导出."""
    actor.require(Permission.PRINT_REGISTERS)
    plan = get_plan(db, actor, year)
    if plan is None:
        raise ValidationError([FieldError("year", f"{year}年还没有工作计划")])
    progress = plan_progress(db, actor, year, today)
    _, end = _span(year, today)
    sheet = PlanSheet(
        year=year,
        title=plan.title,
        as_of=max(end, date(year, 1, 1)),
        lines=tuple(
            PlanLine(
                p.item.draft.goal,
                p.item.draft.measures,
                p.item.leader_name,
                p.item.draft.office,
                p.item.draft.timing,
                p.result.status_label,
                p.result.evidence,
            )
            for p in progress
        ),
    )
    action = "export" if purpose == "export" else "print"
    audit.append(db, actor, action, target_kind="work_plan", target_id=year, detail=plan.title)
    return sheet, get_unit_settings(db).unit_name


@checked
def late_items(db: Database, actor: Actor, year: int, today: date) -> list[str]:
    """The plan's measures that are behind, in words, for the 总结's 存在问题 prompts."""
    return [
        f"计划“{p.item.draft.goal[:30]}”{p.result.status_label}：{p.result.evidence}"
        for p in plan_progress(db, actor, year, today)
        if p.result.status in ("late", "missing")
    ]
