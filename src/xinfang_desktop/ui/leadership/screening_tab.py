"""包组摸排 tab: which leader is responsible for which group this term, which groups are due
for screening, the screening records, and what becomes of a finding (a follow-up, a dispute,
or a request to register a 信访事项)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import Permission, PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import FieldError, ValidationError
from ...domain.screening import (
    RISK_LABELS,
    STATUS_CASE_REGISTERED,
    STATUS_CASE_REQUESTED,
    STATUS_DISPUTE,
    STATUS_FOLLOW_UP,
    ScreeningDraft,
)
from ...services import leadership as leadership_service
from ...services import leadership_printing
from ...services import people as people_service
from ...services import screening as screening_service
from .. import prompts
from ..widgets import Banner
from .common import (
    DateField,
    PersonChoice,
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


class AssignDialog(ServiceDialog):
    def __init__(self, db, actor, term, row, members, parent=None):
        super().__init__(self.tr("指定负责领导：{group}").format(group=row.group_name), parent)
        self._db, self._actor, self._term, self._row = db, actor, term, row
        self.leader = self.add_field("leader_id", self.tr("负责领导*"), PersonPicker(members, self))
        self.leader.select(row.leader_id)
        start = max(term.founded_on, date.today()) if term.ended_on is None else term.founded_on
        self.assigned_on = self.add_field(
            "assigned_on", self.tr("指定日期*"), DateField(start, self)
        )
        self.replace = False

    def save(self):
        errors: list[FieldError] = []
        day = self.assigned_on.value("assigned_on", errors)
        if self.leader.person_id() is None:
            errors.append(FieldError("leader_id", "请选择负责领导"))
        if day is None and not errors:
            errors.append(FieldError("assigned_on", "请填写指定日期"))
        raise_if(errors)
        if (
            self._row.leader_id is not None
            and self._row.leader_id != self.leader.person_id()
            and not self.replace
        ):
            # Handing a group to another leader is deliberate: ask, then replace.
            if not prompts.ask_yes_no(
                self,
                self.tr("更换负责领导"),
                self.tr("{group}本届已由{name}负责，改由新选的领导负责吗？").format(
                    group=self._row.group_name, name=self._row.leader_name
                ),
            ):
                raise ValidationError(
                    [
                        FieldError(
                            "leader_id",
                            "{group}本届已由{name}负责，一个组只能有一名负责领导",
                            {"group": self._row.group_name, "name": self._row.leader_name},
                        )
                    ]
                )
            self.replace = True
        return screening_service.assign_group(
            self._db,
            self._actor,
            self._term.id,
            self._row.group_id,
            self.leader.person_id(),
            assigned_on=day,
            replace=self.replace,
        )


class ScreeningDialog(ServiceDialog):
    def __init__(self, db, actor, groups, members, people, group_id, leader_id, parent=None):
        super().__init__(self.tr("登记摸排"), parent)
        self._db, self._actor = db, actor
        self.screened_on = self.add_field(
            "screened_on", self.tr("摸排日期*"), DateField(date.today(), self)
        )
        self.group = self.add_field("group_id", self.tr("组别*"), QComboBox(self))
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        self.screened_by = self.add_field(
            "screened_by_id", self.tr("摸排人*"), PersonPicker(members, self)
        )
        self.screened_by.select(leader_id)
        self.no_new_issues = QCheckBox(self.tr("无新问题"), self)
        self.form.addRow("", self.no_new_issues)
        self.findings = self.add_field("findings", self.tr("发现的问题"), QPlainTextEdit(self))
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumHeight(100)
        self.risk = self.add_field("risk_level", self.tr("风险等级"), QComboBox(self))
        self.risk.addItem(self.tr("（请选择）"), "")
        for level, label in RISK_LABELS.items():
            self.risk.addItem(label, level)
        self.owner = self.add_field(
            "follow_up_owner_id",
            self.tr("跟进责任人"),
            PersonPicker(people, self, blank=self.tr("（不需要跟进）")),
        )
        self.due = self.add_field("follow_up_due", self.tr("跟进期限"), DateField(None, self))
        self.no_new_issues.toggled.connect(self._no_new_issues_toggled)

    def _no_new_issues_toggled(self, checked: bool) -> None:
        for widget in (self.findings, self.risk, self.owner, self.due):
            widget.setEnabled(not checked)

    def save(self):
        errors: list[FieldError] = []
        screened_on = self.screened_on.value("screened_on", errors)
        due = self.due.value("follow_up_due", errors)
        raise_if(errors)
        no_new = self.no_new_issues.isChecked()
        return screening_service.record_screening(
            self._db,
            self._actor,
            ScreeningDraft(
                screened_on=screened_on,
                group_id=self.group.currentData(),
                screened_by_id=self.screened_by.person_id(),
                no_new_issues=no_new,
                findings="" if no_new else self.findings.toPlainText(),
                risk_level="" if no_new else self.risk.currentData(),
                follow_up_owner_id=None if no_new else self.owner.person_id(),
                follow_up_due=None if no_new else due,
            ),
        )


class FollowUpDialog(ServiceDialog):
    def __init__(self, db, actor, record, people, parent=None):
        super().__init__(self.tr("指定跟进"), parent)
        self._db, self._actor, self._record = db, actor, record
        self.owner = self.add_field(
            "follow_up_owner_id", self.tr("跟进责任人*"), PersonPicker(people, self)
        )
        self.owner.select(record.follow_up_owner_id)
        self.due = self.add_field(
            "follow_up_due", self.tr("跟进期限*"), DateField(record.follow_up_due, self)
        )

    def save(self):
        errors: list[FieldError] = []
        due = self.due.value("follow_up_due", errors)
        raise_if(errors)
        return screening_service.set_follow_up(
            self._db,
            self._actor,
            self._record.id,
            self.owner.person_id(),
            due,
            expected_version=self._record.version,
        )


class ScreeningTab(QWidget):
    # A finding became a dispute: the disputes tab reloads.
    dispute_created = Signal()
    records_changed = Signal()
    # A clerk turns a finding into a case at once: the window opens the case form from it.
    case_form_requested = Signal(int)

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.term_box = QComboBox(self)
        self.term_box.currentIndexChanged.connect(self.load_overview)
        self.interval_label = QLabel(self)
        self.overview = make_table(
            self,
            [
                self.tr("组别"),
                self.tr("负责领导"),
                self.tr("最近摸排"),
                self.tr("应摸排日期"),
                self.tr("状态"),
            ],
        )
        self.assign_button = QPushButton(self.tr("指定负责领导…"), self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.unassign_button = QPushButton(self.tr("取消指定"), self)
        self.unassign_button.clicked.connect(self.unassign_selected)
        self.record_button = QPushButton(self.tr("登记摸排…"), self)
        self.record_button.clicked.connect(self.record_screening)
        self.print_assignments_button = QPushButton(self.tr("打印包组分工表"), self)
        self.print_assignments_button.clicked.connect(self.print_assignments)
        self.print_status_button = QPushButton(self.tr("打印摸排情况"), self)
        self.print_status_button.clicked.connect(self.print_status)

        self.records = make_table(
            self,
            [
                self.tr("摸排日期"),
                self.tr("组别"),
                self.tr("摸排人"),
                self.tr("风险"),
                self.tr("处理情况"),
                self.tr("跟进人"),
                self.tr("跟进期限"),
                self.tr("发现的问题"),
            ],
        )
        self.follow_up_button = QPushButton(self.tr("指定跟进…"), self)
        self.follow_up_button.clicked.connect(self.set_follow_up)
        self.done_button = QPushButton(self.tr("跟进完成"), self)
        self.done_button.clicked.connect(self.complete_follow_up)
        self.case_button = QPushButton(self.tr("转为信访事项"), self)
        self.case_button.clicked.connect(self.request_case)
        self.dispute_button = QPushButton(self.tr("转为矛盾纠纷…"), self)
        self.dispute_button.clicked.connect(self.to_dispute)
        self.print_records_button = QPushButton(self.tr("打印摸排记录"), self)
        self.print_records_button.clicked.connect(self.print_records)
        self.printer = Printer(self, self.banner)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("届次："), self))
        top.addWidget(self.term_box, 1)
        top.addWidget(self.interval_label)
        upper = QGroupBox(self.tr("包组分工与摸排情况"), self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.addWidget(self.overview)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.unassign_button)
        row.addWidget(self.record_button)
        row.addStretch(1)
        row.addWidget(self.print_status_button)
        row.addWidget(self.print_assignments_button)
        upper_layout.addLayout(row)
        lower = QGroupBox(self.tr("摸排记录（本届）"), self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.addWidget(self.records)
        row = QHBoxLayout()
        for button in (self.follow_up_button, self.done_button, self.case_button):
            row.addWidget(button)
        row.addWidget(self.dispute_button)
        row.addStretch(1)
        row.addWidget(self.print_records_button)
        lower_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._terms: list = []
        self._overview: list = []
        self._assignments: dict = {}
        self._records: list = []
        self.open_dispute_dialog = None  # set by the page: opens the dispute form for a finding

    # -- loading ------------------------------------------------------------------------

    def load(self) -> None:
        current = self.term_box.currentData()
        try:
            screening_service.ensure_default_groups(self._db)
            self._terms = leadership_service.list_terms(self._db)
            interval = screening_service.get_interval_days(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.interval_label.setText(self.tr("摸排周期：每 {n} 天").format(n=interval))
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in self._terms:
            self.term_box.addItem(term.label, term.id)
        index = self.term_box.findData(current)
        self.term_box.setCurrentIndex(index if index >= 0 else 0)
        self.term_box.blockSignals(False)
        self.load_overview()

    def current_term(self):
        return next((t for t in self._terms if t.id == self.term_box.currentData()), None)

    def load_overview(self) -> None:
        term = self.current_term()
        for button in (
            self.assign_button,
            self.unassign_button,
            self.record_button,
            self.print_assignments_button,
            self.print_status_button,
        ):
            button.setEnabled(term is not None)
        if term is None:
            self.banner.show_message(
                "alert", self.tr("请先在“领导小组”中成立领导小组，再分配包组。")
            )
            fill_table(self.overview, [], [])
            fill_table(self.records, [], [])
            return
        if self.banner.text().startswith(self.tr("请先在“领导小组”中成立")):
            self.banner.clear_message()
        today = date.today()
        try:
            self._overview = screening_service.screening_overview(self._db, term.id, today)
            self._assignments = {
                a.group_id: a for a in screening_service.list_assignments(self._db, term.id)
            }
            end = term.ended_on or today
            self._records = screening_service.list_screenings(
                self._db, self._actor, date_from=term.founded_on, date_to=end
            )
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        fill_table(
            self.overview,
            [
                [
                    s.group_name,
                    s.leader_name or self.tr("（未指定）"),
                    chinese_date(s.last_screened) if s.last_screened else self.tr("未摸排"),
                    chinese_date(s.due_by),
                    self.tr("逾期未摸排") if s.overdue else self.tr("按期"),
                ]
                for s in self._overview
            ],
            [s.group_id for s in self._overview],
            highlight=[s.overdue for s in self._overview],
        )
        fill_table(
            self.records,
            [
                [
                    chinese_date(r.screened_on),
                    r.group_name,
                    r.screened_by,
                    r.risk_label,
                    r.status_label,
                    r.follow_up_owner,
                    chinese_date(r.follow_up_due) if r.follow_up_due else "",
                    r.findings,
                ]
                for r in self._records
            ],
            [r.id for r in self._records],
            highlight=[
                r.status == STATUS_FOLLOW_UP
                and r.follow_up_due is not None
                and r.follow_up_due < today
                for r in self._records
            ],
        )

    # -- assignments and records --------------------------------------------------------

    def _members(self, term):
        day = min(date.today(), term.ended_on) if term.ended_on else date.today()
        return [
            PersonChoice(m.person_id, f"{m.name}（{m.role_label}）")
            for m in leadership_service.list_members(self._db, term.id, on=day)
        ]

    def assign_selected(self) -> None:
        term = self.current_term()
        group_id = selected_id(self.overview)
        if term is None or group_id is None:
            self.banner.show_message("error", self.tr("请先在上表中选中一个组"))
            return
        members = self._members(term)
        if not members:
            self.banner.show_message("error", self.tr("本届领导小组还没有成员，请先添加成员"))
            return
        dialog = AssignDialog(
            self._db, self._actor, term, self._assignments[group_id], members, self
        )
        if prompts.run_dialog(dialog):
            self.load_overview()
            select_id(self.overview, group_id)
            self.banner.show_message(
                "ok",
                self.tr("{group}由{name}负责").format(
                    group=dialog.saved.group_name, name=dialog.saved.leader_name
                ),
            )

    def unassign_selected(self) -> None:
        term = self.current_term()
        group_id = selected_id(self.overview)
        row = self._assignments.get(group_id)
        if term is None or row is None or row.leader_id is None:
            self.banner.show_message("error", self.tr("请先在上表中选中一个已指定领导的组"))
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("取消指定"),
            self.tr("取消{name}对{group}的包组吗？").format(
                name=row.leader_name, group=row.group_name
            ),
        ):
            return
        try:
            screening_service.unassign_group(self._db, self._actor, term.id, group_id)
        except (StorageError, PermissionDeniedError) as error:
            self._show_error(error)
            return
        self.load_overview()
        select_id(self.overview, group_id)
        self.banner.show_message(
            "ok", self.tr("已取消{group}的负责领导").format(group=row.group_name)
        )

    def record_screening(self) -> None:
        term = self.current_term()
        if term is None:
            return
        group_id = selected_id(self.overview)
        assignment = self._assignments.get(group_id)
        dialog = ScreeningDialog(
            self._db,
            self._actor,
            screening_service.list_groups(self._db),
            self._members(term),
            people_service.list_people(self._db),
            group_id,
            assignment.leader_id if assignment else None,
            self,
        )
        if prompts.run_dialog(dialog):
            self.load_overview()
            select_id(self.records, dialog.saved.id)
            self.banner.show_message(
                "ok", self.tr("已登记{group}的摸排").format(group=dialog.saved.group_name)
            )
            self.records_changed.emit()

    def selected_record(self):
        record_id = selected_id(self.records)
        record = next((r for r in self._records if r.id == record_id), None)
        if record is None:
            self.banner.show_message("error", self.tr("请先在摸排记录中选中一条"))
        return record

    def _show_error(self, error: ValidationError | StorageError) -> None:
        if isinstance(error, ValidationError):
            self.banner.show_message("error", "；".join(error_text(e) for e in error.errors))
        else:
            self.banner.show_message("error", error.user_message)

    def set_follow_up(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = FollowUpDialog(
            self._db, self._actor, record, people_service.list_people(self._db), self
        )
        if prompts.run_dialog(dialog):
            self.load_overview()
            select_id(self.records, record.id)
            self.records_changed.emit()

    def complete_follow_up(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            screening_service.complete_follow_up(
                self._db, self._actor, record.id, date.today(), expected_version=record.version
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self._show_error(error)
            return
        self.load_overview()
        select_id(self.records, record.id)
        self.banner.show_message("ok", self.tr("跟进已完成"))
        self.records_changed.emit()

    def request_case(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("转为信访事项"),
            self.tr("把{group}{day}的摸排发现转为信访事项登记吗？").format(
                group=record.group_name, day=chinese_date(record.screened_on)
            ),
        ):
            return
        if self._actor.can(Permission.MANAGE_CASES):
            try:
                screening_service.check_can_become_case(self._db, record.id)
            except (ValidationError, StorageError, PermissionDeniedError) as error:
                self._show_error(error)
                return
            self.case_form_requested.emit(record.id)
            return
        try:
            screening_service.request_case(
                self._db, self._actor, record.id, expected_version=record.version
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self._show_error(error)
            return
        self.load_overview()
        select_id(self.records, record.id)
        self.banner.show_message(
            "ok", self.tr("已转为信访事项（待登记），信访事项登记时会列出这一条。")
        )
        self.records_changed.emit()

    def to_dispute(self) -> None:
        record = self.selected_record()
        if record is None or self.open_dispute_dialog is None:
            return
        handed_on = (STATUS_CASE_REQUESTED, STATUS_CASE_REGISTERED, STATUS_DISPUTE)
        if not record.risk_level or record.status in handed_on:
            # The same rule the service applies, told before the form is filled in vain.
            self.banner.show_message(
                "error",
                self.tr("这条摸排无新问题或已转出，不能再转为矛盾纠纷"),
            )
            return
        if self.open_dispute_dialog(record):
            self.load_overview()
            select_id(self.records, record.id)
            self.banner.show_message("ok", self.tr("已转为矛盾纠纷，见“矛盾纠纷”台账"))
            self.dispute_created.emit()

    # -- printing -----------------------------------------------------------------------

    def print_assignments(self) -> None:
        term, db = self.current_term(), self._db
        actor = self._actor
        if term is None:
            return
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.assignment_form(db, term.id)
            ),
            self.tr("包组摸排责任分工表"),
            self.tr("包组摸排责任分工表.pdf"),
        )

    def print_status(self) -> None:
        term, db, today = self.current_term(), self._db, date.today()
        actor = self._actor
        if term is None:
            return
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.screening_status_form(db, term.id, today)
            ),
            self.tr("包组摸排情况"),
            self.tr("包组摸排情况.pdf"),
        )

    def print_records(self) -> None:
        term, db = self.current_term(), self._db
        actor = self._actor
        if term is None:
            return
        end = term.ended_on or date.today()
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.screening_form(db, actor, term.founded_on, end)
            ),
            self.tr("包组摸排记录表"),
            self.tr("包组摸排记录表.pdf"),
        )
