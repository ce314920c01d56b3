"""包组摸排: the unit's groups, who is responsible for each in a term, and what screening found.

A finding becomes a follow-up (owner, due date), a dispute (services/disputes.py), or a request
for a 信访事项: recorded here as 待转信访事项 and listed by ``pending_case_requests`` for the
case area to take up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import false, func, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import (
    LeadershipMember,
    LeadershipTerm,
    Person,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
    Setting,
)
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.errors import FieldError, ValidationError
from ..domain.ordering import group_sort_key
from ..domain.screening import (
    DEFAULT_GROUPS,
    DEFAULT_INTERVAL_DAYS,
    GROUP_KIND_LABELS,
    RISK_LABELS,
    STATUS_CASE_REGISTERED,
    STATUS_CASE_REQUESTED,
    STATUS_FOLLOW_UP,
    STATUS_FOLLOW_UP_DONE,
    STATUS_LABELS,
    STATUS_RECORDED,
    GroupDraft,
    ScreeningDraft,
    check_interval,
    is_screening_overdue,
    screening_due_since,
    validate_group,
    validate_screening,
)
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session

INTERVAL_KEY = "screening.interval_days"
GROUPS_SEEDED_KEY = "screening.groups_seeded"


@dataclass(frozen=True)
class GroupRecord:
    id: int
    version: int
    name: str
    kind: str
    sort_order: int
    retired: bool

    @property
    def kind_label(self) -> str:
        return GROUP_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class AssignmentRow:
    group_id: int
    group_name: str
    group_kind: str
    leader_id: int | None
    leader_name: str
    leader_post: str
    assigned_on: date | None


@dataclass(frozen=True)
class ScreeningRow:
    id: int
    version: int
    screened_on: date
    group_id: int
    group_name: str
    screened_by_id: int
    screened_by: str
    findings: str
    risk_level: str
    status: str
    follow_up_owner_id: int | None
    follow_up_owner: str
    follow_up_due: date | None
    follow_up_done_on: date | None
    dispute_id: int | None
    case_requested_by: str
    case_requested_at: datetime | None
    case_id: int | None = None  # the 信访事项 the finding became

    @property
    def risk_label(self) -> str:
        return RISK_LABELS.get(self.risk_level, "")

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class GroupStatus:
    """One line of the per-term view: is the group screened within the agreed interval?"""

    group_id: int
    group_name: str
    leader_name: str
    last_screened: date | None
    due_by: date
    overdue: bool


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _group_record(group: ScreeningGroup) -> GroupRecord:
    return GroupRecord(
        id=group.id,
        version=group.version,
        name=group.name,
        kind=group.kind,
        sort_order=group.sort_order,
        retired=group.retired,
    )


def _flush_unique(session: Session, problem: FieldError) -> None:
    """Flush; a unique constraint hit by another PC's save at the same moment becomes the
    same Chinese message the check before it gives."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise ValidationError([problem]) from exc


# -- groups ---------------------------------------------------------------------------------


def ensure_default_groups(db: Database) -> bool:
    """Seed the school example (1–6年级组, 音乐, 美术, 体育, 英语组) once, for a new database.

    Seeded only once: a unit that deletes or renames them does not get them back."""
    with db.write() as session:
        if session.get(Setting, GROUPS_SEEDED_KEY) is not None:
            return False
        if session.scalar(select(func.count()).select_from(ScreeningGroup)):
            put_setting_in_session(session, GROUPS_SEEDED_KEY, True)
            return False
        for order, (name, kind) in enumerate(DEFAULT_GROUPS, start=1):
            session.add(ScreeningGroup(name=name, kind=kind, sort_order=order))
        put_setting_in_session(session, GROUPS_SEEDED_KEY, True)
    return True


def list_groups(db: Database, *, include_retired: bool = False) -> list[GroupRecord]:
    """The groups by kind (年级组, 学科组, 科室), each kind in natural order (一…六年级组)."""
    query = select(ScreeningGroup).order_by(ScreeningGroup.sort_order, ScreeningGroup.id)
    if not include_retired:
        query = query.where(ScreeningGroup.retired.is_(False))
    with db.read() as session:
        records = [_group_record(g) for g in session.scalars(query)]
    return sorted(records, key=lambda g: _group_order(g.kind, g.name))


def _group_order(kind: str, name: str) -> tuple:
    return group_sort_key(kind, name, tuple(GROUP_KIND_LABELS))


def _check_group_name(session: Session, name: str, exclude_id: int | None = None) -> None:
    query = select(ScreeningGroup.id).where(ScreeningGroup.name == name)
    if exclude_id is not None:
        query = query.where(ScreeningGroup.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError([FieldError("name", "已有名为“{name}”的组", {"name": name})])


@checked
def add_group(db: Database, actor: Actor, draft: GroupDraft) -> GroupRecord:
    cleaned = validate_group(draft)
    with db.write() as session:
        _check_group_name(session, cleaned.name)
        last = session.scalar(select(func.max(ScreeningGroup.sort_order))) or 0
        group = ScreeningGroup(name=cleaned.name, kind=cleaned.kind, sort_order=last + 1)
        session.add(group)
        _flush_unique(session, FieldError("name", "已有名为“{name}”的组", {"name": cleaned.name}))
        return _group_record(group)


@checked
def update_group(
    db: Database,
    actor: Actor,
    group_id: int,
    draft: GroupDraft,
    *,
    expected_version: int,
    retired: bool = False,
) -> GroupRecord:
    """Rename, change the kind, or retire a group (records that name it keep it)."""
    cleaned = validate_group(draft)
    with db.write() as session:
        group = session.get(ScreeningGroup, group_id)
        if group is None:
            raise NotFoundError(f"group {group_id}")
        if group.version != expected_version:
            raise ConflictError(f"group {group_id} is at version {group.version}")
        _check_group_name(session, cleaned.name, exclude_id=group_id)
        group.name, group.kind, group.retired = cleaned.name, cleaned.kind, retired
        session.flush()
        return _group_record(group)


@checked
def import_groups(db: Database, actor: Actor, drafts: list[GroupDraft]) -> tuple[int, int]:
    """Add the groups not there yet (by name) and update the kind of the others; one
    transaction. Returns (added, updated)."""
    errors: list[FieldError] = []
    cleaned: list[GroupDraft] = []
    for row, draft in enumerate(drafts, start=2):
        try:
            cleaned.append(validate_group(draft))
        except ValidationError as error:
            errors.extend(
                FieldError(e.field, "第 {row} 行：" + e.template, {**e.params, "row": row})
                for e in error.errors
            )
    if errors:
        raise ValidationError(errors)
    added = updated = 0
    with db.write() as session:
        existing = {g.name: g for g in session.scalars(select(ScreeningGroup))}
        last = max((g.sort_order for g in existing.values()), default=0)
        for draft in cleaned:
            group = existing.get(draft.name)
            if group is None:
                last += 1
                group = ScreeningGroup(name=draft.name, kind=draft.kind, sort_order=last)
                session.add(group)
                existing[draft.name] = group
                added += 1
            elif group.kind != draft.kind or group.retired:
                group.kind, group.retired = draft.kind, False
                updated += 1
        put_setting_in_session(session, GROUPS_SEEDED_KEY, True)
    return added, updated


# -- interval setting ------------------------------------------------------------------------


def get_interval_days(db: Database) -> int:
    with db.read() as session:
        row = session.get(Setting, INTERVAL_KEY)
        return int(row.value) if row else DEFAULT_INTERVAL_DAYS


@checked
def save_interval_days(db: Database, actor: Actor, days: int) -> int:
    check_interval(days)
    with db.write() as session:
        put_setting_in_session(session, INTERVAL_KEY, days)
    return days


# -- assignments -----------------------------------------------------------------------------


def _leader_in_term(session: Session, term_id: int, person_id: int, day: date) -> bool:
    return (
        session.scalar(
            select(LeadershipMember.id).where(
                LeadershipMember.term_id == term_id,
                LeadershipMember.person_id == person_id,
                LeadershipMember.joined_on <= day,
                (LeadershipMember.ended_on.is_(None)) | (LeadershipMember.ended_on >= day),
            )
        )
        is not None
    )


@checked
def assign_group(
    db: Database,
    actor: Actor,
    term_id: int,
    group_id: int,
    leader_id: int,
    *,
    assigned_on: date,
    replace: bool = False,
    now: datetime | None = None,
) -> AssignmentRow:
    """One responsible leader per group and term; ``replace`` hands the group to another."""
    stamp = _now(now)
    with db.write() as session:
        term = session.get(LeadershipTerm, term_id)
        group = session.get(ScreeningGroup, group_id)
        leader = session.get(Person, leader_id)
        if term is None or group is None or leader is None:
            raise NotFoundError(f"term {term_id} / group {group_id} / person {leader_id}")
        errors: list[FieldError] = []
        if assigned_on < term.founded_on or (term.ended_on and assigned_on > term.ended_on):
            errors.append(FieldError("assigned_on", "指定日期不在这一届的任期内"))
        elif not _leader_in_term(session, term_id, leader_id, assigned_on):
            errors.append(
                FieldError(
                    "leader_id",
                    "{name}不是本届领导小组成员，不能包组",
                    {"name": leader.name},
                )
            )
        if errors:
            raise ValidationError(errors)
        assignment = session.scalars(
            select(ScreeningAssignment).where(
                ScreeningAssignment.term_id == term_id, ScreeningAssignment.group_id == group_id
            )
        ).first()
        if assignment is not None and assignment.leader_id != leader_id and not replace:
            current = session.get(Person, assignment.leader_id)
            raise ValidationError(
                [
                    FieldError(
                        "leader_id",
                        "{group}本届已由{name}负责，一个组只能有一名负责领导",
                        {"group": group.name, "name": current.name},
                    )
                ]
            )
        if assignment is None:
            assignment = ScreeningAssignment(term_id=term_id, group_id=group_id)
            session.add(assignment)
        assignment.leader_id = leader_id
        assignment.assigned_on = assigned_on
        assignment.updated_at = stamp
        assignment.updated_by = actor.name
        # Another PC may have assigned the group a moment ago: the constraint decides.
        _flush_unique(
            session,
            FieldError(
                "leader_id", "{group}本届刚被指定了负责领导，请刷新后再看", {"group": group.name}
            ),
        )
        return AssignmentRow(
            group.id, group.name, group.kind, leader.id, leader.name, leader.post, assigned_on
        )


@checked
def unassign_group(db: Database, actor: Actor, term_id: int, group_id: int) -> None:
    with db.write() as session:
        assignment = session.scalars(
            select(ScreeningAssignment).where(
                ScreeningAssignment.term_id == term_id, ScreeningAssignment.group_id == group_id
            )
        ).first()
        if assignment is not None:
            session.delete(assignment)


def list_assignments(db: Database, term_id: int) -> list[AssignmentRow]:
    """Every active group with its leader in the term (None when nobody is assigned yet)."""
    with db.read() as session:
        rows = session.execute(
            select(ScreeningGroup, ScreeningAssignment, Person)
            .outerjoin(
                ScreeningAssignment,
                (ScreeningAssignment.group_id == ScreeningGroup.id)
                & (ScreeningAssignment.term_id == term_id),
            )
            .outerjoin(Person, Person.id == ScreeningAssignment.leader_id)
            .where(ScreeningGroup.retired.is_(False))
            .order_by(ScreeningGroup.sort_order, ScreeningGroup.id)
        ).all()
        assignments = [
            AssignmentRow(
                group.id,
                group.name,
                group.kind,
                person.id if person else None,
                person.name if person else "",
                person.post if person else "",
                assignment.assigned_on if assignment else None,
            )
            for group, assignment, person in rows
        ]
    return sorted(assignments, key=lambda row: _group_order(row.group_kind, row.group_name))


# -- screening records -----------------------------------------------------------------------


def _person_exists(session: Session, person_id: int | None, field: str) -> list[FieldError]:
    if person_id is not None and session.get(Person, person_id) is None:
        return [FieldError(field, "找不到这个人，请重新选择")]
    return []


@checked
def record_screening(
    db: Database, actor: Actor, draft: ScreeningDraft, *, now: datetime | None = None
) -> ScreeningRow:
    stamp = _now(now)
    cleaned = validate_screening(draft, stamp.date())
    with db.write() as session:
        errors = _person_exists(session, cleaned.screened_by_id, "screened_by_id")
        errors += _person_exists(session, cleaned.follow_up_owner_id, "follow_up_owner_id")
        if session.get(ScreeningGroup, cleaned.group_id) is None:
            errors.append(FieldError("group_id", "找不到这个组，请重新选择"))
        if errors:
            raise ValidationError(errors)
        record = ScreeningRecord(
            screened_on=cleaned.screened_on,
            group_id=cleaned.group_id,
            screened_by_id=cleaned.screened_by_id,
            findings=cleaned.findings,
            risk_level=cleaned.risk_level,
            status=STATUS_FOLLOW_UP if cleaned.follow_up_owner_id else STATUS_RECORDED,
            follow_up_owner_id=cleaned.follow_up_owner_id,
            follow_up_due=cleaned.follow_up_due,
            created_at=stamp,
            created_by=actor.name,
        )
        session.add(record)
        session.flush()
        return _screening_rows(session, [ScreeningRecord.id == record.id])[0]


def _screening_rows(session: Session, conditions) -> list[ScreeningRow]:
    screener = aliased(Person)
    owner = aliased(Person)
    rows = session.execute(
        select(ScreeningRecord, ScreeningGroup.name, screener.name, owner.name)
        .join(ScreeningGroup, ScreeningGroup.id == ScreeningRecord.group_id)
        .join(screener, screener.id == ScreeningRecord.screened_by_id)
        .outerjoin(owner, owner.id == ScreeningRecord.follow_up_owner_id)
        .where(*conditions)
        .order_by(ScreeningRecord.screened_on.desc(), ScreeningRecord.id.desc())
    ).all()
    return [
        ScreeningRow(
            id=r.id,
            version=r.version,
            screened_on=r.screened_on,
            group_id=r.group_id,
            group_name=group_name,
            screened_by_id=r.screened_by_id,
            screened_by=screener_name,
            findings=r.findings,
            risk_level=r.risk_level,
            status=r.status,
            follow_up_owner_id=r.follow_up_owner_id,
            follow_up_owner=owner_name or "",
            follow_up_due=r.follow_up_due,
            follow_up_done_on=r.follow_up_done_on,
            dispute_id=r.dispute_id,
            case_requested_by=r.case_requested_by,
            case_requested_at=r.case_requested_at,
            case_id=r.case_id,
        )
        for r, group_name, screener_name, owner_name in rows
    ]


@checked
def visible_screenings(actor: Actor):
    """Organisers see every screening; a leader those of the groups he is responsible for
    (in any term) and those he did himself."""
    if actor.can(Permission.MANAGE_ORGANISATION):
        return true()
    if actor.person_id is None:
        return false()
    own_groups = select(ScreeningAssignment.group_id).where(
        ScreeningAssignment.leader_id == actor.person_id
    )
    return or_(
        ScreeningRecord.group_id.in_(own_groups),
        ScreeningRecord.screened_by_id == actor.person_id,
    )


@checked
def list_screenings(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    group_id: int | None = None,
) -> list[ScreeningRow]:
    if date_from and date_to and date_from > date_to:
        raise ValidationError([FieldError("date_to", "结束日期不能早于开始日期")])
    conditions = [visible_screenings(actor)]
    if date_from:
        conditions.append(ScreeningRecord.screened_on >= date_from)
    if date_to:
        conditions.append(ScreeningRecord.screened_on <= date_to)
    if group_id:
        conditions.append(ScreeningRecord.group_id == group_id)
    with db.read() as session:
        return _screening_rows(session, conditions)


@checked
def get_screening(db: Database, actor: Actor, record_id: int) -> ScreeningRow:
    """One finding, for roles whose scope reaches it (a leader: his groups, his screenings)."""
    with db.read() as session:
        rows = _screening_rows(session, [ScreeningRecord.id == record_id])
        if not rows:
            raise NotFoundError(f"screening {record_id}")
        if (
            session.scalar(
                select(ScreeningRecord.id).where(
                    ScreeningRecord.id == record_id, visible_screenings(actor)
                )
            )
            is None
        ):
            raise PermissionDeniedError(actor.role, Permission.MANAGE_ORGANISATION)
    return rows[0]


def _load_finding(
    session: Session, record_id: int, expected_version: int, actor: Actor
) -> ScreeningRecord:
    """The finding, if the actor's scope reaches it: a leader acts on the findings of his own
    groups, his own screenings and the follow-ups he was made responsible for."""
    record = session.get(ScreeningRecord, record_id)
    if record is None:
        raise NotFoundError(f"screening {record_id}")
    reachable = session.scalar(
        select(ScreeningRecord.id).where(
            ScreeningRecord.id == record_id,
            or_(
                visible_screenings(actor),
                ScreeningRecord.follow_up_owner_id == (actor.person_id or -1),
            ),
        )
    )
    if reachable is None:
        raise PermissionDeniedError(actor.role, Permission.MANAGE_ORGANISATION)
    if record.version != expected_version:
        raise ConflictError(f"screening {record_id} is at version {record.version}")
    return record


def check_finding_open(record: ScreeningRecord) -> None:
    """Only a finding not yet handed on can become a case, a dispute or be closed."""
    if not record.risk_level:
        raise ValidationError([FieldError("status", "这次摸排无新问题，没有可转的事项")])
    if (
        record.status in (STATUS_CASE_REQUESTED, STATUS_CASE_REGISTERED)
        or record.dispute_id is not None
    ):
        raise ValidationError(
            [
                FieldError(
                    "status",
                    "这条摸排发现已{status}，不能重复处理",
                    {"status": STATUS_LABELS[record.status]},
                )
            ]
        )


@checked
def request_case(
    db: Database,
    actor: Actor,
    record_id: int,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> ScreeningRow:
    """Turn a finding into a 信访事项: marked 待转信访事项 with who and when, until the case
    area registers it (see ``pending_case_requests``)."""
    stamp = _now(now)
    with db.write() as session:
        record = _load_finding(session, record_id, expected_version, actor)
        check_finding_open(record)
        record.status = STATUS_CASE_REQUESTED
        record.case_requested_by = actor.name
        record.case_requested_at = stamp
        session.flush()
        return _screening_rows(session, [ScreeningRecord.id == record.id])[0]


def check_can_become_case(db: Database, record_id: int) -> None:
    """Raise the Chinese reason when the finding cannot (any longer) become a case."""
    with db.read() as session:
        record = session.get(ScreeningRecord, record_id)
        if record is None:
            raise NotFoundError(f"screening {record_id}")
        if record.status != STATUS_CASE_REQUESTED:
            check_finding_open(record)


def mark_case_registered(session: Session, record_id: int, case_id: int) -> None:
    """Inside the case's own transaction: the finding (asked for or not) became ``case_id``."""
    record = session.get(ScreeningRecord, record_id)
    if record is None:
        raise NotFoundError(f"screening {record_id}")
    if record.status != STATUS_CASE_REQUESTED:
        check_finding_open(record)
    record.status = STATUS_CASE_REGISTERED
    record.case_id = case_id
    session.flush()


def pending_case_requests(db: Database) -> list[ScreeningRow]:
    """Findings waiting to become 信访事项, oldest request first (for the case area)."""
    with db.read() as session:
        rows = _screening_rows(session, [ScreeningRecord.status == STATUS_CASE_REQUESTED])
    return sorted(rows, key=lambda r: (r.case_requested_at or datetime.min, r.id))


@checked
def set_follow_up(
    db: Database,
    actor: Actor,
    record_id: int,
    owner_id: int | None,
    due: date | None,
    *,
    expected_version: int,
) -> ScreeningRow:
    from ..domain.screening import check_follow_up

    with db.write() as session:
        record = _load_finding(session, record_id, expected_version, actor)
        check_finding_open(record)
        errors = check_follow_up(owner_id, due, record.screened_on, required=True)
        errors += _person_exists(session, owner_id, "follow_up_owner_id")
        if errors:
            raise ValidationError(errors)
        record.follow_up_owner_id, record.follow_up_due = owner_id, due
        record.follow_up_done_on = None
        record.status = STATUS_FOLLOW_UP
        session.flush()
        return _screening_rows(session, [ScreeningRecord.id == record.id])[0]


@checked
def complete_follow_up(
    db: Database, actor: Actor, record_id: int, done_on: date, *, expected_version: int
) -> ScreeningRow:
    with db.write() as session:
        record = _load_finding(session, record_id, expected_version, actor)
        if record.status != STATUS_FOLLOW_UP:
            raise ValidationError([FieldError("status", "这条摸排没有待办的跟进")])
        if done_on < record.screened_on:
            raise ValidationError([FieldError("done_on", "完成日期不能早于摸排日期")])
        record.status = STATUS_FOLLOW_UP_DONE
        record.follow_up_done_on = done_on
        session.flush()
        return _screening_rows(session, [ScreeningRecord.id == record.id])[0]


def overdue_follow_ups(db: Database, today: date) -> list[ScreeningRow]:
    with db.read() as session:
        rows = _screening_rows(
            session,
            [ScreeningRecord.status == STATUS_FOLLOW_UP, ScreeningRecord.follow_up_due < today],
        )
    return sorted(rows, key=lambda r: (r.follow_up_due, r.id))


def screening_overview(db: Database, term_id: int, today: date) -> list[GroupStatus]:
    """Per group of the term: last screening, the day the next is due, and whether it is late.

    A group never screened is counted from the day it was assigned (or the term began)."""
    interval = get_interval_days(db)
    with db.read() as session:
        term = session.get(LeadershipTerm, term_id)
        if term is None:
            raise NotFoundError(f"term {term_id}")
        last_by_group = dict(
            session.execute(
                select(ScreeningRecord.group_id, func.max(ScreeningRecord.screened_on))
                .where(ScreeningRecord.screened_on >= term.founded_on)
                .where(ScreeningRecord.screened_on <= (term.ended_on or date.max))
                .group_by(ScreeningRecord.group_id)
            ).all()
        )
    end = min(today, term.ended_on) if term.ended_on else today
    statuses = []
    for row in list_assignments(db, term_id):
        since = row.assigned_on or term.founded_on
        last = last_by_group.get(row.group_id)
        statuses.append(
            GroupStatus(
                group_id=row.group_id,
                group_name=row.group_name,
                leader_name=row.leader_name,
                last_screened=last,
                due_by=screening_due_since(last, since, interval),
                overdue=is_screening_overdue(last, since, interval, end),
            )
        )
    return statuses
