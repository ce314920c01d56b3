"""Settings, the gate-house visit register, its change history and the watch list.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

log = logging.getLogger("xinfang.db")


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("name_initials", sa.String(60), nullable=False),
        sa.Column("gender", sa.String(2), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("id_number", sa.String(18), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("unit_address", sa.String(200), nullable=False),
        sa.Column("reason", sa.String(1000), nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("host", sa.String(100), nullable=False),
        sa.Column("receptionist", sa.String(50), nullable=False),
        sa.Column("vehicle_plate", sa.String(12), nullable=False),
        sa.Column("outcome", sa.String(500), nullable=False),
        sa.Column("remarks", sa.String(1000), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.String(200), nullable=False),
        sa.Column("voided_by", sa.String(50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(50), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    op.create_index("ix_visits_arrived_at_id", "visits", ["arrived_at", "id"])
    op.create_index("ix_visits_name", "visits", ["name"])
    op.create_index("ix_visits_name_initials", "visits", ["name_initials"])
    op.create_index("ix_visits_phone", "visits", ["phone"])
    op.create_index("ix_visits_id_number", "visits", ["id_number"])

    op.create_table(
        "visit_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(50), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("field", sa.String(50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_visit_changes_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_changes")),
    )
    op.create_index("ix_visit_changes_visit_id", "visit_changes", ["visit_id"])

    op.create_table(
        "watch_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("phone", sa.String(30), nullable=False),
        sa.Column("id_number", sa.String(18), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(50), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_entries")),
    )
    op.create_index("ix_watch_entries_name", "watch_entries", ["name"])
    op.create_index("ix_watch_entries_phone", "watch_entries", ["phone"])
    op.create_index("ix_watch_entries_id_number", "watch_entries", ["id_number"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _create_sqlite_search_index()
    elif bind.dialect.name == "postgresql":
        _create_postgresql_search_index(bind)


def _create_sqlite_search_index() -> None:
    # Trigram FTS5 finds any Chinese substring of 3+ characters without word segmentation.
    op.execute(
        "CREATE VIRTUAL TABLE visits_fts USING fts5("
        "search_text, content='visits', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits BEGIN "
        "INSERT INTO visits_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER visits_fts_delete AFTER DELETE ON visits BEGIN "
        "INSERT INTO visits_fts(visits_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER visits_fts_update AFTER UPDATE OF search_text ON visits BEGIN "
        "INSERT INTO visits_fts(visits_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO visits_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def _create_postgresql_search_index(bind) -> None:
    # pg_trgm needs the right to create extensions; without it search still works, unindexed.
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        bind.exec_driver_sql(
            "CREATE INDEX ix_visits_search_trgm ON visits USING gin (search_text gin_trgm_ops)"
        )
        savepoint.commit()
    except sa.exc.DBAPIError:
        savepoint.rollback()
        log.warning("pg_trgm unavailable: visit search runs without a trigram index")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("visits_fts_insert", "visits_fts_delete", "visits_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS visits_fts")
    op.drop_table("watch_entries")
    op.drop_table("visit_changes")
    op.drop_table("visits")
    op.drop_table("settings")
