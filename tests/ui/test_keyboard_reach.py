"""Found driving the real window by keys at 1366×768: every area and list can be reached and
left without the mouse, and nothing a user needs to read is clipped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.dates import chinese_date


def _wait_active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_f6_and_the_arrows_reach_the_areas_past_ctrl_9(qtbot, window):
    _wait_active(qtbot, window)
    # The administrator has 13 areas; only the first nine have Ctrl+N.
    assert window.navigation.count() > 9
    window.visits_page.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.navigation.currentItem().text() == "设置"
    assert window.settings_page.isVisible()


def test_tab_leaves_the_read_only_lists(qtbot, window, unit_db, actor):
    from datetime import datetime

    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services import people, visits

    visits.register_visit(
        unit_db, actor, VisitDraft(arrived_at=datetime.now(), name="张三", reason="咨询招生")
    )
    people.add_person(unit_db, actor, PersonDraft("李老师", post="教师", office="一年级组"))
    window.visits_page.run_search()
    window.people_page.load()
    _wait_active(qtbot, window)
    for page in (window.visits_page, window.people_page):
        window.show_area(page)
        table = page.table
        assert table.model().rowCount() == 1
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.waitUntil(table.hasFocus, timeout=3000)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        # Before, Tab walked from cell to cell and never left: the form beside was unreachable.
        assert QApplication.focusWidget() is not table


def test_the_meeting_list_controls_are_not_clipped(qtbot, window):
    window.show_area(window.meetings_page)
    qtbot.waitUntil(window.meetings_page.isVisible, timeout=3000)
    page = window.meetings_page
    for button in (page.new_button, page.quarter_button, page.include_unsigned):
        assert button.isVisible()
        # Squeezed into one row beside the list they read "建例会记" and "印季度汇".
        assert button.width() >= button.sizeHint().width(), button.text()


def test_the_case_list_shows_whole_received_dates(qtbot, window):
    from xinfang_desktop.ui.cases.table_model import COLUMN_INDEX

    window.show_area(window.cases_page)
    table = window.cases_page.table
    longest = chinese_date(date(2026, 11, 28))
    needed = table.fontMetrics().horizontalAdvance(longest)
    # At 85 px every date read "2026年11…".
    assert table.columnWidth(COLUMN_INDEX["received_on"]) > needed
