"""The year's work beyond cases: 座谈会 with their opinions, and 信息报送 with their 续报."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Forum(Base):
    __tablename__ = "forums"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False)
    host: Mapped[str] = mapped_column(String(50), nullable=False)
    attendee_count: Mapped[int] = mapped_column(Integer, nullable=False)
    attendees: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    summary: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    opinions: Mapped[list[ForumOpinion]] = relationship(
        order_by="ForumOpinion.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ForumOpinion(Base):
    __tablename__ = "forum_opinions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(String(500), nullable=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))

    __table_args__ = (UniqueConstraint("forum_id", "position", name="uq_forum_opinions_forum_id"),)


class InfoReport(Base):
    """信息报送: the first report, its 续报 in InfoReportUpdate, closed by the last one."""

    __tablename__ = "info_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    reported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    reported_to: Mapped[str] = mapped_column(String(100), nullable=False)
    method: Mapped[str] = mapped_column(String(10), nullable=False)
    reporter: Mapped[str] = mapped_column(String(50), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    content: Mapped[str] = mapped_column(String(2000), nullable=False)
    people_involved: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    measures: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    updates: Mapped[list[InfoReportUpdate]] = relationship(
        order_by="InfoReportUpdate.reported_at", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_info_reports_occurred_at", "occurred_at"),
        Index("ix_info_reports_status", "status"),
    )


class InfoReportUpdate(Base):
    __tablename__ = "info_report_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("info_reports.id"), nullable=False)
    reported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    content: Mapped[str] = mapped_column(String(2000), nullable=False)
    is_final: Mapped[bool] = mapped_column(nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_info_report_updates_report_id", "report_id"),)


class WorkPlan(Base):
    """年度信访工作计划: one a year, its items in WorkPlanItem."""

    __tablename__ = "work_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    items: Mapped[list[WorkPlanItem]] = relationship(
        order_by="WorkPlanItem.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class WorkPlanItem(Base):
    __tablename__ = "work_plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("work_plans.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    goal: Mapped[str] = mapped_column(String(500), nullable=False)
    measures: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    office: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    timing: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    check_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    target: Mapped[int | None] = mapped_column(Integer)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (Index("ix_work_plan_items_plan_id", "plan_id"),)


class ReceptionDay(Base):
    """领导接访日 (公开接访): a leader receives petitioners at a place and time."""

    __tablename__ = "reception_days"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    starts: Mapped[str] = mapped_column(String(5), nullable=False)  # 09:00
    ends: Mapped[str] = mapped_column(String(5), nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False)
    leader_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class Appointment(Base):
    """约访: a petitioner booked to see a leader; the gate links the visit when they come."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheduled_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    petitioner_name: Mapped[str] = mapped_column(String(50), nullable=False)
    petitioner_phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    matter: Mapped[str] = mapped_column(String(500), nullable=False)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class EmergencyPlan(Base):
    """应急预案 for one kind of incident: a document (its bytes in attachment_contents), opened
    from a report of that kind. A newer plan for the kind retires the older one, which stays."""

    __tablename__ = "emergency_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_contents.sha256"), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    added_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
