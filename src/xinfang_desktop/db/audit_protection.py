"""The triggers that make the audit table append-only, checked at every start.

Someone with write access to the file can drop them; the start-up check puts them back (and
logs and audits that it did), so a dropped guard does not stay dropped unnoticed. The SQL is
the one migration 0004 created (migrations stay frozen, so it is repeated here).
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from .engine import Database

log = logging.getLogger("xinfang.db")

_SQLITE_TRIGGERS = {
    f"audit_entries_no_{verb}": (
        f"CREATE TRIGGER audit_entries_no_{verb} BEFORE {verb.upper()} ON audit_entries "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    for verb in ("update", "delete")
}
_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'audit log is append-only'; END
$$ LANGUAGE plpgsql
"""
_PG_TRIGGER = (
    "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
    "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
)


def missing_triggers(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        if db.is_sqlite:
            present = set(
                connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
            expected = list(_SQLITE_TRIGGERS)
        else:
            present = set(
                connection.execute(
                    text(
                        "SELECT tgname FROM pg_trigger "
                        "WHERE tgrelid = 'audit_entries'::regclass AND NOT tgisinternal"
                    )
                ).scalars()
            )
            expected = ["audit_entries_append_only"]
    return [name for name in expected if name not in present]


def restore_triggers(db: Database) -> list[str]:
    """Recreate the missing guards; returns their names. Raises when the role may not."""
    missing = missing_triggers(db)
    if not missing:
        return []
    with db.engine.begin() as connection:
        if db.is_sqlite:
            for name in missing:
                connection.execute(text(_SQLITE_TRIGGERS[name]))
        else:
            connection.execute(text(_PG_FUNCTION))
            connection.execute(text(_PG_TRIGGER))
    log.warning("audit protection triggers were missing and have been restored: %s", missing)
    return missing


def check_and_restore(db: Database) -> tuple[list[str], str]:
    """(restored trigger names, problem): never stops the program from opening."""
    try:
        return restore_triggers(db), ""
    except DBAPIError as exc:
        log.error("audit protection triggers missing and not restorable: %s", type(exc).__name__)
        return [], "审计日志的防改动保护缺失，且当前数据库账号无权恢复，请联系管理员。"
