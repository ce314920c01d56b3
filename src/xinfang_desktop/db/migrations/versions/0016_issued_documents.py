"""Issued documents (文书): each notice with its own 文号, frozen content and its hash.

Revision ID: 0016
Revises: 0014
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

# Steps recorded before this moment had their notices printed without being stored; they are
# shown as issued on the step's date (services/case_printing.py reads this setting).
REGISTER_SINCE_KEY = "documents_register_since"


def upgrade() -> None:
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=50), nullable=False),
        sa.Column("served_on", sa.Date(), nullable=True),
        sa.Column("service_method", sa.String(length=20), nullable=False),
        sa.Column("served_to", sa.String(length=100), nullable=False),
        sa.Column("served_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_issued_documents_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["issued_documents.id"],
            name=op.f("fk_issued_documents_replaces_id_issued_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
        sa.UniqueConstraint("kind", "year", "seq", name="uq_issued_documents_kind_year_seq"),
    )
    op.create_index("ix_issued_documents_case_id", "issued_documents", ["case_id"])
    op.create_index("ix_issued_documents_replaces_id", "issued_documents", ["replaces_id"])
    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.JSON),
        sa.column("updated_at", sa.DateTime),
    )
    now = datetime.now().replace(microsecond=0)
    op.bulk_insert(
        settings, [{"key": REGISTER_SINCE_KEY, "value": now.isoformat(), "updated_at": now}]
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = 'documents_register_since'"))
    op.drop_index("ix_issued_documents_replaces_id", table_name="issued_documents")
    op.drop_index("ix_issued_documents_case_id", table_name="issued_documents")
    op.drop_table("issued_documents")
