"""例会 area: the list of meeting records beside the open record, and for those who sign,
the records waiting for the principal's review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import Permission, PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import ValidationError
from ...domain.meetings import REVIEW_WEEK_LABELS, STATUS_LABELS
from ...domain.statistics import PeriodKind, period_of, period_title
from ...services import meeting_printing
from ...services import meetings as meeting_service
from ...services.meetings import MeetingRecord
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..widgets import ArrowsOpenTheList, Banner, page_title, record_table
from .form import MeetingForm

_LIST_WIDTH = 300


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (record_id, values) in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(row, column, item)


def _selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)


def _select(table: QTableWidget, record_id: int | None) -> None:
    table.blockSignals(True)
    table.clearSelection()
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == record_id:
            table.selectRow(row)
    table.blockSignals(False)


class MeetingsPage(QWidget):
    # Something the start page counts changed (records waiting to be signed, this week's).
    changed = Signal()

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.records: list[MeetingRecord] = []
        self.last_preview: PdfPreviewDialog | None = None
        self._operations: list[Operation] = []
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)

        self.list = record_table([self.tr("会议日期"), self.tr("状态"), self.tr("审签人")], self)
        self.list.verticalHeader().hide()
        self.list.itemSelectionChanged.connect(self._open_selected)
        self.form = MeetingForm(db, actor, self)
        self.form.saved.connect(self._saved)
        self.form.print_clicked.connect(self.print_requested)
        self.form.held_on.dateChanged.connect(self._warn_same_day)
        self.new_button = QPushButton(self.tr("新建例会记录"), self)
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(actor.can(Permission.WRITE_MINUTES))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # A quarter's records in one PDF: the quarter of the open record, else this quarter.
        self.quarter_button = QPushButton(self.tr("打印季度汇编"), self)
        self.quarter_button.clicked.connect(self.print_quarter)
        self.quarter_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        # The 汇编 files signed records; drafts go in only when asked for.
        self.include_unsigned = QCheckBox(self.tr("含未审签记录"), self)
        self.include_unsigned.setVisible(actor.can(Permission.PRINT_REGISTERS))
        # Which week the figures cover: a unit setting, changed by those who keep settings.
        self.review_week = QComboBox(self)
        for mode, label in REVIEW_WEEK_LABELS.items():
            self.review_week.addItem(self.tr(label), mode)
        self.review_week.setToolTip(self.tr("例会“信访工作情况”统计哪一周"))
        self.review_week.setVisible(actor.can(Permission.MANAGE_SETTINGS))
        if actor.can(Permission.MANAGE_SETTINGS):
            self._show_review_week()
        self.review_week.activated.connect(self._review_week_chosen)
        self._review_week_keys = ArrowsOpenTheList(self.review_week)
        # Two short lines rather than one long one: the list keeps its buttons whole at 1024.
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.review_week)
        top.addStretch(1)
        printing = QHBoxLayout()
        printing.addWidget(self.include_unsigned)
        printing.addStretch(1)
        printing.addWidget(self.quarter_button)
        left_layout.addLayout(top)
        left_layout.addLayout(printing)
        left_layout.addWidget(self.list, 1)
        self.tabs.addTab(self._split(left, self.form), self.tr("例会记录"))

        self.queue: QTableWidget | None = None
        self.review_form: MeetingForm | None = None
        if actor.can(Permission.REVIEW_AND_SIGN):
            self.queue = record_table([self.tr("会议日期"), self.tr("记录人")], self)
            self.queue.verticalHeader().hide()
            self.queue.itemSelectionChanged.connect(self._open_queued)
            self.review_form = MeetingForm(db, actor, self, review_only=True)
            self.review_form.saved.connect(self._signed)
            self.review_form.print_clicked.connect(self.print_requested)
            self.tabs.addTab(self._split(self.queue, self.review_form), self.tr("待审签"))

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("例会"), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _split(self, left: QWidget, form: MeetingForm) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left.setMinimumWidth(200)
        splitter.addWidget(left)
        splitter.addWidget(_scrolled(form, splitter))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([_LIST_WIDTH, 900])
        return splitter

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Reload on every visit: the principal may have signed on another PC meanwhile.
        self.load()

    def load(self) -> None:
        try:
            self.records = meeting_service.list_meetings(self._db, self._actor)
            queued = (
                meeting_service.review_queue(self._db, self._actor)
                if self.queue is not None
                else []
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        self.banner.clear_message()
        self._follow_changes(self.form)
        shown = self.form.record.id if self.form.record else None
        _fill(
            self.list,
            [
                (
                    m.id,
                    [chinese_date(m.draft.held_on), STATUS_LABELS[m.status], m.reviewed_by],
                )
                for m in self.records
            ],
        )
        _select(self.list, shown)
        if self.queue is not None:
            self._follow_changes(self.review_form)
            reviewing = self.review_form.record.id if self.review_form.record else None
            _fill(
                self.queue,
                [(m.id, [chinese_date(m.draft.held_on), m.created_by]) for m in queued],
            )
            _select(self.queue, reviewing)
            self.tabs.setTabText(1, self.tr("待审签（{n}）").format(n=len(queued)))

    def _follow_changes(self, form: MeetingForm) -> None:
        """The open record changed elsewhere (signed, edited on another PC): show the new
        state, unless there is typing on screen, which is never thrown away unasked."""
        if form.record is None:
            return
        stored = next((m for m in self.records if m.id == form.record.id), None)
        if stored is None or stored.version == form.record.version:
            return
        if form.has_changes():
            form.banner.show_message(
                "alert",
                self.tr(
                    "这份纪要已在别处更新（现为{status}），保存前请先复制您填写的内容。"
                ).format(status=STATUS_LABELS[stored.status]),
            )
        else:
            form.show_record(stored)

    def unsaved_work(self) -> list[str]:
        forms = [(self.form, self.tr("例会纪要")), (self.review_form, self.tr("审签意见"))]
        return [
            self.tr("{what}（{day}）的修改").format(
                what=what, day=form.held_on.date().toString("yyyy-MM-dd")
            )
            for form, what in forms
            if form is not None and form.has_changes()
        ]

    def _may_leave(self) -> bool:
        """Opening another record over unsaved typing asks first."""
        if not self.form.has_changes():
            return True
        return prompts.ask_yes_no(
            self,
            self.tr("例会"),
            self.tr("当前纪要有未保存的修改，打开其他记录将放弃这些修改。是否继续？"),
        )

    def new_record(self) -> None:
        if not self._may_leave():
            return
        try:
            draft = meeting_service.new_meeting(self._db, self._actor, date.today())
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        self.tabs.setCurrentIndex(0)
        _select(self.list, None)
        self.form.show_new(draft)
        self._warn_same_day()

    def _warn_same_day(self, *_args) -> None:
        """A new record on a day that has one already says so, for the date now chosen."""
        if self.form.record is not None:
            return
        day = self.form.held_on.date().toPython()
        if any(m.draft.held_on == day for m in self.records):
            self.form.banner.show_message(
                "alert",
                self.tr("{day} 已有一份例会记录，可在左侧打开；继续保存将另建一份。").format(
                    day=chinese_date(day)
                ),
            )
        elif self.form.banner.kind == "alert":
            self.form.banner.clear_message()  # the warning was about another day

    def open_record(self, meeting_id: int, *, form: MeetingForm | None = None) -> None:
        target = form or self.form
        try:
            record = meeting_service.get_meeting(self._db, self._actor, meeting_id)
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        target.show_record(record)

    def _open_selected(self) -> None:
        meeting_id = _selected_id(self.list)
        if meeting_id is None:
            return
        shown = self.form.record.id if self.form.record else None
        if meeting_id == shown:
            return
        if not self._may_leave():
            _select(self.list, shown)
            return
        self.open_record(meeting_id)

    def _open_queued(self) -> None:
        meeting_id = _selected_id(self.queue)
        if meeting_id is not None:
            self.open_record(meeting_id, form=self.review_form)

    def _saved(self, record: MeetingRecord) -> None:
        self.load()
        _select(self.list, record.id)
        self.changed.emit()

    def _signed(self, record: MeetingRecord) -> None:
        # The signed record leaves the queue but stays on screen with its confirmation.
        self.load()
        self.changed.emit()

    def print_requested(self, meeting_id: int) -> None:
        """The stored record's minutes, built off the GUI thread, then previewed."""
        db, actor = self._db, self._actor
        held_on = next((r.draft.held_on for r in self.records if r.id == meeting_id), date.today())
        self._preview(
            lambda: meeting_printing.minutes_pdf(db, actor, meeting_id),
            self.tr("例会记录"),
            f"例会记录-{held_on:%Y%m%d}.pdf",
        )

    def _show_review_week(self) -> None:
        try:
            mode = meeting_service.get_review_week_mode(self._db)
        except StorageError as error:
            self.banner.show_message("error", error.user_message)
            return
        self.review_week.setCurrentIndex(self.review_week.findData(mode))

    def _review_week_chosen(self, _index: int) -> None:
        try:
            meeting_service.set_review_week_mode(
                self._db, self._actor, self.review_week.currentData()
            )
        except (StorageError, PermissionDeniedError, ValidationError) as error:
            message = getattr(error, "user_message", None) or str(error)
            self.banner.show_message("error", message)
            self._show_review_week()
            return
        self.banner.show_message(
            "ok", self.tr("例会统计周已改为：{w}").format(w=self.review_week.currentText())
        )

    def print_quarter(self) -> None:
        shown = self.form.record.draft.held_on if self.form.record is not None else None
        period = period_of(PeriodKind.QUARTER, shown or date.today())
        db, actor = self._db, self._actor
        include = self.include_unsigned.isChecked()
        self._preview(
            lambda: meeting_printing.period_minutes_pdf(
                db, actor, period.start, period.end, include_unsigned=include
            )[0],
            self.tr("例会记录汇编"),
            f"例会记录汇编-{period_title(period)}.pdf",
        )

    def _preview(self, build, title: str, file_name: str) -> None:
        self.banner.show_message("ok", self.tr("正在生成{t}…").format(t=title))

        def preview(pdf: bytes) -> None:
            self.banner.clear_message()
            self.last_preview = PdfPreviewDialog(pdf, title, file_name, self)
            self.last_preview.open()

        def failed(exc) -> None:
            message = getattr(exc, "user_message", None) or self.tr("打印失败：{e}").format(e=exc)
            self.banner.show_message("error", message)

        self._operations.append(Operation.start(self, build, preview, failed))
