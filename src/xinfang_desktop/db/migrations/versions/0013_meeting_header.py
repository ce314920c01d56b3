"""例会记录的会议信息: 地点, 主持人, 列席, and the week whose figures it reviews.

Earlier records counted the Monday–Sunday of the meeting's own week; their review dates stay
empty and read as that week, which is what their stored figures cover.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("location", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("host", sa.String(50), nullable=False, server_default=""))
        batch.add_column(sa.Column("observers", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("review_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("review_to", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        for column in ("review_to", "review_from", "observers", "host", "location"):
            batch.drop_column(column)
