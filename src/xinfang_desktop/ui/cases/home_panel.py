"""Start-page panels: cases needing attention, and the principal's 督办 view by owner."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from ...domain.dates import chinese_date
from ...services import cases as case_service
from ..home.page import HomePanel


class CaseAttentionPanel(HomePanel):
    """信访事项: overdue / due within the warning days / not yet told in writing; each number
    opens the case list filtered on it."""

    open_cases = Signal(str, object)  # attention filter, owner id

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(self.tr("信访事项"), parent)
        self._db = db
        self.buttons: dict[str, QPushButton] = {}
        for attention in ("overdue", "due_soon", "not_notified"):
            button = QPushButton(self)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; font-size: 15px;")
            button.clicked.connect(lambda _c=False, a=attention: self.open_cases.emit(a, None))
            self.buttons[attention] = button
            self.body.addWidget(button)

    def load(self) -> None:
        from ...services.case_settings import get_deadline_rules

        days = get_deadline_rules(self._db).warning_days
        counts = case_service.case_counts(self._db, date.today(), days)
        texts = {
            "overdue": self.tr("已逾期 {n} 件"),
            "due_soon": self.tr("{days} 天内到期 {{n}} 件").format(days=days),
            "not_notified": self.tr("未书面告知 {n} 件"),
        }
        values = {
            "overdue": counts.overdue,
            "due_soon": counts.due_soon,
            "not_notified": counts.not_notified,
        }
        for name, button in self.buttons.items():
            button.setText(texts[name].format(n=values[name]))
            colour = "#b71c1c" if name == "overdue" and values[name] else "#333"
            button.setStyleSheet(f"text-align: left; font-size: 15px; color: {colour};")


class OwnerSupervisionPanel(HomePanel):
    """领导包案督办: per owner, open, overdue and long-running cases; a click opens them."""

    open_cases = Signal(str, object)

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(self.tr("领导包案督办"), parent)
        self._db = db
        self.rows: list[QWidget] = []
        self.empty = QLabel(self.tr("没有办理中的信访事项"), self)
        self.body.addWidget(self.empty)

    def load(self) -> None:
        for widget in self.rows:
            self.body.removeWidget(widget)
            widget.deleteLater()
        self.rows = []
        loads = case_service.owner_loads(self._db, date.today())
        self.empty.setVisible(not loads)
        for load in loads[:10]:
            button = QPushButton(
                self.tr("{owner}：办理中 {open} 件，逾期 {late} 件，超过 60 天 {long} 件").format(
                    owner=load.owner_name,
                    open=load.open,
                    late=load.overdue,
                    long=load.long_running,
                ),
                self,
            )
            button.setFlat(True)
            button.setStyleSheet("text-align: left;" + (" color: #b71c1c;" if load.overdue else ""))
            # The principal asks first about what is late, then about what drags on.
            attention = (
                "overdue" if load.overdue else "long_running" if load.long_running else "open"
            )
            button.clicked.connect(
                lambda _c=False, o=load.owner_id, a=attention: self.open_cases.emit(a, o)
            )
            self.body.addWidget(button)
            self.rows.append(button)


class PendingFindingsPanel(HomePanel):
    """包组摸排 findings a leader asked to turn into 信访事项; double-click registers one."""

    open_finding = Signal(int)  # screening record id

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(self.tr("摸排发现待转信访事项"), parent)
        self._db = db
        self.findings = QListWidget(self)
        self.findings.setMaximumHeight(120)
        self.findings.itemActivated.connect(
            lambda item: self.open_finding.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.empty = QLabel(self.tr("没有待转的摸排发现"), self)
        self.body.addWidget(self.findings)
        self.body.addWidget(self.empty)

    def load(self) -> None:
        from ...services import screening

        pending = screening.pending_case_requests(self._db)
        self.findings.clear()
        for row in pending:
            item = QListWidgetItem(
                self.tr("{day} {group}：{text}（{who}申请转）").format(
                    day=chinese_date(row.screened_on),
                    group=row.group_name,
                    text=row.findings[:40],
                    who=row.case_requested_by,
                ),
                self.findings,
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.findings.setVisible(bool(pending))
        self.empty.setVisible(not pending)
