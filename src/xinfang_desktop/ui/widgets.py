"""Small widgets shared by the forms: an error line under a field, a banner."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class FieldWithError(QWidget):
    """A field and, right under it, the Chinese message of what is wrong with it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, extra: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        if extra is None:
            layout.addWidget(field)
        else:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(field, 1)
            row.addWidget(extra)
            layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.setStyleSheet("border: 1px solid #c62828;" if message else "")


class Banner(QLabel):
    """A message across the top of a page: an alert, an error or a confirmation."""

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea; color:#b71c1c; border:1px solid #f5c2c0;",
        "alert": "background:#fff3e0; color:#bf360c; border:2px solid #ff9800; font-weight:bold;",
        "ok": "background:#e8f5e9; color:#1b5e20; border:1px solid #c8e6c9;",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.setStyleSheet(self.STYLES[kind] + " padding:6px; border-radius:4px;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def record_table(headers: list[str], parent: QWidget, *, stretch: bool = False) -> QTableWidget:
    """A read-only list of records, one selected row at a time (users, backups, log entries)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
    return table


def button_row(actions, parent: QWidget) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Buttons for (text, slot) pairs, left-aligned under a list."""
    row = QHBoxLayout()
    buttons = []
    for text, slot in actions:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        buttons.append(button)
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def page_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setStyleSheet("font-size: 16px; font-weight: bold;")
    return title
