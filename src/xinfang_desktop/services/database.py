"""Opening the database for the window or the command line: migrate, back up, check."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..db import migrate
from ..db.backup import backup_database, restore_database
from ..db.engine import Database, safe_url, translate_error
from ..db.errors import DamagedDatabaseError

log = logging.getLogger("xinfang.services")


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    migration: migrate.MigrationResult


def open_database(url: str, backup_dir: Path | None, *, check: bool = False) -> OpenedDatabase:
    """Connect, optionally run quick_check, then migrate (a backup is taken before a migration).

    The window skips ``check`` here and runs it off the GUI thread after the window is shown:
    quick_check reads the whole file, seconds for years of records.
    """
    db = Database(url)
    try:
        if check:
            problems = db.quick_check()
            if problems:
                raise DamagedDatabaseError("; ".join(problems[:5]))
        result = migrate.upgrade(db, backup_dir)
    except DBAPIError as exc:
        db.dispose()
        # Opening is where an unreachable server or an unreadable file shows first.
        typed = translate_error(exc)
        if typed is None:
            raise
        log.warning("cannot open %s: %s", safe_url(url), type(typed).__name__)
        raise typed from exc
    except BaseException:
        db.dispose()
        raise
    return OpenedDatabase(db, result)


def check_database(db: Database) -> list[str]:
    return db.quick_check()


def backup_now(db: Database, destination: Path | None, backup_dir: Path) -> Path:
    """Back up to ``destination`` (a file or a folder such as a USB stick) or the backup folder."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"xinfang-{stamp}.backup"
    if destination is None:
        target = backup_dir / name
    elif destination.is_dir():
        target = destination / name
    else:
        target = destination
    return backup_database(db, target)


def restore_from(db: Database, backup: Path) -> Path | None:
    return restore_database(db, backup)


__all__ = ["OpenedDatabase", "backup_now", "check_database", "open_database", "restore_from"]
