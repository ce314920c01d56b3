"""Duty rotas: rotas, shifts, seats, published versions, unavailability, the duty log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duty_rotas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("published_number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_duty_rotas"),
    )
    op.create_index("ix_duty_rotas_start_date", "duty_rotas", ["start_date"])
    op.create_table(
        "duty_shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rota_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("pattern_code", sa.String(length=20), nullable=False),
        sa.Column("pattern_name", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("category", sa.String(length=10), nullable=False),
        sa.Column("day_name", sa.String(length=50), nullable=False),
        sa.Column("is_night", sa.Boolean(), nullable=False),
        sa.Column("handover_note", sa.String(length=2000), nullable=False),
        sa.Column("signed_off_by", sa.String(length=50), nullable=False),
        sa.Column("signed_off_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rota_id"], ["duty_rotas.id"], name="fk_duty_shifts_rota_id_duty_rotas"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_shifts"),
        sa.UniqueConstraint("rota_id", "day", "pattern_code", name="uq_duty_shifts_rota_id"),
    )
    op.create_index("ix_duty_shifts_starts_at", "duty_shifts", ["starts_at"])
    op.create_table(
        "duty_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("role_code", sa.String(length=20), nullable=False),
        sa.Column("role_name", sa.String(length=20), nullable=False),
        sa.Column("role_order", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_duty_assignments_person_id_people"
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["duty_shifts.id"], name="fk_duty_assignments_shift_id_duty_shifts"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_assignments"),
        sa.UniqueConstraint("shift_id", "role_code", "seat", name="uq_duty_assignments_shift_id"),
    )
    op.create_index("ix_duty_assignments_person_id", "duty_assignments", ["person_id"])
    op.create_table(
        "duty_rota_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rota_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.String(length=50), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rota_id"], ["duty_rotas.id"], name="fk_duty_rota_versions_rota_id_duty_rotas"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_rota_versions"),
        sa.UniqueConstraint("rota_id", "number", name="uq_duty_rota_versions_rota_id"),
    )
    op.create_table(
        "duty_unavailability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_duty_unavailability_person_id_people"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_unavailability"),
    )
    op.create_index("ix_duty_unavailability_person_id", "duty_unavailability", ["person_id"])
    op.create_table(
        "duty_log_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["duty_shifts.id"], name="fk_duty_log_entries_shift_id_duty_shifts"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_log_entries"),
    )
    op.create_index("ix_duty_log_entries_shift_id", "duty_log_entries", ["shift_id"])
    op.create_table(
        "duty_log_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["duty_shifts.id"], name="fk_duty_log_links_shift_id_duty_shifts"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_duty_log_links"),
        sa.UniqueConstraint(
            "shift_id", "target_kind", "target_id", name="uq_duty_log_links_shift_id"
        ),
    )
    op.create_index("ix_duty_log_links_target", "duty_log_links", ["target_kind", "target_id"])


def downgrade() -> None:
    op.drop_index("ix_duty_log_links_target", table_name="duty_log_links")
    op.drop_table("duty_log_links")
    op.drop_index("ix_duty_log_entries_shift_id", table_name="duty_log_entries")
    op.drop_table("duty_log_entries")
    op.drop_index("ix_duty_unavailability_person_id", table_name="duty_unavailability")
    op.drop_table("duty_unavailability")
    op.drop_table("duty_rota_versions")
    op.drop_index("ix_duty_assignments_person_id", table_name="duty_assignments")
    op.drop_table("duty_assignments")
    op.drop_index("ix_duty_shifts_starts_at", table_name="duty_shifts")
    op.drop_table("duty_shifts")
    op.drop_index("ix_duty_rotas_start_date", table_name="duty_rotas")
    op.drop_table("duty_rotas")
