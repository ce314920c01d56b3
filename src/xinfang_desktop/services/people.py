"""The unit's people: add, change, mark as left, look up. Kept once, used by every area."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Person, Setting
from ..domain.auth import Permission
from ..domain.errors import FieldError, ValidationError
from ..domain.ordering import DEFAULT_POST_ORDER, person_sort_key, validate_post_order
from ..domain.people import PersonDraft, check_left_on, validate_person
from . import audit
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session

POST_ORDER_KEY = "post_order"


@dataclass(frozen=True)
class PersonRecord:
    id: int
    version: int
    name: str
    post: str
    office: str
    phone: str
    is_leader: bool
    remarks: str
    left_on: date | None

    @property
    def active(self) -> bool:
        return self.left_on is None

    @property
    def label(self) -> str:
        """How pickers show a person: 王校长 is ambiguous, 王建国（副校长） is not."""
        return f"{self.name}（{self.post}）" if self.post else self.name

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name,
            post=self.post,
            office=self.office,
            phone=self.phone,
            is_leader=self.is_leader,
            remarks=self.remarks,
        )


def _record(person: Person) -> PersonRecord:
    return PersonRecord(
        id=person.id,
        version=person.version,
        name=person.name,
        post=person.post,
        office=person.office,
        phone=person.phone,
        is_leader=person.is_leader,
        remarks=person.remarks,
        left_on=person.left_on,
    )


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _load(session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"person {person_id}")
    return person


def _check_unique(session, draft: PersonDraft, exclude_id: int | None = None) -> None:
    """Two active people with the same name and office would be indistinguishable in pickers."""
    query = select(func.count()).where(
        Person.name == draft.name, Person.office == draft.office, Person.left_on.is_(None)
    )
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    if session.scalar(query):
        raise ValidationError(
            [FieldError("name", "同一部门已有在岗的“{name}”，请加以区分", {"name": draft.name})]
        )


@checked
def add_person(
    db: Database, actor: Actor, draft: PersonDraft, *, now: datetime | None = None
) -> PersonRecord:
    cleaned = validate_person(draft)
    stamp = _now(now)
    with db.write() as session:
        _check_unique(session, cleaned)
        person = Person(
            name=cleaned.name,
            post=cleaned.post,
            office=cleaned.office,
            phone=cleaned.phone,
            is_leader=cleaned.is_leader,
            remarks=cleaned.remarks,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(person)
        session.flush()
        return _record(person)


@checked
def update_person(
    db: Database,
    actor: Actor,
    person_id: int,
    draft: PersonDraft,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> PersonRecord:
    cleaned = validate_person(draft)
    with db.write() as session:
        person = _load(session, person_id)
        if person.version != expected_version:
            raise ConflictError(f"person {person_id} is at version {person.version}")
        _check_unique(session, cleaned, exclude_id=person_id)
        person.name = cleaned.name
        person.post = cleaned.post
        person.office = cleaned.office
        person.phone = cleaned.phone
        person.is_leader = cleaned.is_leader
        person.remarks = cleaned.remarks
        person.updated_at = _now(now)
        session.flush()
        return _record(person)


@checked
def mark_left(
    db: Database,
    actor: Actor,
    person_id: int,
    left_on: date,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> PersonRecord:
    """The person leaves the unit; records that name them keep doing so."""
    stamp = _now(now)
    check_left_on(left_on, stamp.date())
    with db.write() as session:
        person = _load(session, person_id)
        if person.version != expected_version:
            raise ConflictError(f"person {person_id} is at version {person.version}")
        person.left_on = left_on
        person.updated_at = stamp
        session.flush()
        return _record(person)


def get_person(db: Database, person_id: int) -> PersonRecord:
    with db.read() as session:
        return _record(_load(session, person_id))


def list_people(
    db: Database, *, include_left: bool = False, leaders_only: bool = False
) -> list[PersonRecord]:
    """The people in roster order: by 职务 (the unit's post order), then 姓氏笔画."""
    query = select(Person).order_by(Person.id)
    if not include_left:
        query = query.where(Person.left_on.is_(None))
    if leaders_only:
        query = query.where(Person.is_leader.is_(True))
    order = get_post_order(db)
    with db.read() as session:
        records = [_record(p) for p in session.scalars(query)]
    return sorted(records, key=lambda p: person_sort_key(p.post, p.name, order))


def get_post_order(db: Database) -> tuple[str, ...]:
    """The unit's 职务 order for rosters (设置), or the usual school order."""
    with db.read() as session:
        return post_order_in(session)


def post_order_in(session: Session) -> tuple[str, ...]:
    """``get_post_order`` inside a caller's session."""
    row = session.get(Setting, POST_ORDER_KEY)
    if row is None or not isinstance(row.value, list):
        return DEFAULT_POST_ORDER
    return tuple(str(item) for item in row.value)


def in_roster_order(
    people: list[tuple[int, str, str]], order: tuple[str, ...]
) -> list[tuple[int, str]]:
    """(id, name) of (id, name, 职务) rows as a roster lists them: by 职务, then surname
    strokes, not by code point (which put 王 before 刘 and 书记 anywhere)."""
    ranked = sorted(people, key=lambda p: person_sort_key(p[2], p[1], order))
    return [(person_id, name) for person_id, name, _post in ranked]


@checked
def save_post_order(db: Database, actor: Actor, order: Sequence[str]) -> tuple[str, ...]:
    """Keep the unit's 职务 order (one post per item, highest rank first); audited."""
    actor.require(Permission.MANAGE_ORGANISATION)
    cleaned = validate_post_order(order)
    with db.write() as session:
        put_setting_in_session(session, POST_ORDER_KEY, list(cleaned))
        audit.append_in_session(session, actor, "settings_changed", detail="职务排序")
    return cleaned
