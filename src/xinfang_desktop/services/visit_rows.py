"""Visits as the lists show them (来访登记 list, `xinfang visits list`, prints of a period).

Read through Core (db/tables.py), not the ORM, so a command that lists visits imports no more
than it uses; ``to_row`` takes a Core row or an ORM ``Visit`` alike (same attribute names).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from ..db.engine import Database
from ..db.tables import visits, watch_entries
from ..domain.auth import Permission
from ..domain.dates import day_bounds
from ..domain.identity import mask_id_number, mask_phone
from ..domain.visits import is_group_visit
from .context import Actor
from .permissions import checked


@dataclass(frozen=True)
class VisitRow:
    """A list row: personal numbers masked, as every list shows them."""

    id: int
    arrived_at: datetime
    left_at: datetime | None
    name: str
    gender: str
    phone: str
    id_number: str
    people_count: int
    unit_address: str
    reason: str
    category: str
    host: str
    receptionist: str
    vehicle_plate: str
    outcome: str
    remarks: str
    voided: bool
    void_reason: str
    # On the watch list (for roles that see it): the mark stays on every row of the person.
    watched: bool = False

    @property
    def is_group_visit(self) -> bool:
        return is_group_visit(self.people_count)

    @property
    def on_site(self) -> bool:
        return self.left_at is None and not self.voided


def to_row(visit: Any, *, show_phone: bool = True) -> VisitRow:
    """The list row of a visit (an ORM ``Visit`` or a row of ``tables.visits``)."""
    return VisitRow(
        id=visit.id,
        arrived_at=visit.arrived_at,
        left_at=visit.left_at,
        name=visit.name,
        gender=visit.gender,
        phone=visit.phone if show_phone else mask_phone(visit.phone),
        id_number=mask_id_number(visit.id_number),
        people_count=visit.people_count,
        unit_address=visit.unit_address,
        reason=visit.reason,
        category=visit.category,
        host=visit.host,
        receptionist=visit.receptionist,
        vehicle_plate=visit.vehicle_plate,
        outcome=visit.outcome,
        remarks=visit.remarks,
        voided=visit.voided_at is not None,
        void_reason=visit.void_reason,
    )


@checked
def fetch_visit_rows(
    db: Database, actor: Actor, ids: list[int], *, today: date | None = None
) -> list[VisitRow]:
    """Rows for the given ids, in the order given (the list asks for what it paints).

    ID numbers are always masked; phones too for roles without need. A role limited to
    today's register gets only today's rows, whatever ids it asks for."""
    if not ids:
        return []
    all_days = actor.can(Permission.SEARCH_ALL_VISITS)
    if not all_days:
        actor.require(Permission.REGISTER_VISITS)
    show_phone = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    query = select(visits).where(visits.c.id.in_(ids))
    if not all_days:
        start, end = day_bounds(today or date.today())
        query = query.where(visits.c.arrived_at >= start, visits.c.arrived_at < end)
    with db.read_connection() as connection:
        by_id = {v.id: v for v in connection.execute(query)}
        watched = _watched_ids(connection, actor, list(by_id.values()))
    return [
        replace(to_row(by_id[i], show_phone=show_phone), watched=i in watched)
        for i in ids
        if i in by_id
    ]


def _may_see_watch_list(actor: Actor) -> bool:
    """The gate is alerted when it registers; the office keeps the list."""
    return actor.can(Permission.REGISTER_VISITS) or actor.can(Permission.MANAGE_SETTINGS)


def _watched_ids(connection: Connection, actor: Actor, rows: list[Any]) -> set[int]:
    """Visits whose person is on the watch list now (matched as the gate's alert matches)."""
    if not rows or not _may_see_watch_list(actor):
        return set()
    entries = connection.execute(
        select(watch_entries.c.name, watch_entries.c.phone, watch_entries.c.id_number).where(
            watch_entries.c.removed_at.is_(None)
        )
    ).all()
    names = {e.name for e in entries if e.name}
    phones = {e.phone for e in entries if e.phone}
    id_numbers = {e.id_number for e in entries if e.id_number}
    return {
        v.id
        for v in rows
        if (v.id_number and v.id_number in id_numbers)
        or (v.phone and v.phone in phones)
        or v.name in names
    }
