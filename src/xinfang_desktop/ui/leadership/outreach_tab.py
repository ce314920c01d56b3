"""下访 tab: the visits, and each member's monthly check (每月下访一次)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import FieldError, ValidationError
from ...domain.outreach import OutreachDraft
from ...services import leadership as leadership_service
from ...services import leadership_printing
from ...services import outreach as outreach_service
from ...services import people as people_service
from .. import prompts
from ..widgets import Banner
from .common import (
    DateField,
    PeopleChecklist,
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


class OutreachDialog(ServiceDialog):
    def __init__(self, db, actor, leaders, people, parent=None):
        super().__init__(self.tr("登记下访"), parent)
        self._db, self._actor = db, actor
        self.visited_on = self.add_field(
            "visited_on", self.tr("下访日期*"), DateField(date.today(), self)
        )
        self.leaders = self.add_field(
            "leader_ids", self.tr("下访领导*"), PeopleChecklist(leaders, self)
        )
        self.visited = self.add_field("visited", self.tr("下访对象*"), QLineEdit(self))
        self.visited.setPlaceholderText(self.tr("例如：三年级留守儿童家庭"))
        self.matter = self.add_field("matter", self.tr("反映事项*"), QPlainTextEdit(self))
        self.result_text = self.add_field("result", self.tr("处理结果"), QPlainTextEdit(self))
        self.follow_up = self.add_field("follow_up", self.tr("后续跟进"), QLineEdit(self))
        for edit in (self.matter, self.result_text):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.owner = self.add_field(
            "follow_up_owner_id",
            self.tr("跟进责任人"),
            PersonPicker(people, self, blank=self.tr("（不需要跟进）")),
        )
        self.due = self.add_field("follow_up_due", self.tr("跟进期限"), DateField(None, self))

    def save(self):
        errors: list[FieldError] = []
        day = self.visited_on.value("visited_on", errors)
        due = self.due.value("follow_up_due", errors)
        raise_if(errors)
        return outreach_service.record_outreach(
            self._db,
            self._actor,
            OutreachDraft(
                visited_on=day,
                leader_ids=self.leaders.checked_ids(),
                visited=self.visited.text(),
                matter=self.matter.toPlainText(),
                result=self.result_text.toPlainText(),
                follow_up=self.follow_up.text(),
                follow_up_owner_id=self.owner.person_id(),
                follow_up_due=due,
            ),
        )


class OutreachTab(QWidget):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        today = date.today()
        self.year = QSpinBox(self, minimum=2000, maximum=2100, value=today.year)
        self.month = QSpinBox(self, minimum=1, maximum=12, value=today.month)
        self.year.valueChanged.connect(self.load)
        self.month.valueChanged.connect(self.load)
        self.table = make_table(
            self,
            [
                self.tr("下访日期"),
                self.tr("下访领导"),
                self.tr("下访对象"),
                self.tr("反映事项"),
                self.tr("处理结果"),
                self.tr("跟进"),
            ],
        )
        self.check = make_table(
            self,
            [
                self.tr("姓名"),
                self.tr("小组职务"),
                self.tr("本月下访"),
                self.tr("最近一次"),
                self.tr("情况"),
            ],
        )
        self.add_button = QPushButton(self.tr("登记下访…"), self)
        self.add_button.clicked.connect(self.add_outreach)
        self.done_button = QPushButton(self.tr("跟进完成"), self)
        self.done_button.clicked.connect(self.complete_follow_up)
        self.print_button = QPushButton(self.tr("打印本月下访记录"), self)
        self.print_button.clicked.connect(self.print_month)
        self.print_check_button = QPushButton(self.tr("打印下访情况"), self)
        self.print_check_button.clicked.connect(self.print_check)
        self.summary = QLabel(self)
        self.printer = Printer(self, self.banner)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份："), self))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("年"), self))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("月"), self))
        top.addWidget(self.summary, 1)
        visits = QGroupBox(self.tr("下访记录"), self)
        visits_layout = QVBoxLayout(visits)
        visits_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        visits_layout.addLayout(row)
        check = QGroupBox(self.tr("每月下访一次：领导小组成员完成情况"), self)
        check_layout = QVBoxLayout(check)
        check_layout.addWidget(self.check)
        check_layout.addWidget(self.print_check_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(visits)
        splitter.addWidget(check)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._records: list = []

    def _bounds(self) -> tuple[date, date]:
        from ...domain.screening import month_bounds

        return month_bounds(self.year.value(), self.month.value())

    def load(self) -> None:
        first, last = self._bounds()
        today = date.today()
        try:
            self._records = outreach_service.list_outreach(
                self._db, self._actor, date_from=first, date_to=last
            )
            rows = (
                outreach_service.monthly_check(
                    self._db, self.year.value(), self.month.value(), today=today
                )
                if first <= today
                else []
            )
        except (StorageError, ValidationError) as error:
            self.banner.show_message("error", getattr(error, "user_message", str(error)))
            return
        fill_table(
            self.table,
            [
                [
                    chinese_date(r.visited_on),
                    "、".join(r.leaders),
                    r.visited,
                    r.matter,
                    r.result,
                    " ".join(
                        p
                        for p in (
                            r.follow_up,
                            r.follow_up_owner,
                            chinese_date(r.follow_up_due) if r.follow_up_due else "",
                            self.tr("（已完成）") if r.follow_up_done_on else "",
                        )
                        if p
                    ),
                ]
                for r in self._records
            ],
            [r.id for r in self._records],
        )
        fill_table(
            self.check,
            [
                [
                    r.name,
                    r.role_label,
                    str(r.visits),
                    chinese_date(r.last_visit) if r.last_visit else "",
                    self.tr("已完成") if r.done else self.tr("未下访"),
                ]
                for r in rows
            ],
            [r.person_id for r in rows],
            highlight=[not r.done for r in rows],
        )
        missing = [r.name for r in rows if not r.done]
        self.summary.setText(
            self.tr("本月未下访：{names}").format(names="、".join(missing))
            if missing
            else self.tr("本月领导小组成员均已下访")
            if rows
            else ""
        )

    def add_outreach(self) -> None:
        try:
            leaders = [
                PersonChoice(m.person_id, f"{m.name}（{m.role_label}）")
                for m in leadership_service.current_members(self._db)
            ]
            people = people_service.list_people(self._db)
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        if not leaders:
            leaders = [p for p in people if p.is_leader]
        if not leaders:
            message = FieldError("leader_ids", "还没有领导小组成员或校级领导，请先在“人员”中添加")
            self.banner.show_message("error", error_text(message))
            return
        dialog = OutreachDialog(self._db, self._actor, leaders, people, self)
        if prompts.run_dialog(dialog):
            day = dialog.saved.visited_on
            self.year.blockSignals(True)
            self.month.blockSignals(True)
            self.year.setValue(day.year)
            self.month.setValue(day.month)
            self.year.blockSignals(False)
            self.month.blockSignals(False)
            self.load()
            select_id(self.table, dialog.saved.id)
            self.banner.show_message("ok", self.tr("已登记下访"))

    def complete_follow_up(self) -> None:
        visit_id = selected_id(self.table)
        if visit_id is None:
            self.banner.show_message("error", self.tr("请先选中一条下访记录"))
            return
        try:
            outreach_service.complete_outreach_follow_up(
                self._db, self._actor, visit_id, date.today()
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            message = (
                "；".join(error_text(e) for e in error.errors)
                if isinstance(error, ValidationError)
                else error.user_message
            )
            self.banner.show_message("error", message)
            return
        self.load()
        select_id(self.table, visit_id)
        self.banner.show_message("ok", self.tr("跟进已完成"))

    def print_month(self) -> None:
        db = self._db
        actor = self._actor
        first, last = self._bounds()
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.outreach_form(db, actor, first, last)
            ),
            self.tr("领导干部下访记录表"),
            self.tr("下访记录{m}.pdf").format(m=f"{first:%Y-%m}"),
        )

    def print_check(self) -> None:
        db, year, month, today = self._db, self.year.value(), self.month.value(), date.today()
        actor = self._actor
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.monthly_check_form(db, year, month, today)
            ),
            self.tr("每月下访情况"),
            self.tr("下访情况{m}.pdf").format(m=f"{year}-{month:02d}"),
        )
