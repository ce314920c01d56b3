"""Petition cases (信访事项), their petitioners, steps (events), urgings (督办) and attachments.

The columns statistics count by (channel, category, area, owner, state, received/closed days,
repeat_of_id) are plain and indexed. ``due_on`` is the next deadline, recomputed from the
events on every step, so the start page and the overdue list are indexed range queries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(60), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    referring_body: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    referring_ref: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    petitioner_names: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    people_count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    request: Mapped[str] = mapped_column(String(1000), nullable=False)
    facts: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    reasons: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    category: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    area: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    accused: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    accused_office: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    handling_office: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # An imported ledger's 重信重访 mark whose earlier case is not in the program.
    repeat_marked: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    remarks: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    notice_due_on: Mapped[date | None] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    reply_due_on: Mapped[date | None] = mapped_column(Date)
    replied_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_on_time: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    petitioners: Mapped[list[CasePetitioner]] = relationship(
        back_populates="case", order_by="CasePetitioner.position"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_cases_received_on", "received_on"),
        Index("ix_cases_channel", "channel"),
        Index("ix_cases_category", "category"),
        Index("ix_cases_area", "area"),
        Index("ix_cases_owner_id", "owner_id"),
        Index("ix_cases_state_due_on", "state", "due_on"),
        Index("ix_cases_due_on", "due_on"),
        Index("ix_cases_notice_due_on", "notice_due_on"),
        Index("ix_cases_closed_on", "closed_on"),
        Index("ix_cases_repeat_of_id", "repeat_of_id"),
        Index("ix_cases_visit_id", "visit_id"),
    )


class CasePetitioner(Base):
    """One petitioner of a case; the first is the main one, up to 5 may be representatives."""

    __tablename__ = "case_petitioners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    is_representative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    case: Mapped[Case] = relationship(back_populates="petitioners")

    __table_args__ = (
        Index("ix_case_petitioners_case_id", "case_id"),
        Index("ix_case_petitioners_name", "name"),
        Index("ix_case_petitioners_phone", "phone"),
        Index("ix_case_petitioners_id_number", "id_number"),
    )


class CaseEvent(Base):
    """One step of a case: what (``step``, a ``case_flow.Step`` name), on which day, who
    recorded it and when, and its details (reasons, the written decision, …)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    step: Mapped[str] = mapped_column(String(30), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    details: Mapped[dict] = mapped_column(JSON, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (
        Index("ix_case_events_case_id", "case_id"),
        # The annual report counts each step's cases within a year.
        Index("ix_case_events_step_occurred_on", "step", "occurred_on"),
    )


class CaseUrging(Base):
    """督办: one urging of a case's handler — when, how, by whom, to whom, and the answer."""

    __tablename__ = "case_urgings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    urged_on: Mapped[date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    urged_by: Mapped[str] = mapped_column(String(50), nullable=False)
    urged_to: Mapped[str] = mapped_column(String(100), nullable=False)
    response: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (
        Index("ix_case_urgings_case_id", "case_id"),
        Index("ix_case_urgings_urged_on", "urged_on"),
    )


class AttachmentContent(Base):
    """The bytes of an attached file, once per SHA-256. Kept in the database so every PC of a
    unit sharing one server sees them and every backup holds them."""

    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class CaseAttachment(Base):
    """A file kept with a case (scanned letter, photo): its name, and its content by SHA-256,
    so the same file is stored once; the row and the content are saved in one transaction."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_contents.sha256"), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    added_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_case_attachments_case_id", "case_id"),)


class CaseChange(Base):
    """A change to the record of a case (not a step): who changed which field, from what to
    what, and when — so no edit is ever silent."""

    __tablename__ = "case_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    field: Mapped[str] = mapped_column(String(50), nullable=False)
    old_value: Mapped[str] = mapped_column(Text, nullable=False, default="")
    new_value: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_case_changes_case_id", "case_id"),)
