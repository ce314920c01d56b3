"""下访: record a visit by one or more leaders; the monthly check that every member of the
leadership group has recorded one (每月下访一次)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import false, insert, select, true
from sqlalchemy.orm import Session, aliased

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import OutreachVisit, Person, outreach_visit_leaders
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.errors import FieldError, ValidationError
from ..domain.outreach import OutreachDraft, validate_outreach
from ..domain.screening import month_bounds
from .context import Actor
from .leadership import current_members
from .people import in_roster_order, post_order_in
from .permissions import checked


@dataclass(frozen=True)
class OutreachRecord:
    id: int
    visited_on: date
    leader_ids: tuple[int, ...]
    leaders: tuple[str, ...]
    visited: str
    matter: str
    result: str
    follow_up: str
    follow_up_owner_id: int | None
    follow_up_owner: str
    follow_up_due: date | None
    follow_up_done_on: date | None


@dataclass(frozen=True)
class MonthlyCheckRow:
    person_id: int
    name: str
    role_label: str
    visits: int
    last_visit: date | None

    @property
    def done(self) -> bool:
        return self.visits > 0


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _records(session: Session, conditions) -> list[OutreachRecord]:
    owner = aliased(Person)
    visits = session.execute(
        select(OutreachVisit, owner.name)
        .outerjoin(owner, owner.id == OutreachVisit.follow_up_owner_id)
        .where(*conditions)
        .order_by(OutreachVisit.visited_on.desc(), OutreachVisit.id.desc())
    ).all()
    ids = [v.id for v, _ in visits]
    leaders: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    if ids:
        rows: dict[int, list[tuple[int, str, str]]] = {i: [] for i in ids}
        for visit_id, person_id, name, post in session.execute(
            select(outreach_visit_leaders.c.visit_id, Person.id, Person.name, Person.post)
            .join(Person, Person.id == outreach_visit_leaders.c.person_id)
            .where(outreach_visit_leaders.c.visit_id.in_(ids))
        ):
            rows[visit_id].append((person_id, name, post))
        order = post_order_in(session)
        for key, people in rows.items():
            leaders[key] = in_roster_order(people, order)
    return [
        OutreachRecord(
            id=v.id,
            visited_on=v.visited_on,
            leader_ids=tuple(i for i, _ in leaders[v.id]),
            leaders=tuple(n for _, n in leaders[v.id]),
            visited=v.visited,
            matter=v.matter,
            result=v.result,
            follow_up=v.follow_up,
            follow_up_owner_id=v.follow_up_owner_id,
            follow_up_owner=owner_name or "",
            follow_up_due=v.follow_up_due,
            follow_up_done_on=v.follow_up_done_on,
        )
        for v, owner_name in visits
    ]


@checked
def record_outreach(
    db: Database, actor: Actor, draft: OutreachDraft, *, now: datetime | None = None
) -> OutreachRecord:
    stamp = _now(now)
    cleaned = validate_outreach(draft, stamp.date())
    with db.write() as session:
        wanted = set(cleaned.leader_ids)
        if cleaned.follow_up_owner_id is not None:
            wanted.add(cleaned.follow_up_owner_id)
        found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
        if wanted - found:
            raise ValidationError([FieldError("leader_ids", "有找不到的人，请重新选择")])
        visit = OutreachVisit(
            visited_on=cleaned.visited_on,
            visited=cleaned.visited,
            matter=cleaned.matter,
            result=cleaned.result,
            follow_up=cleaned.follow_up,
            follow_up_owner_id=cleaned.follow_up_owner_id,
            follow_up_due=cleaned.follow_up_due,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(visit)
        session.flush()
        session.execute(
            insert(outreach_visit_leaders),
            [{"visit_id": visit.id, "person_id": p} for p in cleaned.leader_ids],
        )
        return _records(session, [OutreachVisit.id == visit.id])[0]


@checked
def complete_outreach_follow_up(
    db: Database, actor: Actor, visit_id: int, done_on: date
) -> OutreachRecord:
    with db.write() as session:
        visit = session.get(OutreachVisit, visit_id)
        if visit is None:
            raise NotFoundError(f"outreach {visit_id}")
        # A leader completes the follow-ups of the 下访 he went on, not another leader's.
        if (
            session.scalar(
                select(OutreachVisit.id).where(
                    OutreachVisit.id == visit_id, visible_outreach(actor)
                )
            )
            is None
        ):
            raise PermissionDeniedError(actor.role, Permission.MANAGE_ORGANISATION)
        if visit.follow_up_due is None or visit.follow_up_done_on is not None:
            raise ValidationError([FieldError("status", "这次下访没有待办的跟进")])
        if done_on < visit.visited_on:
            raise ValidationError([FieldError("done_on", "完成日期不能早于下访日期")])
        visit.follow_up_done_on = done_on
        session.flush()
        return _records(session, [OutreachVisit.id == visit.id])[0]


@checked
def visible_outreach(actor: Actor):
    """Organisers see every 下访; a leader the ones he went on."""
    if actor.can(Permission.MANAGE_ORGANISATION):
        return true()
    if actor.person_id is None:
        return false()
    went = select(outreach_visit_leaders.c.visit_id).where(
        outreach_visit_leaders.c.person_id == actor.person_id
    )
    return OutreachVisit.id.in_(went)


@checked
def list_outreach(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[OutreachRecord]:
    if date_from and date_to and date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    conditions = [visible_outreach(actor)]
    if date_from:
        conditions.append(OutreachVisit.visited_on >= date_from)
    if date_to:
        conditions.append(OutreachVisit.visited_on <= date_to)
    with db.read() as session:
        return _records(session, conditions)


def overdue_outreach_follow_ups(db: Database, today: date) -> list[OutreachRecord]:
    with db.read() as session:
        found = _records(
            session,
            [
                OutreachVisit.follow_up_due < today,
                OutreachVisit.follow_up_done_on.is_(None),
            ],
        )
    return sorted(found, key=lambda r: (r.follow_up_due, r.id))


def monthly_check(db: Database, year: int, month: int, *, today: date) -> list[MonthlyCheckRow]:
    """每月下访一次: each member of the group (as on the month's last day, or today in the
    current month) with the number of visits recorded in the month."""
    first, last = month_bounds(year, month)
    on = min(last, today)
    if on < first:
        raise ValidationError([FieldError("month", "还没到这个月")])
    members = current_members(db, on=on)
    with db.read() as session:
        counts: dict[int, tuple[int, date]] = {}
        for person_id, visited_on in session.execute(
            select(outreach_visit_leaders.c.person_id, OutreachVisit.visited_on)
            .join(OutreachVisit, OutreachVisit.id == outreach_visit_leaders.c.visit_id)
            .where(OutreachVisit.visited_on >= first, OutreachVisit.visited_on <= last)
        ):
            count, latest = counts.get(person_id, (0, visited_on))
            counts[person_id] = (count + 1, max(latest, visited_on))
    rows = []
    for member in members:
        count, latest = counts.get(member.person_id, (0, None))
        rows.append(
            MonthlyCheckRow(member.person_id, member.name, member.role_label, count, latest)
        )
    return rows
