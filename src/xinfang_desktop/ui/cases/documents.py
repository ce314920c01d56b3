"""文书: the documents issued for a case — issue, reprint (副本), file copy (存根), 送达回证,
record the 送达 when the signed 回证 comes back, and correct by issuing a replacement."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.case_notices import SERVICE_METHODS, NoticeKind
from ...domain.dates import chinese_date
from ...domain.errors import ValidationError
from ...services import case_documents as document_service
from ...services.case_documents import IssuedDocumentRecord, PrintableDocument
from ...services.context import Actor
from .. import prompts
from ..print_preview import PdfPreviewDialog
from ..widgets import Banner, FieldWithError
from .form import translate_error


class ServiceDialog(QDialog):
    """登记送达: when, how, to whom and by whom the notice was served."""

    def __init__(self, document: IssuedDocumentRecord, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记送达"))
        self.served_on = QDateEdit(self, calendarPopup=True)
        self.served_on.setDisplayFormat("yyyy-MM-dd")
        self.served_on.setDate(QDate.currentDate())
        self.method = QComboBox(self)
        for method in SERVICE_METHODS:
            self.method.addItem(self.tr(method), method)
        self.served_to = QLineEdit(document.content.recipient, self)
        self.served_by = QLineEdit(self)
        self.fields = {
            "served_on": FieldWithError(self.served_on, self),
            "method": FieldWithError(self.method, self),
            "served_to": FieldWithError(self.served_to, self),
            "served_by": FieldWithError(self.served_by, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("送达日期"), self.fields["served_on"])
        form.addRow(self.tr("送达方式"), self.fields["method"])
        form.addRow(self.tr("受送达人"), self.fields["served_to"])
        form.addRow(self.tr("送达人"), self.fields["served_by"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "served_on": self.served_on.date().toPython(),
            "method": self.method.currentData(),
            "served_to": self.served_to.text(),
            "served_by": self.served_by.text(),
        }


class DocumentsPanel(QWidget):
    changed = Signal(int)  # the case id

    COLUMNS = ("文书", "文号", "印发日期", "状态")

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.case_id: int | None = None
        self.documents: list[IssuedDocumentRecord] = []
        self.last_preview: PdfPreviewDialog | None = None
        self.banner = Banner(self)

        self.kind = QComboBox(self)
        for kind in NoticeKind:
            self.kind.addItem(self.tr(kind.value), kind.name)
        self.issue_button = QPushButton(self.tr("印发"), self)
        self.issue_button.setToolTip(self.tr("编文号并固定内容；以后打印都是同一份文书的副本"))
        self.issue_button.clicked.connect(self.issue)

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab moves on to the print buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.reprint_button = QPushButton(self.tr("打印副本"), self)
        self.reprint_button.clicked.connect(self.reprint)
        self.stub_button = QPushButton(self.tr("打印存根"), self)
        self.stub_button.clicked.connect(self.print_stub)
        self.receipt_button = QPushButton(self.tr("送达回证"), self)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.serve_button = QPushButton(self.tr("登记送达…"), self)
        self.serve_button.clicked.connect(self.record_service)
        self.correct_button = QPushButton(self.tr("更正…"), self)
        self.correct_button.clicked.connect(self.correct)

        issue_row = QHBoxLayout()
        issue_row.addWidget(self.kind, 1)
        issue_row.addWidget(self.issue_button)
        # Printing on one line, recording on the next: the page fits a 1024-pixel screen.
        printing = QHBoxLayout()
        for button in (self.reprint_button, self.stub_button, self.receipt_button):
            printing.addWidget(button)
        printing.addStretch(1)
        recording = QHBoxLayout()
        for button in (self.serve_button, self.correct_button):
            recording.addWidget(button)
        recording.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(issue_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(printing)
        layout.addLayout(recording)
        self._enable()

    # --- loading ----------------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.banner.clear_message()
        self.reload()

    def reload(self) -> None:
        self.documents = []
        if self.case_id is not None:
            try:
                self.documents = document_service.list_case_documents(
                    self._db, self._actor, self.case_id
                )
            except (StorageError, PermissionDeniedError) as exc:
                self.banner.show_message("error", exc.user_message)
        self.table.setRowCount(len(self.documents))
        for row, document in enumerate(self.documents):
            values = (
                document.content.title,
                document.number,
                chinese_date(document.issued_on),
                self.tr(document.status),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._enable()

    def _enable(self) -> None:
        has_case = self.case_id is not None
        self.issue_button.setEnabled(has_case)
        self.kind.setEnabled(has_case)
        for button in (
            self.reprint_button,
            self.stub_button,
            self.receipt_button,
            self.serve_button,
            self.correct_button,
        ):
            button.setEnabled(bool(self.documents))

    def selected(self) -> IssuedDocumentRecord | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.documents):
            return self.documents[row]
        self.banner.show_message("error", self.tr("请先在列表中选中一份文书。"))
        return None

    # --- actions ----------------------------------------------------------------------------

    def _call(self, action):
        try:
            return action()
        except ValidationError as exc:
            self.banner.show_message("error", translate_error(exc.errors[0]))
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
        return None

    def issue(self) -> None:
        if self.case_id is None:
            return
        kind = NoticeKind[self.kind.currentData()]
        if not prompts.ask_yes_no(
            self,
            self.tr("印发文书"),
            self.tr(
                "印发后“{kind}”将编定文号、固定内容，以后打印的都是这份文书的副本。确定印发吗？"
            ).format(kind=self.tr(kind.value)),
        ):
            return
        case_id = self.case_id
        printable = self._call(
            lambda: document_service.issue_notice(self._db, self._actor, case_id, kind)
        )
        if printable is None:
            return
        self.reload()
        self.changed.emit(case_id)
        self.banner.show_message(
            "ok", self.tr("已印发：{number}").format(number=printable.document.number)
        )
        self._preview(printable)

    def reprint(self) -> None:
        document = self.selected()
        if document is None:
            return
        if document.legacy:
            printable = self._call(
                lambda: document_service.reprint_legacy_document(
                    self._db, self._actor, document.case_id, document.subject
                )
            )
        else:
            printable = self._call(
                lambda: document_service.reprint_document(self._db, self._actor, document.id)
            )
        if printable is not None:
            self._preview(printable)

    def print_stub(self) -> None:
        document = self.selected()
        if document is None:
            return
        from ...reports.case_notices import build_case_notice_pdf

        pdf = build_case_notice_pdf(document.content, stub=True)
        self._show(pdf, self.tr("存根"), f"{document.content.title}-{document.number}-存根.pdf")

    def print_receipt(self) -> None:
        document = self.selected()
        if document is None:
            return
        if not document.needs_service_receipt:
            self.banner.show_message("error", self.tr("这份文书发给单位，不需要送达回证。"))
            return
        from ...reports.case_notices import ServiceRecord, build_service_receipt_pdf

        service = None
        if document.served_on is not None:
            service = ServiceRecord(
                document.served_on,
                document.service_method,
                document.served_to,
                document.served_by,
            )
        pdf = build_service_receipt_pdf(document.content, service)
        self._show(pdf, self.tr("送达回证"), f"送达回证-{document.number}.pdf")

    def record_service(self) -> None:
        document = self.selected()
        if document is None:
            return
        if document.id is None:
            self.banner.show_message(
                "error", self.tr("启用文书登记前印发的文书不能登记送达，请在办理步骤中记录。")
            )
            return
        dialog = ServiceDialog(document, self)
        while prompts.run_dialog(dialog):
            for holder in dialog.fields.values():
                holder.set_error("")
            try:
                document_service.record_service(
                    self._db, self._actor, document.id, **dialog.values()
                )
            except ValidationError as exc:
                for field, error in exc.by_field().items():
                    if field in dialog.fields:
                        dialog.fields[field].set_error(translate_error(error))
                continue
            except (StorageError, PermissionDeniedError) as exc:
                self.banner.show_message("error", exc.user_message)
                return
            self.reload()
            self.changed.emit(document.case_id)
            self.banner.show_message("ok", self.tr("已登记送达。"))
            return

    def correct(self) -> None:
        document = self.selected()
        if document is None:
            return
        if document.id is None:
            self.banner.show_message(
                "error", self.tr("启用文书登记前印发的文书请直接印发一份新的。")
            )
            return
        reason = prompts.ask_text(
            self,
            self.tr("更正文书"),
            self.tr("更正“{number}”的原因（将印发一份新文书替代它）：").format(
                number=document.number
            ),
        )
        if reason is None:
            return
        printable = self._call(
            lambda: document_service.correct_document(self._db, self._actor, document.id, reason)
        )
        if printable is None:
            return
        self.reload()
        self.changed.emit(document.case_id)
        self.banner.show_message(
            "ok", self.tr("已印发更正文书：{number}").format(number=printable.document.number)
        )
        self._preview(printable)

    # --- preview ----------------------------------------------------------------------------

    def _preview(self, printable: PrintableDocument) -> None:
        from ...reports.case_notices import build_case_notice_pdf

        content = printable.content
        pdf = build_case_notice_pdf(content, reprinted_on=printable.reprinted_on)
        suffix = "-副本" if printable.reprinted_on else ""
        self._show(pdf, self.tr(content.title), f"{content.title}-{content.number}{suffix}.pdf")

    def _show(self, pdf: bytes, title: str, suggested: str) -> None:
        self.last_preview = PdfPreviewDialog(pdf, title, suggested, self)
        self.last_preview.open()
