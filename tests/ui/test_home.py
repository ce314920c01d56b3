"""The start page and the navigation order of the main window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service


def test_start_page_counts_todays_visits_and_navigation_keys(qtbot, window, unit_db, actor):
    now = datetime.now().replace(second=0, microsecond=0)
    visit_service.register_visit(
        unit_db, actor, VisitDraft(arrived_at=now, name="张三", reason="咨询", people_count=6)
    )
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[0] == "首页"
    assert titles[1] == "来访登记"
    assert titles[-1] == "设置"
    # The gate opens on the register, with the cursor in the name field.
    assert window.pages.currentWidget() is window.visits_page

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.home_page
    summary = window.home_page.findChild(type(window.date_label), "todayVisits").text()
    assert "登记 1 批 6 人次" in summary
    assert "集体访 1 批" in summary
    assert "在场 1 批 6 人" in summary

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.visits_page
    assert window.visits_page.form.name.hasFocus()
