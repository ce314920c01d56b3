"""首页: what needs attention today, one panel per area.

Each area contributes a panel (a ``HomePanel``) through ``HomePage.add_panel``; the page
refreshes every panel when it is shown and every few minutes, so numbers never go stale on a
PC left open all day.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ..widgets import record_table

log = logging.getLogger("xinfang.ui")

_REFRESH_MS = 180_000


class HomePanel(QGroupBox):
    """A titled box on the start page; subclasses fill ``refresh`` from their services."""

    # An area panel asks the main window to open its area (e.g. a click on an overdue case).
    open_area = Signal(QWidget)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.body = QVBoxLayout(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body.addWidget(self.problem)

    def refresh(self) -> None:
        """Reload from the services; a storage problem shows in the panel, never a crash."""
        try:
            self.load()
        except (StorageError, PermissionDeniedError) as exc:
            self.problem.setText(exc.user_message)
            self.problem.show()
            return
        self.problem.hide()

    def load(self) -> None:
        """Fill the panel from the services (each area's panel defines it)."""
        raise TypeError(f"{type(self).__name__} must define load()")


class TodayVisitsPanel(HomePanel):
    """今日来访: batches and person-times registered today, and who is still on site."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(self.tr("今日来访"), parent)
        self._db = db
        self.summary = QLabel(self)
        self.summary.setObjectName("todayVisits")
        self.summary.setStyleSheet("font-size: 15px;")
        self.body.addWidget(self.summary)

    def load(self) -> None:
        from ...services import visits as visit_service

        today = visit_service.day_summary(self._db, date.today())
        self.summary.setText(
            self.tr(
                "登记 {batches} 批 {persons} 人次，其中集体访 {groups} 批；"
                "在场 {here_b} 批 {here_p} 人"
            ).format(
                batches=today.batches,
                persons=today.persons,
                groups=today.group_batches,
                here_b=today.on_site_batches,
                here_p=today.on_site_persons,
            )
        )


class OnSiteBoard(HomePanel):
    """在场: who is on site now, since when and whom they are seeing; F8 records a departure."""

    departed = Signal(int)  # visit id
    HEADERS = ("姓名", "人数", "到达", "已在场", "被访对象", "来访事由")

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("在场来访"), parent)
        self._db, self._actor = db, actor
        self.visitors: list = []
        self.table = record_table([self.tr(h) for h in self.HEADERS], self)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.empty = QLabel(self.tr("现在没有在场的来访人。"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.depart_button = QPushButton(self.tr("登记离开 (F8)"), self)
        self.depart_button.clicked.connect(self.depart_selected)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.depart_button)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.table)
        self.body.addLayout(row)
        f8 = QShortcut(QKeySequence("F8"), self)
        f8.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        f8.activated.connect(self.depart_selected)

    def load(self) -> None:
        from ...services import visits as visit_service

        selected = self.selected_id()
        self.visitors = visit_service.present_visitors(self._db, self._actor)
        now = datetime.now()
        self.table.setRowCount(len(self.visitors))
        for index, visitor in enumerate(self.visitors):
            minutes = max(0, int((now - visitor.arrived_at).total_seconds() // 60))
            stay = (
                self.tr("{h} 小时 {m} 分").format(h=minutes // 60, m=minutes % 60)
                if minutes >= 60
                else self.tr("{m} 分钟").format(m=minutes)
            )
            values = (
                visitor.name,
                str(visitor.people_count),
                f"{visitor.arrived_at:%H:%M}",
                stay,
                visitor.host,
                visitor.reason.replace("\n", " "),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, visitor.id)
                self.table.setItem(index, column, item)
        self.table.setVisible(bool(self.visitors))
        self.depart_button.setEnabled(bool(self.visitors))
        self.empty.setVisible(not self.visitors)
        ids = [v.id for v in self.visitors]
        if ids:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def depart_selected(self) -> None:
        from ...domain.errors import ValidationError
        from ...services import visits as visit_service

        visit_id = self.selected_id()
        if visit_id is None:
            return
        try:
            record = visit_service.mark_departure(self._db, self._actor, visit_id)
        except ValidationError as exc:
            self.message.setText(exc.errors[0].message)
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.message.setText(exc.user_message)
            return
        self.message.setText(
            self.tr("{name} 已于 {time} 离开").format(
                name=record.draft.name, time=f"{record.draft.left_at:%H:%M}"
            )
        )
        self.refresh()
        self.table.setFocus()
        self.departed.emit(visit_id)


class HomePage(QScrollArea):
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget(self)
        self._grid = QGridLayout(inner)
        self._grid.setSpacing(12)
        self.setWidget(inner)
        self.panels: list[HomePanel] = []
        self._row = self._column = 0
        self._timer = QTimer(self, interval=_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def add_panel(self, panel: HomePanel, *, wide: bool = False) -> None:
        """Two columns; a wide panel (a list of overdue items) takes a whole row."""
        if wide and self._column:
            self._row, self._column = self._row + 1, 0
        if wide:
            self._grid.addWidget(panel, self._row, 0, 1, 2)
            self._row += 1
        else:
            self._grid.addWidget(panel, self._row, self._column)
            self._row, self._column = (self._row + 1, 0) if self._column else (self._row, 1)
        self._grid.setRowStretch(self._row + 1, 1)
        self.panels.append(panel)
        panel.refresh()

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()
        self.refreshed.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
