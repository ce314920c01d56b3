"""Issued documents (文书): each notice served or sent, as it was issued.

``year``/``seq`` number the documents of one kind in one year without gaps; the unique
constraint makes a second PC that computed the same number fail instead of reusing it.
``content`` is the frozen content (``domain.case_notices.NoticeContent``) and ``content_sha256``
its hash, so a reprint can show that it is the same document. Service (送达) is recorded on the
row when the signed 送达回证 comes back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class IssuedDocument(Base):
    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(80), nullable=False)
    # What the notice is about when a case can have several of one kind (督办: "urging:12").
    subject: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    content: Mapped[dict] = mapped_column(JSON, nullable=False)
    content_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    served_on: Mapped[date | None] = mapped_column(Date)
    service_method: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    served_to: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    served_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (
        UniqueConstraint("kind", "year", "seq", name="uq_issued_documents_kind_year_seq"),
        Index("ix_issued_documents_case_id", "case_id"),
        Index("ix_issued_documents_replaces_id", "replaces_id"),
    )
