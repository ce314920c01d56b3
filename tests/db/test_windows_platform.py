"""Windows-only code, tested here with the platform faked: network shares refused for SQLite
(UNC paths and mapped drives), the PC's own 仿宋/宋体 found in the Windows font folders, and a
data folder whose path has Chinese characters and spaces."""

from __future__ import annotations

import shutil
from importlib.resources import files

import pytest

from xinfang_desktop.db import migrate
from xinfang_desktop.db.engine import DRIVE_REMOTE, Database, is_windows_network_path, sqlite_url

DRIVE_FIXED = 3
# A PC with C: on its own disk and Z: mapped to \\fileserver\信访.
DRIVES = {"C:\\": DRIVE_FIXED, "Z:\\": DRIVE_REMOTE}


def drive_type(root: str) -> int:
    return DRIVES.get(root.upper(), 0)


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("\\\\fileserver\\信访\\xinfang.sqlite3", True),
        ("//fileserver/信访/xinfang.sqlite3", True),
        ("\\\\?\\UNC\\fileserver\\信访\\xinfang.sqlite3", True),
        ("Z:\\信访 数据\\xinfang.sqlite3", True),
        ("z:\\xinfang.sqlite3", True),
        ("C:\\Users\\张 三\\AppData\\Local\\xinfang-desktop\\xinfang.sqlite3", False),
        ("\\\\?\\C:\\Users\\张三\\xinfang.sqlite3", False),
        ("xinfang.sqlite3", False),
    ],
)
def test_shares_and_mapped_drives_are_recognised(path, remote):
    assert is_windows_network_path(path, drive_type) is remote


def test_the_window_and_command_line_refuse_a_database_on_a_share(monkeypatch, tmp_path):
    import xinfang_desktop.db.engine as engine
    from xinfang_desktop.db.errors import StorageError

    monkeypatch.setattr(engine, "is_network_path", lambda path: True)
    with pytest.raises(StorageError) as refused:
        Database(sqlite_url(tmp_path / "x.sqlite3"))
    assert "PostgreSQL" in refused.value.user_message


def test_the_pcs_own_fangsong_is_found_in_the_windows_font_folders(monkeypatch, tmp_path):
    from xinfang_desktop.reports import fonts

    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    bundled = files("xinfang_desktop.resources") / "fonts" / "gbsn00lp.ttf"
    shutil.copyfile(str(bundled), windows / "Fonts" / "simfang.ttf")
    local = tmp_path / "用户 字体"
    (local / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    shutil.copyfile(str(bundled), local / "Microsoft" / "Windows" / "Fonts" / "simsun.ttc")
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windows))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    found = fonts.system_serif_candidates()
    assert found[0] == (windows / "Fonts" / "simfang.ttf", 0)  # 仿宋 before 宋体
    assert (local / "Microsoft" / "Windows" / "Fonts" / "simsun.ttc", 0) in found


def test_a_data_folder_with_chinese_and_spaces_works_end_to_end(tmp_path):
    from datetime import datetime

    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services.backups import backup_to
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.visits import register_visit

    folder = tmp_path / "信访 台账" / "数据 文件夹"
    folder.mkdir(parents=True)
    db = Database(sqlite_url(folder / "xinfang.sqlite3"))
    try:
        migrate.upgrade(db)
        now = datetime(2026, 11, 23, 9, 0)
        register_visit(
            db, Actor("王师傅", Role.GATE), VisitDraft(arrived_at=now, name="张三", reason="咨询"),
            now=now,
        )  # fmt: skip
        backup = backup_to(db, Actor("管理员", Role.ADMIN), folder / "备份 文件", now=now)
        assert backup.is_file() and "备份 文件" in str(backup)
    finally:
        db.dispose()
