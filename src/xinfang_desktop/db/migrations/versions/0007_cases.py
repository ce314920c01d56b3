"""Petition cases: cases, petitioners, steps, urgings (督办), attachments and record changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CASE_INDEXES = {
    "ix_cases_received_on": ["received_on"],
    "ix_cases_channel": ["channel"],
    "ix_cases_category": ["category"],
    "ix_cases_area": ["area"],
    "ix_cases_owner_id": ["owner_id"],
    "ix_cases_state_due_on": ["state", "due_on"],
    "ix_cases_due_on": ["due_on"],
    "ix_cases_notice_due_on": ["notice_due_on"],
    "ix_cases_closed_on": ["closed_on"],
    "ix_cases_repeat_of_id": ["repeat_of_id"],
    "ix_cases_visit_id": ["visit_id"],
}
_PETITIONER_INDEXES = {
    "ix_case_petitioners_case_id": ["case_id"],
    "ix_case_petitioners_name": ["name"],
    "ix_case_petitioners_phone": ["phone"],
    "ix_case_petitioners_id_number": ["id_number"],
}


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("referring_body", sa.String(length=100), nullable=False),
        sa.Column("referring_ref", sa.String(length=50), nullable=False),
        sa.Column("petitioner_names", sa.String(length=200), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("request", sa.String(length=1000), nullable=False),
        sa.Column("facts", sa.String(length=2000), nullable=False),
        sa.Column("reasons", sa.String(length=1000), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("area", sa.String(length=100), nullable=False),
        sa.Column("accused", sa.String(length=100), nullable=False),
        sa.Column("accused_office", sa.String(length=100), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("handling_office", sa.String(length=100), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("repeat_of_id", sa.Integer(), nullable=True),
        sa.Column("remarks", sa.String(length=1000), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_kind", sa.String(length=20), nullable=False),
        sa.Column("notice_due_on", sa.Date(), nullable=True),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("reply_due_on", sa.Date(), nullable=True),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_on_time", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_cases_year")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_cases_owner_id_people")),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_cases_visit_id_visits")),
        sa.ForeignKeyConstraint(
            ["repeat_of_id"], ["cases.id"], name=op.f("fk_cases_repeat_of_id_cases")
        ),
    )
    for name, columns in _CASE_INDEXES.items():
        op.create_index(name, "cases", columns)

    op.create_table(
        "case_petitioners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("is_representative", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_petitioners")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_petitioners_case_id_cases")
        ),
    )
    for name, columns in _PETITIONER_INDEXES.items():
        op.create_index(name, "case_petitioners", columns)

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases")
        ),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])

    op.create_table(
        "case_urgings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("urged_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("urged_by", sa.String(length=50), nullable=False),
        sa.Column("urged_to", sa.String(length=100), nullable=False),
        sa.Column("response", sa.String(length=1000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_urgings")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_urgings_case_id_cases")
        ),
    )
    op.create_index("ix_case_urgings_case_id", "case_urgings", ["case_id"])

    op.create_table(
        "attachment_contents",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_contents")),
    )
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachments")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_attachments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_contents.sha256"],
            name=op.f("fk_case_attachments_sha256_attachment_contents"),
        ),
    )
    op.create_index("ix_case_attachments_case_id", "case_attachments", ["case_id"])

    op.create_table(
        "case_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=50), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_changes")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_changes_case_id_cases")
        ),
    )
    op.create_index("ix_case_changes_case_id", "case_changes", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_changes_case_id", table_name="case_changes")
    op.drop_table("case_changes")
    op.drop_index("ix_case_attachments_case_id", table_name="case_attachments")
    op.drop_table("case_attachments")
    op.drop_table("attachment_contents")
    op.drop_index("ix_case_urgings_case_id", table_name="case_urgings")
    op.drop_table("case_urgings")
    op.drop_index("ix_case_events_case_id", table_name="case_events")
    op.drop_table("case_events")
    for name in _PETITIONER_INDEXES:
        op.drop_index(name, table_name="case_petitioners")
    op.drop_table("case_petitioners")
    for name in _CASE_INDEXES:
        op.drop_index(name, table_name="cases")
    op.drop_table("cases")
