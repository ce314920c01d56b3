"""Opening the database for the window or the command line: migrate, back up, check."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from .. import config
from ..db import audit_protection, migrate
from ..db.backup import default_backup_dir
from ..db.engine import Database, safe_url, translate_error
from ..db.errors import DamagedDatabaseError, MissingDatabaseError

# The audit and backup services load the ORM and every model; opening an up-to-date, healthy
# database needs neither, so they are imported where a rarer path needs them. A command that
# only lists (`xinfang visits list`) then costs what it uses (issue 18).

log = logging.getLogger("xinfang.services")


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    migration: migrate.MigrationResult
    # Start-up findings the user is told about: restored audit guards, read-only storage.
    notices: list[str] = field(default_factory=list)


def open_database(
    url: str, backup_dir: Path | None, *, check: bool = False, allow_new: bool = False
) -> OpenedDatabase:
    """Connect, optionally run quick_check, then migrate (a backup is taken before a migration).

    A SQLite file that is missing (or empty) while its backup folder holds backups is never
    silently replaced by a new empty database: MissingDatabaseError, unless ``allow_new``.
    The window skips ``check`` here and runs it off the GUI thread after the window is shown:
    quick_check reads the whole file, seconds for years of records.
    """
    db = Database(url)
    notices: list[str] = []
    try:
        if not allow_new:
            _refuse_missing_with_backups(db, backup_dir)
        if check:
            problems = db.quick_check()
            if problems:
                raise DamagedDatabaseError("; ".join(problems[:5]))
        result = migrate.upgrade(db, backup_dir)
        if db.read_only_storage:
            notices.append(
                f"数据库文件所在的位置是只读的（{db.path}）：可以查看和备份，不能保存。"
                "请检查磁盘或文件权限。"
            )
        else:
            if result.from_revision is None:
                from . import audit

                # A deliberately new database: its audit chain starts the anchor afresh.
                audit.reset_anchor(db, "new")
            notices += _guard_audit_log(db)
            _tighten_modes(db, backup_dir)
            from .import_staging import drop_stale_staging

            if drop_stale_staging(db):
                notices.append("已清除一次被中断的导入留下的临时数据（没有导入任何一行）。")
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
    return OpenedDatabase(db, result, notices)


def _refuse_missing_with_backups(db: Database, backup_dir: Path | None) -> None:
    if db.path is None or (db.path.is_file() and db.path.stat().st_size > 0):
        return
    from . import backups

    folders = {default_backup_dir(db)}
    if backup_dir is not None:
        folders.add(backup_dir)
    found = sorted(
        (b for folder in folders for b in backups.list_backups(folder)),
        key=lambda b: b.made_at,
        reverse=True,
    )
    if found:
        newest = found[0]
        raise MissingDatabaseError(
            f"{db.path} missing, {len(found)} backups",
            newest,
            f"数据文件夹里没有数据库文件（{db.path}），但有 {len(found)} 个备份，"
            f"最新的是 {newest.made_at:%Y-%m-%d %H:%M}。为免误用空数据库，已停止。"
            f"请用 xinfang db restore {newest.path} 恢复；"
            "确实要新建空数据库时用 xinfang db upgrade --new。",
        )


def _tighten_modes(db: Database, backup_dir: Path | None) -> None:
    """Files an older version left readable by every account: 0600, their folders 0700."""
    folders = {default_backup_dir(db)}
    if backup_dir is not None:
        folders.add(backup_dir)
    for folder in folders:
        if not folder.is_dir():
            continue
        config.make_private_dir(folder)
        for path in folder.rglob("*"):
            if path.is_dir():
                config.make_private_dir(path)
            else:
                config.make_private_file(path)
    if db.path is not None:
        for aside in db.path.parent.glob(db.path.name + ".before-restore-*"):
            config.make_private_file(aside)


def _guard_audit_log(db: Database) -> list[str]:
    """Put back dropped append-only triggers, and say so (log, audit entry, notice)."""
    restored, problem = audit_protection.check_and_restore(db)
    if problem:
        return [problem]
    if not restored:
        return []
    from . import audit
    from .backups import SYSTEM

    audit.append(
        db,
        SYSTEM,
        "protection_restored",
        target_kind="database",
        detail="启动检查发现审计日志的防改动触发器被删除，已恢复：" + "、".join(restored),
    )
    return [
        "启动检查发现审计日志的防改动保护被删除，已自动恢复。请用 xinfang audit verify 核查日志。"
    ]


def check_database(db: Database) -> list[str]:
    """The quick start-up check (quick_check)."""
    return db.quick_check()


def full_check(db: Database) -> list[str]:
    """integrity_check and the FTS5 search-index checks: for `db check` and the backup page."""
    return db.integrity_check()


__all__ = ["OpenedDatabase", "check_database", "full_check", "open_database"]
