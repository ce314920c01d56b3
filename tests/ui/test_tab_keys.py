"""Ctrl+Tab and Ctrl+PgDown reach a page's tabs from the list beside them (the case list to
办理 and 文书, the statistics table to its charts), and the focus lands in the tab shown, so
the work goes on by keyboard. (The meetings list sits inside its tabs, where Qt's own keys
already work; the last test keeps it so.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.services import cases as case_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus_is_inside(widget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def test_from_the_case_list_to_its_handling_and_documents_and_back(qtbot, window, unit_db, actor):
    case_service.register_case(
        unit_db, actor,
        CaseDraft(channel="来信", received_on=date.today(), petitioners=(PetitionerDraft("张三"),),
                  request="要求公开食堂账目"),
    )  # fmt: skip
    page = window.cases_page
    window.show_area(page)
    page.refresh_list()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentWidget() is page.steps and _focus_is_inside(page.steps)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentWidget() is page.documents and _focus_is_inside(page.documents)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert page.tabs.currentWidget() is page.steps
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert page.tabs.currentWidget() is page.form and _focus_is_inside(page.form)


def test_statistics_charts_switch_from_the_table(qtbot, window):
    page = window.statistics_page
    window.show_area(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab, CTRL)
    assert page.charts.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert page.charts.currentIndex() == 0  # round the three charts


def test_the_principal_reaches_the_signing_queue_from_the_meetings_list(qtbot, unit_db):
    principal = MainWindow(unit_db, Actor("袁涛", Role.PRINCIPAL))
    qtbot.addWidget(principal, before_close_func=lambda w: setattr(w, "_leaving", True))
    principal.show()
    qtbot.waitExposed(principal)
    principal.activateWindow()
    qtbot.waitUntil(principal.isActiveWindow)
    page = principal.meetings_page
    principal.show_area(page)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentIndex() == 1 and _focus_is_inside(page.tabs.currentWidget())
