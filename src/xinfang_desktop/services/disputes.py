"""矛盾纠纷排查台账: register a dispute with the 五个一, note progress, resolve; overdue list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, false, insert, or_, select, true
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Dispute, DisputeNote, Person, ScreeningRecord, dispute_team_members
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.disputes import (
    OPEN_STATUSES,
    STATUS_HANDLING,
    STATUS_LABELS,
    STATUS_OPEN,
    STATUS_RESOLVED,
    DisputeDraft,
    check_note,
    check_status_change,
    is_overdue,
    validate_dispute,
)
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_numbers_in_text
from ..domain.screening import RISK_LABELS, STATUS_DISPUTE
from .context import Actor
from .people import in_roster_order, post_order_in
from .permissions import checked


@dataclass(frozen=True)
class NoteRecord:
    noted_on: date
    text: str
    created_by: str


@dataclass(frozen=True)
class DisputeRecord:
    id: int
    version: int
    found_on: date
    matter: str
    parties: str
    responsible_id: int
    responsible: str
    team_ids: tuple[int, ...]
    team: tuple[str, ...]
    plan: str
    deadline: date
    risk_level: str
    risk_note: str
    status: str
    resolved_on: date | None
    notes: tuple[NoteRecord, ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def risk_label(self) -> str:
        return RISK_LABELS.get(self.risk_level, "")

    def overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.deadline, today)

    def draft(self) -> DisputeDraft:
        return DisputeDraft(
            found_on=self.found_on,
            matter=self.matter,
            responsible_id=self.responsible_id,
            team_ids=self.team_ids,
            plan=self.plan,
            deadline=self.deadline,
            risk_level=self.risk_level,
            parties=self.parties,
            risk_note=self.risk_note,
        )


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _records(session: Session, conditions) -> list[DisputeRecord]:
    disputes = session.execute(
        select(Dispute, Person.name)
        .join(Person, Person.id == Dispute.responsible_id)
        .where(*conditions)
        .order_by(Dispute.found_on.desc(), Dispute.id.desc())
    ).all()
    ids = [d.id for d, _ in disputes]
    team: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    notes: dict[int, list[NoteRecord]] = {i: [] for i in ids}
    if ids:
        rows: dict[int, list[tuple[int, str, str]]] = {i: [] for i in ids}
        for dispute_id, person_id, name, post in session.execute(
            select(dispute_team_members.c.dispute_id, Person.id, Person.name, Person.post)
            .join(Person, Person.id == dispute_team_members.c.person_id)
            .where(dispute_team_members.c.dispute_id.in_(ids))
        ):
            rows[dispute_id].append((person_id, name, post))
        order = post_order_in(session)
        for key, people in rows.items():
            team[key] = in_roster_order(people, order)
        for note in session.scalars(
            select(DisputeNote)
            .where(DisputeNote.dispute_id.in_(ids))
            .order_by(DisputeNote.noted_on, DisputeNote.id)
        ):
            notes[note.dispute_id].append(NoteRecord(note.noted_on, note.text, note.created_by))
    return [
        DisputeRecord(
            id=d.id,
            version=d.version,
            found_on=d.found_on,
            matter=d.matter,
            parties=d.parties,
            responsible_id=d.responsible_id,
            responsible=name,
            team_ids=tuple(i for i, _ in team[d.id]),
            team=tuple(n for _, n in team[d.id]),
            plan=d.plan,
            deadline=d.deadline,
            risk_level=d.risk_level,
            risk_note=d.risk_note,
            status=d.status,
            resolved_on=d.resolved_on,
            notes=tuple(notes[d.id]),
        )
        for d, name in disputes
    ]


def _check_people(session: Session, cleaned: DisputeDraft) -> None:
    wanted = {cleaned.responsible_id, *cleaned.team_ids}
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    errors = []
    if cleaned.responsible_id not in found:
        errors.append(FieldError("responsible_id", "找不到这个人，请重新选择"))
    if set(cleaned.team_ids) - found:
        errors.append(FieldError("team_ids", "化解班子中有找不到的人，请重新选择"))
    if errors:
        raise ValidationError(errors)


def _set_team(session: Session, dispute_id: int, team_ids: tuple[int, ...]) -> None:
    session.execute(
        delete(dispute_team_members).where(dispute_team_members.c.dispute_id == dispute_id)
    )
    session.execute(
        insert(dispute_team_members),
        [{"dispute_id": dispute_id, "person_id": p} for p in team_ids],
    )


@checked
def add_dispute(
    db: Database,
    actor: Actor,
    draft: DisputeDraft,
    *,
    from_screening: tuple[int, int] | None = None,
    now: datetime | None = None,
) -> DisputeRecord:
    """Register a dispute; ``from_screening`` = (record id, expected version) of the finding
    it comes from, which is then marked 已转矛盾纠纷 in the same transaction."""
    stamp = _now(now)
    cleaned = validate_dispute(draft, stamp.date())
    with db.write() as session:
        _check_people(session, cleaned)
        finding = None
        if from_screening is not None:
            from .screening import check_finding_open

            record_id, expected_version = from_screening
            finding = session.get(ScreeningRecord, record_id)
            if finding is None:
                raise NotFoundError(f"screening {record_id}")
            if finding.version != expected_version:
                raise ConflictError(f"screening {record_id} is at version {finding.version}")
            check_finding_open(finding)
            if cleaned.found_on < finding.screened_on:
                raise ValidationError([FieldError("found_on", "排查日期不能早于摸排日期")])
        dispute = Dispute(
            found_on=cleaned.found_on,
            matter=cleaned.matter,
            parties=cleaned.parties,
            responsible_id=cleaned.responsible_id,
            plan=cleaned.plan,
            deadline=cleaned.deadline,
            risk_level=cleaned.risk_level,
            risk_note=cleaned.risk_note,
            status=STATUS_OPEN,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(dispute)
        session.flush()
        _set_team(session, dispute.id, cleaned.team_ids)
        if finding is not None:
            finding.status = STATUS_DISPUTE
            finding.dispute_id = dispute.id
        session.flush()
        return _records(session, [Dispute.id == dispute.id])[0]


def _load(session: Session, dispute_id: int, expected_version: int) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise NotFoundError(f"dispute {dispute_id}")
    if dispute.version != expected_version:
        raise ConflictError(f"dispute {dispute_id} is at version {dispute.version}")
    return dispute


@checked
def update_dispute(
    db: Database,
    actor: Actor,
    dispute_id: int,
    draft: DisputeDraft,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> DisputeRecord:
    cleaned = validate_dispute(draft, _now(now).date())
    with db.write() as session:
        dispute = _load(session, dispute_id, expected_version)
        _check_people(session, cleaned)
        dispute.found_on = cleaned.found_on
        dispute.matter = cleaned.matter
        dispute.parties = cleaned.parties
        dispute.responsible_id = cleaned.responsible_id
        dispute.plan = cleaned.plan
        dispute.deadline = cleaned.deadline
        dispute.risk_level = cleaned.risk_level
        dispute.risk_note = cleaned.risk_note
        _set_team(session, dispute.id, cleaned.team_ids)
        session.flush()
        return _records(session, [Dispute.id == dispute.id])[0]


@checked
def add_note(
    db: Database,
    actor: Actor,
    dispute_id: int,
    noted_on: date,
    text: str,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> DisputeRecord:
    """A progress note; the first one moves the dispute from 已登记 to 化解中."""
    stamp = _now(now)
    with db.write() as session:
        _visible(session, actor, dispute_id)
        dispute = _load(session, dispute_id, expected_version)
        if dispute.status == STATUS_RESOLVED:
            raise ValidationError([FieldError("status", "这条纠纷已化解")])
        cleaned = check_note(text, noted_on, dispute.found_on, stamp.date())
        session.add(
            DisputeNote(
                dispute_id=dispute.id,
                noted_on=noted_on,
                text=cleaned,
                created_at=stamp,
                created_by=actor.name,
            )
        )
        if dispute.status == STATUS_OPEN:
            dispute.status = STATUS_HANDLING
        session.flush()
        return _shown_to(actor, _records(session, [Dispute.id == dispute.id])[0])


@checked
def resolve_dispute(
    db: Database,
    actor: Actor,
    dispute_id: int,
    resolved_on: date,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> DisputeRecord:
    with db.write() as session:
        dispute = _load(session, dispute_id, expected_version)
        if dispute.status == STATUS_RESOLVED:
            raise ValidationError([FieldError("status", "这条纠纷已化解")])
        check_status_change(STATUS_RESOLVED, resolved_on, dispute.found_on)
        if resolved_on > _now(now).date():
            raise ValidationError([FieldError("resolved_on", "化解日期不能晚于今天")])
        dispute.status = STATUS_RESOLVED
        dispute.resolved_on = resolved_on
        session.flush()
        return _records(session, [Dispute.id == dispute.id])[0]


@checked
def visible_disputes(actor: Actor):
    """Organisers see the whole ledger; a leader the disputes he is responsible for or whose
    handling team he is in."""
    if actor.can(Permission.MANAGE_ORGANISATION):
        return true()
    if actor.person_id is None:
        return false()
    in_team = select(dispute_team_members.c.dispute_id).where(
        dispute_team_members.c.person_id == actor.person_id
    )
    return or_(Dispute.responsible_id == actor.person_id, Dispute.id.in_(in_team))


def _shown_to(actor: Actor, record: DisputeRecord) -> DisputeRecord:
    """Phones and ID numbers written into the free text are masked for roles without the
    right to see them (a 领导 reads the parties, not their numbers)."""
    if actor.can(Permission.VIEW_PERSONAL_NUMBERS):
        return record
    return replace(
        record,
        parties=mask_numbers_in_text(record.parties),
        risk_note=mask_numbers_in_text(record.risk_note),
        notes=tuple(replace(n, text=mask_numbers_in_text(n.text)) for n in record.notes),
    )


def _visible(session: Session, actor: Actor, dispute_id: int) -> None:
    """A leader reaches only the disputes he is responsible for or on the team of."""
    if session.get(Dispute, dispute_id) is None:
        raise NotFoundError(f"dispute {dispute_id}")
    reachable = session.scalar(
        select(Dispute.id).where(Dispute.id == dispute_id, visible_disputes(actor))
    )
    if reachable is None:
        raise PermissionDeniedError(actor.role, Permission.MANAGE_ORGANISATION)


@checked
def get_dispute(db: Database, actor: Actor, dispute_id: int) -> DisputeRecord:
    with db.read() as session:
        _visible(session, actor, dispute_id)
        found = _records(session, [Dispute.id == dispute_id])
    return _shown_to(actor, found[0])


@checked
def list_disputes(
    db: Database,
    actor: Actor,
    *,
    open_only: bool = False,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[DisputeRecord]:
    if date_from and date_to and date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    conditions = [visible_disputes(actor)]
    if open_only:
        conditions.append(Dispute.status.in_(OPEN_STATUSES))
    if date_from:
        conditions.append(Dispute.found_on >= date_from)
    if date_to:
        conditions.append(Dispute.found_on <= date_to)
    with db.read() as session:
        return [_shown_to(actor, r) for r in _records(session, conditions)]


def overdue_disputes(db: Database, today: date) -> list[DisputeRecord]:
    with db.read() as session:
        found = _records(session, [Dispute.status.in_(OPEN_STATUSES), Dispute.deadline < today])
    return sorted(found, key=lambda d: (d.deadline, d.id))
