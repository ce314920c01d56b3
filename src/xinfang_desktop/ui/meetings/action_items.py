"""例会 落实事项: a table view over a small model, edited through delegates.

Widgets placed in cells were clipped (责任人, the date, 已完成, 删除) because a cell widget
gives the header no size; a view paints every cell at its own size and opens an editor only
for the cell being changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from ...domain.meetings import ActionItemDraft
from ..leadership.common import PersonPicker

ACTION_TEXT, ACTION_OWNER, ACTION_DUE, ACTION_DONE = range(4)
HEADERS = ("落实事项", "责任人", "完成期限", "已完成")
_INVALID = QColor("#fdecea")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionItemsModel", text)


@dataclass
class _Row:
    text: str
    owner_id: int | None
    due_on: date
    done: bool


class ActionItemsModel(QAbstractTableModel):
    """The rows being typed; ``items()`` gives them back as drafts for the service."""

    def __init__(self, name_of: Callable[[int], str], parent=None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._name_of = name_of
        self._invalid: set[tuple[int, int]] = set()
        self.editable = True

    # --- reading and filling ------------------------------------------------------------------
    def set_items(self, items: Sequence[ActionItemDraft]) -> None:
        self.beginResetModel()
        self._rows = [_Row(i.text, i.owner_person_id, i.due_on, i.done) for i in items]
        self._invalid.clear()
        self.endResetModel()

    def items(self) -> tuple[ActionItemDraft, ...]:
        return tuple(ActionItemDraft(r.text, r.owner_id, r.due_on, r.done) for r in self._rows)

    def add(self, item: ActionItemDraft) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(item.text, item.owner_person_id, item.due_on, item.done))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._invalid = {(r - (r > row), c) for r, c in self._invalid if r != row}
            self.endRemoveRows()

    def mark_invalid(self, row: int, columns: Sequence[int]) -> None:
        for column in columns:
            self._invalid.add((row, column))
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])

    def is_invalid(self, row: int, column: int) -> bool:
        return (row, column) in self._invalid

    def clear_marks(self) -> None:
        if self._invalid:
            self._invalid.clear()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self._rows) - 1, len(HEADERS) - 1),
                    [Qt.ItemDataRole.BackgroundRole],
                )

    # --- the Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return flags
        if index.column() == ACTION_DONE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_INVALID) if self.is_invalid(index.row(), column) else None
        if column == ACTION_DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return (row.text, row.owner_id, QDate(row.due_on))[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ACTION_TEXT:
                return row.text
            if column == ACTION_OWNER:
                return self._name_of(row.owner_id) if row.owner_id else _tr("（请选择）")
            return row.due_on.isoformat()
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == ACTION_DONE and role == Qt.ItemDataRole.CheckStateRole:
            row.done = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column == ACTION_DONE:
            return False
        elif column == ACTION_TEXT:
            row.text = str(value)
        elif column == ACTION_OWNER:
            row.owner_id = int(value) if value is not None else None
        else:
            row.due_on = value.toPython() if isinstance(value, QDate) else value
        # A corrected cell loses its red at once; the message under the table stays until saved.
        self._invalid.discard((index.row(), column))
        self.dataChanged.emit(index, index)
        return True


class PersonDelegate(QStyledItemDelegate):
    """责任人: a list of the meeting's roster, opened on the cell being changed."""

    def __init__(self, members: Callable[[], Sequence], name_of: Callable[[int], str], parent):
        super().__init__(parent)
        self._members, self._name_of = members, name_of

    def createEditor(self, parent, _option, _index):
        return PersonPicker(self._members(), parent, blank=_tr("（请选择）"))

    def setEditorData(self, editor: PersonPicker, index) -> None:
        chosen = index.data(Qt.ItemDataRole.EditRole)
        if chosen is not None and editor.findData(chosen) < 0:
            editor.addItem(self._name_of(chosen), chosen)  # someone no longer on the roster
        editor.select(chosen)

    def setModelData(self, editor: PersonPicker, model, index) -> None:
        model.setData(index, editor.person_id())


class DateDelegate(QStyledItemDelegate):
    """完成期限: a date field with its calendar, in the form's format."""

    def createEditor(self, parent, _option, _index):
        edit = QDateEdit(parent, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def setEditorData(self, editor: QDateEdit, index) -> None:
        editor.setDate(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QDateEdit, model, index) -> None:
        model.setData(index, editor.date())


class ActionItemsView(QTableView):
    """Typing starts editing the current cell; Delete removes the current row."""

    def __init__(self, model: ActionItemsModel, members, name_of, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(ACTION_OWNER, PersonDelegate(members, name_of, self))
        self.setItemDelegateForColumn(ACTION_DUE, DateDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ACTION_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (ACTION_OWNER, ACTION_DUE, ACTION_DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(28)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)

    def remove_current(self) -> None:
        model: ActionItemsModel = self.model()
        if model.editable and self.currentIndex().isValid():
            model.remove(self.currentIndex().row())

    def fit_height(self) -> None:
        """Tall enough for every row: the page scrolls as a whole, not the table inside it."""
        rows = max(self.model().rowCount(), 1)
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
