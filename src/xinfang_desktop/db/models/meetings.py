"""信访工作领导小组例会: the record, who attended, the action items and later addenda."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    agenda: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    discussion: Mapped[str] = mapped_column(String(5000), nullable=False, default="")
    decisions: Mapped[str] = mapped_column(String(5000), nullable=False, default="")
    location: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", server_default=""
    )
    host: Mapped[str] = mapped_column(String(50), nullable=False, default="", server_default="")
    observers: Mapped[str] = mapped_column(  # 列席: who attended without being a member
        String(300), nullable=False, default="", server_default=""
    )
    # The week whose figures the meeting reviewed; empty on records made before it was kept,
    # which counted the meeting's own week.
    review_from: Mapped[date | None] = mapped_column(Date)
    review_to: Mapped[date | None] = mapped_column(Date)
    # The week's figures as they stood when the record was last saved (what was discussed).
    figures: Mapped[object] = mapped_column(JSON, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    review_comment: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    reviewed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    present: Mapped[bool] = mapped_column(nullable=False)
    absence_reason: Mapped[str] = mapped_column(String(100), nullable=False, default="")

    __table_args__ = (Index("ix_meeting_attendance_meeting_id", "meeting_id"),)


class MeetingActionItem(Base):
    __tablename__ = "meeting_action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    text: Mapped[str] = mapped_column(String(300), nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id"), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    done: Mapped[bool] = mapped_column(nullable=False, default=False)

    __table_args__ = (Index("ix_meeting_action_items_meeting_id", "meeting_id"),)


class MeetingAddendum(Base):
    __tablename__ = "meeting_addenda"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    text: Mapped[str] = mapped_column(String(2000), nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    added_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_meeting_addenda_meeting_id", "meeting_id"),)
