"""关注名单: people the gate must be warned about, matched while a visitor is registered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import WatchEntry
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import (
    id_number_problem,
    normalize_id_number,
    normalize_phone,
)
from ..domain.text import check_text, clean_text
from .context import Actor
from .permissions import checked


@dataclass(frozen=True)
class WatchEntryRecord:
    id: int
    name: str
    phone: str
    id_number: str
    reason: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class WatchMatch:
    entry: WatchEntryRecord
    matched_on: str  # 身份证号 / 联系电话 / 姓名

    @property
    def is_strong(self) -> bool:
        """A name alone may be a namesake; an ID or phone match is the person."""
        return self.matched_on != "姓名"


def _record(row: WatchEntry) -> WatchEntryRecord:
    return WatchEntryRecord(
        row.id, row.name, row.phone, row.id_number, row.reason, row.added_at, row.added_by
    )


@checked
def add_watch_entry(
    db: Database, actor: Actor, *, name: str, reason: str, phone: str = "", id_number: str = ""
) -> WatchEntryRecord:
    name, reason = clean_text(name), clean_text(reason)
    phone = normalize_phone(clean_text(phone))
    id_number = normalize_id_number(clean_text(id_number))
    errors = [
        e
        for e in (
            check_text("name", name, label="姓名", max_length=50),
            check_text(
                "reason", reason, label="关注原因", max_length=500, required=True, multiline=True
            ),
            check_text("phone", phone, label="联系电话", max_length=30),
        )
        if e
    ]
    if not (name or phone or id_number):
        errors.append(FieldError("name", "姓名、电话、身份证号至少填一项"))
    if id_number:
        problem = id_number_problem(id_number)
        if problem:
            errors.append(FieldError("id_number", problem, {"count": len(id_number)}))
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        row = WatchEntry(
            name=name,
            phone=phone,
            id_number=id_number,
            reason=reason,
            added_at=datetime.now(),
            added_by=actor.name,
        )
        session.add(row)
        session.flush()
        return _record(row)


@checked
def remove_watch_entry(db: Database, actor: Actor, entry_id: int) -> None:
    """Taken off the list, not deleted: who was watched and when stays on record."""
    with db.write() as session:
        row = session.get(WatchEntry, entry_id)
        if row is None or row.removed_at is not None:
            raise NotFoundError(str(entry_id))
        row.removed_at = datetime.now()
        row.removed_by = actor.name


@checked
def list_watch_entries(db: Database, actor: Actor) -> list[WatchEntryRecord]:
    with db.read() as session:
        rows = session.scalars(
            select(WatchEntry).where(WatchEntry.removed_at.is_(None)).order_by(WatchEntry.id)
        )
        return [_record(r) for r in rows]


def match_watch_list(
    db: Database, *, name: str = "", phone: str = "", id_number: str = ""
) -> list[WatchMatch]:
    name = clean_text(name)
    phone = normalize_phone(clean_text(phone))
    id_number = normalize_id_number(clean_text(id_number))
    conditions = []
    if id_number:
        conditions.append(WatchEntry.id_number == id_number)
    if phone:
        conditions.append(WatchEntry.phone == phone)
    if name:
        conditions.append(WatchEntry.name == name)
    if not conditions:
        return []
    with db.read() as session:
        rows = session.scalars(
            select(WatchEntry).where(WatchEntry.removed_at.is_(None), or_(*conditions))
        ).all()
    matches = []
    for row in rows:
        if id_number and row.id_number == id_number:
            on = "身份证号"
        elif phone and row.phone == phone:
            on = "联系电话"
        else:
            on = "姓名"
        matches.append(WatchMatch(_record(row), on))
    matches.sort(key=lambda m: not m.is_strong)
    return matches
