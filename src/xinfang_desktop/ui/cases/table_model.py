"""The case list as a lazy Qt model: all matching ids, rows read in blocks as painted."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.case_flow import urgency
from ...domain.dates import chinese_date
from ...services.cases import CaseFilter, CaseRow, fetch_case_rows, list_case_ids
from ...services.context import Actor

_BLOCK = 100
_CACHE_ROWS = 3000

COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "编号"),
    ("received_on", "收到日期"),
    ("channel", "渠道"),
    ("petitioner_names", "信访人"),
    ("request", "信访请求"),
    ("category", "类别"),
    ("owner_name", "包案领导"),
    ("handling_office", "承办部门"),
    ("state", "状态"),
    ("due_on", "下一期限"),
)
COLUMN_INDEX = {name: i for i, (name, _) in enumerate(COLUMNS)}
CaseIdRole = Qt.ItemDataRole.UserRole + 1
_COLOURS = {"overdue": QColor("#ffcdd2"), "soon": QColor("#fff3c4")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


class CaseTableModel(QAbstractTableModel):
    storage_failed = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._filter = CaseFilter()
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self.today = date.today()
        self.warning_days = 3

    def set_filter(self, flt: CaseFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows.clear()
        try:
            self._ids = list_case_ids(self._db, self._actor, flt)
        except (StorageError, PermissionDeniedError) as exc:
            self._ids = []
            self.storage_failed.emit(exc.user_message)
        finally:
            self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def refresh_case(self, case_id: int) -> None:
        self._rows.pop(case_id, None)
        row = self.row_of(case_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        case_id = self._ids[index.row()]
        if role == CaseIdRole:
            return case_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return None
        row = self._row(index.row(), case_id)
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(urgency(row.due_on, self.today, self.warning_days))
            return QBrush(colour) if colour else None
        name = COLUMNS[index.column()][0]
        if name == "due_on":
            return f"{_tr(row.due_kind)} {chinese_date(row.due_on)}" if row.due_on else ""
        if name == "received_on":
            return chinese_date(row.received_on)
        if name == "state":
            return _tr(row.state.value)
        if name == "channel":
            # A fixed list of words (来信, 来访 …): shown in the window's language.
            return _tr(str(getattr(row.channel, "value", row.channel)))
        if name == "petitioner_names" and row.people_count > 1:
            return _tr("{names}（{n}人）").format(names=row.petitioner_names, n=row.people_count)
        value = getattr(row, name)
        return str(value)

    def case_row(self, row: int) -> CaseRow | None:
        case_id = self.case_id(row)
        return None if case_id is None else self._row(row, case_id)

    def _row(self, row: int, case_id: int) -> CaseRow | None:
        found = self._rows.get(case_id)
        if found is not None:
            return found
        start = row - row % _BLOCK
        block = self._ids[start : start + _BLOCK]
        try:
            for item in fetch_case_rows(self._db, self._actor, block):
                self._rows[item.id] = item
        except (StorageError, PermissionDeniedError) as exc:
            self.storage_failed.emit(exc.user_message)
            return None
        while len(self._rows) > _CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(case_id)
