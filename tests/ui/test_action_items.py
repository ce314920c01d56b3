"""例会 落实事项 as a table view with delegates (issue 15 item 9)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from ui.keys import show_active
from xinfang_desktop.domain.meetings import ActionItemDraft
from xinfang_desktop.ui.leadership.common import PersonChoice, PersonPicker
from xinfang_desktop.ui.meetings.action_items import (
    ACTION_DONE,
    ACTION_DUE,
    ACTION_OWNER,
    ACTION_TEXT,
    ActionItemsModel,
    ActionItemsView,
)

MEMBERS = [PersonChoice(1, "王建国（组长）"), PersonChoice(2, "李红梅（组员）")]
NAMES = {1: "王建国", 2: "李红梅", 9: "已调走的赵老师"}


def _model() -> ActionItemsModel:
    model = ActionItemsModel(NAMES.get)
    model.set_items(
        [
            ActionItemDraft("检查校门口交通", 1, date(2026, 12, 4), False),
            ActionItemDraft("回访家长", 9, date(2026, 12, 7), True),
        ]
    )
    return model


def test_model_passes_the_qt_model_tester(qtmodeltester):
    qtmodeltester.check(_model(), force_py=True)


def test_every_column_shows_its_whole_value(qtbot):
    view = ActionItemsView(_model(), lambda: MEMBERS, NAMES.get)
    qtbot.addWidget(view)
    view.resize(640, 200)
    show_active(qtbot, view)
    model = view.model()
    for column in (ACTION_OWNER, ACTION_DUE):
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            needed = view.fontMetrics().horizontalAdvance(text)
            assert view.columnWidth(column) >= needed, text  # never "20…" or "王建…"
    assert model.index(1, ACTION_OWNER).data() == "已调走的赵老师"
    assert model.index(1, ACTION_DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_cells_are_edited_by_keys_through_their_delegates(qtbot):
    view = ActionItemsView(_model(), lambda: MEMBERS, NAMES.get)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    model = view.model()
    view.setCurrentIndex(model.index(0, ACTION_OWNER))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, PersonPicker)
    editor.select(2)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the editor on its next turn
    qtbot.waitUntil(lambda: model.items()[0].owner_person_id == 2, timeout=3000)

    view.setCurrentIndex(model.index(0, ACTION_DUE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor.parentWidget(), QDateEdit) or isinstance(editor, QDateEdit)
    date_edit = editor if isinstance(editor, QDateEdit) else editor.parentWidget()
    date_edit.setDate(QDate(2026, 12, 11))
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.items()[0].due_on == date(2026, 12, 11), timeout=3000)

    view.setCurrentIndex(model.index(1, ACTION_TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [i.text for i in model.items()] == ["检查校门口交通"]


def test_a_signed_record_cannot_be_edited(qtbot):
    model = _model()
    model.editable = False
    assert not model.flags(model.index(0, ACTION_TEXT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, ACTION_TEXT), "改了")
    assert model.items()[0].text == "检查校门口交通"
