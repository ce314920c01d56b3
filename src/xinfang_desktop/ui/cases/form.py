"""The case form: the record of a petition (Art. 19), new or being changed.

A failed save keeps everything typed and shows each problem under its field."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.cases import (
    MAX_PEOPLE,
    CaseDraft,
    CaseSettings,
    Channel,
    PetitionerDraft,
)
from ...domain.errors import ValidationError
from ...services import cases as case_service
from ...services.context import Actor
from ...services.people import list_people
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError, ReadingOrderFocus

log = logging.getLogger("xinfang.ui")

PETITIONER_COLUMNS = ("姓名", "联系电话", "身份证号", "住址/单位", "代表")
_START_ROWS = 2
_EARLIER_DELAY_MS = 300


class CaseForm(ReadingOrderFocus, QWidget):
    saved = Signal(int)  # case id

    def __init__(self, db: Database, actor: Actor, settings: CaseSettings, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.case_id: int | None = None
        self.version: int | None = None
        self.visit_id: int | None = None
        self.finding_id: int | None = None
        self._baseline: CaseDraft | None = None

        self.title = QLabel(self.tr("新信访事项"), self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.banner = Banner(self)
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(self.tr(channel.value), channel.value)
        self.received_on = QDateEdit(self, calendarPopup=True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setDate(QDate.currentDate())
        self.referring_body = QLineEdit(self)
        self.referring_ref = QLineEdit(self)
        self.petitioners = QTableWidget(_START_ROWS, len(PETITIONER_COLUMNS), self)
        self.petitioners.setHorizontalHeaderLabels([self.tr(c) for c in PETITIONER_COLUMNS])
        self.petitioners.setMinimumHeight(110)
        for column, width in enumerate((70, 105, 150, 120, 40)):
            self.petitioners.setColumnWidth(column, width)
        self._reset_petitioner_rows(_START_ROWS)
        self.add_petitioner = QPushButton(self.tr("添加信访人"), self)
        self.add_petitioner.clicked.connect(
            lambda: self._reset_petitioner_rows(self.petitioners.rowCount() + 1, keep=True)
        )
        self.people_count = QSpinBox(self)
        self.people_count.setRange(1, MAX_PEOPLE)
        self.request = QPlainTextEdit(self)
        self.facts = QPlainTextEdit(self)
        self.reasons = QPlainTextEdit(self)
        for edit in (self.request, self.facts, self.reasons):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
        self.category = QComboBox(self, editable=True)
        self.area = QComboBox(self, editable=True)
        self.accused = QLineEdit(self)
        self.accused.setPlaceholderText(self.tr("保密：不打印在发给被反映方的文书上"))
        self.accused_office = QLineEdit(self)
        self.owner = QComboBox(self)
        self.handling_office = QLineEdit(self)
        self.remarks = QLineEdit(self)
        self.earlier = QLabel(self)
        self.earlier.setObjectName("earlierCases")
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #bf360c;")

        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout()
        rows = (
            ("channel", self.tr("渠道"), self.channel),
            ("received_on", self.tr("收到日期"), self.received_on),
            ("referring_body", self.tr("转办/交办机关"), self.referring_body),
            ("referring_ref", self.tr("转办文号"), self.referring_ref),
            ("petitioners", self.tr("信访人"), self.petitioners),
            ("people_count", self.tr("人数（人次）"), self.people_count),
            ("request", self.tr("信访请求"), self.request),
            ("facts", self.tr("事实"), self.facts),
            ("reasons", self.tr("理由"), self.reasons),
            ("category", self.tr("类别"), self.category),
            ("area", self.tr("所属地区"), self.area),
            ("accused", self.tr("被反映人"), self.accused),
            ("accused_office", self.tr("被反映部门"), self.accused_office),
            ("owner_id", self.tr("包案领导"), self.owner),
            ("handling_office", self.tr("承办部门"), self.handling_office),
            ("remarks", self.tr("备注"), self.remarks),
        )
        for name, label, widget in rows:
            extra = self.add_petitioner if name == "petitioners" else None
            wrapped = FieldWithError(widget, self, extra=extra)
            self.fields[name] = wrapped
            form.addRow(label, wrapped)

        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("新建"), self)
        self.new_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.earlier)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        # While a petitioner is typed, earlier cases of the same person show up (重信重访).
        self._earlier_timer = QTimer(self, singleShot=True, interval=_EARLIER_DELAY_MS)
        self._earlier_timer.timeout.connect(self.show_earlier_cases)
        self.petitioners.cellChanged.connect(lambda _r, _c: self._earlier_timer.start())
        self.apply_settings(settings)
        self._channel_changed()

    # --- settings and lists -----------------------------------------------------------------
    def apply_settings(self, settings: CaseSettings) -> None:
        for combo, items in ((self.category, settings.categories), (self.area, settings.areas)):
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(list(items))
            combo.setCurrentText(current)
        self.reload_people()

    def reload_people(self) -> None:
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("（未指定）"), None)
        try:
            for person in list_people(self._db, leaders_only=True):
                self.owner.addItem(person.label, person.id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(0, index))

    def _channel_changed(self) -> None:
        referral = self.channel.currentData() == Channel.REFERRAL.value
        for name in ("referring_body", "referring_ref"):
            self.fields[name].setEnabled(referral)

    # --- petitioner rows -------------------------------------------------------------------
    def _reset_petitioner_rows(self, count: int, *, keep: bool = False) -> None:
        old = self.petitioners.rowCount() if keep else 0
        if not keep:
            self.petitioners.clearContents()
        self.petitioners.setRowCount(count)
        for row in range(old, count):
            for column in range(len(PETITIONER_COLUMNS) - 1):
                self.petitioners.setItem(row, column, QTableWidgetItem(""))
            box = QCheckBox(self.petitioners)
            self.petitioners.setCellWidget(row, len(PETITIONER_COLUMNS) - 1, box)

    def _petitioner_drafts(self) -> tuple[PetitionerDraft, ...]:
        people = []
        for row in range(self.petitioners.rowCount()):
            texts = [
                (self.petitioners.item(row, c).text() if self.petitioners.item(row, c) else "")
                for c in range(4)
            ]
            box = self.petitioners.cellWidget(row, 4)
            people.append(PetitionerDraft(*texts, is_representative=bool(box and box.isChecked())))
        return tuple(people)

    def set_petitioner(self, row: int, person: PetitionerDraft) -> None:
        if row >= self.petitioners.rowCount():
            self._reset_petitioner_rows(row + 1, keep=True)
        for column, value in enumerate(
            (person.name, person.phone, person.id_number, person.address)
        ):
            self.petitioners.item(row, column).setText(value)
        self.petitioners.cellWidget(row, 4).setChecked(person.is_representative)

    # --- draft in and out ------------------------------------------------------------------
    def draft(self) -> CaseDraft:
        return CaseDraft(
            channel=self.channel.currentData() or "",
            received_on=self.received_on.date().toPython(),
            petitioners=self._petitioner_drafts(),
            request=self.request.toPlainText(),
            facts=self.facts.toPlainText(),
            reasons=self.reasons.toPlainText(),
            category=self.category.currentText(),
            area=self.area.currentText(),
            accused=self.accused.text(),
            accused_office=self.accused_office.text(),
            owner_id=self.owner.currentData(),
            handling_office=self.handling_office.text(),
            referring_body=self.referring_body.text(),
            referring_ref=self.referring_ref.text(),
            people_count=self.people_count.value(),
            visit_id=self.visit_id,
            remarks=self.remarks.text(),
            finding_id=self.finding_id,
        )

    def fill(self, draft: CaseDraft) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        self.received_on.setDate(QDate(draft.received_on))
        self._reset_petitioner_rows(max(_START_ROWS, len(draft.petitioners)))
        for row, person in enumerate(draft.petitioners):
            self.set_petitioner(row, person)
        self.people_count.setValue(draft.people_count)
        self.request.setPlainText(draft.request)
        self.facts.setPlainText(draft.facts)
        self.reasons.setPlainText(draft.reasons)
        self.category.setCurrentText(draft.category)
        self.area.setCurrentText(draft.area)
        self.accused.setText(draft.accused)
        self.accused_office.setText(draft.accused_office)
        self.owner.setCurrentIndex(max(0, self.owner.findData(draft.owner_id)))
        self.handling_office.setText(draft.handling_office)
        self.referring_body.setText(draft.referring_body)
        self.referring_ref.setText(draft.referring_ref)
        self.remarks.setText(draft.remarks)
        self.visit_id = draft.visit_id
        self.finding_id = draft.finding_id
        self._clear_errors()

    def clear(self) -> None:
        self.case_id = self.version = None
        self.title.setText(self.tr("新信访事项"))
        self.fill(
            CaseDraft(
                channel=Channel.LETTER.value, received_on=date.today(), petitioners=(), request=""
            )
        )
        self.earlier.clear()
        self.banner.clear_message()
        self._baseline = self.draft()

    def unsaved_work(self) -> list[str]:
        """Typing that closing the window now would throw away."""
        if self._baseline is None or self.draft() == self._baseline:
            return []
        if self.case_id is None:
            return [self.tr("未保存的新信访事项")]
        return [self.tr("信访事项的修改（{title}）").format(title=self.title.text())]

    def start_from_visit(self, draft: CaseDraft) -> None:
        self.clear()
        self.fill(draft)
        if draft.finding_id is not None:
            self.title.setText(self.tr("新信访事项（来自包组摸排发现）"))
        else:
            self.title.setText(self.tr("新信访事项（来自来访登记）"))
        self.request.setFocus()
        self.show_earlier_cases()

    def load(self, case_id: int) -> bool:
        try:
            record = case_service.get_case(self._db, self._actor, case_id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.fill(record.draft)
        self.case_id, self.version = record.id, record.version
        self._baseline = self.draft()
        self.title.setText(self.tr("信访事项 {number}").format(number=record.number))
        self.banner.clear_message()
        self.earlier.setText(
            self.tr("重信重访：前次为 {number}").format(number=record.repeat_of_number)
            if record.repeat_of_number
            else ""
        )
        return True

    def show_earlier_cases(self) -> None:
        try:
            found = case_service.find_earlier_cases(self._db, self._actor, self.draft())
        except (StorageError, ValidationError):
            return
        found = [row for row in found if row.id != self.case_id]
        if not found and self.case_id is None:
            self.earlier.clear()
        if found and self.case_id is None:
            self.earlier.setText(
                self.tr(
                    "此信访人或事项此前有 {n} 件：{numbers}（保存后自动关联为重信重访）"
                ).format(n=len(found), numbers="、".join(r.number for r in found[:5]))
            )

    # --- saving ------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for wrapped in self.fields.values():
            wrapped.set_error("")

    def save(self) -> bool:
        self._clear_errors()
        draft = self.draft()
        try:
            if self.case_id is None:
                record = case_service.register_case(self._db, self._actor, draft)
            else:
                record = case_service.update_case(
                    self._db, self._actor, self.case_id, draft, expected_version=self.version or 0
                )
        except ValidationError as exc:
            for name, error in exc.by_field().items():
                target = self.fields.get(name)
                if target is not None:
                    target.set_error(translate_error(error))
            self.banner.show_message("error", self.tr("没有保存：请按红字修改后再保存。"))
            return False
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.case_id, self.version = record.id, record.version
        self._baseline = self.draft()
        self.title.setText(self.tr("信访事项 {number}").format(number=record.number))
        note = (
            self.tr("，已关联前次 {n}（重信重访）").format(n=record.repeat_of_number)
            if record.repeat_of_number
            else ""
        )
        self.banner.show_message(
            "ok", self.tr("已保存 {number}{note}").format(number=record.number, note=note)
        )
        self.saved.emit(record.id)
        return True

    def set_version(self, version: int) -> None:
        self.version = version
