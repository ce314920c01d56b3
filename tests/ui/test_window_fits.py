"""The main window fits the screens schools have, and keeps each user's arrangement (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QSplitter

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.services.context import Actor
from xinfang_desktop.ui import window_layout
from xinfang_desktop.ui.main_window import MainWindow

# The free area of a 1366×768 and a 1024×768 screen under a 40-pixel task bar.
LAPTOP = QRect(0, 0, 1366, 728)
OLD_PC = QRect(0, 0, 1024, 728)


def _open(qtbot, db, actor) -> MainWindow:
    from PySide6.QtWidgets import QApplication

    from xinfang_desktop.ui.qt_setup import install_cjk_font

    install_cjk_font(QApplication.instance())  # the program's own font, as at start-up
    main = MainWindow(db, actor)
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w, "_leaving", True))
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("area", [LAPTOP, OLD_PC], ids=["1366x768", "1024x768"])
def test_window_opens_inside_the_free_area_of_the_screen(qtbot, unit_db, monkeypatch, area):
    monkeypatch.setattr(window_layout, "available_area", lambda _w: area)
    main = _open(qtbot, unit_db, Actor("王师傅", Role.GATE, 7))
    assert main.width() <= area.width() - 16
    assert main.height() <= area.height() - 40


@pytest.mark.parametrize("role", list(Role))
def test_every_role_fits_a_1024x768_screen_without_clipped_text(qtbot, unit_db, role):
    main = _open(qtbot, unit_db, Actor("某人", role, 3))
    minimum = main.minimumSizeHint()
    assert minimum.width() <= OLD_PC.width() - 16
    assert minimum.height() <= OLD_PC.height() - 40
    main.resize(OLD_PC.width() - 16, OLD_PC.height() - 40)
    for index in range(main.navigation.count()):
        main.navigation.setCurrentRow(index)
        page = main.pages.currentWidget()
        for button in page.findChildren(QPushButton):
            if button.isVisible() and button.text():
                # A button narrower than its text shows "改记录 (Ctrl+".
                assert button.width() >= button.minimumSizeHint().width(), button.text()
    if main.visits_page is not None:
        search = main.visits_page.search
        assert search.width() >= 200  # not collapsed to "…"


def test_size_and_splitters_are_remembered_per_user(qtbot, unit_db, monkeypatch):
    monkeypatch.setattr(window_layout, "available_area", lambda _w: LAPTOP)
    gate = Actor("王师傅", Role.GATE, 7)
    first = _open(qtbot, unit_db, gate)
    first.resize(1100, 650)
    splitter = first.visits_page.findChild(QSplitter)
    splitter.setSizes([500, 560])
    kept = splitter.sizes()
    first.save_layout()

    again = _open(qtbot, unit_db, gate)
    assert (again.width(), again.height()) == (1100, 650)
    assert again.visits_page.findChild(QSplitter).sizes() == kept

    other = _open(qtbot, unit_db, Actor("李师傅", Role.GATE, 8))
    assert (other.width(), other.height()) != (1100, 650)
