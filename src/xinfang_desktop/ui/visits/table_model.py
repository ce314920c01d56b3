"""The visit list as a lazy Qt model: it holds ids page by page and fetches rows as painted.

Years of visits (a million rows) stay responsive because the model never loads what the view
does not show: ``fetchMore`` adds the next page of ids, ``data`` reads rows in small blocks.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_datetime
from ...domain.errors import TRANSLATION_CONTEXT, ValidationError
from ...domain.search import VisitQuery
from ...services.context import Actor
from ...services.visit_rows import VisitRow, fetch_visit_rows
from ...services.visit_search import PAGE_SIZE, SearchCursor, search_visit_ids

log = logging.getLogger("xinfang.ui")

_BLOCK = 100
_CACHE_ROWS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitTableModel", text)


def _validation_message(error: ValidationError) -> str:
    return "；".join(
        QCoreApplication.translate(TRANSLATION_CONTEXT, problem.template).format(**problem.params)
        for problem in error.errors
    )


def _time(value: datetime | None, with_date: bool) -> str:
    if value is None:
        return ""
    return chinese_datetime(value) if with_date else f"{value:%H:%M}"


# (attribute, header); headers go through translation when shown.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("arrived_at", "来访时间"),
    ("left_at", "离开时间"),
    ("name", "姓名"),
    ("gender", "性别"),
    ("phone", "联系电话"),
    ("id_number", "身份证号"),
    ("people_count", "人数"),
    ("unit_address", "单位/住址"),
    ("reason", "来访事由"),
    ("category", "类别"),
    ("host", "接待对象"),
    ("receptionist", "登记人"),
    ("vehicle_plate", "车牌号"),
    ("outcome", "处理结果"),
    ("remarks", "备注"),
)
COLUMN_INDEX = {name: i for i, (name, _) in enumerate(COLUMNS)}

VisitIdRole = Qt.ItemDataRole.UserRole + 1


class VisitTableModel(QAbstractTableModel):
    storage_failed = Signal(str)  # a user message; the page shows it

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._query = VisitQuery()
        self._ids: list[int] = []
        self._cursor: SearchCursor | None = None
        self._rows: OrderedDict[int, VisitRow] = OrderedDict()
        self._show_dates = True

    # --- the query -------------------------------------------------------------------------
    @property
    def query(self) -> VisitQuery:
        return self._query

    def set_query(self, query: VisitQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._show_dates = not (query.date_from and query.date_from == query.date_to)
        self._ids, self._cursor = [], None
        self._rows.clear()
        try:
            page = search_visit_ids(self._db, self._actor, query, None, PAGE_SIZE)
            self._ids, self._cursor = list(page.ids), page.next_cursor
        except (StorageError, PermissionDeniedError) as exc:
            self.storage_failed.emit(exc.user_message)
        except ValidationError as exc:  # e.g. a NUL pasted into the search box
            self.storage_failed.emit(_validation_message(exc))
        finally:
            self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def visit_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, visit_id: int) -> int | None:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return None

    def visit_row(self, row: int) -> VisitRow | None:
        visit_id = self.visit_id(row)
        return None if visit_id is None else self._row(row, visit_id)

    def refresh_visit(self, visit_id: int) -> None:
        """Re-read one visit after it changed (departure, edit, void)."""
        self._rows.pop(visit_id, None)
        row = self.row_of(visit_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid() or self._cursor is None:
            return
        try:
            page = search_visit_ids(self._db, self._actor, self._query, self._cursor, PAGE_SIZE)
        except (StorageError, PermissionDeniedError) as exc:
            self._cursor = None
            self.storage_failed.emit(exc.user_message)
            return
        if page.ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(page.ids) - 1)
            self._ids.extend(page.ids)
            self._cursor = page.next_cursor
            self.endInsertRows()
        else:
            self._cursor = None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        visit_id = self._ids[index.row()]
        if role == VisitIdRole:
            return visit_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return None
        row = self._row(index.row(), visit_id)
        if row is None:
            return None
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.voided:
                return _tr("已作废：") + row.void_reason
            if row.watched and column == "name":
                return _tr("关注名单上的来访人")
            return self._display(row, column) if column in ("reason", "remarks") else None
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.BackgroundRole and row.on_site and column == "left_at":
            return QBrush(QColor("#fff4cc"))
        if role == Qt.ItemDataRole.BackgroundRole and row.watched and column == "name":
            return QBrush(QColor("#ffe0b2"))
        return None

    def _display(self, row: VisitRow, column: str) -> str:
        if column == "arrived_at":
            return _time(row.arrived_at, self._show_dates)
        if column == "left_at":
            if row.voided:
                return _tr("已作废")
            return _time(row.left_at, self._show_dates) if row.left_at else _tr("在场")
        if column == "name" and row.watched:
            # A mark that survives greyscale printing of a screenshot and colour blindness.
            return "⚠ " + row.name
        if column == "people_count":
            if row.is_group_visit:
                return _tr("{count}（集体访）").format(count=row.people_count)
            return str(row.people_count)
        value = getattr(row, column)
        text = "" if value is None else str(value)
        return text.replace("\n", " ")

    def _row(self, row_number: int, visit_id: int) -> VisitRow | None:
        cached = self._rows.get(visit_id)
        if cached is not None:
            self._rows.move_to_end(visit_id)
            return cached
        start = (row_number // _BLOCK) * _BLOCK
        block = self._ids[start : start + _BLOCK]
        try:
            fetched = fetch_visit_rows(self._db, self._actor, block)
        except (StorageError, PermissionDeniedError) as exc:
            self.storage_failed.emit(exc.user_message)
            return None
        for visit_row in fetched:
            self._rows[visit_row.id] = visit_row
        while len(self._rows) > _CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(visit_id)
