"""Per-character search index so two-character words (午餐, 食堂) are found without a scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOKENS = "xinfang_character_tokens"  # registered on every connection by db/engine.py


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # Contentless: the index keeps only positions, not a second copy of the text.
    op.execute(
        "CREATE VIRTUAL TABLE visits_chars USING fts5(tokens, content='', tokenize='unicode61')"
    )
    op.execute(
        f"INSERT INTO visits_chars(rowid, tokens) SELECT id, {_TOKENS}(search_text) FROM visits"
    )
    op.execute(
        "CREATE TRIGGER visits_chars_insert AFTER INSERT ON visits BEGIN "
        f"INSERT INTO visits_chars(rowid, tokens) VALUES (new.id, {_TOKENS}(new.search_text)); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER visits_chars_update AFTER UPDATE OF search_text ON visits BEGIN "
        "INSERT INTO visits_chars(visits_chars, rowid, tokens) "
        f"VALUES ('delete', old.id, {_TOKENS}(old.search_text)); "
        f"INSERT INTO visits_chars(rowid, tokens) VALUES (new.id, {_TOKENS}(new.search_text)); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER visits_chars_delete AFTER DELETE ON visits BEGIN "
        "INSERT INTO visits_chars(visits_chars, rowid, tokens) "
        f"VALUES ('delete', old.id, {_TOKENS}(old.search_text)); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("visits_chars_insert", "visits_chars_update", "visits_chars_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS visits_chars")
