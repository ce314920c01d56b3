"""Duty rotas (值班表): rotas, their shifts and seats, published versions, leave, the duty log.

A shift copies its pattern's name and times, and a seat its role's name, so a rota keeps
saying what was planned after the settings change.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class DutyRota(Base):
    __tablename__ = "duty_rotas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    seed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    published_number: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    shifts: Mapped[list[DutyShift]] = relationship(
        back_populates="rota", order_by="DutyShift.starts_at", cascade="all, delete-orphan"
    )

    # Every edit of a rota touches its row (updated_at), so two PCs editing the same rota
    # cannot both win: the second UPDATE finds another version and fails.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (Index("ix_duty_rotas_start_date", "start_date"),)


class DutyShift(Base):
    __tablename__ = "duty_shifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rota_id: Mapped[int] = mapped_column(ForeignKey("duty_rotas.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    pattern_code: Mapped[str] = mapped_column(String(20), nullable=False)
    pattern_name: Mapped[str] = mapped_column(String(20), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ends_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    category: Mapped[str] = mapped_column(String(10), nullable=False)
    day_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    is_night: Mapped[bool] = mapped_column(nullable=False, default=False)
    handover_note: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    signed_off_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    rota: Mapped[DutyRota] = relationship(back_populates="shifts")
    seats: Mapped[list[DutyAssignment]] = relationship(
        back_populates="shift",
        order_by="(DutyAssignment.role_order, DutyAssignment.seat)",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (
        UniqueConstraint("rota_id", "day", "pattern_code", name="uq_duty_shifts_rota_id"),
        Index("ix_duty_shifts_starts_at", "starts_at"),
    )


class DutyAssignment(Base):
    """One seat of a shift: a role, its seat number, and the person in it (None: unfilled)."""

    __tablename__ = "duty_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shifts.id"), nullable=False)
    role_code: Mapped[str] = mapped_column(String(20), nullable=False)
    role_name: Mapped[str] = mapped_column(String(20), nullable=False)
    role_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    seat: Mapped[int] = mapped_column(Integer, nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))

    shift: Mapped[DutyShift] = relationship(back_populates="seats")

    __table_args__ = (
        UniqueConstraint("shift_id", "role_code", "seat", name="uq_duty_assignments_shift_id"),
        Index("ix_duty_assignments_person_id", "person_id"),
    )


class DutyRotaVersion(Base):
    """A published rota as it was: seats → person ids, to show what changed since."""

    __tablename__ = "duty_rota_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rota_id: Mapped[int] = mapped_column(ForeignKey("duty_rotas.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    published_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    published_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    snapshot: Mapped[object] = mapped_column(JSON, nullable=False)

    __table_args__ = (UniqueConstraint("rota_id", "number", name="uq_duty_rota_versions_rota_id"),)


class DutyUnavailability(Base):
    """Leave, trips …: no duty on these days. Cancelled entries stay, marked."""

    __tablename__ = "duty_unavailability"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_duty_unavailability_person_id", "person_id"),)


class DutyLogEntry(Base):
    """One line of a shift's duty log (值班记录): an event, a call, a visitor …"""

    __tablename__ = "duty_log_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shifts.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    content: Mapped[str] = mapped_column(String(2000), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_duty_log_entries_shift_id", "shift_id"),)


class DutyLogLink(Base):
    """A record the shift dealt with, by kind and id ("visit" now; "case" once cases exist),
    so other areas can be linked without a new table."""

    __tablename__ = "duty_log_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shifts.id"), nullable=False)
    target_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    target_id: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (
        UniqueConstraint("shift_id", "target_kind", "target_id", name="uq_duty_log_links_shift_id"),
        Index("ix_duty_log_links_target", "target_kind", "target_id"),
    )
