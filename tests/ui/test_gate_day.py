"""The gate desk through a real day, driven by keys: nothing typed is lost, no fact recorded
wrongly (issue 15)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service

from ui.test_visits_window import ADMIN, type_text


def _enter(qtbot, widget=None) -> None:
    qtbot.keyClick(widget or QApplication.focusWidget(), Qt.Key.Key_Return)


def test_enter_walks_every_field_and_typing_lands_where_it_belongs(qtbot, window, unit_db):
    form = window.visits_page.form
    form.name.setFocus()
    type_text(qtbot, form.name, "张三")
    _enter(qtbot)
    assert QApplication.focusWidget() is form.gender
    qtbot.keyClick(form.gender, Qt.Key.Key_Down)  # 男
    _enter(qtbot)
    assert QApplication.focusWidget() is form.phone
    type_text(qtbot, form.phone, "13800138000")
    _enter(qtbot)
    assert QApplication.focusWidget() is form.id_number
    _enter(qtbot)
    assert QApplication.focusWidget() is form.people_count
    qtbot.keyClick(form.people_count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.people_count, "3")
    _enter(qtbot)
    assert QApplication.focusWidget() is form.unit_address
    type_text(qtbot, form.unit_address, "前村")
    _enter(qtbot)
    assert QApplication.focusWidget() is form.reason
    type_text(qtbot, form.reason, "午餐")
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.reason, "分量")
    _enter(qtbot)
    assert QApplication.focusWidget() is form.category
    _enter(qtbot)
    assert QApplication.focusWidget() is form.host
    type_text(qtbot, form.host.lineEdit(), "总务处")
    form.host.completer().popup().hide()
    _enter(qtbot)
    assert QApplication.focusWidget() is form.receptionist
    _enter(qtbot)
    assert QApplication.focusWidget() is form.vehicle_plate
    # The phone typed after 性别 went into the phone field, not into the combo box.
    assert form.gender.currentText() == "男"
    assert form.phone.text() == "13800138000"
    assert form.people_count.value() == 3
    assert form.reason.toPlainText() == "午餐\n分量"  # Ctrl+Enter: a new line, not a save
    assert form.unit_address.text() == "前村"
    assert visit_service.on_site(unit_db, datetime.now().date()).batches == 0


def tab_walk(qtbot, start, expected) -> list:
    """Press Tab from ``start`` and note each field reached (a date field's sections and a
    combo's line count as their field)."""
    start.setFocus()
    seen = []
    for _ in range(len(expected) * 4):
        widget = QApplication.focusWidget()
        owner = widget if widget in expected else widget.parentWidget()
        if not seen or seen[-1] is not owner:
            seen.append(owner)
        if len(seen) == len(expected):
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_follows_the_reading_order_of_the_form(qtbot, window):
    form = window.visits_page.form
    expected = [form.arrived_at, form.name, form.gender, form.phone, form.id_number,
                form.people_count, form.unit_address, form.reason, form.category, form.host,
                form.receptionist, form.vehicle_plate, form.outcome, form.remarks,
                form.save_button, form.save_slip_button]  # fmt: skip
    assert tab_walk(qtbot, form.arrived_at, expected) == expected


def test_escape_closes_the_offers_first_and_a_second_escape_clears(qtbot, window, unit_db):
    for days in (3, 2):
        visit_service.register_visit(
            unit_db,
            ADMIN,
            VisitDraft(
                arrived_at=datetime.now() - timedelta(days=days),
                name="张三",
                phone="13800138000",
                reason="反映午餐问题",
            ),
        )
    form = window.visits_page.form
    type_text(qtbot, form.id_number, "11010519491231002X")
    form.phone.setFocus()
    type_text(qtbot, form.phone, "1380")
    popup = form.phone.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert form.phone.text() == "1380"
    assert form.id_number.text() == "11010519491231002X"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert form.phone.text() == "" and form.id_number.text() == ""


def test_arrival_time_follows_the_clock_until_edited(qtbot, window, unit_db):
    form = window.visits_page.form
    # The form was cleared long ago (a quiet hour at the gate): the field shows an old time.
    an_hour_ago = QDateTime.currentDateTime().addSecs(-3600)
    form._show_time(an_hour_ago)
    assert form.time_follows_clock
    type_text(qtbot, form.name, "李四")
    type_text(qtbot, form.reason, "送材料")
    before = datetime.now().replace(second=0, microsecond=0)
    form.save()
    saved = visit_service.get_visit(unit_db, ADMIN, window.visits_page.selected_visit_id())
    assert saved.draft.arrived_at >= before

    # Once the gate keeper types a time, it stays what was typed.
    form.arrived_at.setFocus()
    typed = QDateTime.currentDateTime().addSecs(-7200)
    form.arrived_at.setDateTime(typed)
    assert not form.time_follows_clock
    type_text(qtbot, form.name, "王五")
    type_text(qtbot, form.reason, "咨询")
    form.save()
    saved = visit_service.get_visit(unit_db, ADMIN, window.visits_page.selected_visit_id())
    assert saved.draft.arrived_at.strftime("%H:%M") == typed.toPython().strftime("%H:%M")
    assert form.time_follows_clock  # the next visitor follows the clock again
