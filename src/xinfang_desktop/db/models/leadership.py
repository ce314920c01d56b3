"""The leadership group, 包组摸排, 下访 and the dispute ledger (issue 4).

People are referred to by ``people.id`` only; a person who leaves keeps their rows.
Column sizes match the limits in domain/leadership.py, screening.py, outreach.py, disputes.py.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class LeadershipTerm(Base):
    """One 信访工作领导小组 as decided by a meeting; a new decision ends the previous term."""

    __tablename__ = "leadership_terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    founded_on: Mapped[date] = mapped_column(Date, nullable=False)
    meeting: Mapped[str] = mapped_column(String(100), nullable=False)
    document_number: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    remarks: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_leadership_terms_founded_on", "founded_on"),)


class LeadershipMember(Base):
    """A person's role and duties in a term from ``joined_on`` to ``ended_on`` (the last day
    they held it). A change of role or duties ends this row and starts a new one."""

    __tablename__ = "leadership_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("leadership_terms.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    role: Mapped[str] = mapped_column(String(10), nullable=False)
    duties: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    joined_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)

    __table_args__ = (
        Index("ix_leadership_members_term_id", "term_id"),
        Index("ix_leadership_members_person_id", "person_id"),
    )


class ScreeningGroup(Base):
    """年级组, 学科组 or an office; retired groups stay for the records that name them."""

    __tablename__ = "screening_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    retired: Mapped[bool] = mapped_column(nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("name", name="uq_screening_groups_name"),)


class ScreeningAssignment(Base):
    """One responsible leader per group and term (the unique constraint is the last word)."""

    __tablename__ = "screening_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("leadership_terms.id"), nullable=False)
    group_id: Mapped[int] = mapped_column(ForeignKey("screening_groups.id"), nullable=False)
    leader_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    assigned_on: Mapped[date] = mapped_column(Date, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(50), nullable=False)

    __table_args__ = (
        UniqueConstraint("term_id", "group_id", name="uq_screening_assignments_term_id"),
        Index("ix_screening_assignments_leader_id", "leader_id"),
    )


class ScreeningRecord(Base):
    __tablename__ = "screening_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    screened_on: Mapped[date] = mapped_column(Date, nullable=False)
    group_id: Mapped[int] = mapped_column(ForeignKey("screening_groups.id"), nullable=False)
    screened_by_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    findings: Mapped[str] = mapped_column(String(1000), nullable=False)
    risk_level: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    follow_up_owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"))
    case_requested_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    case_requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The 信访事项 the finding became (set when the case is registered).
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_screening_records_group_id_screened_on", "group_id", "screened_on"),
        Index("ix_screening_records_status", "status"),
    )


outreach_visit_leaders = Table(
    "outreach_visit_leaders",
    Base.metadata,
    Column("visit_id", ForeignKey("outreach_visits.id"), primary_key=True),
    Column("person_id", ForeignKey("people.id"), primary_key=True),
)


class OutreachVisit(Base):
    """下访: one visit by one or more leaders."""

    __tablename__ = "outreach_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visited_on: Mapped[date] = mapped_column(Date, nullable=False)
    visited: Mapped[str] = mapped_column(String(100), nullable=False)
    matter: Mapped[str] = mapped_column(String(1000), nullable=False)
    result: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    follow_up_owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)

    __table_args__ = (Index("ix_outreach_visits_visited_on", "visited_on"),)


dispute_team_members = Table(
    "dispute_team_members",
    Base.metadata,
    Column("dispute_id", ForeignKey("disputes.id"), primary_key=True),
    Column("person_id", ForeignKey("people.id"), primary_key=True),
)


class Dispute(Base):
    """矛盾纠纷: the 五个一 (matter, team, one responsible person, plan, deadline)."""

    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    found_on: Mapped[date] = mapped_column(Date, nullable=False)
    matter: Mapped[str] = mapped_column(String(1000), nullable=False)
    parties: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    responsible_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    plan: Mapped[str] = mapped_column(String(1000), nullable=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    risk_level: Mapped[str] = mapped_column(String(10), nullable=False)
    risk_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_disputes_status_deadline", "status", "deadline"),)


class DisputeNote(Base):
    """进展情况: appended, never edited."""

    __tablename__ = "dispute_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), nullable=False)
    noted_on: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(String(500), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False)

    __table_args__ = (Index("ix_dispute_notes_dispute_id", "dispute_id"),)
