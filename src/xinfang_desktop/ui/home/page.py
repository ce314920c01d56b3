"""首页: what needs attention today, one panel per area.

Each area contributes a panel (a ``HomePanel``) through ``HomePage.add_panel``; the page
refreshes every panel when it is shown and every few minutes, so numbers never go stale on a
PC left open all day.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError

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
