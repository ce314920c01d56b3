"""The gate desk through a real day, driven by keys: nothing typed is lost, no fact recorded
wrongly (issue 15)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from ui.keys import show_active, tab_walk
from ui.test_visits_window import ADMIN, type_text
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.ui import prompts


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


def test_enter_in_an_open_list_takes_the_entry_and_moves_on(qtbot, window):
    """The first Enter only closed the list, so the licence plate went into 登记人."""
    form = window.visits_page.form
    form.host.setFocus()
    type_text(qtbot, form.host.lineEdit(), "总务")
    popup = form.host.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.receptionist)
    assert form.host.currentText() == "总务处"
    form.receptionist.lineEdit().selectAll()
    type_text(qtbot, form.receptionist.lineEdit(), "王")
    popup = form.receptionist.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # nothing highlighted: keeps what was typed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.vehicle_plate)
    type_text(qtbot, form.vehicle_plate, "鲁D12345")
    assert form.receptionist.currentText() == "王"
    assert form.vehicle_plate.text() == "鲁D12345"


def test_tab_follows_the_reading_order_of_the_form(qtbot, window):
    form = window.visits_page.form
    expected = [form.arrived_at, form.name, form.gender, form.phone, form.id_number,
                form.people_count, form.unit_address, form.reason, form.category, form.host,
                form.receptionist, form.vehicle_plate, form.outcome, form.remarks,
                form.save_button, form.save_slip_button]  # fmt: skip
    assert tab_walk(qtbot, form.arrived_at, expected) == expected


def test_escape_closes_the_offers_first_and_a_second_escape_clears(
    qtbot, window, unit_db, monkeypatch
):
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

    # The second Esc would throw the typing away: asked first, and "no" keeps every field.
    asked = _answer(monkeypatch, False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked
    assert form.phone.text() == "1380"
    assert form.id_number.text() == "11010519491231002X"
    _answer(monkeypatch, True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert form.phone.text() == "" and form.id_number.text() == ""
    # An empty form clears without a question.
    asked = _answer(monkeypatch, False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked == []


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


def _answer(monkeypatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def ask(_parent, _title, question):
        asked.append(question)
        return answer

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    return asked


def test_closing_with_a_half_typed_visit_asks_first(qtbot, window, monkeypatch):
    form = window.visits_page.form
    type_text(qtbot, form.name, "张三")
    type_text(qtbot, form.phone, "13800138000")
    asked = _answer(monkeypatch, False)
    assert not window.close()
    assert window.isVisible()
    assert "张三" in asked[0]
    assert form.phone.text() == "13800138000"

    signed_out = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))
    window.sign_out_button.click()
    assert len(asked) == 2 and not signed_out

    _answer(monkeypatch, True)
    window.sign_out_button.click()
    assert signed_out


def test_an_untouched_form_closes_without_a_question(qtbot, window):
    form = window.visits_page.form
    form._show_time(QDateTime.currentDateTime().addSecs(-600))  # the clock moved on
    assert window.unsaved_work() == []
    assert window.close()


def test_case_and_meeting_typing_is_guarded_too(qtbot, window, monkeypatch):
    window.cases_page.new_case()
    window.cases_page.form.request.setPlainText("要求公开食堂账目")
    window.show_area(window.meetings_page)
    window.meetings_page.new_record()
    window.meetings_page.form.decisions.setPlainText("周三前答复家长")
    pending = window.unsaved_work()
    assert any("信访事项" in item for item in pending)
    assert any("例会" in item for item in pending)
    asked = _answer(monkeypatch, False)
    assert not window.close() and asked


def test_dispute_dialog_asks_before_esc_throws_typing_away(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.ui.leadership.disputes_tab import DisputeDialog

    dialog = DisputeDialog(unit_db, ADMIN, [])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    first_line = dialog.parties
    type_text(qtbot, first_line, "张某与李某")
    assert dialog.unsaved_work()
    asked = _answer(monkeypatch, False)
    qtbot.keyClick(first_line, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert first_line.text() == "张某与李某"
    _answer(monkeypatch, True)
    qtbot.keyClick(first_line, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_signed_in_gate_keeper_is_the_registrar_and_one_staff_list(qtbot, unit_db, actor):
    from xinfang_desktop.domain.auth import Role, UserDraft
    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.services import auth as auth_service
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.people import add_person
    from xinfang_desktop.ui.main_window import MainWindow

    night = add_person(unit_db, actor, PersonDraft("赵师傅", post="门卫"))
    day = add_person(unit_db, actor, PersonDraft("钱师傅", post="门卫"))
    admin = Actor("管理员", Role.ADMIN, 1)
    auth_service.create_user(
        unit_db,
        admin,
        UserDraft("qian", "钱", "门卫", person_id=day.id),
        "Temp#2026xyz",
        "Temp#2026xyz",
    )
    # Yesterday 王师傅 (a name in 设置) registered last.
    visit_service.register_visit(
        unit_db, actor, VisitDraft(arrived_at=datetime.now(), name="某", reason="咨询",
                                   receptionist="王师傅")
    )  # fmt: skip
    main = MainWindow(unit_db, Actor("钱师傅", Role.GATE, 9, day.id))
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w, "_leaving", True))
    form = main.visits_page.form
    assert form.receptionist.currentText() == "钱师傅"
    staff = [form.receptionist.itemText(i) for i in range(form.receptionist.count())]
    assert staff[0] == "钱师傅"
    assert {"赵师傅", "王师傅", "李师傅"} <= set(staff)  # people with 职务 门卫 and 设置's names
    assert len(staff) == len(set(staff))  # 钱师傅 is one person, listed once
    assert night.name in staff


def test_a_scanned_visitor_slip_marks_the_departure(qtbot, window, unit_db):
    from xinfang_desktop.domain.visits import slip_code

    record = visit_service.register_visit(
        unit_db, ADMIN, VisitDraft(arrived_at=datetime.now(), name="孙丽", reason="找班主任")
    )
    page = window.visits_page
    page.run_search()
    form = page.form
    form.name.setFocus()
    # The USB scanner types the code into the focused field and ends with Enter.
    qtbot.keyClicks(form.name, slip_code(record.id, record.number))
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert visit_service.get_visit(unit_db, ADMIN, record.id).draft.left_at is not None
    assert "扫码登记离开：孙丽" in page.banner.text()
    assert form.name.text() == "" and QApplication.focusWidget() is form.name
    assert window.unsaved_work() == []
    # Into the search box, a second time: told it is already recorded.
    page.search.setFocus()
    qtbot.keyClicks(page.search, slip_code(record.id, record.number))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "已于" in page.banner.text() and page.search.text() == ""


def test_the_visitor_slip_carries_the_code_of_its_visit(qtbot, unit_db):
    import io

    from pypdf import PdfReader

    from xinfang_desktop.reports.visitor_slip import build_visitor_slip_pdf
    from xinfang_desktop.services import printing

    record = visit_service.register_visit(
        unit_db, ADMIN, VisitDraft(arrived_at=datetime.now(), name="孙丽", reason="找班主任")
    )
    slip = printing.visitor_slip(unit_db, ADMIN, record.id)
    assert slip.code == f"XFV-{record.id}-{record.number}"
    with_code = build_visitor_slip_pdf(slip)
    from dataclasses import replace

    without = build_visitor_slip_pdf(replace(slip, code=""))
    page = PdfReader(io.BytesIO(with_code)).pages[0]
    # The QR code's squares are drawn as filled rectangles: many more drawing operations.
    assert len(page.get_contents().get_data()) > 3 * len(
        PdfReader(io.BytesIO(without)).pages[0].get_contents().get_data()
    )


def test_on_site_board_shows_who_is_here_and_f8_records_the_departure(qtbot, window, unit_db):
    for name, host in (("张三", "校长室"), ("李四", "教务处")):
        visit_service.register_visit(
            unit_db,
            ADMIN,
            VisitDraft(arrived_at=datetime.now(), name=name, reason="咨询", host=host),
        )
    window.show_area(window.home_page)
    board = window.on_site_board
    assert board.table.rowCount() == 2
    assert [board.table.item(r, 0).text() for r in range(2)] == ["张三", "李四"]
    assert board.table.item(0, 4).text() == "校长室"
    board.table.setFocus()
    board.table.selectRow(1)
    qtbot.keyClick(board.table, Qt.Key.Key_F8)
    assert [board.table.item(r, 0).text() for r in range(board.table.rowCount())] == ["张三"]
    assert "李四 已于" in board.message.text()
    assert "1 批 1 人" in window.on_site_label.text()


def test_watch_list_mark_stays_on_the_rows_and_a_second_registration_warns(
    qtbot, window, unit_db, actor
):
    from xinfang_desktop.services import watchlist as watch_service

    watch_service.add_watch_entry(unit_db, actor, name="赵建国", reason="曾在校门口滞留")
    visit_service.register_visit(
        unit_db, ADMIN, VisitDraft(arrived_at=datetime.now(), name="赵建国", reason="咨询")
    )
    page = window.visits_page
    page.run_search()
    index = page.model.index(0, 2)
    assert page.model.data(index).startswith("⚠")
    form = page.form
    type_text(qtbot, form.name, "赵建国")
    form.name.editingFinished.emit()
    assert "尚未离开" in form.returning.text()


def test_smaller_gate_defects(qtbot, window, unit_db):
    """Issue 15 item 13: the offer list shows its whole line, a fixed field loses its red
    message as it is typed, Esc empties the search box, the void dialog works by keys, and
    the status bar does not say 今日 twice."""
    from xinfang_desktop.ui.visits.dialogs import VoidDialog

    for days in (3, 2):
        visit_service.register_visit(
            unit_db,
            ADMIN,
            VisitDraft(
                arrived_at=datetime.now() - timedelta(days=days),
                name="张三",
                phone="13800138000",
                id_number="11010519491231002X",
                unit_address="前村",
                reason="反映午餐问题",
            ),
        )
    form = window.visits_page.form
    type_text(qtbot, form.phone, "1380")
    popup = form.phone.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    text = form._offers.item(0).text()
    assert "来访 2 次" in text
    assert popup.width() >= popup.fontMetrics().horizontalAdvance(text)
    form.escape()

    form.save()  # no name, no reason: errors under the fields
    assert form.fields["name"].error.isVisible()
    form.name.setFocus()
    type_text(qtbot, form.name, "李")
    assert not form.fields["name"].error.isVisible()
    assert form.fields["reason"].error.isVisible()  # untouched: still told

    page = window.visits_page
    type_text(qtbot, page.search, "zs")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""

    record = visit_service.register_visit(
        unit_db, ADMIN, VisitDraft(arrived_at=datetime.now(), name="王五", reason="送材料")
    )
    dialog = VoidDialog(unit_db, ADMIN, record.id, "王五")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_text(qtbot, dialog.reason, "重复登记")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert visit_service.get_visit(unit_db, ADMIN, record.id).is_voided
    assert window.on_duty_label.text() == "今日值班：无安排"


def test_the_offer_list_does_not_linger_after_saving(qtbot, window, unit_db):
    visit_service.register_visit(
        unit_db,
        ADMIN,
        VisitDraft(
            arrived_at=datetime.now() - timedelta(days=2),
            name="张三",
            phone="13800138000",
            reason="反映午餐问题",
        ),
    )
    form = window.visits_page.form
    type_text(qtbot, form.reason, "送材料")
    type_text(qtbot, form.name, "张三")
    popup = form.name.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "已保存：张三" in form.banner.text()
    assert not popup.isVisible()
