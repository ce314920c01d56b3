"""Qt models of a rota: one row per shift with a column per role, and the fairness table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.dates import chinese_date, chinese_weekday
from ...domain.rota import DayCategory, FairnessRow
from ...services.rota import RotaDetail, SeatRecord, ShiftRecord
from .texts import conflict_text

_FIXED = ("日期", "星期", "类别", "班次")
_DAY_OFF = QBrush(QColor("#f1f1f1"))
_CHANGED = QBrush(QColor("#fff3c4"))
_EMPTY = QBrush(QColor("#ffd6d6"))
_ON_LEAVE = QBrush(QColor("#ffb74d"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RotaTableModel", text)


class RotaTableModel(QAbstractTableModel):
    """Seats changed since the rota was published are shaded yellow, empty seats red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shifts: tuple[ShiftRecord, ...] = ()
        self._roles: tuple[tuple[str, str], ...] = ()
        self._changed: set[tuple] = set()
        self._on_leave: dict = {}

    def set_detail(self, detail: RotaDetail | None) -> None:
        self.beginResetModel()
        if detail is None:
            self._shifts, self._roles, self._changed, self._on_leave = (), (), set(), {}
        else:
            self._shifts = detail.shifts
            self._roles = detail.roles
            self._changed = {(c.day, c.pattern_name, c.role_name) for c in detail.changes}
            self._on_leave = dict(detail.on_leave)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shifts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FIXED) + len(self._roles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(_FIXED):
            return _tr(_FIXED[section])
        if section < self.columnCount():
            return self._roles[section - len(_FIXED)][1]
        return None

    def shift_at(self, row: int) -> ShiftRecord | None:
        return self._shifts[row] if 0 <= row < len(self._shifts) else None

    def role_at(self, column: int) -> str | None:
        index = column - len(_FIXED)
        return self._roles[index][0] if 0 <= index < len(self._roles) else None

    def seats_at(self, index: QModelIndex) -> list[SeatRecord]:
        shift = self.shift_at(index.row())
        role = self.role_at(index.column())
        if shift is None or role is None:
            return []
        return shift.people_of(role)

    def row_of_day(self, day) -> int:
        for row, shift in enumerate(self._shifts):
            if shift.day >= day:
                return row
        return -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._shifts)):
            return None
        if not (0 <= index.column() < self.columnCount()):
            return None
        shift = self._shifts[index.row()]
        column = index.column()
        seats = self.seats_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return chinese_date(shift.day)
            if column == 1:
                return _tr(chinese_weekday(shift.day))
            if column == 2:
                return shift.day_name or (
                    "" if shift.category is DayCategory.WORKDAY else _tr(shift.category.value)
                )
            if column == 3:
                return f"{shift.pattern_name} {shift.starts_at:%H:%M}"
            return "、".join(s.name or _tr("（空缺）") for s in seats)
        leave = [
            self._on_leave[s.assignment_id] for s in seats if s.assignment_id in self._on_leave
        ]
        if role == Qt.ItemDataRole.ToolTipRole and seats:
            lines = [f"{s.name} {s.phone}" for s in seats if s.name]
            return "\n".join(lines + [conflict_text(c) for c in leave])
        if role == Qt.ItemDataRole.BackgroundRole:
            if leave:
                return _ON_LEAVE
            if seats and any(s.person_id is None for s in seats):
                return _EMPTY
            if seats and (shift.day, shift.pattern_name, seats[0].role_name) in self._changed:
                return _CHANGED
            if shift.category is not DayCategory.WORKDAY:
                return _DAY_OFF
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


_FAIRNESS_COLUMNS = ("角色", "姓名", "合计", "工作日", "周末", "节假日", "夜班", "小时")


class FairnessModel(QAbstractTableModel):
    """How the duties are spread: per role and person, with kinds of day, nights, hours."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[FairnessRow, ...] = ()
        self._role_names: dict[str, str] = {}

    def set_rows(self, rows, roles) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._role_names = dict(roles)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FAIRNESS_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_FAIRNESS_COLUMNS)
        ):
            return _tr(_FAIRNESS_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(_FAIRNESS_COLUMNS)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                self._role_names.get(row.role_code, row.role_code),
                row.name,
                row.total,
                row.workday,
                row.weekend,
                row.holiday,
                row.nights,
                row.hours,
            )
            return str(values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
