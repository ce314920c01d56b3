"""Backups through SQLite's online backup API (never a file copy of a live database) or
pg_dump for PostgreSQL; a restore is written aside, checked, then renamed into place."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DamagedDatabaseError, StorageError

if TYPE_CHECKING:
    from .engine import Database

log = logging.getLogger("xinfang.db")


def _libpq_url(db: Database) -> str:
    return db.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _run(tool: str, args: list[str]) -> None:
    if shutil.which(tool) is None:
        raise StorageError(tool, f"找不到 {tool}，请安装 PostgreSQL 客户端工具后再备份或恢复。")
    result = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise StorageError(result.stderr, f"{tool} 失败：{result.stderr.strip()[:300]}")


def backup_database(db: Database, destination: Path) -> Path:
    """Write a consistent copy of the database to ``destination`` and check it."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    if not db.is_sqlite:
        _run(
            "pg_dump", ["--format=custom", "--no-owner", "--file", str(destination), _libpq_url(db)]
        )
        return destination
    assert db.path is not None
    partial = destination.with_name(destination.name + ".partial")
    source = sqlite3.connect(db.path)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(str(exc), f"备份失败：{exc}") from exc
    finally:
        source.close()
    problems = check_sqlite_file(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise DamagedDatabaseError("; ".join(problems), "备份文件检查未通过，原数据库可能已损坏。")
    os.replace(partial, destination)
    return destination


def check_sqlite_file(path: Path) -> list[str]:
    """quick_check of a file that is not open elsewhere; empty when healthy."""
    if not Path(path).is_file():
        return [f"文件不存在：{path}"]
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    results = [str(row[0]) for row in rows]
    return [] if results == ["ok"] else results


def restore_database(db: Database, backup: Path) -> Path | None:
    """Replace the database with ``backup``; returns where the current file was kept aside.

    The caller must have closed every other connection (``db.dispose()`` is called here).
    """
    backup = Path(backup)
    if not db.is_sqlite:
        if not backup.is_file():
            raise StorageError(str(backup), f"备份文件不存在：{backup}")
        _run(
            "pg_restore",
            [
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                _libpq_url(db),
                str(backup),
            ],
        )
        return None
    problems = check_sqlite_file(backup)
    if problems:
        raise DamagedDatabaseError(
            "; ".join(problems), f"备份文件无法使用：{'；'.join(problems)[:200]}"
        )
    assert db.path is not None
    target = db.path
    db.dispose()
    incoming = target.with_name(target.name + ".restoring")
    incoming.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(incoming)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    if check_sqlite_file(incoming):
        incoming.unlink(missing_ok=True)
        raise DamagedDatabaseError("restored copy failed quick_check", "恢复出的文件检查未通过。")

    kept_aside = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept_aside = target.with_name(f"{target.name}.before-restore-{stamp}")
        os.replace(target, kept_aside)
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                os.replace(side, kept_aside.with_name(kept_aside.name + suffix))
    os.replace(incoming, target)
    log.info("restored %s from %s (previous kept at %s)", target, backup, kept_aside)
    return kept_aside
