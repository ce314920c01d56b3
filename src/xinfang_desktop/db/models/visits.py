"""Settings, gate-house visits, their history and the watch list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Connection,
    DateTime,
    ForeignKey,
    Index,
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
from .base import Base


class Setting(Base):
    """The unit's settings as key → JSON value (unit name, lists, last receptionist)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )


class Visit(Base):
    """One registration at the gate (来访登记): a person or a group arriving."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    arrived_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    name_initials: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    gender: Mapped[str] = mapped_column(String(2), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="")
    people_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    unit_address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reason: Mapped[str] = mapped_column(String(1000), nullable=False)
    category: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    host: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    receptionist: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    vehicle_plate: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    outcome: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    remarks: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    # Everything the search box looks in, lower-cased; indexed by FTS5 (SQLite) or pg_trgm.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The number on the visitor slip (20261123-0007), given once when the visit is saved and
    # never recomputed: a backdated registration must not renumber slips already handed out.
    # Nullable only because SQLite cannot add a NOT NULL column to a filled table in place;
    # every insert gets one (see number_new_visit below), and migration 0012 filled the rest.
    number: Mapped[str | None] = mapped_column(String(16))
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    voided_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    changes: Mapped[list[VisitChange]] = relationship(
        back_populates="visit", order_by="VisitChange.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (
        Index("ix_visits_arrived_at_id", "arrived_at", "id"),
        Index("ix_visits_name", "name"),
        Index("ix_visits_name_initials", "name_initials"),
        Index("ix_visits_phone", "phone"),
        Index("ix_visits_id_number", "id_number"),
        Index("ux_visits_number", "number", unique=True),
    )


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

    __tablename__ = "watch_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="", index=True)
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="", index=True)
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    added_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    removed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_watch_entries_name", "name"),)


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
