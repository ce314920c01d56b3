"""Backups through SQLite's online backup API (never a file copy of a live database) or
pg_dump for PostgreSQL, and the one restore path the window and the command line share.

A restore never renames the live file away: another process that still had it open would go on
saving into the renamed file. Instead the backup is copied *into* the live database through the
backup API while this process holds SQLite's exclusive lock, in one write transaction, so a
crash leaves either the old or the new content. Before that, the current content is copied
aside (a copy, not a rename).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import app_paths, make_private_dir, make_private_file
from .errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
)

if TYPE_CHECKING:
    from .engine import Database

log = logging.getLogger("xinfang.db")

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_SIGNATURE = b"PGDMP"
# Tables every database of this program has had since its first schema version.
PROGRAM_TABLES = frozenset({"alembic_version", "visits", "users", "audit_entries"})
# How long a restore waits for the exclusive lock before saying another program has it open.
_LOCK_WAIT_SECONDS = 2.0


def default_backup_dir(db: Database) -> Path:
    """Backups sit beside a SQLite file (the default file's are in the data folder)."""
    if db.path is not None:
        return db.path.parent / "backups"
    return app_paths().backup_dir


@dataclass(frozen=True)
class RestoreOutcome:
    kept_aside: Path | None  # a copy of the content before the restore (SQLite only)
    revision: str  # the schema version of the restored backup


# ---------------------------------------------------------------- checks


def fts_tables(connection: sqlite3.Connection) -> list[str]:
    """The FTS5 search indexes (visits_fts, visits_chars, and any a later migration adds)."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        " AND lower(sql) LIKE '%using fts5%'"
    ).fetchall()
    return [str(row[0]) for row in rows]


def check_connection(connection: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """integrity_check (or quick_check) plus the FTS5 integrity checks; empty when healthy.

    quick_check does not compare indexes with their tables: changed keys in the phone index
    pass it while look-ups miss the rows. The FTS checks write (then roll back), so they need a
    writable connection; on a read-only one they are reported as not run.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        results = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [] if results == ["ok"] else results
    if not full or problems:
        return problems
    try:
        tables = fts_tables(connection)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    for table in tables:
        try:
            connection.execute("SAVEPOINT xinfang_fts_check")
            try:
                # rank 1: an external-content index is compared with its table as well.
                connection.execute(
                    f'INSERT INTO "{table}"("{table}", rank) VALUES (\'integrity-check\', 1)'
                )
            finally:
                connection.execute("ROLLBACK TO xinfang_fts_check")
                connection.execute("RELEASE xinfang_fts_check")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                log.info("FTS check of %s skipped: read-only", table)
                continue
            problems.append(f"搜索索引 {table} 损坏：{exc}")
        except sqlite3.DatabaseError as exc:
            problems.append(f"搜索索引 {table} 损坏：{exc}")
    return problems


def _open_for_check(path: Path) -> sqlite3.Connection:
    """A connection for checking a file that is not live: writable when the file is (so the
    FTS checks can run and roll back), read-only otherwise."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return sqlite3.connect(path, isolation_level=None)
    # Nobody can write there either, so "immutable" is safe, and needs no -shm file.
    return sqlite3.connect(f"file:{path}?immutable=1", uri=True, isolation_level=None)


def check_sqlite_file(path: Path, *, full: bool = True) -> list[str]:
    """Check a SQLite file that is not open elsewhere; empty when healthy."""
    path = Path(path)
    if not path.is_file():
        return [f"文件不存在：{path}"]
    problems = header_problems(path)
    if problems:
        return problems
    try:
        connection = _open_for_check(path)
        try:
            return check_connection(connection, full=full)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def header_problems(path: Path) -> list[str]:
    size = path.stat().st_size
    if size == 0:
        return ["文件是空的（0 字节）"]
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header.startswith(SQLITE_HEADER):
        return ["文件头不是 SQLite 数据库（文件头损坏或不是数据库文件）"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size and pages and size < page_size * pages:
        return [f"文件被截断：应有 {page_size * pages} 字节，实际只有 {size} 字节"]
    return []


def sqlite_backup_problems(path: Path) -> list[str]:
    """Why ``path`` cannot be restored (empty when it can): it must be a database of this
    program, of a schema version this program knows (not newer), passing integrity_check."""
    path = Path(path)
    problems = check_sqlite_file(path, full=True)
    if problems:
        return problems
    revision, tables = _revision_and_tables(path)
    if not PROGRAM_TABLES - {"alembic_version"} <= tables:
        return ["不是信访台账的数据库备份"]
    if revision is None:
        return ["不是信访台账的数据库备份（没有版本信息）"]
    from . import migrate

    if not migrate.is_known_revision(revision):
        return ["这个备份由更新版本的信访台账生成，请先升级本程序"]
    return []


def _revision_and_tables(path: Path) -> tuple[str | None, set[str]]:
    try:
        connection = _open_for_check(path)
    except sqlite3.DatabaseError:
        return None, set()
    try:
        tables = {
            str(r[0])
            for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            revision = str(rows[0][0]) if len(rows) == 1 else None
        return revision, tables
    except sqlite3.DatabaseError:
        return None, set()
    finally:
        connection.close()


# ---------------------------------------------------------------- backup


def backup_database(db: Database, destination: Path, *, full_check: bool = True) -> Path:
    """Write a consistent, checked copy of the database to ``destination`` (mode 0600).

    ``full_check`` runs integrity_check and the search-index checks on the copy (its pages
    are the live file's, so this finds damage in the live file as well); otherwise quick_check.
    """
    destination = Path(destination)
    try:
        make_private_dir(destination.parent)
    except OSError as exc:
        raise _os_error(exc, "无法建立备份文件夹") from exc
    if not db.is_sqlite:
        _pg_dump(db, destination)
        return destination
    assert db.path is not None
    partial = destination.with_name(destination.name + ".partial")
    try:
        _copy_sqlite(db.path, partial)
        problems = check_sqlite_file(partial, full=full_check)
        if problems:
            raise DamagedDatabaseError(
                "; ".join(problems),
                "备份文件检查未通过，原数据库可能已损坏。请运行 xinfang db check。",
            )
        os.replace(partial, destination)
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    make_private_file(destination)
    return destination


def _copy_sqlite(source_path: Path, target: Path) -> None:
    """Online backup into ``target``, left as one self-contained file (no -wal, no -shm)."""
    _remove_with_sidecars(target)
    try:
        # Read-only when the storage is: a copy can still be taken from a write-protected disk.
        if os.access(source_path, os.W_OK) and os.access(source_path.parent, os.W_OK):
            source = sqlite3.connect(source_path)
        else:
            source = sqlite3.connect(f"file:{source_path}?immutable=1", uri=True)
        try:
            copy = sqlite3.connect(target, isolation_level=None)
            make_private_file(target)
            try:
                source.backup(copy)
                # The copy inherits WAL mode from the live file; a backup is one file.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, "备份失败") from exc
    except OSError as exc:
        raise _os_error(exc, "备份失败") from exc


def _unused_aside_path(folder: Path, name: str, now: datetime) -> Path:
    """Where the data from before a restore is kept: never an existing file. Two restores in
    one second (or a restore *from* the copy an earlier one kept) must not overwrite it."""
    base = f"{name}.before-restore-{now:%Y%m%d-%H%M%S}"
    candidate, number = folder / base, 1
    while any(candidate.with_name(candidate.name + suffix).exists() for suffix in ("", "-wal")):
        number += 1
        candidate = folder / f"{base}-{number}"
    return candidate


# A backup being written touches its .partial file at least this often (the copy, then the
# check of a file of years of records, take seconds); one left alone longer was abandoned.
ABANDONED_AFTER_SECONDS = 3600


def remove_abandoned_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the half-written copies a killed backup left (``*.partial`` and its SQLite
    journal, the plain ``.staging-`` copy of an encrypted one), and the plain ``.decrypted-``
    copy a killed restore or check of an encrypted backup left. They were never taken for
    backups, but they hold the same personal data and are as big as the database. A copy
    written to within the last hour is another backup's, still running, and stays."""
    cutoff = (time.time() if now is None else now) - ABANDONED_AFTER_SECONDS
    removed = []
    patterns = ("*.partial*", ".staging-*", ".decrypted-*")
    leftovers = {p for pattern in patterns for p in folder.glob(pattern)} if folder.is_dir() else ()
    for path in sorted(leftovers):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError as exc:
            log.warning("abandoned partial backup not removed: %s", exc)
    return removed


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _sqlite_error(exc: sqlite3.Error, what: str) -> StorageError:
    message = str(exc).lower()
    if "full" in message:
        return DiskFullError(str(exc), f"{what}：磁盘空间已满。请清理磁盘或换一个U盘再试。")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabaseError(str(exc), f"{what}：目标位置是只读的。")
    if "locked" in message or "busy" in message:
        return DatabaseInUseError(str(exc))
    if "malformed" in message or "not a database" in message:
        return DamagedDatabaseError(str(exc))
    return StorageError(str(exc), f"{what}：{exc}")


def _os_error(exc: OSError, what: str) -> StorageError:
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFullError(str(exc), f"{what}：磁盘空间已满。请清理磁盘或换一个U盘再试。")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabaseError(str(exc), f"{what}：没有写入权限或磁盘是只读的。")
    return StorageError(str(exc), f"{what}：{exc.strerror or exc}")


# ---------------------------------------------------------------- restore


def restore_database(
    db: Database, backup: Path, *, aside_dir: Path | None = None, now: datetime | None = None
) -> RestoreOutcome:
    """Replace the content of the database with ``backup`` after checking it.

    Refuses a backup that is not this program's, is newer, or fails integrity_check, and
    refuses while another process has the database open. The caller's own engine is disposed.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise DamagedDatabaseError(str(backup), f"备份文件不存在：{backup}")
    if not db.is_sqlite:
        return _restore_postgresql(db, backup)
    problems = sqlite_backup_problems(backup)
    if problems:
        raise DamagedDatabaseError(
            "; ".join(problems), f"备份文件无法使用：{'；'.join(problems)[:200]}"
        )
    revision, _ = _revision_and_tables(backup)
    assert db.path is not None and revision is not None
    db.dispose()
    target = db.path
    aside = _unused_aside_path(aside_dir or target.parent, target.name, now or datetime.now())
    if not target.exists() or target.stat().st_size == 0:
        _place_new_file(backup, target)
        log.info("restored %s from %s (there was no database)", target, backup.name)
        return RestoreOutcome(None, revision)
    live = _lock_exclusively(target)
    if live is None:
        # The live file is not a database any more (zeroed header, garbage): it cannot be
        # locked through SQLite, so make sure by the file locks that nobody has it open, keep
        # a copy of the damaged bytes, then put the backup in its place in one rename.
        if _other_process_holds(target):
            raise DatabaseInUseError(str(target))
        kept = _copy_damaged_aside(target, aside)
        _place_new_file(backup, target)
        log.info("restored damaged %s from %s", target, backup.name)
        return RestoreOutcome(kept, revision)
    try:
        kept = _keep_aside(live, target, aside)
        source = _open_for_check(backup)
        try:
            # One write transaction on the locked live database: all pages or none.
            source.backup(live)
        finally:
            source.close()
        problems = check_connection(live, full=False)
        if problems:
            raise DamagedDatabaseError(
                "; ".join(problems), f"恢复后的数据库检查未通过。恢复前的数据完好，另存在 {kept}。"
            )
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, "恢复失败") from exc
    finally:
        live.close()  # the last connection: SQLite folds the WAL back and removes -wal/-shm
    log.info("restored %s from %s", target, backup.name)
    return RestoreOutcome(kept, revision)


def _lock_exclusively(target: Path) -> sqlite3.Connection | None:
    """A connection holding SQLite's exclusive lock on ``target`` until it is closed.

    None when the file is not a database at all. Raises DatabaseInUseError when another
    process (a window, a command) has it open: in WAL mode every open connection holds a
    shared lock, idle or not.
    """
    connection = sqlite3.connect(target, timeout=_LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        # An empty write transaction takes the exclusive lock, which EXCLUSIVE mode keeps.
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
        return connection
    except sqlite3.OperationalError as exc:
        connection.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseInUseError(str(exc)) from exc
        raise _sqlite_error(exc, "恢复失败") from exc
    except sqlite3.DatabaseError:
        connection.close()
        return None


def _other_process_holds(target: Path) -> bool:
    """True when another process holds one of SQLite's locks on ``target`` (POSIX).

    On Windows, replacing a file another process has open fails by itself, so nothing is lost.
    """
    if os.name != "posix":
        return False
    import fcntl

    # SQLite's lock bytes sit at 1 GiB (PENDING, RESERVED, then the SHARED range).
    pending = 0x40000000
    with target.open("rb+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, 512, pending, os.SEEK_SET)
        except OSError:
            return True
        fcntl.lockf(handle, fcntl.LOCK_UN, 512, pending, os.SEEK_SET)
    shm = target.with_name(target.name + "-shm")
    if shm.exists():
        with shm.open("rb+") as handle:
            try:
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, 8, 120, os.SEEK_SET)
            except OSError:
                return True
            fcntl.lockf(handle, fcntl.LOCK_UN, 8, 120, os.SEEK_SET)
    return False


def _keep_aside(live: sqlite3.Connection, target: Path, aside: Path) -> Path:
    """A copy of the current content beside the database (0600), taken under the lock."""
    _remove_with_sidecars(aside)
    try:
        copy = sqlite3.connect(aside, isolation_level=None)
        make_private_file(aside)
        try:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    except sqlite3.DatabaseError:
        # Damage inside the file stops the backup API: keep the raw bytes instead.
        _remove_with_sidecars(aside)
        return _copy_damaged_aside(target, aside)
    except OSError as exc:
        _remove_with_sidecars(aside)
        raise _os_error(exc, "恢复前另存当前数据失败，没有恢复") from exc
    return aside


def _copy_damaged_aside(target: Path, aside: Path) -> Path:
    try:
        shutil.copyfile(target, aside)
        make_private_file(aside)
        for suffix in ("-wal",):
            side = target.with_name(target.name + suffix)
            if side.exists():
                shutil.copyfile(side, aside.with_name(aside.name + suffix))
                make_private_file(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise _os_error(exc, "恢复前另存当前数据失败，没有恢复") from exc
    return aside


def _place_new_file(backup: Path, target: Path) -> None:
    """For a missing or unreadable live file: build the copy beside it, then one rename."""
    incoming = target.with_name(target.name + ".restoring")
    try:
        _copy_sqlite(backup, incoming)
        connection = sqlite3.connect(incoming, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
        # The old -wal and -shm belong to the old content; replayed onto the new file they
        # would damage it.
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, target)
        make_private_file(target)
    finally:
        _remove_with_sidecars(incoming)


# ---------------------------------------------------------------- PostgreSQL


def _libpq_environment(db: Database) -> tuple[str, dict[str, str]]:
    """The libpq URL without its password, and the password in PGPASSWORD: a password on a
    command line is visible to every local account in the process list."""
    env = dict(os.environ)
    if db.url.password:
        env["PGPASSWORD"] = str(db.url.password)
    url = db.url.set(drivername="postgresql", password=None)
    return url.render_as_string(hide_password=False), env


def _run(tool: str, args: list[str], env: dict[str, str]) -> str:
    if shutil.which(tool) is None:
        raise StorageError(tool, f"找不到 {tool}，请安装 PostgreSQL 客户端工具后再备份或恢复。")
    result = subprocess.run([tool, *args], capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        from ..config import redact

        detail = redact(result.stderr.strip())
        raise StorageError(detail, f"{tool} 失败：{detail[:300]}")
    return result.stdout


def _pg_dump(db: Database, destination: Path) -> None:
    url, env = _libpq_environment(db)
    partial = destination.with_name(destination.name + ".partial")
    try:
        _run("pg_dump", ["--format=custom", "--no-owner", "--file", str(partial), url], env)
        make_private_file(partial)
        problems = pg_backup_problems(partial)
        if problems:
            raise DamagedDatabaseError("; ".join(problems), "备份文件检查未通过。")
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    make_private_file(destination)


def pg_backup_revision(path: Path) -> str | None:
    """The schema version stored in a pg_dump archive (None when it has none)."""
    env = dict(os.environ)
    out = _run("pg_restore", ["--data-only", "--table=alembic_version", "--file=-", str(path)], env)
    inside = False
    for line in out.splitlines():
        if line.startswith("COPY ") and "alembic_version" in line:
            inside = True
            continue
        if inside:
            if line.strip() == "\\.":
                break
            return line.strip() or None
    match = re.search(r"INSERT INTO .*alembic_version.*VALUES \('([^']+)'\)", out)
    return match.group(1) if match else None


def pg_backup_problems(path: Path) -> list[str]:
    """Why a pg_dump archive cannot be restored (empty when it can)."""
    path = Path(path)
    if not path.is_file():
        return [f"文件不存在：{path}"]
    with path.open("rb") as stream:
        if stream.read(5) != PG_DUMP_SIGNATURE:
            return ["不是 PostgreSQL 备份文件（pg_dump 格式）"]
    try:
        listing = _run("pg_restore", ["--list", str(path)], dict(os.environ))
    except StorageError as exc:
        return [f"备份文件无法读取：{exc}"]
    for table in PROGRAM_TABLES:
        if not re.search(rf"TABLE DATA \S+ {table} ", listing):
            return ["不是信访台账的数据库备份"]
    revision = pg_backup_revision(path)
    if revision is None:
        return ["不是信访台账的数据库备份（没有版本信息）"]
    from . import migrate

    if not migrate.is_known_revision(revision):
        return ["这个备份由更新版本的信访台账生成，请先升级本程序"]
    return []


def _restore_postgresql(db: Database, backup: Path) -> RestoreOutcome:
    problems = pg_backup_problems(backup)
    if problems:
        raise DamagedDatabaseError(
            "; ".join(problems), f"备份文件无法使用：{'；'.join(problems)[:200]}"
        )
    revision = pg_backup_revision(backup)
    assert revision is not None
    db.dispose()
    others = _other_pg_sessions(db)
    if others:
        raise DatabaseInUseError(
            f"{others} other sessions",
            f"还有 {others} 个程序（其他电脑的窗口或命令）连着这个数据库。"
            "请先让它们全部退出，再恢复。",
        )
    url, env = _libpq_environment(db)
    _run(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname",
            url,
            str(backup),
        ],
        env,
    )
    log.info("restored PostgreSQL database from %s", backup.name)
    return RestoreOutcome(None, revision)


def _other_pg_sessions(db: Database) -> int:
    from sqlalchemy import text

    with db.engine.connect() as connection:
        count = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend'"
            )
        ).scalar()
    db.dispose()
    return int(count or 0)
