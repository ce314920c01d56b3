"""The record's 地点, 主持人 and 列席 on screen: saved with the record, a bad value keeps the
typing with the message beside the field; the figures box names the week under review; an
administrator sets which week that is."""

from __future__ import annotations

from datetime import date, timedelta

from ui.test_meetings_window import CLERK, open_window, roster  # noqa: F401 (a fixture)
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.dates import chinese_period
from xinfang_desktop.domain.meetings import REVIEW_CURRENT_WEEK, monday_of
from xinfang_desktop.services import meetings
from xinfang_desktop.services.context import Actor


def test_place_host_and_observers_are_typed_saved_and_checked(qtbot, unit_db, roster):  # noqa: F811
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    main.show_area(page)
    page.new_record()
    form = page.form
    monday = monday_of(date.today())
    last_week = chinese_period(monday - timedelta(days=7), monday - timedelta(days=1))
    assert last_week in form.figures_box.title()

    form.location.setText("会" * 101)
    form.host.setText("王建国")
    form.observers.setText("各年级组长")
    form.save_button.click()
    assert "地点最多 100 个字" in form.header_fields["location"].error.text()
    assert form.location.text() == "会" * 101 and form.host.text() == "王建国"

    form.location.setText("三楼会议室")
    form.save_button.click()
    saved = meetings.list_meetings(unit_db, CLERK)[0]
    assert (saved.draft.location, saved.draft.host, saved.draft.observers) == (
        "三楼会议室", "王建国", "各年级组长",
    )  # fmt: skip
    assert form.header_fields["location"].error.text() == ""


def test_an_administrator_chooses_the_week_under_review(qtbot, unit_db, roster):  # noqa: F811
    clerk_window = open_window(qtbot, unit_db, CLERK)
    assert not clerk_window.meetings_page.review_week.isVisibleTo(clerk_window.meetings_page)
    admin = Actor("刘主任", Role.ADMIN)
    main = open_window(qtbot, unit_db, admin)
    page = main.meetings_page
    main.show_area(page)
    page.review_week.setCurrentIndex(page.review_week.findData(REVIEW_CURRENT_WEEK))
    page.review_week.activated.emit(page.review_week.currentIndex())
    assert meetings.get_review_week_mode(unit_db) == REVIEW_CURRENT_WEEK
    assert "例会统计周已改为" in page.banner.text()


def test_a_stray_arrow_key_or_wheel_does_not_change_the_week_under_review(
    qtbot,
    unit_db,
    roster,  # noqa: F811
):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    admin = Actor("刘主任", Role.ADMIN)
    main = open_window(qtbot, unit_db, admin)
    page = main.meetings_page
    main.show_area(page)
    before = meetings.get_review_week_mode(unit_db)
    combo = page.review_week
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(combo, wheel)
    # Nothing saved: the arrow opened the list, where a choice needs Enter.
    assert meetings.get_review_week_mode(unit_db) == before
    assert "例会统计周已改为" not in page.banner.text()
    assert combo.view().isVisible()
    combo.hidePopup()
