"""Weekly meetings of the leadership group: records, attendance, action items, addenda.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("agenda", sa.String(length=2000), nullable=False),
        sa.Column("discussion", sa.String(length=5000), nullable=False),
        sa.Column("decisions", sa.String(length=5000), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("review_comment", sa.String(length=2000), nullable=False),
        sa.Column("reviewed_by", sa.String(length=50), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_held_on"), "meetings", ["held_on"])
    for table, columns in (
        (
            "meeting_attendance",
            [
                sa.Column("person_id", sa.Integer(), nullable=False),
                sa.Column("present", sa.Boolean(), nullable=False),
                sa.Column("absence_reason", sa.String(length=100), nullable=False),
            ],
        ),
        (
            "meeting_action_items",
            [
                sa.Column("text", sa.String(length=300), nullable=False),
                sa.Column("owner_id", sa.Integer(), nullable=False),
                sa.Column("due_on", sa.Date(), nullable=False),
                sa.Column("done", sa.Boolean(), nullable=False),
            ],
        ),
        (
            "meeting_addenda",
            [
                sa.Column("text", sa.String(length=2000), nullable=False),
                sa.Column("added_at", sa.DateTime(), nullable=False),
                sa.Column("added_by", sa.String(length=50), nullable=False),
            ],
        ),
    ):
        constraints = [
            sa.ForeignKeyConstraint(
                ["meeting_id"], ["meetings.id"], name=op.f(f"fk_{table}_meeting_id_meetings")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        ]
        if table == "meeting_attendance":
            constraints.append(
                sa.ForeignKeyConstraint(
                    ["person_id"], ["people.id"], name=op.f(f"fk_{table}_person_id_people")
                )
            )
        if table == "meeting_action_items":
            constraints.append(
                sa.ForeignKeyConstraint(
                    ["owner_id"], ["people.id"], name=op.f(f"fk_{table}_owner_id_people")
                )
            )
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("meeting_id", sa.Integer(), nullable=False),
            *columns,
            *constraints,
        )
        op.create_index(f"ix_{table}_meeting_id", table, ["meeting_id"])


def downgrade() -> None:
    for table in ("meeting_addenda", "meeting_action_items", "meeting_attendance"):
        op.drop_index(f"ix_{table}_meeting_id", table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_meetings_held_on"), table_name="meetings")
    op.drop_table("meetings")
