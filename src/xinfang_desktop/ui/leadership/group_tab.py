"""领导小组 tab: the terms, the members of the selected term with role and duties (分工),
changes kept as history, and the printable roster and duties table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import FieldError
from ...domain.leadership import ROLE_LABELS, MemberDraft, TermDraft
from ...services import leadership as leadership_service
from ...services import leadership_printing
from ...services import people as people_service
from .. import prompts
from ..widgets import Banner
from .common import (
    DateField,
    PersonPicker,
    Printer,
    ServiceDialog,
    fill_table,
    make_table,
    raise_if,
    selected_id,
)


class TermDialog(ServiceDialog):
    """成立（换届）: the 行政会 decision that forms a new group."""

    def __init__(self, db, actor, parent=None, term=None):
        title = self.tr("修改成立决定") if term else self.tr("成立领导小组（换届）")
        super().__init__(title, parent)
        self._db, self._actor, self._term = db, actor, term
        self.founded_on = self.add_field(
            "founded_on",
            self.tr("成立日期*"),
            DateField(term.founded_on if term else date.today(), self),
        )
        self.meeting = self.add_field("meeting", self.tr("决定会议*"), QLineEdit(self))
        self.meeting.setPlaceholderText(self.tr("例如：2026年第5次行政会"))
        self.document_number = self.add_field("document_number", self.tr("文号"), QLineEdit(self))
        self.remarks = self.add_field("remarks", self.tr("备注"), QPlainTextEdit(self))
        self.remarks.setMaximumHeight(70)
        if term is not None:
            # Correcting the record of the decision; a new decision is a new term.
            self.founded_on.setReadOnly(True)
            self.meeting.setText(term.meeting)
            self.document_number.setText(term.document_number)
            self.remarks.setPlainText(term.remarks)

    def save(self):
        errors: list[FieldError] = []
        founded_on = self.founded_on.value("founded_on", errors)
        raise_if(errors)
        draft = TermDraft(
            founded_on,
            self.meeting.text(),
            self.document_number.text(),
            self.remarks.toPlainText(),
        )
        if self._term is not None:
            return leadership_service.update_term(
                self._db, self._actor, self._term.id, draft, expected_version=self._term.version
            )
        return leadership_service.found_term(self._db, self._actor, draft)


class MemberDialog(ServiceDialog):
    """Add a member, or (``member`` given) change a member's role or duties from a day on."""

    def __init__(self, db, actor, term_id: int, people, member=None, parent=None):
        title = self.tr("调整职务或分工") if member else self.tr("添加成员")
        super().__init__(title, parent)
        self._db, self._actor, self._term_id, self._member = db, actor, term_id, member
        self.person = self.add_field("person_id", self.tr("成员*"), PersonPicker(people, self))
        self.role = self.add_field("role", self.tr("小组职务*"), QComboBox(self))
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.duties = self.add_field("duties", self.tr("分工"), QPlainTextEdit(self))
        self.duties.setMaximumHeight(90)
        self.duties.setTabChangesFocus(True)
        label = self.tr("变动日期*") if member else self.tr("加入日期")
        self.day = self.add_field(
            "joined_on", label, DateField(date.today() if member else None, self)
        )
        if member is not None:
            self.person.select(member.person_id)
            self.person.setEnabled(False)
            self.role.setCurrentIndex(self.role.findData(member.role))
            self.duties.setPlainText(member.duties)
        else:
            self.role.setCurrentIndex(self.role.findData("member"))
            self.day.setPlaceholderText(self.tr("空着表示自成立之日起"))

    def save(self):
        errors: list[FieldError] = []
        day = self.day.value("joined_on", errors)
        if self._member is not None and day is None and not errors:
            errors.append(FieldError("joined_on", "请填写变动日期"))
        raise_if(errors)
        if self._member is not None:
            return leadership_service.change_member(
                self._db,
                self._actor,
                self._member.id,
                role=self.role.currentData(),
                duties=self.duties.toPlainText(),
                changed_on=day,
            )
        return leadership_service.add_member(
            self._db,
            self._actor,
            self._term_id,
            MemberDraft(
                self.person.person_id(), self.role.currentData(), self.duties.toPlainText(), day
            ),
        )


class RemoveMemberDialog(ServiceDialog):
    def __init__(self, db, actor, member, parent=None):
        super().__init__(self.tr("移出领导小组：{name}").format(name=member.name), parent)
        self._db, self._actor, self._member = db, actor, member
        self.removed_on = self.add_field(
            "ended_on", self.tr("移出日期*"), DateField(date.today(), self)
        )
        self.reason = self.add_field("reason", self.tr("原因"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("例如：工作调动"))
        # The open work a member still owns is named in this field's message.
        self.fields["person_id"] = self.fields["ended_on"]

    def save(self):
        errors: list[FieldError] = []
        removed_on = self.removed_on.value("ended_on", errors)
        if removed_on is None and not errors:
            errors.append(FieldError("ended_on", "请填写移出日期"))
        raise_if(errors)
        return leadership_service.remove_member(
            self._db, self._actor, self._member.id, removed_on=removed_on, reason=self.reason.text()
        )


class GroupTab(QWidget):
    members_changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.term_box = QComboBox(self)
        self.term_box.currentIndexChanged.connect(self.load_members)
        self.new_term_button = QPushButton(self.tr("成立/换届…"), self)
        self.new_term_button.clicked.connect(self.new_term)
        self.edit_term_button = QPushButton(self.tr("修改决定…"), self)
        self.edit_term_button.clicked.connect(self.edit_term)
        self.history_box = QCheckBox(self.tr("显示变动记录"), self)
        self.history_box.toggled.connect(self.load_members)
        self.term_info = QLabel(self)
        self.term_info.setWordWrap(True)
        self.table = make_table(
            self,
            [
                self.tr("小组职务"),
                self.tr("姓名"),
                self.tr("职务"),
                self.tr("部门"),
                self.tr("联系电话"),
                self.tr("起始日期"),
                self.tr("截止日期"),
                self.tr("分工"),
            ],
        )
        self.add_button = QPushButton(self.tr("添加成员…"), self)
        self.add_button.clicked.connect(self.add_member)
        self.change_button = QPushButton(self.tr("调整职务/分工…"), self)
        self.change_button.clicked.connect(self.change_member)
        self.remove_button = QPushButton(self.tr("移出…"), self)
        self.remove_button.clicked.connect(self.remove_member)
        self.roster_button = QPushButton(self.tr("打印名单"), self)
        self.roster_button.clicked.connect(self.print_roster)
        self.duties_button = QPushButton(self.tr("打印分工表"), self)
        self.duties_button.clicked.connect(self.print_duties)
        self.printer = Printer(self, self.banner)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("届次："), self))
        top.addWidget(self.term_box, 1)
        top.addWidget(self.new_term_button)
        top.addWidget(self.edit_term_button)
        top.addWidget(self.history_box)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.roster_button)
        buttons.addWidget(self.duties_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.term_info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._members: list = []
        self._terms: list = []
        self._select_after_load: int | None = None

    # -- loading ------------------------------------------------------------------------

    def load(self) -> None:
        current = self._select_after_load or self.term_id()
        self._select_after_load = None
        try:
            self._terms = leadership_service.list_terms(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in self._terms:
            ended = self.tr("（已结束）") if term.ended_on else self.tr("（现任）")
            self.term_box.addItem(term.label + ended, term.id)
        index = self.term_box.findData(current)
        self.term_box.setCurrentIndex(index if index >= 0 else 0)
        self.term_box.blockSignals(False)
        if not self._terms:
            self.term_info.setText(self.tr("尚未成立领导小组：点“成立/换届…”录入行政会的决定。"))
        self.load_members()

    def term_id(self) -> int | None:
        return self.term_box.currentData()

    def current_term(self):
        return next((t for t in self._terms if t.id == self.term_id()), None)

    def load_members(self) -> None:
        term = self.current_term()
        has_term = term is not None
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setEnabled(has_term and term.ended_on is None)
        self.roster_button.setEnabled(has_term)
        self.edit_term_button.setEnabled(has_term)
        self.duties_button.setEnabled(has_term)
        if term is None:
            self._members = []
            fill_table(self.table, [], [])
            return
        self.term_info.setText(
            self.tr("成立：{day}　{meeting}　文号：{number}{ended}").format(
                day=chinese_date(term.founded_on),
                meeting=term.meeting,
                number=term.document_number or self.tr("无"),
                ended=self.tr("　结束：{d}").format(d=chinese_date(term.ended_on))
                if term.ended_on
                else "",
            )
        )
        try:
            self._members = leadership_service.list_members(
                self._db, term.id, with_history=self.history_box.isChecked()
            )
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        fill_table(
            self.table,
            [
                [
                    m.role_label,
                    m.name,
                    m.post,
                    m.office,
                    m.phone,
                    chinese_date(m.joined_on),
                    (chinese_date(m.ended_on) + " " + m.end_reason) if m.ended_on else "",
                    m.duties,
                ]
                for m in self._members
            ],
            [m.id for m in self._members],
        )

    def _selected_member(self):
        member_id = selected_id(self.table)
        member = next((m for m in self._members if m.id == member_id), None)
        if member is None:
            self.banner.show_message("error", self.tr("请先在表中选中一位成员"))
        elif member.ended_on is not None:
            self.banner.show_message("error", self.tr("这是已结束的变动记录，请选中现任的那一行"))
            return None
        return member

    # -- actions ------------------------------------------------------------------------

    def _after_save(self, message: str) -> None:
        self.load()
        self.banner.show_message("ok", message)
        self.members_changed.emit()

    def new_term(self) -> None:
        dialog = TermDialog(self._db, self._actor, self)
        if prompts.run_dialog(dialog):
            self._select_after_load = dialog.saved.id
            self._after_save(self.tr("已成立新一届领导小组，请添加成员。"))

    def edit_term(self) -> None:
        term = self.current_term()
        if term is None:
            return
        dialog = TermDialog(self._db, self._actor, self, term=term)
        if prompts.run_dialog(dialog):
            self._after_save(self.tr("已修改成立决定"))

    def _leaders(self):
        people = people_service.list_people(self._db)
        return sorted(people, key=lambda p: (not p.is_leader, p.office, p.name))

    def add_member(self) -> None:
        term_id = self.term_id()
        if term_id is None:
            return
        dialog = MemberDialog(self._db, self._actor, term_id, self._leaders(), parent=self)
        if prompts.run_dialog(dialog):
            self._after_save(self.tr("已添加 {name}").format(name=dialog.saved.name))

    def change_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        dialog = MemberDialog(
            self._db, self._actor, member.term_id, self._leaders(), member, parent=self
        )
        if prompts.run_dialog(dialog):
            self._after_save(self.tr("已调整 {name} 的职务或分工").format(name=member.name))

    def remove_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        dialog = RemoveMemberDialog(self._db, self._actor, member, self)
        if prompts.run_dialog(dialog):
            self._after_save(self.tr("{name} 已移出领导小组").format(name=member.name))

    def _print_day(self) -> date:
        term = self.current_term()
        return term.ended_on if term and term.ended_on else date.today()

    def print_roster(self) -> None:
        term_id, day, db = self.term_id(), self._print_day(), self._db
        actor = self._actor
        if term_id is None:
            return
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.roster_form(db, term_id, day)
            ),
            self.tr("领导小组名单"),
            self.tr("领导小组名单.pdf"),
        )

    def print_duties(self) -> None:
        term_id, day, db = self.term_id(), self._print_day(), self._db
        actor = self._actor
        if term_id is None:
            return
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.duties_form(db, term_id, day)
            ),
            self.tr("成员分工表"),
            self.tr("领导小组分工表.pdf"),
        )
