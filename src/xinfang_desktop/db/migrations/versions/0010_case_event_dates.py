"""Indexes for the annual report: case steps and 督办 by date.

The year's tables count, for each step (受理, 转送, 交办 …), the cases that took it in the year;
without an index that reads every event of every year.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_events_step_occurred_on", "case_events", ["step", "occurred_on"])
    op.create_index("ix_case_urgings_urged_on", "case_urgings", ["urged_on"])


def downgrade() -> None:
    op.drop_index("ix_case_urgings_urged_on", table_name="case_urgings")
    op.drop_index("ix_case_events_step_occurred_on", table_name="case_events")
