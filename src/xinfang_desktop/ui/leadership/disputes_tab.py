"""矛盾纠纷 tab: the dispute ledger with the 五个一, progress notes, resolution, printing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.disputes import STATUS_RESOLVED, DisputeDraft
from ...domain.errors import FieldError, ValidationError
from ...domain.screening import RISK_LABELS
from ...services import disputes as dispute_service
from ...services import leadership_printing
from ...services import people as people_service
from .. import prompts
from ..widgets import Banner
from .common import (
    DateField,
    PeopleChecklist,
    PersonPicker,
    Printer,
    ServiceDialog,
    error_text,
    fill_table,
    make_table,
    raise_if,
    select_id,
    selected_id,
)


class DisputeDialog(ServiceDialog):
    """Register a dispute (or edit one); from a screening finding the form starts filled."""

    def __init__(self, db, actor, people, *, dispute=None, finding=None, parent=None):
        super().__init__(self.tr("矛盾纠纷登记（五个一）"), parent)
        self._db, self._actor, self._dispute, self._finding = db, actor, dispute, finding
        self.found_on = self.add_field(
            "found_on", self.tr("排查日期*"), DateField(date.today(), self)
        )
        self.matter = self.add_field("matter", self.tr("纠纷事项*"), QPlainTextEdit(self))
        self.parties = self.add_field("parties", self.tr("当事人"), QLineEdit(self))
        self.team = self.add_field("team_ids", self.tr("化解班子*"), PeopleChecklist(people, self))
        self.responsible = self.add_field(
            "responsible_id", self.tr("责任人*"), PersonPicker(people, self)
        )
        self.plan = self.add_field("plan", self.tr("化解方案*"), QPlainTextEdit(self))
        self.deadline = self.add_field("deadline", self.tr("化解时限*"), DateField(None, self))
        self.risk = self.add_field("risk_level", self.tr("风险等级*"), QComboBox(self))
        self.risk.addItem(self.tr("（请选择）"), "")
        for level, label in RISK_LABELS.items():
            self.risk.addItem(label, level)
        self.risk_note = self.add_field("risk_note", self.tr("风险评估"), QLineEdit(self))
        for edit in (self.matter, self.plan):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
        if finding is not None:
            self.matter.setPlainText(f"{finding.group_name}：{finding.findings}")
            self.risk.setCurrentIndex(self.risk.findData(finding.risk_level))
            self.responsible.select(finding.follow_up_owner_id or finding.screened_by_id)
        if dispute is not None:
            self.found_on.setText(dispute.found_on.isoformat())
            self.matter.setPlainText(dispute.matter)
            self.parties.setText(dispute.parties)
            self.team.check(dispute.team_ids)
            self.responsible.select(dispute.responsible_id)
            self.plan.setPlainText(dispute.plan)
            self.deadline.setText(dispute.deadline.isoformat())
            self.risk.setCurrentIndex(self.risk.findData(dispute.risk_level))
            self.risk_note.setText(dispute.risk_note)

    def save(self):
        errors: list[FieldError] = []
        found_on = self.found_on.value("found_on", errors)
        deadline = self.deadline.value("deadline", errors)
        raise_if(errors)
        draft = DisputeDraft(
            found_on=found_on,
            matter=self.matter.toPlainText(),
            responsible_id=self.responsible.person_id(),
            team_ids=self.team.checked_ids(),
            plan=self.plan.toPlainText(),
            deadline=deadline,
            risk_level=self.risk.currentData(),
            parties=self.parties.text(),
            risk_note=self.risk_note.text(),
        )
        if self._dispute is not None:
            return dispute_service.update_dispute(
                self._db,
                self._actor,
                self._dispute.id,
                draft,
                expected_version=self._dispute.version,
            )
        source = (self._finding.id, self._finding.version) if self._finding else None
        return dispute_service.add_dispute(self._db, self._actor, draft, from_screening=source)


class NoteDialog(ServiceDialog):
    def __init__(self, db, actor, dispute, parent=None):
        super().__init__(self.tr("化解进展"), parent)
        self._db, self._actor, self._dispute = db, actor, dispute
        self.noted_on = self.add_field("noted_on", self.tr("日期*"), DateField(date.today(), self))
        self.note = self.add_field("note", self.tr("进展情况*"), QPlainTextEdit(self))
        self.note.setTabChangesFocus(True)
        self.resolved = QCheckBox(self.tr("已化解（以此日期为化解日期）"), self)
        self.form.addRow("", self.resolved)

    def save(self):
        errors: list[FieldError] = []
        day = self.noted_on.value("noted_on", errors)
        raise_if(errors)
        saved = dispute_service.add_note(
            self._db,
            self._actor,
            self._dispute.id,
            day,
            self.note.toPlainText(),
            expected_version=self._dispute.version,
        )
        if self.resolved.isChecked():
            saved = dispute_service.resolve_dispute(
                self._db, self._actor, saved.id, day, expected_version=saved.version
            )
        return saved


class DisputesTab(QWidget):
    disputes_changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.open_only = QCheckBox(self.tr("只看未化解"), self)
        self.open_only.toggled.connect(self.load)
        self.table = make_table(
            self,
            [
                self.tr("排查日期"),
                self.tr("纠纷事项"),
                self.tr("责任人"),
                self.tr("化解班子"),
                self.tr("化解时限"),
                self.tr("风险"),
                self.tr("状态"),
                self.tr("最新进展"),
            ],
        )
        self.add_button = QPushButton(self.tr("登记纠纷…"), self)
        self.add_button.clicked.connect(self.add_dispute)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.edit_button.clicked.connect(self.edit_dispute)
        self.note_button = QPushButton(self.tr("记录进展…"), self)
        self.note_button.clicked.connect(self.add_note)
        self.print_button = QPushButton(self.tr("打印台账"), self)
        self.print_button.clicked.connect(self.print_ledger)
        self.printer = Printer(self, self.banner)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._records: list = []

    def load(self) -> None:
        today = date.today()
        try:
            self._records = dispute_service.list_disputes(
                self._db, self._actor, open_only=self.open_only.isChecked()
            )
        except (StorageError, ValidationError, PermissionDeniedError) as error:
            self.banner.show_message("error", getattr(error, "user_message", str(error)))
            return
        fill_table(
            self.table,
            [
                [
                    chinese_date(d.found_on),
                    d.matter,
                    d.responsible,
                    "、".join(d.team),
                    chinese_date(d.deadline),
                    d.risk_label,
                    d.status_label + (self.tr("（逾期）") if d.overdue(today) else ""),
                    d.notes[-1].text if d.notes else "",
                ]
                for d in self._records
            ],
            [d.id for d in self._records],
            highlight=[d.overdue(today) for d in self._records],
        )

    def open_dialog(self, *, finding=None, dispute=None) -> bool:
        people = people_service.list_people(self._db)
        dialog = DisputeDialog(
            self._db, self._actor, people, dispute=dispute, finding=finding, parent=self
        )
        if not prompts.run_dialog(dialog):
            return False
        self.load()
        select_id(self.table, dialog.saved.id)
        self.disputes_changed.emit()
        return True

    def add_dispute(self) -> None:
        if self.open_dialog():
            self.banner.show_message("ok", self.tr("已登记矛盾纠纷"))

    def _selected(self):
        dispute_id = selected_id(self.table)
        record = next((d for d in self._records if d.id == dispute_id), None)
        if record is None:
            self.banner.show_message("error", self.tr("请先在台账中选中一条纠纷"))
        return record

    def edit_dispute(self) -> None:
        record = self._selected()
        if record is not None and self.open_dialog(dispute=record):
            self.banner.show_message("ok", self.tr("已保存修改"))

    def add_note(self) -> None:
        record = self._selected()
        if record is None:
            return
        if record.status == STATUS_RESOLVED:
            self.banner.show_message("error", error_text(FieldError("status", "这条纠纷已化解")))
            return
        dialog = NoteDialog(self._db, self._actor, record, self)
        if prompts.run_dialog(dialog):
            self.load()
            select_id(self.table, record.id)
            self.banner.show_message("ok", self.tr("已记录进展"))
            self.disputes_changed.emit()

    def print_ledger(self) -> None:
        db, open_only, today = self._db, self.open_only.isChecked(), date.today()
        actor = self._actor
        self.printer.run(
            lambda: leadership_printing.render(
                db,
                actor,
                leadership_printing.dispute_ledger_form(
                    db, actor, today=today, open_only=open_only
                ),
            ),
            self.tr("矛盾纠纷排查化解台账"),
            self.tr("矛盾纠纷排查化解台账.pdf"),
        )
