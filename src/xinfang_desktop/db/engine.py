"""The database connection: SQLite pragmas, BEGIN IMMEDIATE for writes, typed errors.

One ``Database`` per process; services open their sessions through ``read()`` and ``write()``.
"""

from __future__ import annotations

import logging
import ntpath
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from ..config import make_private_dir, make_private_file, redact
from ..domain.search import character_tokens
from .errors import (
    BadDatabaseUrlError,
    ConflictError,
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NetworkShareError,
    ReadOnlyDatabaseError,
    StorageError,
    UnreachableDatabaseError,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("xinfang.db")

# Long enough to outwait another PC's or window's commit, short enough that a stuck writer
# becomes a clear message rather than a frozen window.
BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "xinfang_write"
_NETWORK_FILESYSTEMS = frozenset(
    [
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
        "glusterfs",
        "ceph",
        "fuse.rclone",
        "rclone",
        "lustre",
        # gvfs mounts smb://, sftp:// and webdav shares under /run/user/<uid>/gvfs.
        "fuse.gvfsd-fuse",
        "fuse.gvfs-fuse-daemon",
    ]
)
_SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def safe_url(url: str | URL) -> str:
    """The URL as it may appear in a log or a message: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return redact(str(url))


def checked_url(url: str | URL) -> URL:
    """The parsed URL, or a Chinese message for one the program cannot keep data in."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise BadDatabaseUrlError(
            safe_url(str(url)),
            f"数据库地址无法识别：{safe_url(str(url))}。"
            "请写成 sqlite:///文件路径 或 postgresql+psycopg://用户@服务器/库名。",
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in _SUPPORTED_BACKENDS:
        raise BadDatabaseUrlError(
            safe_url(parsed),
            f"不支持的数据库类型“{backend}”。本程序只能使用 SQLite 文件（sqlite:///文件路径）"
            "或 PostgreSQL 服务器（postgresql+psycopg://…）。",
        )
    if backend == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:") or "mode=memory" in database:
            raise BadDatabaseUrlError(
                safe_url(parsed),
                "数据库地址没有给出文件（内存数据库），保存的内容在程序结束时会全部丢失，已拒绝。"
                "请写成 sqlite:///文件路径。",
            )
        if database.startswith("~"):
            # A shell expands ~ only outside quotes: never make a folder literally named "~".
            parsed = parsed.set(database=str(Path(database).expanduser()))
    return parsed


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    database = parsed.database
    if str(parsed.query.get("uri", "")).lower() in ("true", "1") and database.startswith("file:"):
        # A URI filename (file:/path?mode=ro): the file on disk is its path part.
        database = unquote(urlsplit(database).path)
    return Path(database)


def storage_is_read_only(path: Path) -> bool:
    """True when an existing database file cannot be written where it is (file or folder)."""
    if not path.is_file():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


# GetDriveTypeW's answer for a mapped network drive.
DRIVE_REMOTE = 4


def is_windows_network_path(text: str, drive_type: Callable[[str], int]) -> bool:
    """A Windows path on a share: a UNC path (\\\\server\\share, also in its \\\\?\\UNC\\ long
    form) or a drive letter that ``drive_type`` (GetDriveTypeW) reports as a network drive."""
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # the long-path form of a local path: \\?\C:\…
    if text.startswith(("\\\\", "//")):
        return True
    drive = ntpath.splitdrive(text)[0]
    return bool(drive) and drive_type(drive + "\\") == DRIVE_REMOTE


def is_network_path(path: Path) -> bool:
    """True when the file would live on a network share, where SQLite's locking fails."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        import ctypes

        return is_windows_network_path(resolved, ctypes.windll.kernel32.GetDriveTypeW)
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best):
                best, best_type = mount_point, parts[2]
    return best_type in _NETWORK_FILESYSTEMS


def _is_stale_data(exc: BaseException) -> bool:
    """An ORM version conflict (another PC saved the row first). The ORM is imported only by
    processes that use it, and only they can raise this: a command that reads through Core
    (db/tables.py) must not pay for importing ``sqlalchemy.orm`` just to test for it."""
    orm_errors = sys.modules.get("sqlalchemy.orm.exc")
    return orm_errors is not None and isinstance(exc, orm_errors.StaleDataError)


def translate_error(exc: BaseException) -> StorageError | None:
    """The typed error for an environment problem, or None when ``exc`` looks like a bug."""
    if _is_stale_data(exc):
        return ConflictError(str(exc))
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).lower()
    if isinstance(original, sqlite3.Error):
        if "locked" in message or "busy" in message:
            return DatabaseBusyError(message)
        if "readonly" in message or "read-only" in message:
            return ReadOnlyDatabaseError(message)
        if "full" in message:
            return DiskFullError(message)
        if "malformed" in message or "not a database" in message or "corrupt" in message:
            return DamagedDatabaseError(message)
        if "unable to open" in message or "disk i/o" in message:
            return ReadOnlyDatabaseError(
                message, "无法读写数据库文件（文件夹不存在、无权限或磁盘出错），没有保存。"
            )
        return None
    sqlstate = getattr(original, "sqlstate", None) or ""
    if sqlstate == "53100":
        return DiskFullError(message)
    if sqlstate == "25006":
        return ReadOnlyDatabaseError(message)
    if sqlstate in ("40001", "40P01", "55P03"):
        return DatabaseBusyError(message)
    if sqlstate.startswith("08") or (isinstance(exc, OperationalError) and "connection" in message):
        return UnreachableDatabaseError(message)
    return None


class Database:
    """An engine and its session factory; ``write()`` is one all-or-nothing transaction."""

    def __init__(self, url: str | URL, *, echo: bool = False, check_network_share: bool = True):
        self.url = checked_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path = sqlite_path(self.url)
        if self.path is not None:
            if check_network_share and is_network_path(self.path.parent):
                raise NetworkShareError(str(self.path))
            if self.path.exists() and not self.path.is_file():
                raise BadDatabaseUrlError(
                    str(self.path), f"数据库路径 {self.path} 是一个文件夹，不是数据库文件。"
                )
            try:
                if not self.path.parent.is_dir():
                    make_private_dir(self.path.parent)
            except OSError as exc:
                raise ReadOnlyDatabaseError(
                    str(exc),
                    f"无法建立数据库所在的文件夹 {self.path.parent}：{exc.strerror or exc}。",
                ) from exc
        # A file on write-protected storage (a locked SD card, a read-only mount) can still be
        # read and copied: SQLite opens it "immutable" (no -shm needed); saving says read-only.
        self.read_only_storage = self.path is not None and storage_is_read_only(self.path)
        self.engine = self._create_engine(echo)

    # The session factories are made on first use: commands that read through Core never
    # import the ORM (see read_connection).
    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _write_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    def _create_engine(self, echo: bool) -> Engine:
        if not self.is_sqlite:
            # A server that silently drops packets would otherwise keep 正在打开数据库 (and
            # every save) waiting for the system's TCP timeout, about two minutes on Linux.
            timeout = {} if "connect_timeout" in self.url.query else {"connect_timeout": 10}
            return create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                hide_parameters=True,
                connect_args=timeout,
            )
        url = self.url
        if self.read_only_storage:
            assert self.path is not None
            url = URL.create(
                "sqlite+pysqlite",
                database=f"file:{self.path}?immutable=1",
                query={"uri": "true"},
            )
        engine = create_engine(
            url,
            echo=echo,
            # A failed INSERT would otherwise put names, phones and ID numbers into the log.
            hide_parameters=True,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):
            # Transactions are begun by hand below, so the driver must not begin its own.
            dbapi_connection.isolation_level = None
            # The per-character search index is filled by triggers that call this function.
            dbapi_connection.create_function(
                "xinfang_character_tokens", 1, character_tokens, deterministic=True
            )
            cursor = dbapi_connection.cursor()
            pragmas = (
                f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
                "PRAGMA foreign_keys = ON",
                "PRAGMA journal_mode = WAL",
                # FULL keeps commits across a power cut; a gate commits a few times a minute.
                "PRAGMA synchronous = FULL",
            )
            for pragma in pragmas[:2] if self.read_only_storage else pragmas:
                try:
                    cursor.execute(pragma)
                except sqlite3.DatabaseError:
                    # A damaged or foreign file: let quick_check and the caller report it.
                    log.warning("pragma failed: %s", pragma, exc_info=True)
            cursor.close()
            if not self.read_only_storage and self.path is not None:
                # SQLite creates the file (and gives -wal/-shm its mode) with the umask's
                # 0644: names, ID numbers and password hashes for every local account.
                for suffix in ("", "-wal", "-shm"):
                    make_private_file(self.path.with_name(self.path.name + suffix))

        @event.listens_for(engine, "begin")
        def _on_begin(connection):
            # IMMEDIATE takes the write lock up front, so two writers wait for each other
            # (busy_timeout) instead of failing half-way with "database is locked".
            if connection.get_execution_options().get(_WRITE_OPTION):
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                connection.exec_driver_sql("BEGIN")

        return engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(), self._read_sessions() as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read in one transaction without the ORM, for the Core tables of db/tables.py."""
        with self._guard(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One all-or-nothing write without the ORM (BEGIN IMMEDIATE on SQLite, as write())."""
        writer = self.engine.execution_options(**{_WRITE_OPTION: True})
        with self._guard(), writer.begin() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: commits at the end, or rolls back everything and raises."""
        with self._guard(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except StorageError:
            raise
        except Exception as exc:
            if not isinstance(exc, (DBAPIError, sqlite3.Error)) and not _is_stale_data(exc):
                raise
            typed = translate_error(exc)
            if typed is None:
                raise
            log.warning("storage problem: %s", redact(str(exc)))
            raise typed from exc

    def quick_check(self) -> list[str]:
        """Problems SQLite's fast check finds (empty when healthy); PostgreSQL checks itself.

        A file that cannot be opened for a reason other than damage (read-only storage, no
        permission) raises its typed error instead of being reported as damaged.
        """
        if not self.is_sqlite:
            return []
        from .backup import header_problems

        if self.path is not None and self.path.is_file() and self.path.stat().st_size:
            # A cut-off file can pass quick_check when the missing pages are not reached.
            problems = header_problems(self.path)
            if problems:
                return problems
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        except DBAPIError as exc:
            typed = translate_error(exc)
            if typed is not None and not isinstance(typed, DamagedDatabaseError):
                raise typed from exc
            return [str(exc.orig)]
        results = [str(row[0]) for row in rows]
        return [] if results == ["ok"] else results

    def integrity_check(self) -> list[str]:
        """The thorough check: integrity_check (indexes against their tables) and the FTS5
        search-index checks. Reads the whole file: run it off the GUI thread."""
        if not self.is_sqlite:
            return []
        from .backup import check_connection

        assert self.path is not None
        if not self.path.is_file():
            return [f"文件不存在：{self.path}"]
        if self.read_only_storage:
            connection = sqlite3.connect(f"file:{self.path}?immutable=1", uri=True)
        else:
            connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        try:
            return check_connection(connection, full=True)
        except sqlite3.OperationalError as exc:
            typed = translate_error(exc)
            if typed is not None and not isinstance(typed, DamagedDatabaseError):
                raise typed from exc
            return [str(exc)]
        finally:
            connection.close()

    def ping(self) -> None:
        with self._guard(), self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()
