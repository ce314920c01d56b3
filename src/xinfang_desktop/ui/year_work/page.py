"""年度工作 area: 座谈会 and 信息报送 where they happen, and the year-end 总结 in one action."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import Permission, PermissionDeniedError
from ...domain.cases import PetitionerDraft
from ...domain.dates import chinese_date
from ...domain.errors import FieldError, ValidationError
from ...domain.forums import FORUM_KINDS, MAX_ATTENDEES, ForumDraft, OpinionDraft
from ...domain.info_reports import METHODS, ReportDraft
from ...domain.reception import AppointmentDraft, ReceptionDayDraft
from ...domain.work_plan import CHECK_LABELS, CheckKind, PlanItemDraft
from ...services import forums as forum_service
from ...services import info_reports as report_service
from ...services import reception as reception_service
from ...services import work_plan as plan_service
from ...services import work_summary as summary_service
from .. import prompts
from ..leadership.common import (
    DateField,
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
from ..operations import Operation
from ..widgets import Banner

TIME_FORMAT = "%Y-%m-%d %H:%M"


class DateTimeField(QLineEdit):
    """A moment typed as 2026-11-23 07:30; a wrong one is reported next to the field."""

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("2026-11-23 07:30")
        self.setMaxLength(16)
        if value is not None:
            self.setText(value.strftime(TIME_FORMAT))

    def value(self, field: str, errors: list[FieldError]) -> datetime | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return datetime.strptime(text, TIME_FORMAT)
        except ValueError:
            errors.append(
                FieldError(field, "时间“{text}”不对，应写成 2026-11-23 07:30", {"text": text})
            )
            return None


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "；".join(error_text(e) for e in error.errors)
    return getattr(error, "user_message", str(error))


class ForumDialog(ServiceDialog):
    def __init__(self, db, actor, parent=None):
        super().__init__(self.tr("记录座谈会"), parent)
        self._db, self._actor = db, actor
        self.held_on = self.add_field("held_on", self.tr("日期*"), DateField(date.today(), self))
        self.kind = self.add_field("kind", self.tr("类型*"), QComboBox(self))
        self.kind.addItems(list(FORUM_KINDS))
        self.place = self.add_field("place", self.tr("地点*"), QLineEdit(self))
        self.host = self.add_field("host", self.tr("主持人*"), QLineEdit(self))
        self.count = self.add_field(
            "attendee_count",
            self.tr("参加人数*"),
            QSpinBox(self, minimum=1, maximum=MAX_ATTENDEES, value=10),
        )
        self.attendees = self.add_field("attendees", self.tr("参加人员"), QLineEdit(self))
        self.summary = self.add_field("summary", self.tr("座谈情况"), QPlainTextEdit(self))
        self.opinions = self.add_field(
            "opinions", self.tr("意见和建议（每行一条）"), QPlainTextEdit(self)
        )
        for edit in (self.summary, self.opinions):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)

    def save(self):
        errors: list[FieldError] = []
        held_on = self.held_on.value("held_on", errors)
        raise_if(errors)
        opinions = tuple(
            OpinionDraft(line) for line in self.opinions.toPlainText().splitlines() if line.strip()
        )
        return forum_service.add_forum(
            self._db,
            self._actor,
            ForumDraft(
                held_on=held_on,
                kind=self.kind.currentText(),
                place=self.place.text(),
                host=self.host.text(),
                attendee_count=self.count.value(),
                attendees=self.attendees.text(),
                summary=self.summary.toPlainText(),
                opinions=opinions,
            ),
        )

    def show_errors(self, error: ValidationError) -> None:
        # Each opinion's problem names its line ("第2条"); they all belong to one field.
        merged = [
            FieldError("opinions", e.template, e.params) if e.field.startswith("opinions.") else e
            for e in error.errors
        ]
        super().show_errors(ValidationError(merged))


class ForumsTab(QWidget):
    changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.year = QSpinBox(self, minimum=2000, maximum=2100, value=date.today().year)
        self.year.valueChanged.connect(self.load)
        self.table = make_table(
            self,
            [
                self.tr("日期"),
                self.tr("类型"),
                self.tr("地点"),
                self.tr("主持人"),
                self.tr("人数"),
                self.tr("意见"),
                self.tr("未落实"),
            ],
        )
        self.table.itemSelectionChanged.connect(self.show_opinions)
        self.opinions = make_table(
            self, [self.tr("序号"), self.tr("意见和建议"), self.tr("落实情况")]
        )
        self.add_button = QPushButton(self.tr("记录座谈会…"), self)
        self.add_button.clicked.connect(self.add_forum)
        self.print_button = QPushButton(self.tr("打印座谈会记录"), self)
        self.print_button.clicked.connect(self.print_forum)
        self.done_button = QPushButton(self.tr("意见已落实"), self)
        self.done_button.clicked.connect(self.complete_opinion)
        self.case_button = QPushButton(self.tr("转为信访事项…"), self)
        self.case_button.clicked.connect(self.make_case)
        writer = actor.can(Permission.WRITE_MINUTES)
        self.add_button.setVisible(writer)
        self.done_button.setVisible(writer)
        self.case_button.setVisible(actor.can(Permission.MANAGE_CASES))
        self.print_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        self.printer = Printer(self, self.banner)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度："), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.print_button)
        forums_box = QGroupBox(self.tr("座谈会"), self)
        QVBoxLayout(forums_box).addWidget(self.table)
        opinions_box = QGroupBox(self.tr("意见和建议及落实情况"), self)
        opinions_layout = QVBoxLayout(opinions_box)
        opinions_layout.addWidget(self.opinions)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.case_button)
        row.addStretch(1)
        opinions_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(forums_box)
        splitter.addWidget(opinions_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._forums: list = []

    def load(self) -> None:
        year = self.year.value()
        try:
            self._forums = forum_service.list_forums(
                self._db, self._actor, date(year, 1, 1), date(year, 12, 31)
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        open_counts = [
            sum(1 for o in f.opinions if not (o.done_on or o.case_id)) for f in self._forums
        ]
        fill_table(
            self.table,
            [
                [
                    chinese_date(f.held_on),
                    f.kind,
                    f.place,
                    f.host,
                    str(f.attendee_count),
                    str(len(f.opinions)),
                    str(still_open),
                ]
                for f, still_open in zip(self._forums, open_counts, strict=True)
            ],
            [f.id for f in self._forums],
        )
        self.show_opinions()

    def _forum(self):
        forum_id = selected_id(self.table)
        return next((f for f in self._forums if f.id == forum_id), None)

    def show_opinions(self) -> None:
        forum = self._forum()
        opinions = forum.opinions if forum else ()
        fill_table(
            self.opinions,
            [[str(o.position), o.text, o.state] for o in opinions],
            [o.id for o in opinions],
        )

    def _reload_keeping(self, forum_id: int, opinion_id: int | None = None) -> None:
        self.load()
        select_id(self.table, forum_id)
        if opinion_id is not None:
            select_id(self.opinions, opinion_id)

    def add_forum(self) -> None:
        dialog = ForumDialog(self._db, self._actor, self)
        if prompts.run_dialog(dialog):
            forum = dialog.saved
            self.year.blockSignals(True)
            self.year.setValue(forum.held_on.year)
            self.year.blockSignals(False)
            self._reload_keeping(forum.id)
            self.banner.show_message("ok", self.tr("已记录座谈会"))
            self.changed.emit()

    def _selected_opinion(self) -> tuple[object, int] | None:
        forum = self._forum()
        opinion_id = selected_id(self.opinions)
        if forum is None or opinion_id is None:
            self.banner.show_message("error", self.tr("请先选中一条意见"))
            return None
        return forum, opinion_id

    def complete_opinion(self) -> None:
        chosen = self._selected_opinion()
        if chosen is None:
            return
        forum, opinion_id = chosen
        try:
            forum_service.complete_opinion(self._db, self._actor, opinion_id, date.today())
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self._reload_keeping(forum.id, opinion_id)
        self.banner.show_message("ok", self.tr("意见已落实"))
        self.changed.emit()

    def make_case(self) -> None:
        chosen = self._selected_opinion()
        if chosen is None:
            return
        forum, opinion_id = chosen
        name = prompts.ask_text(
            self, self.tr("转为信访事项"), self.tr("提出这条意见的人（信访人）姓名：")
        )
        if name is None:
            return
        try:
            updated = forum_service.opinion_to_case(
                self._db, self._actor, opinion_id, PetitionerDraft(name)
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self._reload_keeping(forum.id, opinion_id)
        number = next(o.case_number for o in updated.opinions if o.id == opinion_id)
        self.banner.show_message("ok", self.tr("已登记为信访事项 {n}").format(n=number))
        self.changed.emit()

    def print_forum(self) -> None:
        forum = self._forum()
        if forum is None:
            self.banner.show_message("error", self.tr("请先选中一次座谈会"))
            return
        from ...reports.year_work_forms import build_forum_pdf

        db, actor, forum_id = self._db, self._actor, forum.id

        def build() -> bytes:
            sheet, unit = forum_service.forum_document(db, actor, forum_id)
            return build_forum_pdf(sheet, unit, date.today())

        self.printer.run(
            build, self.tr("座谈会记录"), self.tr("座谈会记录{d}.pdf").format(d=forum.held_on)
        )


class ReportDialog(ServiceDialog):
    def __init__(self, db, actor, parent=None):
        super().__init__(self.tr("信息报送：首报"), parent)
        self._db, self._actor = db, actor
        now = datetime.now().replace(second=0, microsecond=0)
        self.title_edit = self.add_field("title", self.tr("标题*"), QLineEdit(self))
        # 事件类别: a kind with an 应急预案 opens that plan from the report.
        self.kind = self.add_field("kind", self.tr("事件类别"), QComboBox(self))
        self.kind.setEditable(True)
        self.kind.addItem("")
        with suppress(StorageError, PermissionDeniedError):  # the kind can still be typed
            self.kind.addItems(
                [plan.kind for plan in report_service.list_emergency_plans(db, actor)]
            )
        self.occurred = self.add_field(
            "occurred_at", self.tr("发生时间*"), DateTimeField(None, self)
        )
        self.reported = self.add_field(
            "reported_at", self.tr("报送时间*"), DateTimeField(now, self)
        )
        self.reported_to = self.add_field("reported_to", self.tr("报送对象*"), QLineEdit(self))
        self.reported_to.setPlaceholderText(self.tr("例如：区教育局信访办"))
        self.method = self.add_field("method", self.tr("报送方式*"), QComboBox(self))
        self.method.addItems(list(METHODS))
        self.reporter = self.add_field("reporter", self.tr("报送人*"), QLineEdit(actor.name, self))
        self.content = self.add_field("content", self.tr("事件经过*"), QPlainTextEdit(self))
        self.people = self.add_field("people_involved", self.tr("涉及人员"), QLineEdit(self))
        self.measures = self.add_field("measures", self.tr("已采取的措施"), QPlainTextEdit(self))
        for edit in (self.content, self.measures):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)

    def save(self):
        errors: list[FieldError] = []
        occurred = self.occurred.value("occurred_at", errors)
        reported = self.reported.value("reported_at", errors)
        raise_if(errors)
        return report_service.add_report(
            self._db,
            self._actor,
            ReportDraft(
                occurred_at=occurred,
                reported_at=reported,
                reported_to=self.reported_to.text(),
                method=self.method.currentText(),
                reporter=self.reporter.text(),
                title=self.title_edit.text(),
                content=self.content.toPlainText(),
                people_involved=self.people.text(),
                measures=self.measures.toPlainText(),
                kind=self.kind.currentText(),
            ),
        )


class UpdateDialog(ServiceDialog):
    def __init__(self, db, actor, report_id: int, parent=None):
        super().__init__(self.tr("信息报送：续报"), parent)
        self._db, self._actor, self._report_id = db, actor, report_id
        now = datetime.now().replace(second=0, microsecond=0)
        self.at = self.add_field("update_at", self.tr("续报时间*"), DateTimeField(now, self))
        self.content = self.add_field("update", self.tr("续报内容*"), QPlainTextEdit(self))
        self.content.setTabChangesFocus(True)
        self.final = self.add_field(
            "final", self.tr("终报"), QCheckBox(self.tr("事件处置完毕，这是最后一次报送"), self)
        )

    def save(self):
        errors: list[FieldError] = []
        at = self.at.value("update_at", errors)
        raise_if(errors)
        return report_service.add_update(
            self._db,
            self._actor,
            self._report_id,
            self.content.toPlainText(),
            at,
            final=self.final.isChecked(),
        )


class ReportsTab(QWidget):
    changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.open_only = QCheckBox(self.tr("只看未终报的"), self)
        self.open_only.toggled.connect(self.load)
        self.table = make_table(
            self,
            [
                self.tr("发生时间"),
                self.tr("标题"),
                self.tr("报送对象"),
                self.tr("报送用时"),
                self.tr("状态"),
                self.tr("续报"),
            ],
        )
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.add_button = QPushButton(self.tr("首报…"), self)
        self.add_button.clicked.connect(self.add_report)
        self.update_button = QPushButton(self.tr("续报/终报…"), self)
        self.update_button.clicked.connect(self.add_update)
        self.print_button = QPushButton(self.tr("打印信息报送单"), self)
        self.print_button.clicked.connect(self.print_report)
        self.plan_button = QPushButton(self.tr("打开应急预案"), self)
        self.plan_button.clicked.connect(self.open_plan)
        self.add_plan_button = QPushButton(self.tr("保存应急预案…"), self)
        self.add_plan_button.clicked.connect(self.add_plan)
        writer = actor.can(Permission.MANAGE_CASES)
        self.add_button.setVisible(writer)
        self.update_button.setVisible(writer)
        self.add_plan_button.setVisible(writer)
        self.print_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        self.printer = Printer(self, self.banner)

        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.update_button)
        top.addWidget(self.print_button)
        plans = QHBoxLayout()
        plans.addStretch(1)
        plans.addWidget(self.plan_button)
        plans.addWidget(self.add_plan_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(plans)
        self._reports: list = []

    def load(self) -> None:
        try:
            self._reports = report_service.list_reports(
                self._db, self._actor, open_only=self.open_only.isChecked()
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        fill_table(
            self.table,
            [
                [
                    r.occurred_at.strftime(TIME_FORMAT),
                    r.title,
                    r.reported_to,
                    r.delay_text + (self.tr("（超时）") if r.late else ""),
                    r.status_label,
                    str(len(r.updates)),
                ]
                for r in self._reports
            ],
            [r.id for r in self._reports],
            highlight=[r.late for r in self._reports],
        )
        self.show_detail()

    def _report(self):
        report_id = selected_id(self.table)
        return next((r for r in self._reports if r.id == report_id), None)

    def show_detail(self) -> None:
        report = self._report()
        if report is None:
            self.detail.clear()
            return
        lines = [
            self.tr("事件类别：{t}").format(t=report.kind or "—"),
            self.tr("事件经过：{t}").format(t=report.content),
            self.tr("涉及人员：{t}").format(t=report.people_involved or "—"),
            self.tr("已采取的措施：{t}").format(t=report.measures or "—"),
        ]
        for update in report.updates:
            kind = self.tr("终报") if update.is_final else self.tr("续报")
            lines.append(f"{kind} {update.reported_at.strftime(TIME_FORMAT)}：{update.content}")
        self.detail.setPlainText("\n".join(lines))

    def add_report(self) -> None:
        dialog = ReportDialog(self._db, self._actor, self)
        if prompts.run_dialog(dialog):
            self.load()
            select_id(self.table, dialog.saved.id)
            late = self.tr("，已超过报送时限") if dialog.saved.late else ""
            self.banner.show_message(
                "alert" if dialog.saved.late else "ok",
                self.tr("已记录首报，报送用时 {d}{late}").format(
                    d=dialog.saved.delay_text, late=late
                ),
            )
            self.changed.emit()

    def add_update(self) -> None:
        report = self._report()
        if report is None:
            self.banner.show_message("error", self.tr("请先选中一份信息报送"))
            return
        dialog = UpdateDialog(self._db, self._actor, report.id, self)
        if prompts.run_dialog(dialog):
            self.load()
            select_id(self.table, report.id)
            self.banner.show_message(
                "ok",
                self.tr("已{k}").format(
                    k=self.tr("终报") if dialog.saved.status == "closed" else self.tr("续报")
                ),
            )
            self.changed.emit()

    def open_plan(self) -> None:
        """The 应急预案 of the selected report's kind, in the system's viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        report = self._report()
        if report is None:
            self.banner.show_message("error", self.tr("请先选中一份信息报送"))
            return
        try:
            copy = report_service.open_emergency_plan(self._db, self._actor, report.kind)
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def add_plan(self) -> None:
        kind = prompts.ask_text(
            self, self.tr("保存应急预案"), self.tr("事件类别（如 校门口聚集）：")
        )
        if not kind:
            return
        title = prompts.ask_text(self, self.tr("保存应急预案"), self.tr("预案名称："))
        if not title:
            return
        path = prompts.ask_open_path(
            self, self.tr("选择应急预案文件"), self.tr("文档 (*.docx *.doc *.pdf *.wps *.txt)")
        )
        if not path:
            return
        try:
            saved = report_service.add_emergency_plan(self._db, self._actor, kind, title, path)
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self.banner.show_message(
            "ok", self.tr("已保存“{k}”的应急预案：{t}").format(k=saved.kind, t=saved.title)
        )

    def print_report(self) -> None:
        report = self._report()
        if report is None:
            self.banner.show_message("error", self.tr("请先选中一份信息报送"))
            return
        from ...reports.year_work_forms import build_report_pdf

        db, actor, report_id = self._db, self._actor, report.id

        def build() -> bytes:
            sheet, unit = report_service.report_document(db, actor, report_id)
            return build_report_pdf(sheet, unit, date.today())

        self.printer.run(
            build, self.tr("信息报送单"), self.tr("信息报送单{n}.pdf").format(n=report.id)
        )


class PlanItemDialog(ServiceDialog):
    """One measure of the plan: new, or an existing one to change."""

    def __init__(self, db, actor, year: int, people, item=None, parent=None):
        super().__init__(self.tr("修改计划项目") if item else self.tr("新增计划项目"), parent)
        self._db, self._actor, self._year, self._item = db, actor, year, item
        draft = item.draft if item else PlanItemDraft("")
        self.goal = self.add_field("goal", self.tr("目标*"), QPlainTextEdit(draft.goal, self))
        self.measures = self.add_field(
            "measures", self.tr("措施"), QPlainTextEdit(draft.measures, self)
        )
        for edit in (self.goal, self.measures):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.leader = self.add_field(
            "leader_id",
            self.tr("责任领导"),
            PersonPicker(people, self, blank=self.tr("（不指定）")),
        )
        if draft.leader_id is not None:
            self.leader.setCurrentIndex(max(0, self.leader.findData(draft.leader_id)))
        self.office = self.add_field("office", self.tr("责任部门"), QLineEdit(draft.office, self))
        self.timing = self.add_field("timing", self.tr("时间节点"), QLineEdit(draft.timing, self))
        self.timing.setPlaceholderText(self.tr("例如：每周一、每月、3月底前"))
        self.check = self.add_field("check", self.tr("检查方式"), QComboBox(self))
        for kind, label in CHECK_LABELS.items():
            self.check.addItem(label, kind.value)
        self.check.setCurrentIndex(self.check.findData(draft.check.value))
        self.target = self.add_field("target", self.tr("目标数值"), QLineEdit(self))
        self.target.setPlaceholderText(self.tr("摸排间隔天数，或按期办结率目标（%）"))
        if draft.target is not None:
            self.target.setText(str(draft.target))
        self.due = self.add_field("due_on", self.tr("完成期限"), DateField(draft.due_on, self))

    def save(self):
        errors: list[FieldError] = []
        due = self.due.value("due_on", errors)
        text = self.target.text().strip()
        target = None
        if text:
            if text.isdigit():
                target = int(text)
            else:
                errors.append(FieldError("target", "目标数值应为整数，而不是“{t}”", {"t": text}))
        raise_if(errors)
        draft = PlanItemDraft(
            goal=self.goal.toPlainText(),
            measures=self.measures.toPlainText(),
            leader_id=self.leader.person_id(),
            office=self.office.text(),
            timing=self.timing.text(),
            check=CheckKind(self.check.currentData()),
            target=target,
            due_on=due,
            done_on=self._item.draft.done_on if self._item else None,
            note=self._item.draft.note if self._item else "",
        )
        if self._item is None:
            return plan_service.add_item(self._db, self._actor, self._year, draft)
        return plan_service.update_item(self._db, self._actor, self._item.id, draft)


class PlanTab(QWidget):
    """年度信访工作计划: each measure with its progress checked against the records."""

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.year = QSpinBox(self, minimum=2000, maximum=2100, value=date.today().year)
        self.year.valueChanged.connect(self.load)
        self.title = QLabel(self)
        self.table = make_table(
            self,
            [
                self.tr("序号"),
                self.tr("目标"),
                self.tr("责任领导"),
                self.tr("责任部门"),
                self.tr("时间节点"),
                self.tr("检查方式"),
                self.tr("落实情况"),
                self.tr("依据"),
            ],
        )
        self.new_button = QPushButton(self.tr("新建本年计划…"), self)
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button = QPushButton(self.tr("复制上年计划"), self)
        self.copy_button.clicked.connect(self.copy_last_year)
        self.add_button = QPushButton(self.tr("新增项目…"), self)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.edit_button.clicked.connect(self.edit_item)
        self.done_button = QPushButton(self.tr("勾选完成"), self)
        self.done_button.clicked.connect(self.tick_item)
        self.print_button = QPushButton(self.tr("打印计划及落实情况"), self)
        self.print_button.clicked.connect(self.print_plan)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.export_plan)
        writer = actor.can(Permission.MANAGE_ORGANISATION)
        for button in (self.new_button, self.copy_button, self.add_button, self.edit_button,
                       self.done_button):  # fmt: skip
            button.setVisible(writer)
        self.print_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        self.export_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        self.printer = Printer(self, self.banner)
        self.export_operation: Operation | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度："), self))
        top.addWidget(self.year)
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.copy_button)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.plan = None
        self.progress: list = []

    def load(self) -> None:
        year = self.year.value()
        try:
            self.plan = plan_service.get_plan(self._db, self._actor, year)
            self.progress = (
                plan_service.plan_progress(self._db, self._actor, year, date.today())
                if self.plan
                else []
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        self.title.setText(
            self.plan.title if self.plan else self.tr("{y}年还没有工作计划").format(y=year)
        )
        has_plan = self.plan is not None
        for button in (self.add_button, self.edit_button, self.done_button):
            button.setEnabled(has_plan)
        self.new_button.setEnabled(not has_plan)
        self.copy_button.setEnabled(not has_plan)
        fill_table(
            self.table,
            [
                [
                    str(p.item.position),
                    p.item.draft.goal,
                    p.item.leader_name,
                    p.item.draft.office,
                    p.item.draft.timing,
                    p.item.check_label,
                    p.result.status_label,
                    p.result.evidence,
                ]
                for p in self.progress
            ],
            [p.item.id for p in self.progress],
            highlight=[p.result.status in ("late", "missing") for p in self.progress],
        )

    def _people(self):
        from ...services import people as people_service
        from ..leadership.common import PersonChoice

        return [
            PersonChoice(p.id, f"{p.name}（{p.post}）" if p.post else p.name)
            for p in people_service.list_people(self._db)
        ]

    def new_plan(self) -> None:
        year = self.year.value()
        title = prompts.ask_text(self, self.tr("新建工作计划"), self.tr("计划名称："))
        if title is None:
            return
        try:
            plan_service.create_plan(
                self._db, self._actor, year, title or self.tr("{y}年信访工作计划").format(y=year)
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self.load()
        self.banner.show_message("ok", self.tr("已新建工作计划，请新增项目"))

    def copy_last_year(self) -> None:
        year = self.year.value()
        try:
            plan_service.copy_plan(self._db, self._actor, year - 1, year)
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self.load()
        self.banner.show_message("ok", self.tr("已复制{y}年的计划").format(y=year - 1))

    def _selected(self):
        item_id = selected_id(self.table)
        return next((p.item for p in self.progress if p.item.id == item_id), None)

    def _open_dialog(self, item) -> None:
        try:
            people = self._people()
        except StorageError as error:
            self.banner.show_message("error", error.user_message)
            return
        dialog = PlanItemDialog(self._db, self._actor, self.year.value(), people, item, self)
        if prompts.run_dialog(dialog):
            self.load()
            chosen = item.id if item else dialog.saved.items[-1].id
            select_id(self.table, chosen)
            self.banner.show_message("ok", self.tr("已保存"))

    def add_item(self) -> None:
        self._open_dialog(None)

    def edit_item(self) -> None:
        item = self._selected()
        if item is None:
            self.banner.show_message("error", self.tr("请先选中一项"))
            return
        self._open_dialog(item)

    def tick_item(self) -> None:
        item = self._selected()
        if item is None:
            self.banner.show_message("error", self.tr("请先选中一项"))
            return
        try:
            plan_service.mark_done(self._db, self._actor, item.id, date.today())
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self.load()
        select_id(self.table, item.id)
        self.banner.show_message("ok", self.tr("已勾选完成"))

    def export_plan(self) -> None:
        if self.plan is None or self.export_operation is not None:
            if self.plan is None:
                self.banner.show_message("error", self.tr("这一年还没有工作计划"))
            return
        year = self.year.value()
        chosen = prompts.ask_save_path(
            self, self.tr("导出工作计划"), self.tr("{y}年信访工作计划.xlsx").format(y=year),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )  # fmt: skip
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        db, actor = self._db, self._actor

        def work() -> Path:
            from ...reports.year_work_forms import write_plan_xlsx

            sheet, unit = plan_service.plan_document(
                db, actor, year, date.today(), purpose="export"
            )
            write_plan_xlsx(sheet, unit, path)
            return path

        def done(saved: Path) -> None:
            self.export_operation = None
            self.banner.show_message("ok", self.tr("已保存到 {p}").format(p=saved))

        def failed(error) -> None:
            self.export_operation = None
            if isinstance(error, OSError):
                text = self.tr("无法写入文件 {p}：{e}").format(p=path, e=error.strerror or error)
            else:
                text = _message(error)
            self.banner.show_message("error", text)

        self.export_operation = Operation.start(self, work, done, failed)

    def print_plan(self) -> None:
        if self.plan is None:
            self.banner.show_message("error", self.tr("这一年还没有工作计划"))
            return
        from ...reports.year_work_forms import build_plan_pdf

        db, actor, year = self._db, self._actor, self.year.value()

        def build() -> bytes:
            sheet, unit = plan_service.plan_document(db, actor, year, date.today())
            return build_plan_pdf(sheet, unit, date.today())

        self.printer.run(
            build,
            self.tr("信访工作计划及落实情况"),
            self.tr("{y}年信访工作计划.pdf").format(y=year),
        )


class ReceptionDayDialog(ServiceDialog):
    def __init__(self, db, actor, leaders, parent=None):
        super().__init__(self.tr("安排领导接访日"), parent)
        self._db, self._actor = db, actor
        self.day = self.add_field("day", self.tr("日期*"), DateField(date.today(), self))
        self.starts = self.add_field("starts", self.tr("时间*"), QLineEdit("09:00", self))
        self.ends = self.add_field("ends", self.tr("至*"), QLineEdit("11:30", self))
        self.place = self.add_field("place", self.tr("地点*"), QLineEdit(self))
        self.leader = self.add_field("leader_id", self.tr("接访领导*"), PersonPicker(leaders, self))
        self.note = self.add_field("note", self.tr("备注"), QLineEdit(self))

    def save(self):
        errors: list[FieldError] = []
        day = self.day.value("day", errors)
        starts, ends = (reception_service.parse_time(w.text()) for w in (self.starts, self.ends))
        for name, widget, value in (("starts", self.starts, starts), ("ends", self.ends, ends)):
            if value is None and widget.text().strip():
                errors.append(FieldError(name, "时间“{t}”不对，应写成 09:00", {"t": widget.text()}))
        raise_if(errors)
        return reception_service.add_reception_day(
            self._db,
            self._actor,
            ReceptionDayDraft(day, starts, ends, self.place.text(), self.leader.person_id(),
                              self.note.text()),
        )  # fmt: skip


class AppointmentDialog(ServiceDialog):
    def __init__(self, db, actor, leaders, parent=None):
        super().__init__(self.tr("约访"), parent)
        self._db, self._actor = db, actor
        self.at = self.add_field("scheduled_at", self.tr("约访时间*"), DateTimeField(None, self))
        self.leader = self.add_field("leader_id", self.tr("接待领导*"), PersonPicker(leaders, self))
        self.name = self.add_field("petitioner_name", self.tr("约访人*"), QLineEdit(self))
        self.phone = self.add_field("petitioner_phone", self.tr("联系电话"), QLineEdit(self))
        self.matter = self.add_field("matter", self.tr("约访事项*"), QPlainTextEdit(self))
        self.matter.setTabChangesFocus(True)
        self.matter.setMaximumHeight(80)
        self.case = self.add_field("case_id", self.tr("关联信访事项编号"), QLineEdit(self))
        self.case.setPlaceholderText(self.tr("可不填；填写事项序号"))

    def save(self):
        errors: list[FieldError] = []
        at = self.at.value("scheduled_at", errors)
        text = self.case.text().strip()
        case_id = None
        if text:
            if text.isdigit():
                case_id = int(text)
            else:
                errors.append(FieldError("case_id", "请填写事项序号（数字）"))
        raise_if(errors)
        return reception_service.book_appointment(
            self._db,
            self._actor,
            AppointmentDraft(
                at,
                self.leader.person_id(),
                self.name.text(),
                self.matter.toPlainText(),
                self.phone.text(),
                case_id,
            ),
        )


class ReceptionTab(QWidget):
    """领导接访日 and 约访 for the next four weeks."""

    WEEKS_SHOWN = 4

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.days = make_table(
            self, [self.tr("日期"), self.tr("时间"), self.tr("接访领导"), self.tr("地点"),
                   self.tr("备注")],
        )  # fmt: skip
        self.appointments = make_table(
            self, [self.tr("约访时间"), self.tr("接待领导"), self.tr("约访人"), self.tr("电话"),
                   self.tr("事项"), self.tr("信访事项"), self.tr("状态")],
        )  # fmt: skip
        self.day_button = QPushButton(self.tr("安排接访日…"), self)
        self.day_button.clicked.connect(self.add_day)
        self.book_button = QPushButton(self.tr("约访…"), self)
        self.book_button.clicked.connect(self.book)
        self.cancel_button = QPushButton(self.tr("取消约访"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("打印本周接访安排"), self)
        self.print_button.clicked.connect(self.print_week)
        writer = actor.can(Permission.MANAGE_CASES)
        for button in (self.day_button, self.book_button, self.cancel_button):
            button.setVisible(writer)
        self.print_button.setVisible(actor.can(Permission.PRINT_REGISTERS))
        self.printer = Printer(self, self.banner)
        days_box = QGroupBox(self.tr("领导接访日（公开接访）"), self)
        days_layout = QVBoxLayout(days_box)
        days_layout.addWidget(self.days)
        row = QHBoxLayout()
        row.addWidget(self.day_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        days_layout.addLayout(row)
        appointments_box = QGroupBox(self.tr("约访"), self)
        appointments_layout = QVBoxLayout(appointments_box)
        appointments_layout.addWidget(self.appointments)
        row = QHBoxLayout()
        row.addWidget(self.book_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        appointments_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(days_box)
        splitter.addWidget(appointments_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._appointments: list = []

    def _span(self) -> tuple[date, date]:
        today = date.today()
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=7 * self.WEEKS_SHOWN - 1)

    def load(self) -> None:
        start, end = self._span()
        try:
            days = reception_service.list_reception_days(self._db, self._actor, start, end)
            self._appointments = reception_service.list_appointments(
                self._db, self._actor, start, end
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        fill_table(
            self.days,
            [[chinese_date(d.day), f"{d.starts}—{d.ends}", d.leader_name, d.place, d.note]
             for d in days],
            [d.id for d in days],
        )  # fmt: skip
        fill_table(
            self.appointments,
            [
                [a.scheduled_at.strftime(TIME_FORMAT), a.leader_name, a.petitioner_name,
                 a.petitioner_phone, a.matter, a.case_number, a.status_label]
                for a in self._appointments
            ],
            [a.id for a in self._appointments],
        )  # fmt: skip

    def _leaders(self):
        from ...services import people as people_service
        from ..leadership.common import PersonChoice

        return [
            PersonChoice(p.id, f"{p.name}（{p.post}）" if p.post else p.name)
            for p in people_service.list_people(self._db, leaders_only=True)
        ]

    def _run(self, dialog_class, done_text: str) -> None:
        try:
            leaders = self._leaders()
        except StorageError as error:
            self.banner.show_message("error", error.user_message)
            return
        if not leaders:
            self.banner.show_message("error", self.tr("还没有校级领导，请先在“人员”中添加"))
            return
        dialog = dialog_class(self._db, self._actor, leaders, self)
        if prompts.run_dialog(dialog):
            self.load()
            self.banner.show_message("ok", done_text)

    def add_day(self) -> None:
        self._run(ReceptionDayDialog, self.tr("已安排领导接访日"))

    def book(self) -> None:
        self._run(AppointmentDialog, self.tr("已约访；当天门卫会看到这位来访人"))

    def cancel(self) -> None:
        chosen = selected_id(self.appointments)
        appointment = next((a for a in self._appointments if a.id == chosen), None)
        if appointment is None:
            self.banner.show_message("error", self.tr("请先选中一个约访"))
            return
        try:
            reception_service.cancel_appointment(
                self._db, self._actor, appointment.id, expected_version=appointment.version
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", _message(error))
            return
        self.load()
        self.banner.show_message("ok", self.tr("已取消约访"))

    def print_week(self) -> None:
        from ...reports.year_work_forms import build_reception_pdf

        db, actor = self._db, self._actor
        monday = self._span()[0]

        def build() -> bytes:
            sheet, unit = reception_service.week_schedule(db, actor, monday)
            return build_reception_pdf(sheet, unit, date.today())

        self.printer.run(
            build, self.tr("领导接访安排"), self.tr("领导接访安排{d}.pdf").format(d=monday)
        )


class SummaryTab(QWidget):
    """The year-end 总结 draft: chosen year, saved as Word for the principal to finish."""

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.year = QSpinBox(self, minimum=2000, maximum=date.today().year, value=date.today().year)
        self.export_button = QPushButton(self.tr("生成年度工作总结（Word）…"), self)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(actor.can(Permission.PRINT_REGISTERS))
        explanation = QLabel(
            self.tr(
                "按《信访稳定工作总结（自查报告）》的六个部分生成草稿：领导小组、包组摸排和例会、"
                "来访和信访事项、值班、座谈会和信息报送，数字全部取自本程序的记录；"
                "“存在问题和下一步打算”留给校长填写。生成的 .docx 可在 Word 或 WPS 中修改。"
            ),
            self,
        )
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("年度："), self))
        row.addWidget(self.year)
        row.addWidget(self.export_button)
        row.addStretch(1)
        # 一周一总结、一月一分析、一季度一回顾
        self.review_kind = QComboBox(self)
        for kind, label in (("week", self.tr("周小结")), ("month", self.tr("月分析")),
                            ("quarter", self.tr("季度回顾"))):  # fmt: skip
            self.review_kind.addItem(label, kind)
        self.review_day = DateField(date.today(), self)
        self.review_button = QPushButton(self.tr("打印"), self)
        self.review_button.clicked.connect(self.print_review)
        self.review_button.setEnabled(actor.can(Permission.PRINT_REGISTERS))
        self.review_error = QLabel(self)
        self.review_error.setStyleSheet("color: #c62828;")
        review_row = QHBoxLayout()
        review_row.addWidget(QLabel(self.tr("周小结、月分析、季度回顾："), self))
        review_row.addWidget(self.review_kind)
        review_row.addWidget(QLabel(self.tr("包含这一天的时期："), self))
        review_row.addWidget(self.review_day)
        review_row.addWidget(self.review_button)
        review_row.addWidget(self.review_error)
        review_row.addStretch(1)
        self.printer = Printer(self, self.banner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(review_row)
        layout.addStretch(1)
        self.operation: Operation | None = None
        self.saved_path: Path | None = None

    def load(self) -> None:
        """Nothing to list; the draft and the reviews are made on demand."""

    def print_review(self) -> None:
        errors: list[FieldError] = []
        day = self.review_day.value("review_day", errors)
        if errors or day is None:
            self.review_error.setText(
                error_text(errors[0]) if errors else self.tr("请填写日期，如 2026-11-23")
            )
            return
        self.review_error.clear()
        from ...reports.year_work_forms import build_review_pdf
        from ...services import rhythm_review

        db, actor, kind = self._db, self._actor, self.review_kind.currentData()

        def build() -> bytes:
            sheet, unit = rhythm_review.review_document(db, actor, kind, day, date.today())
            return build_review_pdf(sheet, unit, date.today())

        title = self.review_kind.currentText()
        self.printer.run(build, title, self.tr("{t}{d}.pdf").format(t=title, d=day))

    def export(self) -> None:
        if self.operation is not None:
            return
        year = self.year.value()
        chosen = prompts.ask_save_path(
            self, self.tr("保存年度工作总结"), self.tr("{y}年信访稳定工作总结.docx").format(y=year),
            self.tr("Word 文档 (*.docx)"),
        )  # fmt: skip
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_suffix(".docx")
        db, actor = self._db, self._actor

        def work() -> Path:
            from ...reports.work_summary import build_work_summary_docx

            draft = summary_service.work_summary_document(db, actor, year, date.today())
            path.write_bytes(build_work_summary_docx(draft))
            return path

        def done(saved: Path) -> None:
            self.operation = None
            self.saved_path = saved
            self.banner.show_message("ok", self.tr("已保存到 {p}").format(p=saved))

        def failed(error) -> None:
            self.operation = None
            if isinstance(error, OSError):
                message = self.tr("无法写入文件 {p}：{e}").format(p=path, e=error.strerror or error)
            else:
                message = _message(error)
            self.banner.show_message("error", message)

        self.banner.show_message("ok", self.tr("正在生成年度工作总结…"))
        self.operation = Operation.start(self, work, done, failed)


class YearWorkPage(QWidget):
    # Open reports and opinions are counted on the start page.
    changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.plan_tab = PlanTab(db, actor, self)
        self.forums_tab = ForumsTab(db, actor, self)
        self.reports_tab = ReportsTab(db, actor, self)
        self.reception_tab = ReceptionTab(db, actor, self)
        self.summary_tab = SummaryTab(db, actor, self)
        self.tabs.addTab(self.plan_tab, self.tr("工作计划"))
        self.tabs.addTab(self.forums_tab, self.tr("座谈会"))
        self.tabs.addTab(self.reports_tab, self.tr("信息报送"))
        self.tabs.addTab(self.reception_tab, self.tr("领导接访"))
        self.tabs.addTab(self.summary_tab, self.tr("总结和回顾"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.forums_tab.changed.connect(self.changed)
        self.reports_tab.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda index: self.tabs.widget(index).load())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Reload on every visit: another PC may have added a report.
        self.tabs.currentWidget().load()
