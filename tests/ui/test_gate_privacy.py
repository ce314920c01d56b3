"""Privacy by design at the gate (issue 15 item 7): the 门卫 re-uses a returning visitor and
corrects a visit (F2) without the window ever holding the unmasked phone or ID number."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services import watchlist as watch_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.ui import prompts

PHONE = "13800138000"
ID_NUMBER = "11010519491231002X"
SECRETS = (PHONE, ID_NUMBER, ID_NUMBER.lower(), "1380013", "10519491231")
CLERK = Actor("张老师", Role.CLERK)
GATE = Actor("王师傅", Role.GATE)


def _model_texts(model, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    # List and table models are flat; PySide makes some of their methods private.
    is_list = isinstance(model, QAbstractListModel)
    is_flat = is_list or isinstance(model, QAbstractTableModel)
    for row in range(model.rowCount(parent)):
        for column in range(1 if is_list else model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.EditRole):  # fmt: skip
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if not is_flat and model.hasChildren(index):
                texts.extend(_model_texts(model, index))
    return texts


def every_text_on_screen() -> list[str]:
    """What any widget of the application holds: fields, labels, buttons, lists, popups."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, (QLineEdit, QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
        if isinstance(widget, QLineEdit) and widget.completer() is not None:
            texts += _model_texts(widget.completer().model())
    return texts


def assert_no_number_leaked() -> None:
    leaked = [text for text in every_text_on_screen() if any(s in text for s in SECRETS)]
    assert leaked == []


@pytest.fixture
def gate_window(qtbot, unit_db):
    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.qt_setup import install_cjk_font

    install_cjk_font(QApplication.instance())
    main = MainWindow(unit_db, GATE)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_gate_reuses_and_corrects_a_visit_without_the_numbers(
    qtbot, gate_window, unit_db, actor, monkeypatch
):
    visit_service.register_visit(
        unit_db,
        CLERK,
        VisitDraft(
            arrived_at=datetime.now() - timedelta(days=30),
            name="张三",
            phone=PHONE,
            id_number=ID_NUMBER,
            unit_address="前村",
            reason="咨询招生",
        ),
    )
    watch_service.add_watch_entry(unit_db, actor, name="", phone=PHONE, reason="曾在校门口滞留")
    form = gate_window.visits_page.form

    # The returning visitor: the offer list, then the chosen offer fills the form.
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "1380")
    qtbot.waitUntil(lambda: form._offers.rowCount() == 1, timeout=3000)
    assert "138****8000" in form._offers.item(0).text()
    assert_no_number_leaked()
    form._offer_chosen(form._offers.index(0, 0))
    qtbot.waitUntil(lambda: form.name.text() == "张三", timeout=3000)
    assert (form.phone.text(), form.id_number.text()) == ("138****8000", "1101**********002X")
    # The masked visitor is still recognised: 重访 count and the watch-list alert.
    assert "此前来访 1 次" in form.returning.text()
    assert "曾在校门口滞留" in form.watch_banner.text()
    assert_no_number_leaked()
    form.reason.setPlainText("接孩子")
    saved_id = form.save()
    assert saved_id is not None
    assert_no_number_leaked()
    stored = visit_service.get_visit(unit_db, CLERK, saved_id).draft
    assert (stored.phone, stored.id_number) == (PHONE, ID_NUMBER)

    # F2: correct today's visit; the numbers stay masked in the form and stored as they were.
    page = gate_window.visits_page
    page.run_search()
    assert page.select_visit(saved_id)
    assert_no_number_leaked()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert form.is_editing
    assert (form.phone.text(), form.id_number.text()) == ("138****8000", "1101**********002X")
    assert_no_number_leaked()
    form.unit_address.setText("后村")
    assert form.save() == saved_id
    stored = visit_service.get_visit(unit_db, CLERK, saved_id).draft
    assert (stored.unit_address, stored.phone, stored.id_number) == ("后村", PHONE, ID_NUMBER)

    # The change history the gate opens shows masked numbers only.
    histories = []

    def look_at_history(dialog):
        histories.append(dialog.table.rowCount())
        assert_no_number_leaked()
        return 0

    monkeypatch.setattr(prompts, "run_dialog", look_at_history)
    page.select_visit(saved_id)
    page.show_history()
    assert histories == [2]
    assert_no_number_leaked()


def test_the_duty_log_dialog_lists_no_case_to_the_gate(qtbot, unit_db, actor):
    from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.services import rota
    from xinfang_desktop.services.cases import register_case
    from xinfang_desktop.services.people import add_person
    from xinfang_desktop.ui.rota.dialogs import DutyLogDialog

    pools = {
        pool: [add_person(unit_db, actor, PersonDraft(name, is_leader=pool == "leader")).id]
        for pool, name in (("leader", "领导甲"), ("staff", "教师甲"), ("gate", "门卫甲"))
    }
    rota.save_pools(unit_db, actor, pools)
    yesterday = datetime.now().date() - timedelta(days=1)
    result = rota.generate(unit_db, actor, "本周", yesterday, yesterday)
    shift = rota.get_rota(unit_db, result.rota.id).shifts[0]
    during = shift.starts_at + timedelta(minutes=30)
    visit_service.register_visit(unit_db, actor, VisitDraft(during, "张三", "家长来访"), now=during)
    register_case(
        unit_db,
        actor,
        CaseDraft("来信", during.date(), (PetitionerDraft("赵六"),), "举报食堂承包人收受回扣"),
        now=during,
    )
    texts = {}
    for who in (actor, GATE):
        dialog = DutyLogDialog(unit_db, who, shift.id)
        qtbot.addWidget(dialog)
        texts[who.role] = [
            dialog.candidates.item(i).text() for i in range(dialog.candidates.count())
        ]
    assert any("回扣" in text for text in texts[actor.role])
    assert len(texts[Role.GATE]) == 1 and "张三" in texts[Role.GATE][0]
    assert not any("回扣" in text or "信访事项" in text for text in texts[Role.GATE])
