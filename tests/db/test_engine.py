import multiprocessing
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from xinfang_desktop.db import engine as engine_module
from xinfang_desktop.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    is_network_path,
    sqlite_path,
    sqlite_url,
)
from xinfang_desktop.db.errors import NetworkShareError, ReadOnlyDatabaseError
from xinfang_desktop.db.models import Visit
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services.visits import register_visit

NOW = datetime(2026, 11, 22, 15, 0)


def sample(n: int = 0) -> VisitDraft:
    return VisitDraft(arrived_at=datetime(2026, 11, 22, 9, n % 60), name=f"访客{n}", reason="送货")


def test_pragmas_on_every_connection(sqlite_db):
    for _ in range(2):
        with sqlite_db.engine.connect() as connection:
            pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == BUSY_TIMEOUT_MS
        sqlite_db.dispose()


def test_write_takes_the_write_lock_at_begin(sqlite_db, sqlite_path):
    other = sqlite3.connect(sqlite_path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.write() as session:
            session.execute(select(1))  # a read first: the lock must be taken already
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with sqlite_db.read() as session:
            session.execute(select(1))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(sqlite_db):
    from xinfang_desktop.db.models import VisitChange

    with pytest.raises(Exception, match="FOREIGN KEY"), sqlite_db.write() as session:
        session.add(VisitChange(visit_id=424242, changed_at=NOW, action="create"))


def test_read_only_database_gives_a_typed_error(sqlite_path, actor):
    # Tests run as root, where chmod 0444 does not stop writes; opening the file in SQLite's
    # read-only mode produces the same SQLITE_READONLY error a write-protected file gives.
    url = f"sqlite+pysqlite:///file:{sqlite_path}?mode=ro&uri=true"
    db = Database(url)
    try:
        assert db.path == sqlite_path
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            register_visit(db, actor, sample(), now=NOW)
        assert "只读" in caught.value.user_message
        assert not isinstance(caught.value, sqlite3.Error)
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Visit)) == 0
    finally:
        db.dispose()
    assert not Path("file:").exists()


def test_missing_folder_that_cannot_be_created_is_a_storage_error(tmp_path, actor):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        Database(sqlite_url(blocker / "db.sqlite3"))
    assert "无法建立数据库所在的文件夹" in caught.value.user_message


def _save_many(url: str, who: str, count: int, results) -> None:
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor

    db = Database(url)
    try:
        for n in range(count):
            register_visit(db, Actor(who, Role.ADMIN), sample(n), now=NOW)
        results.put((who, "ok"))
    except Exception as exc:  # reported to the parent, which fails the test with it
        results.put((who, repr(exc)))
    finally:
        db.dispose()


def test_two_processes_write_at_once_without_locked_errors(database):
    url = database.url.render_as_string(hide_password=False)
    database.dispose()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_save_many, args=(url, who, 200, results)) for who in ("甲", "乙")
    ]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == {"甲": "ok", "乙": "ok"}
    with database.read() as session:
        per_actor = dict(
            session.execute(select(Visit.created_by, func.count()).group_by(Visit.created_by)).all()
        )
    assert per_actor == {"甲": 200, "乙": 200}


@pytest.fixture
def fake_mounts(monkeypatch):
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//fileserver/share /mnt/share cifs rw 0 0\n"
        "server:/export /mnt/nfs\\040dir nfs4 rw 0 0\n"
        "tmpfs /mnt/share/local tmpfs rw 0 0\n"
    )
    real_read_text = Path.read_text

    def read_text(self, *args, **kwargs):
        if str(self) == "/proc/mounts":
            return mounts
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(engine_module.sys, "platform", "linux")
    monkeypatch.setattr(Path, "read_text", read_text)


def test_network_share_detection(fake_mounts):
    assert is_network_path(Path("/mnt/share/xinfang"))
    assert is_network_path(Path("/mnt/nfs dir/a/b"))
    assert not is_network_path(Path("/mnt/share/local/xinfang"))  # a local mount inside
    assert not is_network_path(Path("/mnt/shared"))
    assert not is_network_path(Path("/home/user"))


def test_database_on_network_share_is_refused(fake_mounts, monkeypatch):
    monkeypatch.setattr(engine_module, "is_network_path", lambda path: True)
    with pytest.raises(NetworkShareError) as caught:
        Database(sqlite_url(Path("/mnt/share/xinfang/xinfang.sqlite3")))
    assert "PostgreSQL" in caught.value.user_message


def test_sqlite_path_of_urls(tmp_path):
    assert sqlite_path(sqlite_url(tmp_path / "a b.sqlite3")) == tmp_path / "a b.sqlite3"
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite+pysqlite:///:memory:") is None
    assert sqlite_path("postgresql+psycopg://u:p@h/db") is None
