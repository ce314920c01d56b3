"""Checks that catch what they claim: index and search-index damage that quick_check passes,
and read-only storage named as read-only rather than damaged."""

import sqlite3
from datetime import datetime

import pytest

from xinfang_desktop.cli.main import main as cli_main
from xinfang_desktop.db import engine as engine_module
from xinfang_desktop.db.backup import backup_database, check_sqlite_file
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.db.errors import DamagedDatabaseError, ReadOnlyDatabaseError
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import backups
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.database import check_database, full_check, open_database
from xinfang_desktop.services.visits import register_visit

ADMIN = Actor("刘主任", Role.ADMIN)
NOW = datetime(2026, 11, 22, 15, 0)


def _fill(db, count: int = 40) -> None:
    for n in range(count):
        register_visit(
            db,
            ADMIN,
            VisitDraft(
                arrived_at=datetime(2026, 11, 22, 9, n % 60),
                name=f"访客{n}",
                reason="咨询招生事宜",
                phone=f"1380013{n:04d}",
            ),
            now=NOW,
        )


def _change_phone_index_keys(path) -> None:
    """Stale keys in ix_visits_phone: the index is briefly redefined on another column while
    phones change, so its entries no longer match the rows (what a bad sector can do)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_visits_phone ON visits (name)' "
        "WHERE name = 'ix_visits_phone'"
    )
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE visits SET phone = '13900000000' WHERE id <= 10")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_visits_phone ON visits (phone)' "
        "WHERE name = 'ix_visits_phone'"
    )
    connection.close()


def _drop_search_entries(path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    rows = connection.execute("SELECT id, search_text FROM visits WHERE id <= 3").fetchall()
    for row_id, search_text in rows:
        connection.execute(
            "INSERT INTO visits_fts(visits_fts, rowid, search_text) VALUES ('delete', ?, ?)",
            (row_id, search_text),
        )
    connection.close()


@pytest.mark.parametrize("damage", [_change_phone_index_keys, _drop_search_entries])
def test_damage_quick_check_misses_is_caught_by_check_backup_and_db_check(
    capsys, sqlite_db, sqlite_path, damage
):
    _fill(sqlite_db)
    sqlite_db.dispose()
    damage(sqlite_path)
    assert check_database(sqlite_db) == []  # the quick start-up check passes, as before
    assert full_check(sqlite_db) != []
    assert cli_main(["db", "check", "--db", sqlite_url(sqlite_path)]) == 1
    assert "已损坏" in capsys.readouterr().out
    with pytest.raises(DamagedDatabaseError):
        backups.automatic_backup(sqlite_db, backups.default_backup_dir(sqlite_db))
    # The exit backup keeps the fast check; the daily one (above) is the thorough one.
    quick = backups.automatic_backup(
        sqlite_db, backups.default_backup_dir(sqlite_db), full_check=False
    )
    assert check_sqlite_file(quick, full=False) == []
    assert backups.check_backup(sqlite_db, quick) != []


def test_a_truncated_file_is_reported_by_check(sqlite_db, sqlite_path, tmp_path):
    _fill(sqlite_db, 200)
    copy = backup_database(sqlite_db, sqlite_path.parent / "copy.sqlite3")
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])
    assert any("截断" in p for p in check_sqlite_file(copy))


def test_read_only_storage_is_named_read_only_and_can_still_be_copied(
    sqlite_db, sqlite_path, monkeypatch
):
    _fill(sqlite_db, 3)
    sqlite_db.dispose()
    # Root ignores file modes, so the storage is declared read-only the way os.access
    # reports a write-protected card or a read-only mount.
    monkeypatch.setattr(engine_module, "storage_is_read_only", lambda path: True)
    opened = open_database(sqlite_url(sqlite_path), None)
    db = opened.db
    try:
        assert any("只读" in notice for notice in opened.notices)
        assert check_database(db) == []
        assert full_check(db) == []
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            _fill(db, 1)
        assert "只读" in caught.value.user_message
        assert "损坏" not in caught.value.user_message
        copy = backups.automatic_backup(db, sqlite_path.parent / "elsewhere")
        assert backups.check_backup(db, copy) == []
    finally:
        db.dispose()


def test_database_urls_the_program_cannot_keep_data_in(capsys, tmp_path, monkeypatch):
    from xinfang_desktop.db.errors import BadDatabaseUrlError

    for url, message in (
        ("sqlite://", "内存数据库"),
        ("sqlite:///:memory:", "内存数据库"),
        ("mysql://u:p@h/db", "不支持的数据库类型"),
        ("not a url", "无法识别"),
    ):
        with pytest.raises(BadDatabaseUrlError) as caught:
            Database(url)
        assert message in caught.value.user_message
        # A URL that cannot hold the data is bad input (exit 2).
        assert cli_main(["visits", "list", "--db", url]) == 2
        assert message in capsys.readouterr().err
    monkeypatch.setenv("HOME", str(tmp_path))
    db = Database("sqlite:///~/xinfang-home.sqlite3")
    try:
        assert db.path == tmp_path / "xinfang-home.sqlite3"
    finally:
        db.dispose()
    assert not (tmp_path / "~").exists()


def test_a_data_folder_that_is_a_file_is_told(capsys, tmp_path, monkeypatch):
    from xinfang_desktop.config import ENV_DATA_DIR

    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x")
    monkeypatch.setenv(ENV_DATA_DIR, str(blocker))
    assert cli_main(["visits", "list"]) == 1
    assert "是一个文件，不是文件夹" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("fstype", "mount_point"),
    [
        ("fuse.gvfsd-fuse", "/run/user/1000/gvfs"),
        ("fuse.rclone", "/mnt/cloud"),
        ("lustre", "/lustre"),
    ],
)
def test_gvfs_rclone_and_lustre_are_network_shares(monkeypatch, fstype, mount_point):
    from pathlib import Path

    mounts = f"/dev/sda1 / ext4 rw 0 0\nsrv {mount_point} {fstype} rw 0 0\n"
    real_read_text = Path.read_text

    def read_text(self, *args, **kwargs):
        if str(self) == "/proc/mounts":
            return mounts
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(engine_module.sys, "platform", "linux")
    monkeypatch.setattr(Path, "read_text", read_text)
    assert engine_module.is_network_path(Path(mount_point) / "smb-share:server=x,share=y")


def test_the_start_up_check_reports_a_cut_off_file(sqlite_db, sqlite_path):
    _fill(sqlite_db, 200)
    sqlite_db.dispose()
    connection = sqlite3.connect(sqlite_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = sqlite_path.read_bytes()
    sqlite_path.write_bytes(data[: len(data) * 2 // 3])
    assert any("截断" in problem for problem in check_database(sqlite_db))
