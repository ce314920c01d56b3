"""The 来访登记 area: the gate form beside the visit list with its search."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import Permission, PermissionDeniedError
from ...domain.dates import chinese_datetime, chinese_period
from ...domain.errors import ValidationError
from ...domain.search import VisitQuery
from ...domain.settings import UnitSettings
from ...services import visits as visit_service
from ...services.context import Actor
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..widgets import Banner, clear_on_escape
from .dialogs import HistoryDialog, VoidDialog
from .form import VisitForm, translate_error
from .table_model import COLUMN_INDEX, VisitTableModel

log = logging.getLogger("xinfang.ui")

_SEARCH_DELAY_MS = 250
RANGE_TODAY, RANGE_WEEK, RANGE_MONTH, RANGE_ALL, RANGE_CUSTOM = range(5)


class VisitsPage(QWidget):
    visits_changed = Signal()  # the status bar recounts who is on site
    case_requested = Signal(int)  # visit id: open a new 信访事项 filled from it

    def __init__(self, db: Database, actor: Actor, settings: UnitSettings, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        # The gate works on today's register; services/ enforce it, the controls follow.
        self._all_days = actor.can(Permission.SEARCH_ALL_VISITS)
        self._settings = settings
        self._operations: list[Operation] = []
        self.last_preview: PdfPreviewDialog | None = None

        self.form = VisitForm(db, actor, settings, self)
        self.form.saved.connect(self._visit_saved)
        self.form.print_slip_requested.connect(self.print_slip)
        self.form.slip_scanned.connect(self.depart_by_slip)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("搜索 姓名 / 拼音首字母 / 电话 / 身份证号片段 / 事由 (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.form.scanner.watch(self.search)  # a slip scanned into the search box counts too
        clear_on_escape(self.search)
        self.range = QComboBox(self)
        self.range.addItems(
            [
                self.tr("今天"),
                self.tr("最近 7 天"),
                self.tr("本月"),
                self.tr("全部日期"),
                self.tr("自定义"),
            ]
        )
        self.date_from = QDateEdit(self, calendarPopup=True)
        self.date_to = QDateEdit(self, calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.category = QComboBox(self)
        self.on_site_only = QCheckBox(self.tr("仅在场"), self)
        self.include_voided = QCheckBox(self.tr("含作废"), self)
        self.apply_settings(settings)

        self.model = VisitTableModel(db, actor, self)
        self.model.storage_failed.connect(lambda m: self.banner.show_message("error", m))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read-only rows: Tab goes on to the buttons and the form instead of walking the cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            ("arrived_at", 120),
            ("left_at", 90),
            ("name", 70),
            ("gender", 40),
            ("phone", 105),
            ("id_number", 150),
            ("people_count", 100),
            ("unit_address", 140),
            ("reason", 220),
        ):
            header.resizeSection(COLUMN_INDEX[column], width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.banner = Banner(self)
        self.result_info = QLabel(self)
        buttons = QHBoxLayout()
        self.depart_button = QPushButton(self.tr("登记离开 (F8)"), self)
        self.depart_button.clicked.connect(self.mark_departure)
        self.edit_button = QPushButton(self.tr("修改 (F2)"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button = QPushButton(self.tr("作废… (Del)"), self)
        self.void_button.clicked.connect(self.void_selected)
        self.history_button = QPushButton(self.tr("修改记录 (Ctrl+H)"), self)
        self.history_button.clicked.connect(self.show_history)
        self.slip_button = QPushButton(self.tr("访客单"), self)
        self.slip_button.clicked.connect(lambda: self.print_slip(self.selected_visit_id()))
        self.print_button = QPushButton(self.tr("打印登记表 (Ctrl+Shift+P)"), self)
        self.print_button.clicked.connect(self.print_register)
        self.export_button = QPushButton(self.tr("导出 Excel"), self)
        self.export_button.clicked.connect(self.export_register)
        self.case_button = QPushButton(self.tr("转为信访事项 (Ctrl+J)"), self)
        self.case_button.clicked.connect(self.request_case)
        self.import_button = QPushButton(self.tr("导入旧登记表…"), self)
        self.import_button.clicked.connect(self.import_register)
        for button in (
            self.depart_button,
            self.edit_button,
            self.void_button,
            self.history_button,
            self.slip_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Printing sits on the line of the result count, so the page fits a 1024-pixel screen
        # without a button losing its text.
        outputs = QHBoxLayout()
        outputs.addWidget(self.result_info)
        outputs.addStretch(1)
        for button in (self.case_button, self.print_button, self.export_button):
            outputs.addWidget(button)
        # Years of others' visits come in only where the whole register may be seen.
        self.import_button.setVisible(self._all_days)
        # Only those who register cases see the way to one.
        self.case_button.setVisible(actor.can(Permission.MANAGE_CASES))

        # Two lines of filters: on a narrow screen the search box keeps room to show its text.
        self.search.setMinimumWidth(220)
        filters = QVBoxLayout()
        search_line = QHBoxLayout()
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.range)
        search_line.addWidget(self.category)
        period_line = QHBoxLayout()
        period_line.addWidget(self.date_from)
        period_line.addWidget(QLabel(self.tr("至"), self))
        period_line.addWidget(self.date_to)
        period_line.addStretch(1)
        period_line.addWidget(self.on_site_only)
        period_line.addWidget(self.include_voided)
        # Old registers come in here: the printing line is full on a 1024-pixel screen.
        period_line.addWidget(self.import_button)
        filters.addLayout(search_line)
        filters.addLayout(period_line)

        list_side = QWidget(self)
        list_layout = self._list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.banner)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(outputs)
        list_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("visitsSplitter")  # its position is remembered per user
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.form)
        splitter.addWidget(list_side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.range.currentIndexChanged.connect(self._range_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.category.currentIndexChanged.connect(lambda _i: self.run_search())
        self.on_site_only.toggled.connect(lambda _c: self.run_search())
        self.include_voided.toggled.connect(lambda _c: self.run_search())

        list_shortcuts = (
            ("F2", self.edit_selected),
            ("Return", self.edit_selected),
            ("Delete", self.void_selected),
            ("Ctrl+H", self.show_history),
        )
        for sequence, slot in list_shortcuts:
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        for sequence, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+Shift+P", self.print_register),
            ("Ctrl+N", self.new_visit),
            ("F8", self.mark_departure),
            ("Ctrl+J", self.request_case),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._range_changed(RANGE_TODAY)
        if not self._all_days:
            self.range.setEnabled(False)
            self.range.setToolTip(self.tr("门卫只能查看和打印今天的来访登记"))

    # --- settings and queries -----------------------------------------------------------------
    def apply_settings(self, settings: UnitSettings) -> None:
        self._settings = settings
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("全部类别"), None)
        for item in settings.visit_categories:
            self.category.addItem(item, item)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)
        if hasattr(self, "form"):
            self.form.apply_settings(settings)

    def _range_changed(self, index: int) -> None:
        today = date.today()
        first: date | None = today
        if index == RANGE_WEEK:
            first = today - timedelta(days=6)
        elif index == RANGE_MONTH:
            first = today.replace(day=1)
        custom = index == RANGE_CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self._all_days and (custom or index != RANGE_ALL))
        if index not in (RANGE_ALL, RANGE_CUSTOM) and first is not None:
            for edit, value in ((self.date_from, first), (self.date_to, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(value))
                edit.blockSignals(False)
        self.run_search()

    def _dates_edited(self) -> None:
        if self.range.currentIndex() != RANGE_CUSTOM:
            self.range.blockSignals(True)
            self.range.setCurrentIndex(RANGE_CUSTOM)
            self.range.blockSignals(False)
        self.run_search()

    def current_period(self) -> tuple[date | None, date | None]:
        if self.range.currentIndex() == RANGE_ALL:
            return None, None
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        return (first, last) if first <= last else (last, first)

    def current_query(self) -> VisitQuery:
        first, last = self.current_period()
        return VisitQuery(
            text=self.search.text(),
            date_from=first,
            date_to=last,
            category=self.category.currentData(),
            include_voided=self.include_voided.isChecked(),
            on_site_only=self.on_site_only.isChecked(),
        )

    def import_register(self) -> None:
        from .import_dialog import ImportVisitsDialog

        dialog = ImportVisitsDialog(self._db, self._actor, self)
        if prompts.run_dialog(dialog) and dialog.imported:
            self.run_search()
            self.banner.show_message(
                "ok", self.tr("已导入 {n} 条来访登记。").format(n=dialog.imported)
            )
            self.visits_changed.emit()

    def add_above_list(self, widget: QWidget) -> None:
        """A panel of another area shown above the register (today's expected visitors)."""
        self._list_layout.insertWidget(0, widget)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Another PC at the gate (or the office) registers and departs visitors meanwhile.
        selected = self.selected_visit_id()
        self.run_search()
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)  # without taking the focus from the form

    def run_search(self) -> None:
        self._search_timer.stop()
        self.banner.clear_message()
        self.model.set_query(self.current_query())
        self._update_result_info()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_result_info(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore(self.table.rootIndex())
        text = self.tr("共 {count} 条").format(count=count)
        if more:
            text = self.tr("已显示 {count} 条，向下滚动显示更多").format(count=count)
        self.result_info.setText(text)

    def show_today(self) -> None:
        self.search.clear()
        self.range.setCurrentIndex(RANGE_TODAY)
        self.run_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def unsaved_work(self) -> list[str]:
        return self.form.unsaved_work()

    def new_visit(self) -> None:
        self.form.clear_asking()

    # --- actions on the selected visit ------------------------------------------------------
    def selected_visit_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.visit_id(index.row()) if index.isValid() else None

    def select_visit(self, visit_id: int) -> bool:
        row = self.model.row_of(visit_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setFocus()
        return True

    def _visit_saved(self, visit_id: int, _created: bool) -> None:
        self.run_search()
        self.select_visit(visit_id)
        self.form.name.setFocus()
        self.visits_changed.emit()

    def _need_selection(self) -> int | None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            self.banner.show_message("error", self.tr("请先在列表中选中一条来访登记。"))
        return visit_id

    def mark_departure(self) -> None:
        visit_id = self._need_selection()
        if visit_id is None:
            return
        try:
            record = visit_service.mark_departure(self._db, self._actor, visit_id)
        except ValidationError as exc:
            self.banner.show_message("error", translate_error(exc.errors[0]))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.model.refresh_visit(visit_id)
        self.banner.show_message(
            "ok",
            self.tr("{name} 已于 {time} 离开").format(
                name=record.draft.name, time=f"{record.draft.left_at:%H:%M}"
            ),
        )
        self.visits_changed.emit()

    def depart_by_slip(self, code: str) -> None:
        """The visitor hands back the 访客单 on the way out: its QR code records the time."""
        try:
            record = visit_service.depart_by_slip(self._db, self._actor, code)
        except ValidationError as exc:
            self.banner.show_message("error", translate_error(exc.errors[0]))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.model.refresh_visit(record.id)
        self.banner.show_message(
            "ok",
            self.tr("扫码登记离开：{name} {time} 离开").format(
                name=record.draft.name, time=f"{record.draft.left_at:%H:%M}"
            ),
        )
        self.visits_changed.emit()

    def edit_selected(self) -> None:
        visit_id = self._need_selection()
        if visit_id is not None and self.form.load_for_edit(visit_id):
            self.banner.clear_message()

    def void_selected(self) -> None:
        visit_id = self._need_selection()
        if visit_id is None:
            return
        row = self.model.visit_row(self.table.currentIndex().row())
        summary = f"{row.name} {chinese_datetime(row.arrived_at)}" if row else str(visit_id)
        dialog = VoidDialog(self._db, self._actor, visit_id, summary, self)
        if prompts.run_dialog(dialog):
            self.model.refresh_visit(visit_id)
            self.banner.show_message("ok", self.tr("已作废（记录保留）：{s}").format(s=summary))
            self.visits_changed.emit()

    def request_case(self) -> None:
        visit_id = self._need_selection()
        if visit_id is not None:
            self.case_requested.emit(visit_id)

    def show_history(self) -> None:
        visit_id = self._need_selection()
        if visit_id is not None:
            prompts.run_dialog(HistoryDialog(self._db, self._actor, visit_id, self))

    # --- printing and export -------------------------------------------------------------------
    def _period_or_warn(self) -> tuple[date, date] | None:
        first, last = self.current_period()
        if first is None or last is None:
            self.banner.show_message("error", self.tr("请先选择要打印或导出的日期范围。"))
            return None
        return first, last

    def print_register(self) -> None:
        period = self._period_or_warn()
        if period is None:
            return
        first, last = period
        db, actor = self._db, self._actor

        def build() -> bytes:
            from ...reports.visit_register import build_visit_register_pdf
            from ...services import printing

            return build_visit_register_pdf(
                printing.visit_register_document(db, actor, first, last)
            )

        self._run(
            build,
            lambda pdf: self._preview(
                pdf,
                self.tr("来访登记表 {p}").format(p=chinese_period(first, last)),
                f"来访登记表-{first:%Y%m%d}-{last:%Y%m%d}.pdf",
            ),
            self.tr("正在生成来访登记表…"),
        )

    def export_register(self) -> None:
        period = self._period_or_warn()
        if period is None:
            return
        first, last = period
        path = prompts.ask_save_path(
            self,
            self.tr("导出来访登记表"),
            f"来访登记表-{first:%Y%m%d}-{last:%Y%m%d}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        db, actor = self._db, self._actor

        def write() -> str:
            from ...reports.visit_register import write_visit_register_xlsx
            from ...services import printing

            write_visit_register_xlsx(
                printing.visit_register_document(db, actor, first, last, purpose="export"), path
            )
            return path

        self._run(
            write,
            lambda p: self.banner.show_message("ok", self.tr("已导出：{p}").format(p=p)),
            self.tr("正在导出…"),
        )

    def print_slip(self, visit_id: int | None) -> None:
        if visit_id is None:
            self._need_selection()
            return
        # ReportLab loads on first print, not at start-up.
        from ...reports.visitor_slip import build_visitor_slip_pdf
        from ...services import printing

        try:
            pdf = build_visitor_slip_pdf(printing.visitor_slip(self._db, self._actor, visit_id))
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self._preview(pdf, self.tr("访客单"), f"访客单-{visit_id}.pdf")

    def _preview(self, pdf: bytes, title: str, suggested: str) -> None:
        self.last_preview = PdfPreviewDialog(pdf, title, suggested, self)
        self.last_preview.open()

    def _run(self, work, on_success, busy_text: str) -> None:
        self.banner.show_message("ok", busy_text)
        self.print_button.setEnabled(False)
        self.export_button.setEnabled(False)

        def done(result) -> None:
            self._enable_output()
            self.banner.clear_message()
            on_success(result)

        def failed(exc) -> None:
            self._enable_output()
            message = getattr(exc, "user_message", None) or self.tr("操作失败：{e}").format(e=exc)
            self.banner.show_message("error", message)

        operation = Operation.start(self, work, done, failed)
        self._operations.append(operation)
        operation.finished.connect(lambda: self._operations.remove(operation))

    def _enable_output(self) -> None:
        self.print_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def busy(self) -> bool:
        return bool(self._operations)
