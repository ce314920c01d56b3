"""信访工作领导小组: found a term, add members, change a role or duties, remove a member.

``current_members(db, on=day)`` is the roster other areas read (the weekly meeting takes its
attendance from it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import (
    Dispute,
    LeadershipMember,
    LeadershipTerm,
    OutreachVisit,
    Person,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
)
from ..domain.disputes import OPEN_STATUSES
from ..domain.errors import FieldError, ValidationError
from ..domain.leadership import (
    ROLE_LABELS,
    MemberDraft,
    TermDraft,
    check_member_end,
    check_single_leader,
    open_items_message,
    roster_sort_key,
    validate_member,
    validate_term,
)
from ..domain.screening import STATUS_FOLLOW_UP
from .context import Actor
from .people import get_post_order
from .permissions import checked


@dataclass(frozen=True)
class TermRecord:
    id: int
    version: int
    founded_on: date
    meeting: str
    document_number: str
    remarks: str
    ended_on: date | None

    @property
    def label(self) -> str:
        number = f"（{self.document_number}）" if self.document_number else ""
        return f"{self.founded_on.isoformat()} {self.meeting}{number}"


@dataclass(frozen=True)
class MemberRecord:
    """One membership row; ``person_left_on`` says the person has left the unit."""

    id: int
    term_id: int
    person_id: int
    name: str
    post: str
    office: str
    phone: str
    role: str
    duties: str
    joined_on: date
    ended_on: date | None
    end_reason: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.ended_on is None or day <= self.ended_on)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _term_record(term: LeadershipTerm) -> TermRecord:
    return TermRecord(
        id=term.id,
        version=term.version,
        founded_on=term.founded_on,
        meeting=term.meeting,
        document_number=term.document_number,
        remarks=term.remarks,
        ended_on=term.ended_on,
    )


def _member_record(member: LeadershipMember, person: Person) -> MemberRecord:
    return MemberRecord(
        id=member.id,
        term_id=member.term_id,
        person_id=person.id,
        name=person.name,
        post=person.post,
        office=person.office,
        phone=person.phone,
        role=member.role,
        duties=member.duties,
        joined_on=member.joined_on,
        ended_on=member.ended_on,
        end_reason=member.end_reason,
    )


def _load_term(session: Session, term_id: int) -> LeadershipTerm:
    term = session.get(LeadershipTerm, term_id)
    if term is None:
        raise NotFoundError(f"leadership term {term_id}")
    return term


def _term_on(session: Session, day: date) -> LeadershipTerm | None:
    return session.scalars(
        select(LeadershipTerm)
        .where(
            LeadershipTerm.founded_on <= day,
            or_(LeadershipTerm.ended_on.is_(None), LeadershipTerm.ended_on >= day),
        )
        .order_by(LeadershipTerm.founded_on.desc())
        .limit(1)
    ).first()


@checked
def found_term(
    db: Database, actor: Actor, draft: TermDraft, *, now: datetime | None = None
) -> TermRecord:
    """A 行政会 decides a (new) group; the previous term ends the day before."""
    stamp = _now(now)
    with db.write() as session:
        previous = session.scalars(
            select(LeadershipTerm).order_by(LeadershipTerm.founded_on.desc()).limit(1)
        ).first()
        cleaned = validate_term(
            draft, previous_founded_on=previous.founded_on if previous else None
        )
        assert cleaned.founded_on is not None
        if previous is not None and previous.ended_on is None:
            previous.ended_on = cleaned.founded_on - timedelta(days=1)
            for member in session.scalars(
                select(LeadershipMember).where(
                    LeadershipMember.term_id == previous.id, LeadershipMember.ended_on.is_(None)
                )
            ):
                member.ended_on = previous.ended_on
                member.end_reason = "换届"
        term = LeadershipTerm(
            founded_on=cleaned.founded_on,
            meeting=cleaned.meeting,
            document_number=cleaned.document_number,
            remarks=cleaned.remarks,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(term)
        session.flush()
        return _term_record(term)


@checked
def update_term(
    db: Database, actor: Actor, term_id: int, draft: TermDraft, *, expected_version: int
) -> TermRecord:
    """Correct the decision's details (meeting, document number, remarks; not the date)."""
    with db.write() as session:
        term = _load_term(session, term_id)
        if term.version != expected_version:
            raise ConflictError(f"term {term_id} is at version {term.version}")
        cleaned = validate_term(draft)
        if cleaned.founded_on != term.founded_on:
            raise ValidationError([FieldError("founded_on", "成立日期不能修改；换届请新建一届")])
        term.meeting = cleaned.meeting
        term.document_number = cleaned.document_number
        term.remarks = cleaned.remarks
        session.flush()
        return _term_record(term)


def list_terms(db: Database) -> list[TermRecord]:
    with db.read() as session:
        terms = session.scalars(select(LeadershipTerm).order_by(LeadershipTerm.founded_on.desc()))
        return [_term_record(t) for t in terms]


def term_on(db: Database, day: date) -> TermRecord | None:
    with db.read() as session:
        term = _term_on(session, day)
        return _term_record(term) if term else None


def _active_rows(session: Session, term_id: int, day: date):
    return session.execute(
        select(LeadershipMember, Person)
        .join(Person, Person.id == LeadershipMember.person_id)
        .where(
            LeadershipMember.term_id == term_id,
            LeadershipMember.joined_on <= day,
            or_(LeadershipMember.ended_on.is_(None), LeadershipMember.ended_on >= day),
        )
    ).all()


@checked
def add_member(
    db: Database, actor: Actor, term_id: int, draft: MemberDraft, *, now: datetime | None = None
) -> MemberRecord:
    stamp = _now(now)
    with db.write() as session:
        term = _load_term(session, term_id)
        cleaned = validate_member(draft, term_founded_on=term.founded_on)
        assert cleaned.joined_on is not None and cleaned.person_id is not None
        person = session.get(Person, cleaned.person_id)
        if person is None:
            raise ValidationError([FieldError("person_id", "找不到这个人，请重新选择")])
        if person.left_on is not None:
            raise ValidationError(
                [FieldError("person_id", "{name}已离岗，不能加入领导小组", {"name": person.name})]
            )
        if term.ended_on is not None:
            raise ValidationError([FieldError("term", "这一届已结束，请在当前一届中添加成员")])
        current = _active_rows(session, term_id, cleaned.joined_on)
        if any(m.person_id == person.id for m, _ in current):
            raise ValidationError(
                [FieldError("person_id", "{name}已是本届成员", {"name": person.name})]
            )
        check_single_leader([m.role for m, _ in current], cleaned.role)
        member = LeadershipMember(
            term_id=term_id,
            person_id=person.id,
            role=cleaned.role,
            duties=cleaned.duties,
            joined_on=cleaned.joined_on,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(member)
        session.flush()
        return _member_record(member, person)


def _load_open_member(session: Session, member_id: int) -> LeadershipMember:
    member = session.get(LeadershipMember, member_id)
    if member is None:
        raise NotFoundError(f"member {member_id}")
    if member.ended_on is not None:
        raise ValidationError([FieldError("member", "这条成员记录已结束，不能再变动")])
    return member


@checked
def change_member(
    db: Database,
    actor: Actor,
    member_id: int,
    *,
    role: str,
    duties: str,
    changed_on: date,
    reason: str = "职务或分工调整",
    now: datetime | None = None,
) -> MemberRecord:
    """New role or duties from ``changed_on``; the old row ends the day before (history)."""
    stamp = _now(now)
    with db.write() as session:
        old = _load_open_member(session, member_id)
        term = _load_term(session, old.term_id)
        cleaned = validate_member(
            MemberDraft(old.person_id, role, duties, changed_on), term_founded_on=term.founded_on
        )
        if changed_on == old.joined_on:
            # Corrected on the day it began: nothing to keep, the row itself is fixed.
            others = [m.role for m, _ in _active_rows(session, term.id, changed_on) if m is not old]
            check_single_leader(others, cleaned.role)
            old.role, old.duties = cleaned.role, cleaned.duties
            session.flush()
            return _member_record(old, session.get(Person, old.person_id))
        end_reason = check_member_end(old.joined_on, changed_on - timedelta(days=1), reason)
        others = [m.role for m, _ in _active_rows(session, term.id, changed_on) if m is not old]
        check_single_leader(others, cleaned.role)
        old.ended_on = changed_on - timedelta(days=1)
        old.end_reason = end_reason
        new = LeadershipMember(
            term_id=old.term_id,
            person_id=old.person_id,
            role=cleaned.role,
            duties=cleaned.duties,
            joined_on=changed_on,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(new)
        session.flush()
        return _member_record(new, session.get(Person, old.person_id))


def open_items_of(session: Session, person_id: int, term_id: int | None) -> list[str]:
    """What a person still owns: open follow-ups, open disputes, groups assigned this term."""
    items: list[str] = []
    for group_name, due in session.execute(
        select(ScreeningGroup.name, ScreeningRecord.follow_up_due)
        .join(ScreeningGroup, ScreeningGroup.id == ScreeningRecord.group_id)
        .where(
            ScreeningRecord.follow_up_owner_id == person_id,
            ScreeningRecord.status == STATUS_FOLLOW_UP,
        )
        .order_by(ScreeningRecord.follow_up_due)
    ):
        items.append(f"{group_name}摸排跟进（期限 {due.isoformat()}）")
    for visited, due in session.execute(
        select(OutreachVisit.visited, OutreachVisit.follow_up_due).where(
            OutreachVisit.follow_up_owner_id == person_id,
            OutreachVisit.follow_up_due.is_not(None),
            OutreachVisit.follow_up_done_on.is_(None),
        )
    ):
        items.append(f"下访“{visited}”跟进（期限 {due.isoformat()}）")
    for matter, deadline in session.execute(
        select(Dispute.matter, Dispute.deadline).where(
            Dispute.responsible_id == person_id, Dispute.status.in_(OPEN_STATUSES)
        )
    ):
        items.append(f"矛盾纠纷“{matter[:20]}”（时限 {deadline.isoformat()}）")
    if term_id is not None:
        for (group_name,) in session.execute(
            select(ScreeningGroup.name)
            .join(ScreeningAssignment, ScreeningAssignment.group_id == ScreeningGroup.id)
            .where(
                ScreeningAssignment.term_id == term_id, ScreeningAssignment.leader_id == person_id
            )
            .order_by(ScreeningGroup.sort_order)
        ):
            items.append(f"包{group_name}")
    return items


@checked
def remove_member(
    db: Database, actor: Actor, member_id: int, *, removed_on: date, reason: str
) -> MemberRecord:
    """The member leaves the group on ``removed_on``; refused while they still own open
    work (it must be handed over first)."""
    with db.write() as session:
        member = _load_open_member(session, member_id)
        person = session.get(Person, member.person_id)
        cleaned_reason = check_member_end(member.joined_on, removed_on, reason)
        owned = open_items_of(session, member.person_id, member.term_id)
        if owned:
            raise ValidationError([open_items_message(person.name, owned)])
        # Not a member from ``removed_on`` on; removed on the day they joined means never.
        member.ended_on = removed_on - timedelta(days=1)
        member.end_reason = cleaned_reason or "退出"
        session.flush()
        return _member_record(member, person)


@checked
def person_leaves(
    db: Database,
    actor: Actor,
    person_id: int,
    left_on: date,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> None:
    """A person leaves the unit: refused while they own open work; otherwise their
    memberships of the leadership group end the day before, in the same transaction."""
    from ..domain.people import check_left_on

    stamp = _now(now)
    check_left_on(left_on, stamp.date())
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(f"person {person_id}")
        if person.version != expected_version:
            raise ConflictError(f"person {person_id} is at version {person.version}")
        term = _term_on(session, stamp.date())
        owned = open_items_of(session, person_id, term.id if term else None)
        if owned:
            raise ValidationError([open_items_message(person.name, owned)])
        for member in session.scalars(
            select(LeadershipMember).where(
                LeadershipMember.person_id == person_id, LeadershipMember.ended_on.is_(None)
            )
        ):
            if left_on <= member.joined_on:
                raise ValidationError(
                    [
                        FieldError(
                            "left_on",
                            "离岗日期不能早于加入领导小组的日期（{day}）",
                            {"day": member.joined_on.isoformat()},
                        )
                    ]
                )
            member.ended_on = left_on - timedelta(days=1)
            member.end_reason = "离岗"
        person.left_on = left_on
        person.updated_at = stamp


def list_members(
    db: Database, term_id: int, *, on: date | None = None, with_history: bool = False
) -> list[MemberRecord]:
    """The roster of a term on a day (default: its members now), in 组长/副组长/组员 order;
    ``with_history`` gives every row, ended ones included, oldest first."""
    with db.read() as session:
        if with_history:
            rows = session.execute(
                select(LeadershipMember, Person)
                .join(Person, Person.id == LeadershipMember.person_id)
                .where(LeadershipMember.term_id == term_id)
                .order_by(LeadershipMember.joined_on, LeadershipMember.id)
            ).all()
            return [_member_record(m, p) for m, p in rows]
        term = _load_term(session, term_id)
        day = on or (term.ended_on or date.today())
        records = [_member_record(m, p) for m, p in _active_rows(session, term_id, day)]
    return _in_roster_order(db, records)


def _in_roster_order(db: Database, records: list[MemberRecord]) -> list[MemberRecord]:
    order = get_post_order(db)
    return sorted(records, key=lambda r: roster_sort_key(r.role, r.name, r.post, order))


def current_members(db: Database, on: date | None = None) -> list[MemberRecord]:
    """The leadership group's members on ``on`` (default today), with role and duties."""
    day = on or date.today()
    with db.read() as session:
        term = _term_on(session, day)
        if term is None:
            return []
        records = [_member_record(m, p) for m, p in _active_rows(session, term.id, day)]
    return _in_roster_order(db, records)
