"""Schema migrations, run inside the program at start, with a backup taken first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from .backup import backup_database
from .engine import Database
from .errors import DamagedDatabaseError, NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("xinfang.db")

# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# loading Alembic lets an up-to-date database open without importing Alembic at all, which
# is most of a second off every start on a slow PC.
SCHEMA_HEAD = "0013"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(db: Database) -> str | None:
    """The stamped revision read with plain SQL, or None when there is no stamp (yet)."""
    try:
        with db.engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def upgrade(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to this program's version; refuse a database from a newer program."""
    if _stored_revision(db) == SCHEMA_HEAD:
        return MigrationResult(SCHEMA_HEAD, SCHEMA_HEAD, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    current = current_revision(db)
    if current is not None and not _is_known_revision(script, current):
        raise NewerSchemaError(f"unknown revision {current}")
    if current == head:
        return MigrationResult(current, head, None)

    if current is None and _has_foreign_tables(db):
        raise DamagedDatabaseError(
            "tables without a schema version",
            "这个文件不是信访台账的数据库（或版本信息已丢失），已拒绝修改。请检查数据库路径。",
        )

    backup_path = None
    if current is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_dir / f"pre-migration-{current}-to-{head}-{stamp}.backup"
        backup_database(db, backup_path)
        log.info("backup before migration: %s", backup_path)

    config = _config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head)
    return MigrationResult(current, head, backup_path)


def is_known_revision(revision: str) -> bool:
    """True when this program has the migration script for ``revision`` (not a newer one)."""
    from alembic.script import ScriptDirectory

    return _is_known_revision(ScriptDirectory.from_config(_config()), revision)


def _is_known_revision(script, revision: str) -> bool:
    from alembic.util import CommandError

    # Alembic raises for a revision it has no script for, rather than returning None.
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
    return any(name != "alembic_version" for name in names)
