"""The unit's people (教职工), kept once and used by every area: case owners, leadership group
members, screening leaders, duty pools. People who leave stay, marked with the day they left,
so old records keep pointing at them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    post: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    office: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    is_leader: Mapped[bool] = mapped_column(nullable=False, default=False)
    remarks: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    left_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (Index("ix_people_name", "name"),)
