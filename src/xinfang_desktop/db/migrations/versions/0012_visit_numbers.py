"""Visit numbers stored, not computed.

The slip number 20261123-0007 was the visit's place among that day's visits, counted at every
read, so registering a visit later with an earlier time renumbered slips already handed out.
Each visit now keeps the number it was given. Existing visits get the numbers they show today
(their place by arrival time, then id), so nothing printed so far changes.

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("visits", sa.Column("number", sa.String(16), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TEMP TABLE visit_numbers_0012 AS SELECT id, "
            "strftime('%Y%m%d', arrived_at) || '-' || printf('%04d', row_number() OVER "
            "(PARTITION BY date(arrived_at) ORDER BY arrived_at, id)) AS number FROM visits"
        )
        op.execute("CREATE UNIQUE INDEX temp.visit_numbers_0012_id ON visit_numbers_0012 (id)")
        # Only the new column changes: the search-index triggers fire on search_text alone.
        op.execute(
            "UPDATE visits SET number = "
            "(SELECT n.number FROM visit_numbers_0012 AS n WHERE n.id = visits.id)"
        )
        op.execute("DROP TABLE visit_numbers_0012")
    else:
        op.execute(
            "UPDATE visits SET number = numbered.number FROM ("
            "SELECT id, to_char(arrived_at, 'YYYYMMDD') || '-' || "
            "CASE WHEN sequence < 10000 THEN lpad(sequence::text, 4, '0') "
            "ELSE sequence::text END AS number FROM ("
            "SELECT id, arrived_at, row_number() OVER "
            "(PARTITION BY arrived_at::date ORDER BY arrived_at, id) AS sequence FROM visits"
            ") AS ranked) AS numbered WHERE numbered.id = visits.id"
        )
    op.create_index("ux_visits_number", "visits", ["number"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_visits_number", table_name="visits")
    # In place (SQLite 3.35+): a batch copy of the table would drop the search-index triggers.
    op.execute("ALTER TABLE visits DROP COLUMN number")
