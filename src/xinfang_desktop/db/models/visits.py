"""Settings, gate-house visits, their history and the watch list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Connection,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    event,
    func,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.visits import visit_number
from .. import tables
from .base import Base


class Setting(Base):
    """The unit's settings as key → JSON value (unit name, lists, last receptionist)."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[object]
    updated_at: Mapped[datetime]


class Visit(Base):
    """One registration at the gate (来访登记): a person or a group arriving. The columns are
    declared in Core (db/tables.py) so the command line can read visits without the ORM."""

    __table__ = tables.visits

    id: Mapped[int]
    arrived_at: Mapped[datetime]
    left_at: Mapped[datetime | None]
    name: Mapped[str]
    name_initials: Mapped[str]
    gender: Mapped[str]
    phone: Mapped[str]
    id_number: Mapped[str]
    people_count: Mapped[int]
    unit_address: Mapped[str]
    reason: Mapped[str]
    category: Mapped[str]
    host: Mapped[str]
    receptionist: Mapped[str]
    vehicle_plate: Mapped[str]
    outcome: Mapped[str]
    remarks: Mapped[str]
    search_text: Mapped[str]
    number: Mapped[str | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str]
    voided_by: Mapped[str]
    created_at: Mapped[datetime]
    created_by: Mapped[str]
    updated_at: Mapped[datetime]
    version: Mapped[int]

    changes: Mapped[list[VisitChange]] = relationship(
        back_populates="visit", order_by="VisitChange.id"
    )

    __mapper_args__ = {"version_id_col": tables.visits.c.version}  # noqa: RUF012


class VisitChange(Base):
    """The history of a visit: who changed which field, from what to what, and when."""

    __tablename__ = "visit_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), nullable=False, index=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    field: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    old_value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    new_value: Mapped[str] = mapped_column(Text, nullable=False, default="")

    visit: Mapped[Visit] = relationship(back_populates="changes")


class WatchEntry(Base):
    """关注名单: a person the gate must be warned about, and why."""

    __table__ = tables.watch_entries

    id: Mapped[int]
    name: Mapped[str]
    phone: Mapped[str]
    id_number: Mapped[str]
    reason: Mapped[str]
    added_at: Mapped[datetime]
    added_by: Mapped[str]
    removed_at: Mapped[datetime | None]
    removed_by: Mapped[str]


# Serialises numbering between PCs on PostgreSQL (SQLite's BEGIN IMMEDIATE already does).
# The same key as the audit chain's lock (services/audit.py): a transaction that numbers a
# visit and appends an audit entry takes one lock, so two such transactions can never wait
# for each other in opposite orders.
_NUMBERING_LOCK = 7318001


def last_daily_sequence(connection: Connection, day: date) -> int:
    """The highest sequence number already given on ``day`` (0 when none): a new visit of that
    day, even one registered later with an earlier time, takes the next one."""
    prefix = f"{day:%Y%m%d}"
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _NUMBERING_LOCK})
    last = connection.execute(
        select(Visit.number)
        # "YYYYMMDD-" <= number < "YYYYMMDD." is that day's range of the unique index.
        .where(Visit.number >= f"{prefix}-", Visit.number < f"{prefix}.")
        .order_by(func.length(Visit.number).desc(), Visit.number.desc())
        .limit(1)
    ).scalar()
    return int(last.rsplit("-", 1)[1]) if last else 0


def next_visit_number(connection: Connection, arrived_at: datetime) -> str:
    return visit_number(arrived_at, last_daily_sequence(connection, arrived_at.date()) + 1)


@event.listens_for(Visit, "before_insert")
def number_new_visit(_mapper, connection: Connection, visit: Visit) -> None:
    """Every visit saved through the ORM gets its number in the same transaction."""
    if visit.number is None:
        visit.number = next_visit_number(connection, visit.arrived_at)
