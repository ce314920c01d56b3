"""The 信访事项 area: the case list with its filters, the case form and the workflow."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import ValidationError
from ...services import cases as case_service
from ...services.case_settings import get_case_settings, get_deadline_rules
from ...services.cases import CaseFilter
from ...services.context import Actor
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..widgets import Banner, clear_on_escape, switch_tabs_by_keys
from .documents import DocumentsPanel
from .form import CaseForm, translate_error
from .steps import StepPanel
from .table_model import COLUMN_INDEX, CaseTableModel

log = logging.getLogger("xinfang.ui")

_SEARCH_DELAY_MS = 250
# (filter value, label) of the attention box; the start page opens the list on these.
ATTENTION = (
    ("", "全部"),
    ("open", "办理中"),
    ("overdue", "已逾期"),
    ("due_soon", "即将到期"),
    ("not_notified", "未书面告知"),
    ("long_running", "超过 60 天未办结"),
)


class CasesPage(QWidget):
    cases_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._operations: list[Operation] = []
        self.last_preview: PdfPreviewDialog | None = None
        try:
            settings = get_case_settings(db)
            self._warning_days = get_deadline_rules(db).warning_days
        except StorageError:
            from ...domain.cases import CaseSettings

            settings, self._warning_days = CaseSettings(), 3

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索 编号 / 信访人 / 请求 / 承办部门 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)  # never collapses to "…" on a narrow screen
        clear_on_escape(self.search)
        self.attention = QComboBox(self)
        for value, label in ATTENTION:
            self.attention.addItem(self.tr(label), value)
        self.owner_filter = QComboBox(self)
        self.model = CaseTableModel(db, actor, self)
        self.model.warning_days = self._warning_days
        self.model.storage_failed.connect(lambda m: self.banner.show_message("error", m))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only rows: Tab goes on to the buttons and the form instead of walking the cells.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in (
            ("number", 150),
            ("received_on", 110),
            ("channel", 60),
            ("petitioner_names", 110),
            ("request", 220),
            ("due_on", 140),
        ):
            self.table.horizontalHeader().resizeSection(COLUMN_INDEX[column], width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.banner = Banner(self)
        self.result_info = QLabel(self)

        self.form = CaseForm(db, actor, settings, self)
        self.form.saved.connect(self._case_saved)
        self.steps = StepPanel(db, actor, self)
        self.steps.changed.connect(self._case_stepped)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("登记"))
        self.tabs.addTab(self.steps, self.tr("办理"))
        self.documents = DocumentsPanel(db, actor, self)
        self.documents.changed.connect(self._case_documents_changed)
        self.tabs.addTab(self.documents, self.tr("文书"))

        self.new_button = QPushButton(self.tr("新建 (Ctrl+N)"), self)
        self.new_button.clicked.connect(self.new_case)
        self.chain_button = QPushButton(self.tr("重信重访链"), self)
        self.chain_button.clicked.connect(self.show_chain)
        self.date_from = QDateEdit(self, calendarPopup=True)
        self.date_to = QDateEdit(self, calendarPopup=True)
        today = QDate.currentDate()
        self.date_from.setDate(QDate(today.year(), today.month(), 1))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.ledger_button = QPushButton(self.tr("打印台账"), self)
        self.ledger_button.clicked.connect(self.print_ledger)
        self.export_button = QPushButton(self.tr("导出 Excel"), self)
        self.export_button.clicked.connect(self.export_ledger)
        self.import_button = QPushButton(self.tr("导入旧台账…"), self)
        self.import_button.clicked.connect(self.import_ledger)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.attention)
        filters.addWidget(self.owner_filter)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.chain_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        ledger = QHBoxLayout()
        ledger.addWidget(QLabel(self.tr("台账期间"), self))
        ledger.addWidget(self.date_from)
        ledger.addWidget(QLabel(self.tr("至"), self))
        ledger.addWidget(self.date_to)
        ledger.addWidget(self.ledger_button)
        ledger.addWidget(self.export_button)
        ledger.addStretch(1)
        # Importing sits with the actions, so both lines fit a 1024-pixel screen.
        actions.addWidget(self.import_button)

        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.result_info)
        list_layout.addLayout(actions)
        list_layout.addLayout(ledger)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_side)
        splitter.addWidget(self.tabs)
        splitter.setSizes([820, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.attention.currentIndexChanged.connect(lambda _i: self.run_search())
        self.owner_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        for sequence, slot in (("Ctrl+F", self.search.setFocus), ("Ctrl+N", self.new_case)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        switch_tabs_by_keys(self, self.tabs)
        self.reload_owners()
        self.run_search()

    def reload_settings(self) -> None:
        """After the case settings or the calendar marks were saved on the 设置 page."""
        try:
            self.form.apply_settings(get_case_settings(self._db))
            self._warning_days = self.model.warning_days = get_deadline_rules(self._db).warning_days
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.run_search()

    # --- list -----------------------------------------------------------------------------------
    def reload_owners(self) -> None:
        from ...services.people import list_people

        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("全部包案领导"), None)
        try:
            for person in list_people(self._db, leaders_only=True, include_left=True):
                self.owner_filter.addItem(person.label, person.id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
        self.owner_filter.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        attention = self.attention.currentData() or ""
        return CaseFilter(
            text=self.search.text(),
            attention="" if attention == "open" else attention,
            only_open=attention == "open",
            owner_id=self.owner_filter.currentData(),
            today=date.today(),
            warning_days=self._warning_days,
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_list()

    def refresh_list(self) -> None:
        """The list as stored now (deadlines move, others register), the open case kept."""
        selected = self.selected_case_id()
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.run_search()
            if selected is not None:
                self.select_case(selected)
        finally:
            selection.blockSignals(False)

    def run_search(self) -> None:
        self._search_timer.stop()
        self.model.today = date.today()
        self.model.set_filter(self.current_filter())
        self.result_info.setText(self.tr("共 {count} 件").format(count=self.model.rowCount()))

    def show_attention(self, attention: str, owner_id: int | None = None) -> None:
        """Open the list on one kind of case (the start page's links)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.owner_filter.blockSignals(True)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(owner_id)))
        self.owner_filter.blockSignals(False)
        self.attention.setCurrentIndex(max(0, self.attention.findData(attention)))
        self.run_search()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is None or case_id == self.form.case_id:
            return
        if self.form.unsaved_work() and not prompts.ask_yes_no(
            self,
            self.tr("信访事项"),
            self.tr("登记表中有未保存的内容，打开其他事项将放弃这些内容。是否继续？"),
        ):
            return
        if self.form.load(case_id):
            self._show_steps(case_id)

    def _show_steps(self, case_id: int) -> None:
        self.documents.show_case(case_id)
        try:
            self.steps.show_record(case_service.get_case(self._db, self._actor, case_id))
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)

    # --- form and steps ---------------------------------------------------------------------
    def unsaved_work(self) -> list[str]:
        return self.form.unsaved_work()

    def new_case(self) -> None:
        self.table.clearSelection()
        self.form.clear()
        self.steps.show_record(None)
        self.documents.show_case(None)
        self.tabs.setCurrentWidget(self.form)
        self.form.channel.setFocus()

    def new_case_from_finding(self, record_id: int) -> bool:
        return self._new_case_from(
            lambda: case_service.draft_from_finding(self._db, self._actor, record_id)
        )

    def new_case_from_visit(self, visit_id: int) -> bool:
        return self._new_case_from(
            lambda: case_service.draft_from_visit(self._db, self._actor, visit_id)
        )

    def _new_case_from(self, make_draft) -> bool:
        try:
            draft = make_draft()
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.table.clearSelection()
        self.steps.show_record(None)
        self.documents.show_case(None)
        self.form.start_from_visit(draft)
        self.tabs.setCurrentWidget(self.form)
        return True

    def _case_saved(self, case_id: int) -> None:
        self.run_search()
        self.table.selectionModel().blockSignals(True)
        self.select_case(case_id)
        self.table.selectionModel().blockSignals(False)
        self._show_steps(case_id)
        self.cases_changed.emit()

    def _case_documents_changed(self, case_id: int) -> None:
        # Serving a 告知书 records the 书面告知 step: the 办理 tab, the form's version and the
        # list must show the case as it now is.
        try:
            record = case_service.get_case(self._db, self._actor, case_id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.steps.refresh_record(record)
        self._case_stepped(case_id)

    def _case_stepped(self, case_id: int) -> None:
        self.model.refresh_case(case_id)
        if self.steps.record is not None:
            self.form.set_version(self.steps.record.version)
        self.cases_changed.emit()

    def show_chain(self) -> None:
        case_id = self.selected_case_id() or self.form.case_id
        if case_id is None:
            self.banner.show_message("error", self.tr("请先选中一件信访事项。"))
            return
        try:
            chain = case_service.repeat_chain(self._db, self._actor, case_id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        lines = "；".join(f"{r.number}（{chinese_date(r.received_on)}）" for r in chain)
        self.banner.show_message(
            "ok", self.tr("同一信访人/事项共 {n} 件：{lines}").format(n=len(chain), lines=lines)
        )

    # --- printing -------------------------------------------------------------------------------
    def _period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def print_ledger(self) -> None:
        first, last = self._period()
        db, actor = self._db, self._actor

        def build() -> bytes:
            from ...reports.case_ledger import build_case_ledger_pdf
            from ...services.case_printing import ledger_document

            return build_case_ledger_pdf(ledger_document(db, actor, first, last))

        self._run(
            build,
            lambda pdf: self._preview(
                pdf,
                self.tr("信访事项登记台账"),
                f"信访事项登记台账-{first:%Y%m%d}-{last:%Y%m%d}.pdf",
            ),
        )

    def export_ledger(self) -> None:
        first, last = self._period()
        path = prompts.ask_save_path(
            self,
            self.tr("导出信访事项登记台账"),
            f"信访事项登记台账-{first:%Y%m%d}-{last:%Y%m%d}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        db, actor = self._db, self._actor

        def write() -> str:
            from ...reports.case_ledger import write_case_ledger_xlsx
            from ...services.case_printing import ledger_document

            write_case_ledger_xlsx(ledger_document(db, actor, first, last, purpose="export"), path)
            return path

        self._run(
            write, lambda p: self.banner.show_message("ok", self.tr("已导出：{p}").format(p=p))
        )

    def import_ledger(self) -> None:
        from .import_dialog import ImportCasesDialog

        dialog = ImportCasesDialog(self._db, self._actor, self)
        if prompts.run_dialog(dialog) and dialog.imported:
            self.run_search()
            self.banner.show_message(
                "ok", self.tr("已导入 {n} 件信访事项。").format(n=dialog.imported)
            )
            self.cases_changed.emit()

    def _preview(self, pdf: bytes, title: str, suggested: str) -> None:
        self.last_preview = PdfPreviewDialog(pdf, title, suggested, self)
        self.last_preview.open()

    def _run(self, work, on_success) -> None:
        self.banner.show_message("ok", self.tr("正在生成…"))

        def done(result) -> None:
            self.banner.clear_message()
            on_success(result)

        def failed(exc) -> None:
            if isinstance(exc, ValidationError):
                message = translate_error(exc.errors[0])
            else:
                message = getattr(exc, "user_message", None) or self.tr("操作失败：{e}").format(
                    e=exc
                )
            self.banner.show_message("error", message)

        operation = Operation.start(self, work, done, failed)
        self._operations.append(operation)
        operation.finished.connect(lambda: self._operations.remove(operation))

    def busy(self) -> bool:
        return bool(self._operations)
