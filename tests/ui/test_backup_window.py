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
