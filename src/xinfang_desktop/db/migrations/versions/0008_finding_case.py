"""A 包组摸排 finding remembers the 信访事项 it became.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screening_records") as batch:
        batch.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_screening_records_case_id_cases"), "cases", ["case_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("screening_records") as batch:
        batch.drop_constraint(op.f("fk_screening_records_case_id_cases"), type_="foreignkey")
        batch.drop_column("case_id")
