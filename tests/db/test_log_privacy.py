"""The log never holds the personal data of a failed save, nor a database password."""

import logging
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from xinfang_desktop import config
from xinfang_desktop.cli.main import main as cli_main
from xinfang_desktop.db.engine import Database, safe_url
from xinfang_desktop.db.errors import (
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageError,
    UnreachableDatabaseError,
)
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.visits import register_visit

NOW = datetime(2026, 11, 22, 15, 0)
NAME = "欧阳隐私"
PHONE = "13912345678"
ID_NUMBER = "11010519491231002X"
PASSWORD = "Pa55-secret-word"
ADMIN = Actor("刘主任", Role.ADMIN)


def _draft() -> VisitDraft:
    return VisitDraft(
        arrived_at=datetime(2026, 11, 22, 9, 0),
        name=NAME,
        reason="咨询",
        phone=PHONE,
        id_number=ID_NUMBER,
    )


@pytest.fixture
def log_text(data_dir):
    """Logging as the program sets it up; returns a reader of everything in logs/."""
    paths = config.app_paths()
    config.setup_logging(paths)

    def read() -> str:
        for handler in logging.getLogger("xinfang").handlers:
            handler.flush()
        return "".join(p.read_text("utf-8") for p in sorted(paths.log_dir.glob("*")))

    return read


def _assert_clean(text: str) -> None:
    for secret in (NAME, PHONE, ID_NUMBER, ID_NUMBER.lower(), PASSWORD):
        assert secret not in text


def _fail_inserts_with(db: Database, message: str) -> None:
    """The driver fails every INSERT the way a bad disk does, after it got the parameters."""

    @event.listens_for(db.engine, "do_execute")
    def _fail(cursor, statement, parameters, context):
        if statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError(message)


def test_a_read_only_file_logs_no_personal_data(sqlite_path, log_text):
    db = Database(f"sqlite+pysqlite:///file:{sqlite_path}?mode=ro&uri=true")
    try:
        with pytest.raises(ReadOnlyDatabaseError):
            register_visit(db, ADMIN, _draft(), now=NOW)
    finally:
        db.dispose()
    text = log_text()
    assert "storage problem" in text  # the failure itself is logged
    _assert_clean(text)


@pytest.mark.parametrize(
    ("message", "error"),
    [("disk I/O error", ReadOnlyDatabaseError), ("database or disk is full", DiskFullError)],
)
def test_io_errors_log_no_personal_data(sqlite_db, log_text, message, error):
    _fail_inserts_with(sqlite_db, message)
    with pytest.raises(error):
        register_visit(sqlite_db, ADMIN, _draft(), now=NOW)
    text = log_text()
    assert message in text
    _assert_clean(text)


def test_an_unexpected_failure_logged_with_its_traceback_holds_no_parameters(sqlite_db, log_text):
    # Not an environment problem the program knows: it propagates and is logged as a bug.
    _fail_inserts_with(sqlite_db, "something nobody expected")
    with pytest.raises(Exception) as caught:
        register_visit(sqlite_db, ADMIN, _draft(), now=NOW)
    assert not isinstance(caught.value, StorageError)
    logging.getLogger("xinfang.ui").error("background operation failed", exc_info=caught.value)
    text = log_text()
    assert "something nobody expected" in text
    _assert_clean(text)


def test_an_unreachable_server_logs_no_password(capsys, log_text):
    url = f"postgresql+psycopg://xinfang:{PASSWORD}@127.0.0.1:1/xinfang"
    with pytest.raises(UnreachableDatabaseError) as caught:
        open_database(url, None)
    assert PASSWORD not in caught.value.user_message
    assert cli_main(["visits", "list", "--db", url]) == 1
    _, err = capsys.readouterr()
    assert PASSWORD not in err
    text = log_text()
    assert "127.0.0.1" in text  # which server failed is still there to read
    _assert_clean(text)


def test_redaction_of_urls_and_numbers_in_any_log_line(log_text):
    logging.getLogger("xinfang.test").warning(
        "url %s phone %s id %s", f"postgresql://u:{PASSWORD}@h/db", PHONE, ID_NUMBER
    )
    text = log_text()
    _assert_clean(text.replace(NAME, ""))
    assert "postgresql://u:***@h/db" in text
    assert safe_url(f"postgresql+psycopg://u:{PASSWORD}@h/db") == "postgresql+psycopg://u:***@h/db"


def test_log_files_and_folder_are_private(log_text):
    logging.getLogger("xinfang.test").info("hello")
    log_text()
    log_dir = config.app_paths().log_dir
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    for path in Path(log_dir).glob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
