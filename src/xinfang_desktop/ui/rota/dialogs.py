"""Dialogs of the rota page: generate a rota, put a person into a seat, a shift's duty log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date, chinese_datetime, chinese_month_day
from ...domain.errors import ValidationError
from ...domain.rota import LogKind
from ...domain.workdays import CalendarOverrides
from ...services.rota import check_new_rota
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError, ReadingOrderFocus
from .texts import calendar_warning_text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def next_month(today: date) -> tuple[date, date]:
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


class GenerateDialog(ReadingOrderFocus, QDialog):
    """Name and dates of a new rota; warns when the dates reach a year without holiday data."""

    def __init__(
        self, db, overrides: CalendarOverrides, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("生成值班表"))
        self._overrides = overrides
        first, last = next_month(today)
        self.name = QLineEdit(self.tr("{y}年{m}月值班表").format(y=first.year, m=first.month))
        self.start = QDateEdit(_qdate(first), calendarPopup=True)
        self.end = QDateEdit(_qdate(last), calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._update_warning)
        # Shown as 第 1 种排法 rather than a bare 0: each number is another equally fair plan.
        self.seed = QSpinBox(minimum=0, maximum=9999)
        self.seed.setPrefix(self.tr("第 "))
        self.seed.setSuffix(self.tr(" 种排法"))
        self.seed.setRange(1, 10000)
        self.seed.setToolTip(self.tr("换一个数字，排出另一种同样公平的安排"))
        self.name_field = FieldWithError(self.name, self)
        self.end_field = FieldWithError(self.end, self)
        self.start_field = FieldWithError(self.start, self)
        self.warning = QLabel(self)
        self.warning.setObjectName("calendarWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#bf360c; font-weight:bold;")
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_field)
        form.addRow(self.tr("开始日期"), self.start_field)
        form.addRow(self.tr("结束日期"), self.end_field)
        form.addRow(self.tr("排法"), self.seed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self._update_warning()

    def values(self) -> tuple[str, date, date, int]:
        return (
            self.name.text(),
            _pydate(self.start.date()),
            _pydate(self.end.date()),
            self.seed.value() - 1,  # the service's plans count from 0
        )

    def _update_warning(self) -> None:
        _, start, end, _ = self.values()
        text = calendar_warning_text(start, end, self._overrides)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def try_accept(self) -> bool:
        name, start, end, _ = self.values()
        holders = {"name": self.name_field, "start": self.start_field, "end": self.end_field}
        for holder in holders.values():
            holder.set_error("")
        try:
            check_new_rota(self._db, name, start, end)
        except ValidationError as exc:
            for problem in exc.errors:
                holders.get(problem.field, self.end_field).set_error(translate_error(problem))
            return False
        except (StorageError, PermissionDeniedError) as exc:
            self.start_field.set_error(exc.user_message)
            return False
        self.accept()
        return True


class SeatDialog(ReadingOrderFocus, QDialog):
    """Choose who takes a seat: the role's pool first, then the rest of the unit."""

    def __init__(self, title: str, choices, current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("（空缺）"), None)
        for person_id, label in choices:
            self.person.addItem(label, person_id)
        found = self.person.findData(current)
        self.person.setCurrentIndex(max(found, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        # The title bar may be cut short by the system: the change is said inside too.
        self.summary = QLabel(title, self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addRow(self.summary)
        layout.addRow(self.tr("值班人员"), self.person)
        layout.addRow(buttons)

    def chosen(self) -> int | None:
        return self.person.currentData()


class DutyLogDialog(ReadingOrderFocus, QDialog):
    """值班记录 of one shift: entries, the visits of the shift, handover notes, sign-off."""

    def __init__(self, db, actor, shift_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._shift_id = shift_id
        self._version = 0
        self.resize(900, 680)
        self.banner = Banner(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size:14px; font-weight:bold;")
        self.entries = QTableWidget(0, 4, self)
        self.entries.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("类别"), self.tr("内容"), self.tr("记录人")]
        )
        self.entries.horizontalHeader().setStretchLastSection(False)
        self.entries.setColumnWidth(2, 480)
        self.entries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.kind = QComboBox(self)
        for kind in LogKind:
            self.kind.addItem(self.tr(kind.value), kind.value)
        self.when = QDateTimeEdit(self, calendarPopup=True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.content = QLineEdit(self)
        self.content.setPlaceholderText(self.tr("事件、来电内容、处理情况…"))
        self.content_field = FieldWithError(self.content, self)
        self.add_button = QPushButton(self.tr("添加记录"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.content.returnPressed.connect(self.add_entry)
        add_row = QHBoxLayout()
        add_row.addWidget(self.kind)
        add_row.addWidget(self.when)
        add_row.addWidget(self.content_field, 1)
        add_row.addWidget(self.add_button)
        self.linked = QListWidget(self)
        self.candidates = QListWidget(self)
        self.link_button = QPushButton(self.tr("关联选中的记录"), self)
        self.link_button.clicked.connect(self.link_selected)
        links = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("已关联的来访登记和信访事项"), self))
        left.addWidget(self.linked)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("本班时段内的来访登记和信访事项"), self))
        right.addWidget(self.candidates)
        right.addWidget(self.link_button)
        links.addLayout(left)
        links.addLayout(right)
        self.handover = QPlainTextEdit(self)
        self.handover.setPlaceholderText(self.tr("交接班事项：未办结的事、需要下一班注意的事"))
        self.handover.setFixedHeight(70)
        self.handover_field = FieldWithError(self.handover, self)
        self.signer = QLineEdit(self)
        self.signer.setPlaceholderText(self.tr("值班人员签名"))
        self.signer_field = FieldWithError(self.signer, self)
        self.save_button = QPushButton(self.tr("保存交接事项"), self)
        self.save_button.clicked.connect(self.save_handover)
        self.sign_button = QPushButton(self.tr("签字确认"), self)
        self.sign_button.clicked.connect(self.sign)
        self.print_button = QPushButton(self.tr("打印值班记录"), self)
        self.print_button.clicked.connect(self.print_log)
        self.last_preview = None
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signer_field, 1)
        sign_row.addWidget(self.save_button)
        sign_row.addWidget(self.sign_button)
        sign_row.addWidget(self.print_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.entries, 2)
        layout.addLayout(add_row)
        layout.addLayout(links, 1)
        layout.addWidget(self.handover_field)
        layout.addLayout(sign_row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        from ...services import duty_log

        try:
            log = duty_log.get_shift_log(self._db, self._actor, self._shift_id)
            candidates = duty_log.records_during_shift(self._db, self._actor, self._shift_id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self._version = log.version
        shift = log.shift
        people = "；".join(
            f"{seat.role_name} {seat.name} {seat.phone}".strip()
            for seat in shift.seats
            if seat.name
        )
        self.setWindowTitle(
            self.tr("值班记录 {d} {p}").format(d=chinese_date(shift.day), p=shift.pattern_name)
        )
        self.heading.setText(
            self.tr("{start} 至 {end}　{people}").format(
                start=chinese_datetime(shift.starts_at),
                end=f"{chinese_month_day(shift.ends_at)} {shift.ends_at:%H:%M}",
                people=people,
            )
        )
        self.entries.setRowCount(0)
        for entry in log.entries:
            row = self.entries.rowCount()
            self.entries.insertRow(row)
            for column, text in enumerate(
                (
                    f"{chinese_month_day(entry.occurred_at)} {entry.occurred_at:%H:%M}",
                    entry.kind,
                    entry.content,
                    entry.created_by,
                )
            ):
                self.entries.setItem(row, column, QTableWidgetItem(text))
        self.linked.clear()
        linked_ids = set()
        for record in log.links:
            when = f"{record.when:%H:%M} " if record.when else ""
            self.linked.addItem(f"{when}{record.title}")
            linked_ids.add((record.kind, record.id))
        self.candidates.clear()
        for record in candidates:
            if (record.kind, record.id) in linked_ids:
                continue
            kind_name = duty_log.LINK_KIND_NAMES.get(record.kind, record.kind)
            item = QListWidgetItem(f"{record.when:%H:%M} [{kind_name}] {record.title}")
            item.setData(Qt.ItemDataRole.UserRole, (record.kind, record.id))
            self.candidates.addItem(item)
        if not self.handover.toPlainText():
            self.handover.setPlainText(log.handover_note)
        now = datetime.now()
        default = now if shift.starts_at <= now < shift.ends_at else shift.starts_at
        self.when.setDateTime(QDateTime(default.replace(second=0, microsecond=0)))
        signed = log.signed_off
        for widget in (
            self.add_button,
            self.link_button,
            self.save_button,
            self.sign_button,
            self.content,
            self.handover,
            self.signer,
        ):
            widget.setEnabled(not signed)
        if signed:
            self.signer.setText(log.signed_off_by)
            self.banner.show_message(
                "ok",
                self.tr("{name} 已于 {when} 签字确认").format(
                    name=log.signed_off_by, when=chinese_datetime(log.signed_off_at)
                ),
            )

    def _problem(self, exc: Exception, fields: dict[str, FieldWithError]) -> None:
        if isinstance(exc, ValidationError):
            shown = False
            for error in exc.errors:
                holder = fields.get(error.field)
                if holder is not None:
                    holder.set_error(translate_error(error))
                    shown = True
            if not shown:
                self.banner.show_message("error", "；".join(translate_error(e) for e in exc.errors))
        elif isinstance(exc, StorageError):
            self.banner.show_message("error", exc.user_message)
        else:
            raise exc

    def add_entry(self) -> None:
        from ...services import duty_log

        self.content_field.set_error("")
        when = self.when.dateTime().toPython()
        try:
            duty_log.add_log_entry(
                self._db,
                self._actor,
                self._shift_id,
                self.kind.currentData(),
                when,
                self.content.text(),
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._problem(exc, {"content": self.content_field, "occurred_at": self.content_field})
            return
        self.content.clear()
        self.reload()

    def link_selected(self) -> None:
        from ...services import duty_log

        for item in self.candidates.selectedItems():
            try:
                kind, target_id = item.data(Qt.ItemDataRole.UserRole)
                duty_log.link_record(self._db, self._actor, self._shift_id, kind, target_id)
            except (ValidationError, StorageError, PermissionDeniedError) as exc:
                self._problem(exc, {})
                return
        self.reload()

    def save_handover(self) -> None:
        from ...services import duty_log

        self.handover_field.set_error("")
        try:
            self._version = duty_log.save_handover(
                self._db,
                self._actor,
                self._shift_id,
                self.handover.toPlainText(),
                expected_version=self._version,
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._problem(exc, {"handover": self.handover_field})
            return
        self.banner.show_message("ok", self.tr("交接事项已保存"))

    def print_log(self) -> None:
        from ...reports.rota_duty_log import build_duty_log_pdf
        from ...services import duty_log
        from ..print_preview import PdfPreviewDialog

        try:
            pdf = build_duty_log_pdf(duty_log.duty_log_sheet(self._db, self._actor, self._shift_id))
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.last_preview = PdfPreviewDialog(
            pdf, self.tr("值班记录"), f"值班记录-{self._shift_id}.pdf", self
        )
        self.last_preview.open()

    def sign(self) -> None:
        from ...services import duty_log

        self.signer_field.set_error("")
        self.handover_field.set_error("")
        try:
            duty_log.sign_off(
                self._db,
                self._actor,
                self._shift_id,
                self.signer.text(),
                expected_version=self._version,
                handover_note=self.handover.toPlainText(),
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._problem(
                exc, {"signed_off_by": self.signer_field, "handover": self.handover_field}
            )
            return
        self.reload()
