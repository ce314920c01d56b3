"""The year-end 总结 draft: every figure counted from the records of one year.

Case and visit figures come from statistics.statistics() itself, so the draft and the 统计 page
can never disagree; the rest is counted here over the same days.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import distinct, func, select

from ..db.engine import Database
from ..db.models import (
    Case,
    Dispute,
    DutyAssignment,
    DutyLogEntry,
    DutyRota,
    DutyShift,
    Forum,
    ForumOpinion,
    InfoReport,
    LeadershipMember,
    LeadershipTerm,
    Meeting,
    OutreachVisit,
    Person,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
)
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import chinese_date, day_bounds
from ..domain.disputes import OPEN_STATUSES, STATUS_RESOLVED
from ..domain.forums import FORUM_KINDS
from ..domain.info_reports import STATUS_CLOSED as REPORT_CLOSED
from ..domain.leadership import ROLE_DEPUTY, ROLE_LEADER, ROLE_MEMBER
from ..domain.meetings import NO_NEW_ISSUES, STATUS_DRAFT
from ..domain.screening import (
    NO_NEW_ISSUES as SCREENING_NO_NEW_ISSUES,
)
from ..domain.screening import (
    STATUS_FOLLOW_UP,
    STATUS_FOLLOW_UP_DONE,
    STATUS_RECORDED,
)
from ..domain.statistics import Dimension
from ..domain.work_summary import (
    ChannelFigure,
    SummaryDraft,
    TermFacts,
    WorkSummaryFigures,
    compose,
)
from . import audit, info_reports
from .cases import OPEN_STATE_NAMES
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings
from .statistics import statistics

# The duty role that makes a day one of "24小时领导值班" (domain/rota.py DEFAULT roles).
LEADER_DUTY_ROLE = "leader"
LATE_ITEMS_SHOWN = 10
MAIN_OPINIONS_SHOWN = 5


def year_span(year: int, today: date) -> tuple[date, date, date | None]:
    """The year's first day, its last counted day, and ``today`` when the year is not over
    (no future day is ever counted, and the draft says 截至)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if start <= today < end:
        return start, today, today
    return start, end, None


def _term(session, start: date, end: date) -> TermFacts | None:
    """The term in office at the end of the counted days (the one the report speaks for)."""
    term = session.scalars(
        select(LeadershipTerm)
        .where(LeadershipTerm.founded_on <= end)
        .where((LeadershipTerm.ended_on.is_(None)) | (LeadershipTerm.ended_on >= start))
        .order_by(LeadershipTerm.founded_on.desc())
        .limit(1)
    ).first()
    if term is None:
        return None
    rows = session.execute(
        select(LeadershipMember.role, Person.name)
        .join(Person, Person.id == LeadershipMember.person_id)
        .where(LeadershipMember.term_id == term.id)
        .where(LeadershipMember.joined_on <= end)
        .where((LeadershipMember.ended_on.is_(None)) | (LeadershipMember.ended_on >= end))
        .order_by(LeadershipMember.joined_on, LeadershipMember.id)
    ).all()
    by_role: dict[str, list[str]] = {ROLE_LEADER: [], ROLE_DEPUTY: [], ROLE_MEMBER: []}
    for role, name in rows:
        by_role.setdefault(role, []).append(name)
    return TermFacts(
        founded_on=term.founded_on,
        meeting=term.meeting,
        document_number=term.document_number,
        leaders=tuple(by_role[ROLE_LEADER]),
        deputies=tuple(by_role[ROLE_DEPUTY]),
        members=tuple(by_role[ROLE_MEMBER]),
    )


def _count(session, query) -> int:
    return int(session.scalar(query) or 0)


def _late_items(session, today: date) -> tuple[str, ...]:
    items: list[str] = []
    overdue_cases = session.execute(
        select(Case.number, Case.due_on)
        .where(Case.state.in_(OPEN_STATE_NAMES), Case.due_on < today)
        .order_by(Case.due_on)
        .limit(LATE_ITEMS_SHOWN)
    ).all()
    items.extend(
        f"信访事项{number}已逾期（期限{chinese_date(due)}）" for number, due in overdue_cases
    )
    overdue_disputes = session.execute(
        select(Dispute.matter, Dispute.deadline)
        .where(Dispute.status.in_(OPEN_STATUSES), Dispute.deadline < today)
        .order_by(Dispute.deadline)
        .limit(LATE_ITEMS_SHOWN)
    ).all()
    items.extend(
        f"矛盾纠纷“{matter[:20]}”超过化解时限（{chinese_date(deadline)}）"
        for matter, deadline in overdue_disputes
    )
    overdue_follow_ups = _count(
        session,
        select(func.count()).where(
            ScreeningRecord.status == STATUS_FOLLOW_UP, ScreeningRecord.follow_up_due < today
        ),
    )
    if overdue_follow_ups:
        items.append(f"包组摸排发现的问题有{overdue_follow_ups}个跟进已超期")
    return tuple(items)


def _plan_late_items(db: Database, actor: Actor, year: int, today: date) -> list[str]:
    """The plan's measures that are behind come first among the 存在问题 prompts."""
    from . import work_plan

    try:
        return work_plan.late_items(db, actor, year, today)
    except PermissionDeniedError:
        return []


def _forums_and_reports(session, start: date, end: date, first, after) -> dict[str, object]:
    in_year = Forum.held_on.between(start, end)
    by_kind = session.execute(
        select(Forum.kind, func.count()).where(in_year).group_by(Forum.kind)
    ).all()
    order = {kind: index for index, kind in enumerate(FORUM_KINDS)}
    opinions = select(ForumOpinion).join(Forum, Forum.id == ForumOpinion.forum_id).where(in_year)
    settled = (ForumOpinion.done_on.is_not(None)) | (ForumOpinion.case_id.is_not(None))
    main_opinions = session.scalars(
        select(ForumOpinion.text)
        .join(Forum, Forum.id == ForumOpinion.forum_id)
        .where(in_year)
        .order_by(Forum.held_on, ForumOpinion.position)
        .limit(MAIN_OPINIONS_SHOWN)
    ).all()
    reported = (InfoReport.occurred_at >= first) & (InfoReport.occurred_at < after)
    limit = timedelta(hours=info_reports.get_limit_hours_in_session(session))
    reports = session.execute(
        select(InfoReport.occurred_at, InfoReport.reported_at, InfoReport.status).where(reported)
    ).all()
    return {
        "forums_by_kind": tuple(
            (kind, int(count)) for kind, count in sorted(by_kind, key=lambda r: order.get(r[0], 99))
        ),
        "forum_opinions": _count(session, select(func.count()).select_from(opinions.subquery())),
        "forum_opinions_settled": _count(
            session, select(func.count()).select_from(opinions.where(settled).subquery())
        ),
        "main_opinions": tuple(text[:60] for text in main_opinions),
        "info_reports": len(reports),
        "info_reports_late": sum(1 for o, r, _ in reports if r - o > limit),
        "info_reports_closed": sum(1 for _, _, status in reports if status == REPORT_CLOSED),
    }


@checked
def work_summary_figures(db: Database, actor: Actor, year: int, today: date) -> WorkSummaryFigures:
    """The figures of the draft; for those who read unit-wide statistics."""
    report = statistics(db, actor, *year_span(year, today)[:2], Dimension.CHANNEL)
    start, end, as_of = year_span(year, today)
    first, after = day_bounds(start, end)
    with db.read() as session:
        term = _term(session, start, end)
        assigned = session.execute(
            select(ScreeningGroup.name, ScreeningAssignment.leader_id)
            .join(ScreeningGroup, ScreeningGroup.id == ScreeningAssignment.group_id)
            .join(LeadershipTerm, LeadershipTerm.id == ScreeningAssignment.term_id)
            .where(LeadershipTerm.founded_on <= end)
            .where((LeadershipTerm.ended_on.is_(None)) | (LeadershipTerm.ended_on >= start))
            .order_by(ScreeningGroup.sort_order, ScreeningGroup.id)
        ).all()
        group_names = tuple(dict.fromkeys(name for name, _ in assigned))
        in_year = ScreeningRecord.screened_on.between(start, end)
        findings = (ScreeningRecord.status != STATUS_RECORDED) | (
            ScreeningRecord.findings != SCREENING_NO_NEW_ISSUES
        )
        held = Meeting.held_on.between(start, end) & (Meeting.status != STATUS_DRAFT)
        published_shift = (
            select(DutyShift.day)
            .join(DutyRota, DutyRota.id == DutyShift.rota_id)
            .where(DutyRota.published_number > 0, DutyShift.day.between(start, end))
        )
        figures = WorkSummaryFigures(
            year=year,
            unit_name=get_unit_settings(db).unit_name,
            start=start,
            end=end,
            as_of=as_of,
            term=term,
            screening_leaders=len({leader for _, leader in assigned}),
            screening_groups=len(group_names),
            screening_group_names=group_names,
            screenings=_count(session, select(func.count()).where(in_year)),
            screening_findings=_count(session, select(func.count()).where(in_year, findings)),
            screening_follow_ups=_count(
                session,
                select(func.count()).where(
                    in_year,
                    ScreeningRecord.status.in_((STATUS_FOLLOW_UP, STATUS_FOLLOW_UP_DONE)),
                ),
            ),
            screening_follow_ups_done=_count(
                session,
                select(func.count()).where(
                    in_year, ScreeningRecord.status == STATUS_FOLLOW_UP_DONE
                ),
            ),
            meetings=_count(session, select(func.count()).where(held)),
            meetings_no_new_issues=_count(
                session, select(func.count()).where(held, Meeting.discussion == NO_NEW_ISSUES)
            ),
            outreach_visits=_count(
                session,
                select(func.count()).where(OutreachVisit.visited_on.between(start, end)),
            ),
            visit_batches=report.totals.visit_batches,
            visit_persons=report.totals.visit_persons,
            cases=report.totals.cases,
            case_persons=report.totals.case_persons,
            channels=tuple(ChannelFigure(r.label, r.cases, r.persons) for r in report.rows),
            closed=report.totals.closed,
            closed_on_time=report.totals.closed_on_time,
            repeats=report.totals.repeats,
            disputes_found=_count(
                session, select(func.count()).where(Dispute.found_on.between(start, end))
            ),
            disputes_resolved=_count(
                session,
                select(func.count()).where(
                    Dispute.status == STATUS_RESOLVED, Dispute.resolved_on.between(start, end)
                ),
            ),
            disputes_open=_count(
                session,
                select(func.count()).where(
                    Dispute.status.in_(OPEN_STATUSES), Dispute.found_on <= end
                ),
            ),
            duty_days=_count(
                session, select(func.count(distinct(published_shift.subquery().c.day)))
            ),
            duty_days_with_leader=_count(
                session,
                select(func.count(distinct(DutyShift.day)))
                .join(DutyRota, DutyRota.id == DutyShift.rota_id)
                .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
                .where(
                    DutyRota.published_number > 0,
                    DutyShift.day.between(start, end),
                    DutyAssignment.role_code == LEADER_DUTY_ROLE,
                    DutyAssignment.person_id.is_not(None),
                ),
            ),
            duty_log_entries=_count(
                session,
                select(func.count()).where(
                    DutyLogEntry.occurred_at >= first, DutyLogEntry.occurred_at < after
                ),
            ),
            late_items=(*_plan_late_items(db, actor, year, today), *_late_items(session, end)),
            **_forums_and_reports(session, start, end, first, after),
            report_limit_hours=info_reports.get_limit_hours(db),
        )
    return figures


@checked
def work_summary_document(
    db: Database, actor: Actor, year: int, today: date, *, purpose: str = "export"
) -> SummaryDraft:
    """The composed draft for Word (.docx) or PDF; audited like every printed report."""
    actor.require(Permission.PRINT_REGISTERS)
    draft = compose(work_summary_figures(db, actor, year, today))
    audit.append(
        db,
        actor,
        "export" if purpose == "export" else "print",
        target_kind="work_summary",
        target_id=str(year),
        detail=f"{year}年信访稳定工作总结（草稿）",
    )
    return draft
