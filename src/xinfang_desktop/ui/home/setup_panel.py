"""首页's 新单位设置清单: each line done or not, a button to the place to do it; the panel
hides itself once everything is done."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...services.setup_checklist import setup_checklist
from .page import HomePanel

DONE_MARK, TODO_MARK = "✔", "○"


class SetupChecklistPanel(HomePanel):
    def __init__(
        self,
        db,
        actor,
        open_area: Mapping[str, Callable[[], None]],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("新单位设置清单"), parent)
        self._db, self._actor, self._open_area = db, actor, open_area
        self.step_grid = QGridLayout()
        self.body.addLayout(self.step_grid)
        self.steps: list = []

    def load(self) -> None:
        self.steps = setup_checklist(self._db, self._actor)
        while self.step_grid.count():
            item = self.step_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, step in enumerate(self.steps):
            mark = QLabel(DONE_MARK if step.done else TODO_MARK, self)
            mark.setStyleSheet("color: #2e7d32;" if step.done else "color: #9e9e9e;")
            # The detail may hold the unit's own name: escaped, so it shows as typed.
            label = QLabel(f"<b>{escape(step.label)}</b>　{escape(step.detail)}", self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.step_grid.addWidget(mark, row, 0)
            self.step_grid.addWidget(label, row, 1)
            if not step.done and step.area in self._open_area:
                button = QPushButton(self.tr("去设置"), self)
                button.setObjectName(f"setup_{step.key}")
                button.clicked.connect(self._open_area[step.area])
                self.step_grid.addWidget(button, row, 2)
        self.setVisible(not all(step.done for step in self.steps))
