"""Backups from the window, and the offer to restore when the file is found damaged."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import backups as backup_service
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.visit_search import search_visit_ids
from xinfang_desktop.ui import prompts

ADMIN = Actor("刘主任", Role.ADMIN, 1)


def _register(db, name):
    now = datetime.now().replace(second=0, microsecond=0)
    return visit_service.register_visit(
        db, ADMIN, VisitDraft(arrived_at=now, name=name, reason="咨询")
    )


def _count(db) -> int:
    return len(search_visit_ids(db, ADMIN, VisitQuery(include_voided=True)).ids)


def test_backup_now_then_restore_the_selected_backup(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.qt_setup import install_cjk_font

    install_cjk_font(QApplication.instance())
    _register(unit_db, "张三")
    window = MainWindow(unit_db, ADMIN)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_leaving", True))
    page = window.backup_page
    assert page is not None
    assert MainWindow(unit_db, Actor("王师傅", Role.GATE, 2)).backup_page is None

    page.backup_now()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert "检查通过" in page.banner.text()

    _register(unit_db, "李四")
    assert _count(unit_db) == 2
    page.table.selectRow(0)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    infos = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: infos.append(text))
    with qtbot.waitSignal(window.sign_out_requested):
        page.restore_selected()
    assert _count(unit_db) == 1
    assert "恢复前的数据另存为" in infos[0]


def test_a_damaged_file_is_restored_from_the_newest_good_backup(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.app import restore_newest_backup

    _register(unit_db, "张三")
    folder = backup_service.default_backup_dir(unit_db)
    backup_service.automatic_backup(unit_db, folder)
    _register(unit_db, "李四")
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda p, t, q: asked.append(q) or True)
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)
    assert restore_newest_backup(unit_db, None, ["*** in database main ***"])
    assert "是否用" in asked[0]
    assert _count(unit_db) == 1


def test_no_usable_backup_says_so(qtbot, sqlite_db, monkeypatch):
    from xinfang_desktop.app import restore_newest_backup

    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: errors.append(text))
    assert not restore_newest_backup(sqlite_db, None, ["page 3 is never used"])
    assert "没有找到可用的备份" in errors[0]


def _remove_database(db) -> None:
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        db.path.with_name(db.path.name + suffix).unlink(missing_ok=True)


def test_a_missing_database_beside_backups_offers_the_newest_backup(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.app import open_with_recovery
    from xinfang_desktop.db.engine import sqlite_url

    _register(unit_db, "张三")
    backup_service.automatic_backup(unit_db, backup_service.default_backup_dir(unit_db))
    path = unit_db.path
    _remove_database(unit_db)
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda p, t, q: asked.append(q) or True)
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)
    opened = open_with_recovery(sqlite_url(path), None, None)
    try:
        assert "没有数据库文件" in asked[0] and len(asked) == 1
        assert _count(opened.db) == 1
    finally:
        opened.db.dispose()


def test_a_missing_database_gets_a_new_one_only_on_a_second_yes(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.app import open_with_recovery
    from xinfang_desktop.db.engine import sqlite_url

    backup_service.automatic_backup(unit_db, backup_service.default_backup_dir(unit_db))
    path = unit_db.path
    _remove_database(unit_db)
    answers = iter([False, False])
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: next(answers))
    assert open_with_recovery(sqlite_url(path), None, None) is None
    assert not path.exists()
    answers = iter([False, True])
    opened = open_with_recovery(sqlite_url(path), None, None)
    try:
        assert _count(opened.db) == 0
    finally:
        opened.db.dispose()


def test_a_zeroed_header_is_offered_the_newest_good_backup(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.app import open_with_recovery
    from xinfang_desktop.db.engine import sqlite_url

    _register(unit_db, "张三")
    backup_service.automatic_backup(unit_db, backup_service.default_backup_dir(unit_db))
    unit_db.dispose()
    path = unit_db.path
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda p, t, q: asked.append(q) or True)
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)
    opened = open_with_recovery(sqlite_url(path), None, None)
    try:
        assert "是否用" in asked[0]
        assert _count(opened.db) == 1
    finally:
        opened.db.dispose()


def test_a_full_disk_during_the_daily_backup_is_told(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.app import daily_backup_failed
    from xinfang_desktop.db.errors import DiskFullError

    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: errors.append(text))
    daily_backup_failed(unit_db, None, DiskFullError("No space left on device"))
    assert "备份失败：磁盘空间已满" in errors[0]
    assert "填写的内容仍在" not in errors[0]  # the save message does not fit a backup
    assert "没有任何备份" in errors[0]


def test_a_data_folder_that_is_a_file_is_told_instead_of_a_blank_window(
    qtbot, tmp_path, monkeypatch
):
    from xinfang_desktop import app
    from xinfang_desktop.config import ENV_DATA_DIR

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(ENV_DATA_DIR, str(blocker))
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: errors.append(text))
    assert app.main(["--quit-when-ready"]) == 1
    assert "是一个文件，不是文件夹" in errors[0]


def test_the_backup_page_sets_the_password_and_asks_it_for_an_encrypted_backup(
    qtbot, unit_db, monkeypatch, tmp_path
):
    from xinfang_desktop.ui.main_window import MainWindow

    _register(unit_db, "张三")
    window = MainWindow(unit_db, ADMIN)
    qtbot.addWidget(window)
    page = window.backup_page
    password = "学校备份密码 2026 秋"
    monkeypatch.setattr(prompts, "ask_password", lambda *a: password)
    page.set_password()
    assert "已设置" in page.banner.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "ask_folder", lambda *a: str(usb))
    page.backup_elsewhere()
    qtbot.waitUntil(lambda: "检查通过" in page.banner.text(), timeout=20_000)
    encrypted = next(usb.glob("*.backup"))
    _register(unit_db, "李四")

    asked = []
    monkeypatch.setattr(prompts, "ask_open_path", lambda *a: str(encrypted))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    monkeypatch.setattr(prompts, "ask_password", lambda p, t, label: asked.append(label) or "错")
    page.restore_from_file()
    qtbot.waitUntil(lambda: "备份密码不对" in page.banner.text(), timeout=20_000)
    assert _count(unit_db) == 2 and "已加密" in asked[0]

    monkeypatch.setattr(prompts, "ask_password", lambda *a: password)
    monkeypatch.setattr(prompts, "show_info", lambda *a: None)
    with qtbot.waitSignal(window.sign_out_requested, timeout=20_000):
        page.restore_from_file()
    assert _count(unit_db) == 1
