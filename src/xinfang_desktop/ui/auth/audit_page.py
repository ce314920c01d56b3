"""审计日志 (administrators): who looked at, printed or exported personal data, and when;
a check that nobody edited the log, and a printable extract."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_datetime
from ...services import audit as audit_service
from ...services.context import Actor
from ..print_preview import PdfPreviewDialog
from ..widgets import Banner, page_title, record_table


class AuditPage(QWidget):
    HEADERS = ("序号", "时间", "用户", "角色", "操作", "对象", "说明")

    def __init__(self, db: Database, actor: Actor, unit_name: str = "", parent=None):
        super().__init__(parent)
        self._db, self._actor, self._unit_name = db, actor, unit_name
        self.last_preview: PdfPreviewDialog | None = None
        self.banner = Banner(self)
        today = date.today()
        self.date_from = QDateEdit(QDate(today - timedelta(days=30)), self)
        self.date_to = QDateEdit(QDate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.user_name = QLineEdit(self)
        self.user_name.setPlaceholderText(self.tr("用户姓名"))
        self.action = QComboBox(self)
        self.action.addItem(self.tr("全部操作"), "")
        for key, label in audit_service.ACTION_LABELS.items():
            self.action.addItem(label, key)
        search = QPushButton(self.tr("查询"), self)
        search.clicked.connect(self.load)
        verify = QPushButton(self.tr("检查完整性"), self)
        verify.clicked.connect(self.verify)
        print_button = QPushButton(self.tr("打印摘录"), self)
        print_button.clicked.connect(self.print_extract)
        filters = QHBoxLayout()
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("至"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.user_name)
        filters.addWidget(self.action)
        filters.addWidget(search)
        filters.addStretch(1)
        filters.addWidget(verify)
        filters.addWidget(print_button)
        self.table = record_table([self.tr(h) for h in self.HEADERS], self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("审计日志"), self))
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self.load()

    def _period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Every visit to the page shows the entries written since the last one.
        self.load()

    def load(self) -> None:
        first, last = self._period()
        try:
            entries = audit_service.list_entries(
                self._db,
                self._actor,
                date_from=first,
                date_to=last,
                user_name=self.user_name.text().strip(),
                action=self.action.currentData(),
            )
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                str(entry.id),
                chinese_datetime(entry.at, seconds=True),
                entry.user_name,
                entry.role,
                entry.action_label,
                entry.target_label,
                entry.detail,
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def verify(self) -> None:
        try:
            check = audit_service.verify_chain(self._db, self._actor)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        if check.intact:
            self.banner.show_message(
                "ok",
                self.tr("全部 {n} 条记录的校验链完整，未发现改动。").format(n=check.entries),
            )
        else:
            self.banner.show_message(
                "alert",
                self.tr("第 {id} 条起校验链断开：日志可能被修改或删除，请核查。").format(
                    id=check.first_broken_id
                ),
            )

    def print_extract(self) -> None:
        from ...reports.audit_extract import build_audit_extract_pdf

        first, last = self._period()
        if first > last:
            self.banner.show_message("error", self.tr("结束日期不能早于开始日期"))
            return
        try:
            extract = audit_service.audit_extract(
                self._db, self._actor, first, last, unit_name=self._unit_name
            )
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        pdf = build_audit_extract_pdf(extract)
        self.load()
        self.last_preview = PdfPreviewDialog(
            pdf, self.tr("审计日志摘录"), f"审计日志摘录-{first:%Y%m%d}-{last:%Y%m%d}.pdf", self
        )
        self.last_preview.open()
