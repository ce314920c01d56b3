"""Gate-house visits (来访登记): register, edit with history, departure, void, look-ups."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Visit, VisitChange
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number, mask_phone, normalize_id_number, normalize_phone
from ..domain.pinyin import initials_variants, looks_like_initials, name_initials
from ..domain.text import clean_text
from ..domain.visits import (
    FIELD_LABELS,
    GROUP_VISIT_MIN_PEOPLE,
    VisitDraft,
    check_void_reason,
    search_text,
    validate_visit,
)
from . import audit
from .context import Actor
from .permissions import checked
from .settings import LAST_RECEPTIONIST_KEY, put_setting_in_session
from .watchlist import WatchMatch, match_watch_list

_DRAFT_FIELDS = tuple(f.name for f in fields(VisitDraft))
# Fields the history records that are not on the form.
_HISTORY_ONLY_LABELS = {"void_reason": "作废原因"}


@dataclass(frozen=True)
class VisitRecord:
    """One visit in full, for the edit form and the slip (ID unmasked: the form needs it)."""

    id: int
    version: int
    draft: VisitDraft
    number: str
    voided_at: datetime | None
    void_reason: str
    created_at: datetime
    created_by: str

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class VisitChangeRecord:
    changed_at: datetime
    changed_by: str
    action: str
    field_label: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class OnSite:
    batches: int
    persons: int


@dataclass(frozen=True)
class EarlierVisitor:
    """A person seen before, offered to fill the form from (ID masked in the offer)."""

    name: str
    phone: str
    id_number_masked: str
    unit_address: str
    visit_count: int
    last_arrived_at: datetime
    last_visit_id: int


ACTION_LABELS = {
    "create": "登记",
    "edit": "修改",
    "depart": "离开",
    "void": "作废",
}


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _draft_of(visit: Visit) -> VisitDraft:
    return VisitDraft(**{name: getattr(visit, name) for name in _DRAFT_FIELDS})


def _apply(visit: Visit, draft: VisitDraft) -> None:
    for name in _DRAFT_FIELDS:
        setattr(visit, name, getattr(draft, name))
    variants = initials_variants(draft.name)
    visit.name_initials = variants[0] if variants else name_initials(draft.name)
    visit.search_text = search_text(draft, variants)


def _record(session: Session, visit: Visit) -> VisitRecord:
    return VisitRecord(
        id=visit.id,
        version=visit.version,
        draft=_draft_of(visit),
        number=visit.number or "",
        voided_at=visit.voided_at,
        void_reason=visit.void_reason,
        created_at=visit.created_at,
        created_by=visit.created_by,
    )


def _load(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(str(visit_id))
    return visit


def _shows_numbers(actor: Actor) -> bool:
    return actor.can(Permission.VIEW_PERSONAL_NUMBERS)


def _masked(draft: VisitDraft) -> VisitDraft:
    return replace(draft, phone=mask_phone(draft.phone), id_number=mask_id_number(draft.id_number))


def _kept_if_unchanged(typed: str, stored: str, mask) -> str:
    """A field the role was shown masked and left as it was keeps the stored number; anything
    else typed there is validated and stored as typed."""
    typed = typed.strip()
    if stored and typed != stored and typed == mask(stored):
        return stored
    return typed


def _with_stored_numbers(draft: VisitDraft, stored: Visit) -> VisitDraft:
    return replace(
        draft,
        phone=_kept_if_unchanged(draft.phone, stored.phone, mask_phone),
        id_number=_kept_if_unchanged(draft.id_number, stored.id_number, mask_id_number),
    )


def _shown_to(actor: Actor, record: VisitRecord) -> VisitRecord:
    """Phone and ID number masked for roles without the right to them (the 门卫): the gate
    corrects and re-uses visits without ever receiving the numbers."""
    if _shows_numbers(actor):
        return record
    return replace(record, draft=_masked(record.draft))


@checked
def require_day_access(actor: Actor, arrived: datetime, today: date) -> None:
    """The gate works on today's register; older visits need a role that may search years."""
    if actor.can(Permission.SEARCH_ALL_VISITS):
        return
    if arrived.date() != today:
        raise PermissionDeniedError(actor.role, Permission.SEARCH_ALL_VISITS)


def _log_unmasked_view(session: Session, actor: Actor, visit: Visit, what: str, when) -> None:
    if visit.id_number or visit.phone:
        audit.append_in_session(
            session,
            actor,
            "view_unmasked",
            target_kind="visit",
            target_id=visit.id,
            detail=f"{what}：{visit.name}",
            now=when,
        )


def _change(
    visit: Visit,
    actor: Actor,
    when: datetime,
    action: str,
    field: str = "",
    old: object = "",
    new: object = "",
) -> VisitChange:
    return VisitChange(
        visit=visit,
        changed_at=when,
        changed_by=actor.name,
        action=action,
        field=field,
        old_value="" if old is None else str(old),
        new_value="" if new is None else str(new),
    )


@checked
def register_visit(
    db: Database,
    actor: Actor,
    draft: VisitDraft,
    *,
    now: datetime | None = None,
    from_visit_id: int | None = None,
) -> VisitRecord:
    """Save a new visit in one transaction; remembers the receptionist for the next one.

    ``from_visit_id``: the earlier visit the form was filled from (``draft_from_earlier``);
    its phone and ID number, shown masked to the gate and left unchanged, are kept."""
    when = _now(now)
    if from_visit_id is not None:
        with db.read() as session:
            draft = _with_stored_numbers(draft, _load(session, from_visit_id))
    cleaned = validate_visit(draft, when)
    require_day_access(actor, cleaned.arrived_at, when.date())
    with db.write() as session:
        visit = Visit(created_at=when, created_by=actor.name, updated_at=when)
        _apply(visit, cleaned)
        session.add(visit)
        session.add(_change(visit, actor, when, "create"))
        if cleaned.receptionist:
            put_setting_in_session(session, LAST_RECEPTIONIST_KEY, cleaned.receptionist)
        session.flush()
        return _shown_to(actor, _record(session, visit))


@checked
def update_visit(
    db: Database,
    actor: Actor,
    visit_id: int,
    draft: VisitDraft,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> VisitRecord:
    """Save an edit; every changed field goes into the history with its old value. A phone or
    ID number the role saw masked and left unchanged keeps its stored value."""
    when = _now(now)
    with db.read() as session:
        draft = _with_stored_numbers(draft, _load(session, visit_id))
    cleaned = validate_visit(draft, when)
    require_day_access(actor, cleaned.arrived_at, when.date())
    with db.write() as session:
        visit = _load(session, visit_id)
        require_day_access(actor, visit.arrived_at, when.date())
        if visit.version != expected_version:
            raise ConflictError(f"visit {visit_id} is at version {visit.version}")
        if visit.voided_at is not None:
            raise ValidationError([FieldError("name", "这条登记已作废，不能修改")])
        before = _draft_of(visit)
        changed = [n for n in _DRAFT_FIELDS if getattr(before, n) != getattr(cleaned, n)]
        if not changed:
            return _shown_to(actor, _record(session, visit))
        for name in changed:
            session.add(
                _change(
                    visit, actor, when, "edit", name, getattr(before, name), getattr(cleaned, name)
                )
            )
        # The number stays, even when the arrival moves to another day: a number once printed
        # on a slip is never changed nor given to another visit.
        _apply(visit, cleaned)
        visit.updated_at = when
        session.flush()
        return _shown_to(actor, _record(session, visit))


@checked
def mark_departure(
    db: Database, actor: Actor, visit_id: int, *, at: datetime | None = None
) -> VisitRecord:
    when = _now(at)
    with db.write() as session:
        visit = _load(session, visit_id)
        require_day_access(actor, visit.arrived_at, when.date())
        if visit.voided_at is not None:
            raise ValidationError([FieldError("left_at", "这条登记已作废")])
        if visit.left_at is not None:
            raise ValidationError(
                [FieldError("left_at", "已于 {time} 登记离开", {"time": f"{visit.left_at:%H:%M}"})]
            )
        if when < visit.arrived_at:
            raise ValidationError([FieldError("left_at", "离开时间不能早于来访时间")])
        session.add(_change(visit, actor, when, "depart", "left_at", "", when))
        visit.left_at = when
        visit.updated_at = when
        session.flush()
        return _shown_to(actor, _record(session, visit))


@checked
def void_visit(
    db: Database, actor: Actor, visit_id: int, reason: str, *, now: datetime | None = None
) -> VisitRecord:
    """Void instead of delete: the record and the reason stay."""
    when = _now(now)
    reason = check_void_reason(reason)
    with db.write() as session:
        visit = _load(session, visit_id)
        require_day_access(actor, visit.arrived_at, when.date())
        if visit.voided_at is not None:
            raise ValidationError([FieldError("void_reason", "这条登记已经作废")])
        visit.voided_at = when
        visit.void_reason = reason
        visit.voided_by = actor.name
        visit.updated_at = when
        session.add(_change(visit, actor, when, "void", "void_reason", "", reason))
        session.flush()
        return _shown_to(actor, _record(session, visit))


@dataclass(frozen=True)
class SlipFields:
    number: str
    name: str
    people_count: int
    arrived_at: datetime
    host: str
    reason: str
    receptionist: str
    voided: bool


def load_slip_fields(session: Session, visit_id: int) -> SlipFields:
    """What the visitor slip shows, read inside the caller's transaction."""
    visit = _load(session, visit_id)
    return SlipFields(
        number=visit.number or "",
        name=visit.name,
        people_count=visit.people_count,
        arrived_at=visit.arrived_at,
        host=visit.host,
        reason=visit.reason,
        receptionist=visit.receptionist,
        voided=visit.voided_at is not None,
    )


@checked
def get_visit(
    db: Database, actor: Actor, visit_id: int, *, now: datetime | None = None
) -> VisitRecord:
    """The whole visit for the edit form: personal numbers for roles with the right to them
    (the look is logged), masked for the others."""
    when = _now(now)
    with db.write() as session:
        visit = _load(session, visit_id)
        require_day_access(actor, visit.arrived_at, when.date())
        if _shows_numbers(actor):
            _log_unmasked_view(session, actor, visit, "打开登记", when)
        return _shown_to(actor, _record(session, visit))


@checked
def visit_history(
    db: Database, actor: Actor, visit_id: int, *, now: datetime | None = None
) -> list[VisitChangeRecord]:
    """Old values may hold personal numbers, so reading the history is logged like a view."""
    when = _now(now)
    with db.write() as session:
        visit = _load(session, visit_id)
        require_day_access(actor, visit.arrived_at, when.date())
        shows_numbers = _shows_numbers(actor)
        if shows_numbers:
            _log_unmasked_view(session, actor, visit, "查看修改记录", when)
        masks = {} if shows_numbers else {"phone": mask_phone, "id_number": mask_id_number}
        rows = session.scalars(
            select(VisitChange).where(VisitChange.visit_id == visit_id).order_by(VisitChange.id)
        )
        return [
            VisitChangeRecord(
                r.changed_at,
                r.changed_by,
                ACTION_LABELS.get(r.action, r.action),
                FIELD_LABELS.get(r.field) or _HISTORY_ONLY_LABELS.get(r.field, r.field),
                masks.get(r.field, str)(r.old_value),
                masks.get(r.field, str)(r.new_value),
            )
            for r in rows
        ]


@dataclass(frozen=True)
class DaySummary:
    """A day at the gate: batches and person-times (批次/人次), group visits, still on site."""

    batches: int
    persons: int
    group_batches: int
    on_site_batches: int
    on_site_persons: int


def day_summary(db: Database, day: date) -> DaySummary:
    start, end = day_bounds(day)
    still_here = Visit.left_at.is_(None)
    with db.read() as session:
        row = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(Visit.people_count), 0),
                func.count().filter(Visit.people_count >= GROUP_VISIT_MIN_PEOPLE),
                func.count().filter(still_here),
                func.coalesce(func.sum(Visit.people_count).filter(still_here), 0),
            ).where(
                Visit.arrived_at >= start,
                Visit.arrived_at < end,
                Visit.voided_at.is_(None),
            )
        ).one()
    return DaySummary(*(int(value) for value in row))


def on_site(db: Database, day: date | None = None) -> OnSite:
    """Visitors registered on ``day`` who have not left (voided visits do not count)."""
    start, end = day_bounds(day or date.today())
    with db.read() as session:
        batches, persons = session.execute(
            select(func.count(), func.coalesce(func.sum(Visit.people_count), 0)).where(
                Visit.arrived_at >= start,
                Visit.arrived_at < end,
                Visit.left_at.is_(None),
                Visit.voided_at.is_(None),
            )
        ).one()
    return OnSite(int(batches), int(persons))


@checked
def earlier_visitors(
    db: Database,
    actor: Actor,
    *,
    name: str = "",
    phone: str = "",
    id_number: str = "",
    limit: int = 8,
) -> list[EarlierVisitor]:
    """People seen before whose phone, ID, name or pinyin initials start with what is typed.

    The gate sees who came before and how often, not what they came about; phones are
    masked for roles without need."""
    show_phone = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    name = clean_text(name)
    phone = normalize_phone(clean_text(phone))
    id_number = normalize_id_number(clean_text(id_number))
    conditions = []
    if len(phone) >= 3:
        conditions.append(_prefix(Visit.phone, phone))
    if len(id_number) >= 4:
        conditions.append(_prefix(Visit.id_number, id_number))
    if name:
        if looks_like_initials(name):
            conditions.append(_prefix(Visit.name_initials, name.lower()))
        else:
            conditions.append(_prefix(Visit.name, name))
    if not conditions:
        return []
    # Only the most recent matches are grouped, so a common surname stays instant at 1M rows.
    recent = (
        select(
            Visit.id, Visit.name, Visit.phone, Visit.id_number, Visit.unit_address, Visit.arrived_at
        )
        .where(or_(*conditions), Visit.voided_at.is_(None))
        .order_by(Visit.id.desc())
        .limit(500)
        .subquery()
    )
    grouped = (
        select(
            recent.c.name,
            recent.c.phone,
            recent.c.id_number,
            func.max(recent.c.unit_address),
            func.max(recent.c.arrived_at),
            func.max(recent.c.id),
        )
        .group_by(recent.c.name, recent.c.phone, recent.c.id_number)
        .order_by(func.max(recent.c.arrived_at).desc())
        .limit(limit)
    )
    with db.read() as session:
        found = session.execute(grouped).all()
        return [
            EarlierVisitor(
                name=r[0],
                phone=r[1] if show_phone else mask_phone(r[1]),
                id_number_masked=mask_id_number(r[2]),
                unit_address=r[3] or "",
                visit_count=_count_person(session, r[0], r[1], r[2]),
                last_arrived_at=r[4],
                last_visit_id=r[5],
            )
            for r in found
        ]


def previous_visit_count(
    db: Database,
    *,
    name: str,
    phone: str = "",
    id_number: str = "",
    before: datetime | None = None,
) -> int:
    """How often this person came before (重访): matched by ID, else phone, else name alone."""
    with db.read() as session:
        return _count_person(
            session,
            clean_text(name),
            normalize_phone(clean_text(phone)),
            normalize_id_number(clean_text(id_number)),
            before,
        )


@dataclass(frozen=True)
class PersonCheck:
    """What the form shows about the person typed in: 重访 count and watch-list hits."""

    previous_visits: int
    watch_matches: tuple[WatchMatch, ...]


@checked
def check_person(
    db: Database,
    actor: Actor,
    *,
    name: str,
    phone: str = "",
    id_number: str = "",
    same_as_visit: int | None = None,
    before: datetime | None = None,
) -> PersonCheck:
    """How often this person came before, and whether the watch list names them.

    ``same_as_visit``: the visit the form was filled from or is editing; the masked numbers
    the gate was shown for it count as that visit's stored numbers, so a returning visitor
    on the watch list is still recognised. Watch-list numbers come back masked for roles
    without the right to them."""
    if same_as_visit is not None:
        with db.read() as session:
            stored = _load(session, same_as_visit)
            probe = _with_stored_numbers(
                VisitDraft(datetime.min, name, "", phone=phone, id_number=id_number), stored
            )
        phone, id_number = probe.phone, probe.id_number
    count = previous_visit_count(db, name=name, phone=phone, id_number=id_number, before=before)
    matches = match_watch_list(db, name=name, phone=phone, id_number=id_number)
    if not _shows_numbers(actor):
        matches = [
            replace(
                m,
                entry=replace(
                    m.entry,
                    phone=mask_phone(m.entry.phone),
                    id_number=mask_id_number(m.entry.id_number),
                ),
            )
            for m in matches
        ]
    return PersonCheck(count, tuple(matches))


def _count_person(
    session: Session, name: str, phone: str, id_number: str, before: datetime | None = None
) -> int:
    if id_number:
        condition = Visit.id_number == id_number
    elif phone:
        condition = Visit.phone == phone
    elif name:
        condition = (Visit.name == name) & (Visit.phone == "") & (Visit.id_number == "")
    else:
        return 0
    query = select(func.count()).select_from(Visit).where(condition, Visit.voided_at.is_(None))
    if before is not None:
        query = query.where(Visit.arrived_at < before)
    return int(session.scalar(query) or 0)


def _prefix(column, text: str):
    """A prefix match the B-tree index can serve (LIKE 'x%' cannot, under BINARY collation)."""
    return (column >= text) & (column < text + "\U0010ffff")


@checked
def draft_from_earlier(
    db: Database, actor: Actor, visit_id: int, arrived_at: datetime
) -> VisitDraft:
    """A new draft carrying the person's details from an earlier visit (reason left empty).

    The gate may fill the form from any earlier visit of the person (that is what a returning
    visitor saves), but gets the phone and ID number masked: ``register_visit`` with
    ``from_visit_id`` keeps the stored numbers. Unmasked numbers filled in are logged."""
    shows_numbers = _shows_numbers(actor)
    with db.write() as session:
        visit = _load(session, visit_id)
        if shows_numbers:
            _log_unmasked_view(session, actor, visit, "带出以前的登记", None)
        earlier = _draft_of(visit)
    if not shows_numbers:
        earlier = _masked(earlier)
    return VisitDraft(
        arrived_at=arrived_at,
        name=earlier.name,
        gender=earlier.gender,
        phone=earlier.phone,
        id_number=earlier.id_number,
        unit_address=earlier.unit_address,
        reason="",
        people_count=1,
        category=earlier.category,
        host=earlier.host,
    )


__all__ = [
    "EarlierVisitor",
    "OnSite",
    "PersonCheck",
    "VisitChangeRecord",
    "VisitRecord",
    "check_person",
    "draft_from_earlier",
    "earlier_visitors",
    "get_visit",
    "mark_departure",
    "on_site",
    "previous_visit_count",
    "register_visit",
    "update_visit",
    "visit_history",
    "void_visit",
]


@checked
def gate_staff(db: Database, actor: Actor) -> list[str]:
    """Who may be 登记人: one list, not three.

    A gate account is a person: users with the role 门卫 (named as their linked person),
    people whose 职务 is 门卫, then the names typed in 设置 for staff without an account
    (older records and stand-ins). The signed-in user comes first.
    """
    from ..db.models import Person, User
    from ..domain.auth import Role
    from .settings import get_unit_settings

    if not actor.can(Permission.SEARCH_ALL_VISITS):
        actor.require(Permission.REGISTER_VISITS)
    names: list[str] = [actor.name] if actor.user_id is not None else []
    with db.read() as session:
        for user in session.scalars(
            select(User).where(User.role == Role.GATE.value, User.disabled_at.is_(None))
        ):
            person = session.get(Person, user.person_id) if user.person_id else None
            names.append(person.name if person is not None else user.display_name)
        names.extend(
            session.scalars(
                select(Person.name)
                .where(Person.post.contains("门卫"), Person.left_on.is_(None))
                .order_by(Person.name)
            )
        )
    names.extend(get_unit_settings(db).gate_staff)
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


@checked
def depart_by_slip(
    db: Database, actor: Actor, code: str, *, at: datetime | None = None
) -> VisitRecord:
    """The 访客单 scanned at the gate on the way out: that visit's departure is recorded.

    The number in the code must match the visit's own, so a mistyped or forged id never
    marks someone else as gone.
    """
    from ..domain.visits import parse_slip_code

    if not actor.can(Permission.SEARCH_ALL_VISITS):
        actor.require(Permission.REGISTER_VISITS)
    parsed = parse_slip_code(code)
    unknown = ValidationError([FieldError("left_at", "扫到的不是本单位的访客单二维码")])
    if parsed is None:
        raise unknown
    visit_id, number = parsed
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        # The number stored when the visit was saved (the one printed on its slip).
        if visit is None or visit.number != number:
            raise unknown
    return mark_departure(db, actor, visit_id, at=at)


@dataclass(frozen=True)
class PresentVisitor:
    """One line of the 在场 board: who is on site, since when, whom they are seeing."""

    id: int
    name: str
    people_count: int
    arrived_at: datetime
    host: str
    reason: str


@checked
def present_visitors(db: Database, actor: Actor, day: date | None = None) -> list[PresentVisitor]:
    """Today's visitors still on site, longest there first. No phone or ID on the board.
    Another day's register is for roles that may search the years (the gate works on today)."""
    if not actor.can(Permission.SEARCH_ALL_VISITS):
        actor.require(Permission.REGISTER_VISITS)
        if day is not None and day != date.today():
            raise PermissionDeniedError(actor.role, Permission.SEARCH_ALL_VISITS)
    start, end = day_bounds(day or date.today())
    with db.read() as session:
        visits = session.scalars(
            select(Visit)
            .where(
                Visit.arrived_at >= start,
                Visit.arrived_at < end,
                Visit.left_at.is_(None),
                Visit.voided_at.is_(None),
            )
            .order_by(Visit.arrived_at, Visit.id)
        )
        return [
            PresentVisitor(v.id, v.name, v.people_count, v.arrived_at, v.host, v.reason)
            for v in visits
        ]


@checked
def already_on_site(
    db: Database, actor: Actor, *, name: str, phone: str = "", id_number: str = ""
) -> PresentVisitor | None:
    """The same person registered today and not yet gone: registering again counts twice.

    Matched on the ID number or the phone when one is typed, else on the name."""
    if not actor.can(Permission.SEARCH_ALL_VISITS):
        actor.require(Permission.REGISTER_VISITS)
    phone, id_number, name = normalize_phone(phone), normalize_id_number(id_number), name.strip()
    if id_number:
        same = Visit.id_number == id_number
    elif phone:
        same = Visit.phone == phone
    elif name:
        same = Visit.name == name
    else:
        return None
    start, end = day_bounds(date.today())
    with db.read() as session:
        visit = session.scalars(
            select(Visit)
            .where(
                same,
                Visit.arrived_at >= start,
                Visit.arrived_at < end,
                Visit.left_at.is_(None),
                Visit.voided_at.is_(None),
            )
            .order_by(Visit.arrived_at)
            .limit(1)
        ).first()
        if visit is None:
            return None
        return PresentVisitor(
            visit.id, visit.name, visit.people_count, visit.arrived_at, visit.host, visit.reason
        )
