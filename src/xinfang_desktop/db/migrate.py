"""Schema migrations, run inside the program at start, with a backup taken first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect

from .backup import backup_database
from .engine import Database
from .errors import DamagedDatabaseError, NewerSchemaError

log = logging.getLogger("xinfang.db")

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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to this program's version; refuse a database from a newer program."""
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


def _is_known_revision(script: ScriptDirectory, revision: str) -> bool:
    # Alembic raises for a revision it has no script for, rather than returning None.
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
    return any(name != "alembic_version" for name in names)
