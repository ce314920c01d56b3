"""Dialogs of the visit list: void with a reason, and a visit's change history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_datetime
from ...domain.errors import ValidationError
from ...services import visits as visit_service
from ...services.context import Actor
from ..widgets import Banner, EnterMovesOn, FieldWithError, ReadingOrderFocus
from .form import translate_error


class VoidDialog(ReadingOrderFocus, QDialog):
    """Voiding keeps the record; the reason is required and shown in the list."""

    def __init__(self, db: Database, actor: Actor, visit_id: int, summary: str, parent=None):
        super().__init__(parent)
        self._db, self._actor, self._visit_id = db, actor, visit_id
        self.setWindowTitle(self.tr("作废来访登记"))
        self.banner = Banner(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("例如：重复登记、登记错人"))
        self.reason_field = FieldWithError(self.reason, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作废"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("作废：{summary}").format(summary=summary), self))
        layout.addWidget(QLabel(self.tr("作废原因（必填，记录将保留）："), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.reason_field)
        layout.addWidget(buttons)
        # By keys alone: type the reason, Enter goes to 作废, Enter again voids; Ctrl+Enter
        # starts a new line in the reason.
        self._enter = EnterMovesOn(
            [self.reason], buttons.button(QDialogButtonBox.StandardButton.Ok), self
        )
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            visit_service.void_visit(
                self._db, self._actor, self._visit_id, self.reason.toPlainText()
            )
        except ValidationError as exc:
            self.reason_field.set_error(translate_error(exc.errors[0]))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.accept()


class HistoryDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, visit_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改记录"))
        self.resize(760, 360)
        headers = [
            self.tr("时间"),
            self.tr("操作人"),
            self.tr("操作"),
            self.tr("项目"),
            self.tr("原内容"),
            self.tr("新内容"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        try:
            changes = visit_service.visit_history(db, actor, visit_id)
        except (StorageError, PermissionDeniedError) as exc:
            layout.insertWidget(0, QLabel(exc.user_message, self))
            return
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            values = (
                chinese_datetime(change.changed_at, seconds=True),
                change.changed_by,
                change.action,
                change.field_label,
                change.old_value,
                change.new_value,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
