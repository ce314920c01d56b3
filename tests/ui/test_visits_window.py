"""The gate's day driven through the real window: type, save, find, depart, void, print."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from xinfang_desktop.db.errors import DiskFullError
from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services import watchlist as watch_service
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.ui import prompts

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)


def _count_visits(db) -> int:
    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.services.visit_search import search_visit_ids

    return len(search_visit_ids(db, ADMIN, VisitQuery(include_voided=True)).ids)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a gate keeper does: Latin keys one by one, Chinese committed by the input method
    (QTest's key clicks only know ASCII)."""
    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def _type_visit(
    qtbot,
    form,
    *,
    name="张三",
    phone="13800138000",
    id_number="11010519491231002X",
    reason="反映孩子午餐分量不足",
):
    form.name.setFocus()
    type_text(qtbot, form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter moves on, as on paper
    type_text(qtbot, form.phone, phone)
    type_text(qtbot, form.id_number, id_number)
    type_text(qtbot, form.reason, reason)
    type_text(qtbot, form.host.lineEdit(), "总务处")


def test_gate_registers_finds_departs_voids_and_prints(qtbot, window, unit_db, monkeypatch):
    page = window.visits_page
    form = page.form
    assert form.receptionist.currentText() == ""
    _type_visit(qtbot, form)
    form.receptionist.setCurrentText("王师傅")
    qtbot.keyClick(form.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "已保存：张三" in form.banner.text()
    assert form.name.text() == ""  # ready for the next visitor
    assert form.receptionist.currentText() == "王师傅"  # the receptionist stays
    assert page.model.rowCount() == 1
    row = page.model.visit_row(0)
    assert row.name == "张三" and row.on_site
    assert row.id_number == "1101**********002X"  # masked in the list
    assert "在场来访：1 批 1 人" in window.on_site_label.text()

    # Search by pinyin initials over all dates.
    page.range.setCurrentIndex(3)
    type_text(qtbot, page.search, "zs")
    page.run_search()
    assert page.model.rowCount() == 1

    # One key marks the departure.
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F8)
    assert page.model.visit_row(0).left_at is not None
    assert "在场来访：0 批 0 人" in window.on_site_label.text()

    # Void with a reason; the record stays and is found with 含作废.
    def fill_reason(dialog):
        dialog.reason.setPlainText("重复登记")
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill_reason)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    page.run_search()
    assert page.model.rowCount() == 0
    page.include_voided.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.model.visit_row(0).voided

    # Print the day: the register is empty of voided visits, so register another and print.
    page.include_voided.setChecked(False)
    page.search.clear()
    _type_visit(qtbot, form, name="李秀英", phone="13905331234", id_number="", reason="咨询招生")
    form.save()
    page.range.setCurrentIndex(0)
    page.print_register()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    reader = PdfReader(io.BytesIO(page.last_preview.pdf_bytes))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "李秀英" in text
    assert "邹坞镇中心小学" in text
    assert "张三" not in text  # voided visits are not printed
    assert page.last_preview.page_count() == len(reader.pages)
    page.last_preview.close()


def test_bad_input_shows_chinese_message_and_keeps_typing(qtbot, window, unit_db):
    form = window.visits_page.form
    _type_visit(qtbot, form, id_number="110105194912310021")  # wrong check digit
    form.save()
    assert form.fields["id_number"].error.isVisible()
    assert "校验位" in form.fields["id_number"].error.text()
    assert form.name.text() == "张三"
    assert form.reason.toPlainText() == "反映孩子午餐分量不足"
    assert _count_visits(unit_db) == 0

    form.name.clear()
    form.id_number.setText("11010519491231002X")
    form.save()
    assert "请填写姓名" in form.fields["name"].error.text()
    assert not form.fields["id_number"].error.isVisible()
    assert _count_visits(unit_db) == 0


def test_failed_save_keeps_everything_typed(qtbot, window, unit_db, monkeypatch):
    form = window.visits_page.form

    def disk_full(*args, **kwargs):
        raise DiskFullError("disk full")

    monkeypatch.setattr(visit_service, "register_visit", disk_full)
    _type_visit(qtbot, form)
    form.save()
    assert "磁盘空间已满" in form.banner.text()
    assert form.name.text() == "张三"
    assert form.phone.text() == "13800138000"
    assert form.reason.toPlainText() == "反映孩子午餐分量不足"


def test_group_visit_flag_and_watch_list_alert(qtbot, window, unit_db, actor):
    watch_service.add_watch_entry(unit_db, actor, name="赵建国", reason="曾在校门口滞留")
    form = window.visits_page.form
    form.people_count.setValue(12)
    assert not form.group_badge.isHidden()
    type_text(qtbot, form.name, "赵建国")
    form.name.editingFinished.emit()
    assert form.watch_banner.isVisible()
    assert "关注名单" in form.watch_banner.text() and "曾在校门口滞留" in form.watch_banner.text()


def test_returning_visitor_is_offered_and_fills_the_form(qtbot, window, unit_db, actor):
    earlier = datetime.now() - timedelta(days=3)
    for days in (3, 2):
        visit_service.register_visit(
            unit_db,
            actor,
            VisitDraft(
                arrived_at=datetime.now() - timedelta(days=days),
                name="张三",
                phone="13800138000",
                unit_address="前村",
                reason="反映午餐问题",
            ),
        )
    form = window.visits_page.form
    form.phone.setFocus()
    type_text(qtbot, form.phone, "1380")
    qtbot.waitUntil(lambda: form._offers.rowCount() == 1, timeout=3000)
    offer_text = form._offers.item(0).text()
    assert "张三" in offer_text and "来访 2 次" in offer_text
    visit_id = form._offers.item(0).data(Qt.ItemDataRole.UserRole + 1)
    form.fill_from_earlier(visit_id)
    assert form.name.text() == "张三"
    assert form.unit_address.text() == "前村"
    assert form.reason.toPlainText() == ""  # a new visit has its own reason
    assert "此前来访 2 次" in form.returning.text()
    assert earlier.date() <= date.today()


def test_edit_keeps_history(qtbot, window, unit_db, actor, monkeypatch):
    record = visit_service.register_visit(
        unit_db, actor, VisitDraft(arrived_at=datetime.now(), name="王五", reason="送材料")
    )
    page = window.visits_page
    page.run_search()
    assert page.select_visit(record.id)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.form.is_editing
    page.form.reason.setPlainText("送教学材料")
    page.form.save()
    history = visit_service.visit_history(unit_db, ADMIN, record.id)
    assert [(h.action, h.field_label, h.old_value, h.new_value) for h in history][-1] == (
        "修改",
        "来访事由",
        "送材料",
        "送教学材料",
    )
    shown = []
    monkeypatch.setattr(prompts, "run_dialog", lambda d: shown.append(d.table.rowCount()) or 0)
    page.select_visit(record.id)
    page.show_history()
    assert shown == [2]


def test_visitor_slip_pdf(qtbot, window, unit_db, actor):
    record = visit_service.register_visit(
        unit_db,
        actor,
        VisitDraft(arrived_at=datetime.now(), name="孙丽", reason="找班主任", host="教务处"),
    )
    page = window.visits_page
    page.print_slip(record.id)
    text = PdfReader(io.BytesIO(page.last_preview.pdf_bytes)).pages[0].extract_text()
    assert "孙丽" in text and "教务处" in text and "访客单" in text
    page.last_preview.close()


@pytest.mark.parametrize("count", [450])
def test_list_model_passes_qt_model_tester(qtmodeltester, unit_db, actor, count):
    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.ui.visits.table_model import VisitTableModel

    start = datetime.now() - timedelta(days=10)
    for i in range(count):
        visit_service.register_visit(
            unit_db,
            actor,
            VisitDraft(arrived_at=start + timedelta(minutes=i), name=f"访客{i}", reason="咨询"),
        )
    model = VisitTableModel(unit_db, actor)
    model.set_query(VisitQuery())
    assert model.rowCount() == 200 and model.canFetchMore(model.index(-1, -1).parent())
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
    assert model.rowCount() == count
    assert model.visit_row(0).name == f"访客{count - 1}"  # newest first
    qtmodeltester.check(model)


def test_settings_page_validates_and_updates_title(qtbot, window):
    settings = window.settings_page
    settings.unit_name.clear()
    assert settings.save() is None
    assert "请填写单位名称" in settings.fields["unit_name"].error.text()
    settings.unit_name.setText("滕州市实验小学")
    settings.gate_staff.setPlainText("王师傅\n王师傅")
    assert settings.save() is None
    assert "重复" in settings.fields["gate_staff"].error.text()
    settings.gate_staff.setPlainText("王师傅\n赵师傅")
    assert settings.save() is not None
    assert "滕州市实验小学" in window.windowTitle()
    assert window.visits_page.form.receptionist.findText("赵师傅") >= 0


def test_a_nul_pasted_into_the_search_box_is_told_and_kept(qtbot, window):
    page = window.visits_page
    page.search.setText("张\x00三")
    page.run_search()
    assert "控制字符" in page.banner.text()
    assert page.search.text() == "张\x00三"  # what was typed stays, to be corrected
    assert page.model.rowCount() == 0
    page.search.setText("张三")
    page.run_search()
    assert page.banner.text() == ""
