"""Backups the user can rely on: automatic (at exit and once a day, rotated), on demand to any
folder or USB stick, each checked after writing; restore with the current data kept aside.

A backup is one file: SQLite's online-backup copy, or a pg_dump archive for PostgreSQL.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..db import migrate
from ..db.backup import backup_database, check_sqlite_file, restore_database
from ..db.engine import Database
from ..db.errors import StorageError
from ..domain.auth import Role
from ..domain.backups import backup_time, backups_to_keep
from . import audit
from .context import Actor
from .permissions import checked

log = logging.getLogger("xinfang.services")

AUTO_FOLDER = "auto"
SUFFIX = ".backup"
# Automatic backups are made by the program itself, not by whoever is signed in.
SYSTEM = Actor("自动备份", Role.ADMIN)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int
    automatic: bool


def default_backup_dir(db: Database) -> Path:
    """Backups sit beside a SQLite file (the default file's are in the data folder)."""
    if db.path is not None:
        return db.path.parent / "backups"
    from .. import config

    return config.app_paths().backup_dir


def _name(now: datetime) -> str:
    return f"xinfang-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Every backup in the folder (manual) and its auto/ subfolder, newest first."""
    found: list[BackupFile] = []
    for folder, automatic in ((backup_dir, False), (backup_dir / AUTO_FOLDER, True)):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            made_at = backup_time(path)
            if made_at is not None and path.is_file():
                found.append(BackupFile(path, made_at, path.stat().st_size, automatic))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


@checked
def backup_to(
    db: Database, actor: Actor, destination: Path, *, now: datetime | None = None
) -> Path:
    """Back up into a folder (the file gets a dated name) or to a given file; then check it."""
    when = (now or datetime.now()).replace(microsecond=0)
    target = destination / _name(when) if destination.is_dir() else destination
    path = backup_database(db, target)
    audit.append(db, actor, "backup", target_kind="database", detail=str(path), now=when)
    return path


def unchanged_since_last_backup(db: Database, backup_dir: Path) -> bool:
    """True when the SQLite file was not written since the newest automatic backup, so an
    exit backup would only copy the same data again (years of records take seconds)."""
    if db.path is None or not db.path.exists():
        return False
    automatic = [b for b in list_backups(backup_dir) if b.automatic]
    if not automatic:
        return False
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    written = max(datetime.fromtimestamp(f.stat().st_mtime) for f in files if f.exists())
    return written <= automatic[0].made_at


def automatic_backup(db: Database, backup_dir: Path, *, now: datetime | None = None) -> Path:
    """Write an automatic backup and drop the ones the rotation no longer keeps."""
    when = (now or datetime.now()).replace(microsecond=0)
    folder = backup_dir / AUTO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = backup_database(db, folder / _name(when))
    rotate(backup_dir)
    log.info("automatic backup %s", path)
    return path


def daily_backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).date()
    return not any(b.automatic and b.made_at.date() == today for b in list_backups(backup_dir))


def rotate(backup_dir: Path) -> list[Path]:
    """Delete automatic backups outside the rotation (7 daily, 4 weekly); manual ones stay."""
    automatic = [b for b in list_backups(backup_dir) if b.automatic]
    keep = backups_to_keep(b.made_at for b in automatic)
    removed = []
    for backup in automatic:
        if backup.made_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _sqlite_revision(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def check_backup(db: Database, backup: Path) -> list[str]:
    """Problems found in a backup file (empty when it can be restored)."""
    if not backup.is_file():
        return [f"文件不存在：{backup}"]
    if db.is_sqlite:
        problems = check_sqlite_file(backup)
        if problems:
            return problems
        revision = _sqlite_revision(backup)
        if revision is None:
            return ["不是信访台账的数据库备份"]
        if not migrate.is_known_revision(revision):
            return ["这个备份由更新版本的信访台账生成，请先升级本程序"]
        return []
    with backup.open("rb") as stream:
        # pg_dump's custom format starts with this signature.
        return [] if stream.read(5) == b"PGDMP" else ["不是 PostgreSQL 备份文件（pg_dump 格式）"]


@checked
def restore(
    db: Database, actor: Actor, backup: Path, *, now: datetime | None = None
) -> Path | None:
    """Replace the data with ``backup``; the current file is kept aside (returned)."""
    problems = check_backup(db, backup)
    if problems:
        raise StorageError("; ".join(problems), f"备份文件无法使用：{'；'.join(problems)[:200]}")
    kept_aside = restore_database(db, backup)
    # A backup from before an update is brought to this program's schema, like any old file.
    migrate.upgrade(db)
    # Written into the restored database: the log continues from the backup's chain.
    audit.append(
        db,
        actor,
        "restore",
        target_kind="database",
        detail=f"从 {backup} 恢复" + (f"，原文件另存为 {kept_aside}" if kept_aside else ""),
        now=now,
    )
    return kept_aside
