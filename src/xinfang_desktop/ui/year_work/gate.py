"""今日约访 at the gate: petitioners booked to see a leader today. Enter (or 登记到访) fills the
registration form; when that visit is saved it is linked to its appointment, and through it to
the case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...services import reception as reception_service


class ExpectedVisitorsBox(QGroupBox):
    register_requested = Signal(object)  # the AppointmentRecord to register

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("今日约访"), parent)
        self._db, self._actor = db, actor
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.list.itemActivated.connect(lambda _item: self.register_selected())
        self.register_button = QPushButton(self.tr("登记到访"), self)
        self.register_button.clicked.connect(self.register_selected)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.expected: list = []

    def refresh(self, day=None) -> None:
        from datetime import date

        try:
            self.expected = reception_service.expected_visitors(
                self._db, self._actor, day or date.today()
            )
        except (StorageError, PermissionDeniedError) as error:
            self.problem.setText(error.user_message)
            self.problem.show()
            return
        self.problem.hide()
        self.list.clear()
        for appointment in self.expected:
            case = f"，信访事项 {appointment.case_number}" if appointment.case_number else ""
            matter = f"：{appointment.matter}" if appointment.matter else ""
            item = QListWidgetItem(
                f"{appointment.scheduled_at:%H:%M}　{appointment.petitioner_name}"
                f"　见 {appointment.leader_name}{matter}{case}"
            )
            item.setData(Qt.ItemDataRole.UserRole, appointment.id)
            self.list.addItem(item)
        self.setVisible(bool(self.expected))
        if self.expected and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def register_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.expected):
            self.register_requested.emit(self.expected[row])
