"""Shared fixtures: a private data folder per test, SQLite and PostgreSQL databases.

PostgreSQL tests run when XINFANG_TEST_PG_URL names a server the tests may wipe; without it
they are deselected (one line says so), except under CI, where that is an error.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from xinfang_desktop.config import ENV_CONFIG_DIR, ENV_DATA_DIR, ENV_DB_URL
from xinfang_desktop.db import migrate
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.services.context import Actor

ENV_TEST_PG_URL = "XINFANG_TEST_PG_URL"

# A Sunday afternoon, so "today" in tests never depends on the machine's clock.
FIXED_NOW = datetime(2026, 11, 22, 15, 0)


def pg_test_url() -> str | None:
    return os.environ.get(ENV_TEST_PG_URL) or None


X_TOOLS = ("Xvfb", "xdotool", "xwininfo", "import")


def _deselect_without_x_tools(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The real-window test needs an X server and its tools; without them it is deselected."""
    missing = [tool for tool in X_TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    needs_x = [item for item in items if item.get_closest_marker("xvfb")]
    if not needs_x:
        return
    items[:] = [item for item in items if not item.get_closest_marker("xvfb")]
    config.hook.pytest_deselected(items=needs_x)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"{len(needs_x)} Xvfb tests deselected: {', '.join(missing)} missing.")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _deselect_without_x_tools(config, items)
    for item in items:
        if "pg_db" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
    if pg_test_url():
        return
    needs_pg = [item for item in items if item.get_closest_marker("postgres")]
    if not needs_pg:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"{ENV_TEST_PG_URL} is not set, but CI must run the {len(needs_pg)} PostgreSQL tests."
        )
    items[:] = [item for item in items if not item.get_closest_marker("postgres")]
    config.hook.pytest_deselected(items=needs_pg)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    message = f"{len(needs_pg)} PostgreSQL tests deselected: set {ENV_TEST_PG_URL} to run them."
    if reporter is not None:
        reporter.write_line(message)


_SESSION_FOLDER = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    # Session- and module-scoped fixtures run outside the per-test folders below: they too get
    # a private data and config folder, never the developer's own (the audit anchor lives there).
    import tempfile

    session_folder = Path(tempfile.mkdtemp(prefix="xinfang-tests-"))
    config.stash[_SESSION_FOLDER] = session_folder
    os.environ[ENV_DATA_DIR] = str(session_folder / "data")
    os.environ[ENV_CONFIG_DIR] = str(session_folder / "config")


def pytest_unconfigure(config: pytest.Config) -> None:
    session_folder = config.stash.get(_SESSION_FOLDER, None)
    if session_folder is not None:
        shutil.rmtree(session_folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Tests never see the real user folder nor a database URL from the developer's shell."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    # The audit anchor lives in the user's config folder: a private one per test too.
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv(ENV_DB_URL, raising=False)
    yield folder
    _close_log_files()


def _close_log_files() -> None:
    # setup_logging() opens a log file in the data folder once per process; the next test
    # has another data folder, so it must open its own.
    root = logging.getLogger("xinfang")
    for handler in [h for h in root.handlers if getattr(h, "_xinfang", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def actor() -> Actor:
    return Actor("测试员", Role.ADMIN)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database per session; each test gets a copy instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(sqlite_url(path), check_network_share=False)
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()
    # Fold the WAL into the main file so copying that one file copies everything.
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path


@pytest.fixture
def sqlite_path(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "db" / "xinfang.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture
def sqlite_db(sqlite_path: Path) -> Iterator[Database]:
    db = Database(sqlite_url(sqlite_path))
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def _pg_schema_ready() -> Iterator[str]:
    """A private database for this pytest run, so runs started side by side do not collide."""
    url = pg_test_url()
    if url is None:
        raise RuntimeError(f"{ENV_TEST_PG_URL} is not set; PostgreSQL tests should be deselected")
    base = make_url(url)
    private_name = f"{base.database}_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{private_name}"'))
    except DBAPIError:
        # No right to create databases: use the given one, which this run then owns alone.
        admin.dispose()
        _recreate_pg_schema(url)
        yield url
        return
    private_url = base.set(database=private_name).render_as_string(hide_password=False)
    try:
        _recreate_pg_schema(private_url)
        yield private_url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{private_name}" WITH (FORCE)'))
        admin.dispose()


def _recreate_pg_schema(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    db = Database(url)
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()


def _empty_pg_tables(url: str) -> None:
    """TRUNCATE is much faster than rebuilding the schema; rebuild only if a test changed it."""
    db = Database(url)
    try:
        if migrate.current_revision(db) != migrate.head_revision():
            db.dispose()
            _recreate_pg_schema(url)
            return
        with db.engine.begin() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            quoted = ", ".join(f'"{t}"' for t in tables)
            connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
    finally:
        db.dispose()


@pytest.fixture
def pg_url(_pg_schema_ready: str) -> str:
    _empty_pg_tables(_pg_schema_ready)
    return _pg_schema_ready


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database(pg_url)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> Database:
    """The same test on both engines: SQLite does not enforce what PostgreSQL does."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(fixture)
