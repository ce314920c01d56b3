"""办理: where a case stands, its deadlines, the next step with its details, the history,
督办 and the notices to print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.case_flow import EVALUATIONS, REQUIRED_DETAILS, STEP_OPTIONAL_DETAILS, Step
from ...domain.cases import URGING_METHODS, UrgingDraft
from ...domain.dates import chinese_date, chinese_datetime
from ...domain.errors import ValidationError
from ...services import cases as case_service
from ...services.cases import CaseRecord
from ...services.context import Actor
from ...services.people import list_people
from ..widgets import Banner, FieldWithError, ReadingOrderFocus
from .form import translate_error

_LONG_TEXT = 300  # details longer than this get a multi-line box


def _day(value: date | None) -> str:
    return chinese_date(value) if value else "—"


class StepPanel(QWidget):
    """The workflow part of the case page; ``changed`` carries the case id after a step."""

    changed = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.record: CaseRecord | None = None
        self._attachment_records: list = []
        self._removes_copies = False
        self.banner = Banner(self)
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        self.step = QComboBox(self)
        self.step.currentIndexChanged.connect(lambda _i: self._build_details())
        self.on = QDateEdit(self, calendarPopup=True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(QDate.currentDate())
        self.take_button = QPushButton(self.tr("办理"), self)
        self.take_button.clicked.connect(self.take)
        self.details_box = QWidget(self)
        self.details_layout = QFormLayout(self.details_box)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_fields: dict[str, FieldWithError] = {}
        self.history = QListWidget(self)
        self.urge_button = QPushButton(self.tr("督办…"), self)
        self.urge_button.clicked.connect(self.urge)
        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(80)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        self.attach_button = QPushButton(self.tr("添加附件…"), self)
        self.attach_button.clicked.connect(self.add_attachment)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("下一步"), self))
        top.addWidget(self.step, 1)
        top.addWidget(QLabel(self.tr("日期"), self))
        top.addWidget(self.on)
        top.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.details_box)
        layout.addWidget(QLabel(self.tr("办理经过与督办"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.urge_button)
        layout.addWidget(QLabel(self.tr("附件（扫描件、照片；双击打开）"), self))
        layout.addWidget(self.attachments)
        layout.addWidget(self.attach_button)
        self.show_record(None)

    def show_record(self, record: CaseRecord | None) -> None:
        self.record = record
        self.banner.clear_message()
        self.step.blockSignals(True)
        self.step.clear()
        self.history.clear()
        enabled = record is not None
        for widget in (self.step, self.on, self.take_button, self.urge_button, self.attach_button):
            widget.setEnabled(enabled)
        self._show_attachments()
        if record is None:
            self.status.setText(self.tr("请先保存或选中一件信访事项。"))
            self.step.blockSignals(False)
            self._build_details()
            return
        for step in record.allowed_steps:
            self.step.addItem(self.tr(step.value), step.name)
        self.step.blockSignals(False)
        clock = record.clock
        nxt = clock.next_deadline
        lines = [
            self.tr("状态：{state}").format(state=self.tr(clock.state.value)),
            self.tr("下一期限：{kind} {day}").format(kind=nxt.kind, day=_day(nxt.due))
            if nxt
            else self.tr("下一期限：无"),
            self.tr("书面告知：{day}").format(day=_day(clock.notified_on)),
        ]
        if nxt and nxt.target:
            lines.append(self.tr("内部目标：{day}").format(day=_day(nxt.target)))
        if clock.paused_since:
            lines.append(
                self.tr("听证中（自 {day} 起停止计时）").format(day=_day(clock.paused_since))
            )
        if clock.warning:
            lines.append(clock.warning)
        self.status.setText(
            "　".join(lines[:4]) + ("\n" + "\n".join(lines[4:]) if lines[4:] else "")
        )
        for event in record.events:
            summary = "；".join(str(v) for k, v in event.details.items() if k != "owner_id")
            self.history.addItem(
                f"{chinese_date(event.on)} {self.tr(event.step.value)} {summary}"
                f"（{event.recorded_by} {chinese_datetime(event.recorded_at)} 记录）"
            )
        try:
            changes = case_service.case_changes(self._db, self._actor, record.id)
        except StorageError:
            changes = []
        for change in changes:
            self.history.addItem(
                self.tr("{when} {who} 修改{field}：{old} → {new}").format(
                    when=chinese_datetime(change.changed_at),
                    who=change.changed_by,
                    field=change.field_label,
                    old=change.old_value or "（空）",
                    new=change.new_value or "（空）",
                )
            )
        for urging in record.urgings:
            self.history.addItem(
                self.tr("{day} 督办（{method}）{by} → {to}：{response}").format(
                    day=chinese_date(urging.urged_on),
                    method=urging.method,
                    by=urging.urged_by,
                    to=urging.urged_to,
                    response=urging.response or self.tr("待反馈"),
                )
            )
        self._build_details()

    def refresh_record(self, record: CaseRecord) -> None:
        """The same case changed from another tab (a 告知书 served takes 书面告知): show it,
        keeping a step the user is typing when that step is still allowed."""
        step, typed, on = self.current_step(), self.details(), self.on.date()
        self.show_record(record)
        if step is None or step not in record.allowed_steps:
            return
        self.step.setCurrentIndex(self.step.findData(step.name))
        self.on.setDate(on)
        for name, value in typed.items():
            wrapped = self.detail_fields.get(name)
            widget = wrapped.field if wrapped is not None else None
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def current_step(self) -> Step | None:
        name = self.step.currentData()
        return Step[name] if name else None

    def _build_details(self) -> None:
        while self.details_layout.rowCount():
            self.details_layout.removeRow(0)
        self.detail_fields = {}
        step = self.current_step()
        if step is None:
            return
        for name, (label, max_length) in REQUIRED_DETAILS.get(step, {}).items():
            widget = QPlainTextEdit(self) if max_length > _LONG_TEXT else QLineEdit(self)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(48)
            self._add_detail(name, self.tr(label), widget)
        # 复查 by this unit of another body's decision: that body and its 处理意见书 (optional;
        # left empty, the step records a 复查 result received from above).
        for name, (label, max_length) in STEP_OPTIONAL_DETAILS.get(step, {}).items():
            widget = QPlainTextEdit(self) if max_length > _LONG_TEXT else QLineEdit(self)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(48)
            self._add_detail(name, self.tr(label), widget)
        if step == Step.EXTEND:
            days = QSpinBox(self)
            days.setRange(1, 365)
            days.setValue(30)
            self._add_detail("days", self.tr("延长天数"), days)
        if step == Step.ASSIGN:
            owner = QComboBox(self)
            owner.addItem(self.tr("（不变）"), None)
            try:
                for person in list_people(self._db, leaders_only=True):
                    owner.addItem(person.label, person.id)
            except (StorageError, PermissionDeniedError) as exc:
                self.banner.show_message("error", exc.user_message)
            self._add_detail("owner_id", self.tr("包案领导"), owner)
        if step == Step.CLOSE:
            evaluation = QComboBox(self)
            evaluation.addItem(self.tr("（未评价）"), "")
            for choice in EVALUATIONS:
                evaluation.addItem(choice, choice)  # stored as shown, like a category
            self._add_detail("evaluation", self.tr("信访人评价"), evaluation)
        self._add_detail("note", self.tr("说明"), QLineEdit(self))

    def _add_detail(self, name: str, label: str, widget: QWidget) -> None:
        wrapped = FieldWithError(widget, self)
        self.detail_fields[name] = wrapped
        self.details_layout.addRow(label, wrapped)

    def detail_widget(self, name: str) -> QWidget:
        return self.detail_fields[name].field

    def details(self) -> dict:
        values: dict = {}
        for name, wrapped in self.detail_fields.items():
            widget = wrapped.field
            if isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
        return values

    def take(self) -> bool:
        step, record = self.current_step(), self.record
        if step is None or record is None:
            return False
        for wrapped in self.detail_fields.values():
            wrapped.set_error("")
        try:
            updated = case_service.take_case_step(
                self._db,
                self._actor,
                record.id,
                step,
                self.on.date().toPython(),
                self.details(),
                expected_version=record.version,
            )
        except ValidationError as exc:
            shown = False
            for name, error in exc.by_field().items():
                if name in self.detail_fields:
                    self.detail_fields[name].set_error(translate_error(error))
                    shown = True
            first = translate_error(exc.errors[0])
            self.banner.show_message(
                "error", self.tr("没有办理：请按红字修改。") if shown else first
            )
            return False
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.show_record(updated)
        self.banner.show_message(
            "ok",
            self.tr("已{step}：{number}").format(step=self.tr(step.value), number=updated.number),
        )
        self.changed.emit(updated.id)
        return True

    def _show_attachments(self) -> None:
        from ...services.case_attachments import list_attachments

        self.attachments.clear()
        self._attachment_records = []
        if self.record is None:
            return
        try:
            self._attachment_records = list_attachments(self._db, self._actor, self.record.id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        for item in self._attachment_records:
            self.attachments.addItem(
                self.tr("{name}（{kb} KB，{who} {when}）").format(
                    name=item.file_name,
                    kb=max(1, item.size // 1024),
                    who=item.added_by,
                    when=chinese_date(item.added_at),
                )
            )

    def add_attachment(self) -> None:
        from ...services.case_attachments import add_attachment
        from .. import prompts

        if self.record is None:
            return
        path = prompts.ask_open_path(
            self,
            self.tr("添加附件"),
            self.tr("扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif);;所有文件 (*)"),
        )
        if not path:
            return
        try:
            added = add_attachment(self._db, self._actor, self.record.id, path)
        except ValidationError as exc:
            self.banner.show_message("error", translate_error(exc.errors[0]))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self._show_attachments()
        self.banner.show_message("ok", self.tr("已添加附件：{name}").format(name=added.file_name))

    def open_attachment(self) -> None:
        """Open a copy under its own name in a private temporary folder (the store keeps
        hashed names); the copies are removed when this view closes and at exit."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ...services.case_attachments import open_temp_copy, remove_temp_copies

        row = self.attachments.currentRow()
        if not 0 <= row < len(self._attachment_records):
            return
        record = self._attachment_records[row]
        try:
            copy = open_temp_copy(self._db, self._actor, record)
            if not self._removes_copies:
                self.destroyed.connect(lambda *_: remove_temp_copies())
                self._removes_copies = True
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def urge(self) -> None:
        from .. import prompts

        if self.record is None:
            return
        dialog = UrgingDialog(self._db, self._actor, self.record, self)
        if prompts.run_dialog(dialog):
            self.show_record(case_service.get_case(self._db, self._actor, self.record.id))
            self.banner.show_message("ok", self.tr("已记录督办"))


class UrgingDialog(ReadingOrderFocus, QDialog):
    """督办: record one urging; stays open with the typed text when something is wrong."""

    def __init__(self, db: Database, actor: Actor, record: CaseRecord, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("督办 {number}").format(number=record.number))
        self._db, self._actor, self._record = db, actor, record
        self.urged_on = QDateEdit(self, calendarPopup=True)
        self.urged_on.setDisplayFormat("yyyy-MM-dd")
        self.urged_on.setDate(QDate.currentDate())
        self.method = QComboBox(self, editable=True)
        for method in URGING_METHODS:
            # Shown in the window's language, stored (and printed) in Chinese.
            self.method.addItem(self.tr(method), method)
        self.urged_by = QLineEdit(self)
        self.urged_to = QLineEdit(record.draft.handling_office, self)
        self.response = QPlainTextEdit(self)
        self.response.setFixedHeight(60)
        self.banner = Banner(self)
        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout()
        for name, label, widget in (
            ("urged_on", self.tr("督办日期"), self.urged_on),
            ("method", self.tr("督办方式"), self.method),
            ("urged_by", self.tr("督办人"), self.urged_by),
            ("urged_to", self.tr("被督办部门/人"), self.urged_to),
            ("response", self.tr("办理反馈"), self.response),
        ):
            self.fields[name] = FieldWithError(widget, self)
            form.addRow(label, self.fields[name])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_method(self) -> str:
        """The Chinese word of a listed method, or the text the user typed for another."""
        typed = self.method.currentText()
        index = self.method.findText(typed)
        return self.method.itemData(index) if index >= 0 else typed

    def save(self) -> None:
        for wrapped in self.fields.values():
            wrapped.set_error("")
        draft = UrgingDraft(
            urged_on=self.urged_on.date().toPython(),
            method=self.chosen_method(),
            urged_by=self.urged_by.text(),
            urged_to=self.urged_to.text(),
            response=self.response.toPlainText(),
        )
        try:
            case_service.add_urging(self._db, self._actor, self._record.id, draft)
        except ValidationError as exc:
            for name, error in exc.by_field().items():
                if name in self.fields:
                    self.fields[name].set_error(translate_error(error))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.accept()
