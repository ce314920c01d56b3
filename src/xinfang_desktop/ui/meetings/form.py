"""One 例会 record on screen: the week's figures, attendance from the roster, the minutes,
action items; saved and finalised by the clerk, signed by the principal, amended after
signing only by addenda.

A bad value never clears the form: the Chinese messages appear above and under the fields
and everything typed stays where it was.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import ConflictError, StorageError
from ...domain.auth import Permission, PermissionDeniedError
from ...domain.dates import chinese_date, chinese_datetime, chinese_period
from ...domain.errors import FieldError, ValidationError
from ...domain.meetings import (
    STATUS_DRAFT,
    STATUS_FINAL,
    STATUS_LABELS,
    STATUS_REVIEWED,
    ActionItemDraft,
    AttendanceDraft,
    MeetingDraft,
    mark_no_new_issues,
    monday_of,
)
from ...services import leadership as leadership_service
from ...services import meetings as meeting_service
from ...services import people as people_service
from ...services.meetings import FIGURE_LABELS, MeetingRecord
from .. import prompts
from ..leadership.common import PersonChoice, error_text
from ..widgets import Banner, FieldWithError, ReadingOrderFocus
from .action_items import (
    ACTION_DUE,
    ACTION_OWNER,
    ACTION_TEXT,
    ActionItemsModel,
    ActionItemsView,
)

_FIGURES_PER_ROW = 4
_ROW_HEIGHT = 30
_INVALID_CELL = "background: #fdecea;"
_READ_ONLY_LOOK = "background: #f3f3f3; color: #333333;"
# Action items fall due a week after the meeting unless the clerk says otherwise.
_DEFAULT_DUE = timedelta(days=7)

ATTENDANCE_NAME, ATTENDANCE_PRESENT, ATTENDANCE_REASON = range(3)


def _date_edit(parent: QWidget, value: date | None) -> QDateEdit:
    edit = QDateEdit(parent, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or date.today()))
    return edit


class TableWithError(FieldWithError):
    """A table and the messages of its rows; only the table's frame turns red (a plain
    border on the table would reach every line edit inside it)."""

    def set_error(self, message: str) -> None:
        super().set_error(message)
        self.field.setStyleSheet("QTableView { border: 1px solid #c62828; }" if message else "")


def _fit_height(table: QTableWidget) -> None:
    """Tall enough for every row: the page scrolls as a whole, not each table inside it."""
    rows = max(table.rowCount(), 1)
    table.setFixedHeight(table.horizontalHeader().height() + rows * _ROW_HEIGHT + 4)


class MeetingForm(ReadingOrderFocus, QWidget):
    # The stored record after a save, 定稿, 审签 or an addendum (the lists reload).
    saved = Signal(object)
    print_clicked = Signal(int)

    def __init__(self, db, actor, parent: QWidget | None = None, *, review_only: bool = False):
        super().__init__(parent)
        self._db, self._actor = db, actor
        # The principal's queue shows a record to sign, never one to edit.
        self._review_only = review_only
        self.record: MeetingRecord | None = None
        self.editable = False
        self._members: list[PersonChoice] = []
        self._names: dict[int, str] = {}
        self._last_error = ""
        # What the widgets held when the record was shown: anything else is unsaved typing.
        self._shown_draft: MeetingDraft | None = None

        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #555; font-size: 14px;")
        self.banner = Banner(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")

        self.held_on = _date_edit(self, date.today())
        self.held_on.dateChanged.connect(self._date_changed)
        self.held_on_field = FieldWithError(self.held_on, self)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("会议日期"), self))
        date_row.addWidget(self.held_on_field)
        # 地点, 主持人 and 列席 head the printed record.
        self.location = QLineEdit(self)
        self.host = QLineEdit(self)
        self.observers = QLineEdit(self)
        self.observers.setPlaceholderText(self.tr("不是领导小组成员的与会人员"))
        self.header_fields = {
            "location": FieldWithError(self.location, self),
            "host": FieldWithError(self.host, self),
            "observers": FieldWithError(self.observers, self),
        }
        for name, label in (("location", "地点"), ("host", "主持人")):
            date_row.addWidget(QLabel(self.tr(label), self))
            date_row.addWidget(self.header_fields[name], 1)
        observers_row = QHBoxLayout()
        observers_row.addWidget(QLabel(self.tr("列席"), self))
        observers_row.addWidget(self.header_fields["observers"], 1)

        self.figures_box = QGroupBox(self.tr("本周数据"), self)
        figures_grid = QGridLayout(self.figures_box)
        self.figure_values: dict[str, QLabel] = {}
        for index, (key, label) in enumerate(FIGURE_LABELS.items()):
            row, column = divmod(index, _FIGURES_PER_ROW)
            value = QLabel("—", self.figures_box)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-weight: bold;")
            figures_grid.addWidget(QLabel(self.tr(label), self.figures_box), row, 2 * column)
            figures_grid.addWidget(value, row, 2 * column + 1)
            self.figure_values[key] = value

        self.attendance = QTableWidget(0, 3, self)
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("出席"), self.tr("缺席原因")]
        )
        self._table_look(self.attendance, stretch=ATTENDANCE_REASON)
        self.attendance_field = TableWithError(self.attendance, self)

        self.agenda = self._text_edit()
        self.discussion = self._text_edit()
        self.decisions = self._text_edit()
        self.text_fields = {
            "agenda": FieldWithError(self.agenda, self),
            "discussion": FieldWithError(self.discussion, self),
            "decisions": FieldWithError(self.decisions, self),
        }

        self.action_items = ActionItemsModel(self._name_of, self)
        self.actions = ActionItemsView(
            self.action_items, lambda: self._members, self._name_of, self
        )
        self.actions.fit_height()
        self.actions_field = TableWithError(self.actions, self)
        self.add_action_button = QPushButton(self.tr("添加落实事项"), self)
        self.add_action_button.clicked.connect(lambda: self.add_action_row())
        self.remove_action_button = QPushButton(self.tr("删除所选事项 (Del)"), self)
        self.remove_action_button.clicked.connect(self.actions.remove_current)
        for signal in (self.action_items.rowsInserted, self.action_items.rowsRemoved):
            signal.connect(lambda *_a: self.actions.fit_height())
        self.action_items.modelReset.connect(self.actions.fit_height)

        self.no_new_issues_button = QPushButton(self.tr("本周无新问题"), self)
        self.no_new_issues_button.setToolTip(
            self.tr("讨论情况和决定事项填为“本周无新问题”，并清空落实事项")
        )
        self.no_new_issues_button.clicked.connect(self.apply_no_new_issues)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.finalise_button = QPushButton(self.tr("定稿"), self)
        self.finalise_button.setToolTip(self.tr("保存并定稿，交校长审签"))
        self.finalise_button.clicked.connect(self.confirm_finalise)
        self.print_button = QPushButton(self.tr("打印纪要"), self)
        self.print_button.clicked.connect(self._print)
        buttons = QHBoxLayout()
        for button in (self.no_new_issues_button, self.save_button, self.finalise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        self.signed_box = self._build_signed_box()
        self.sign_box = self._build_sign_box()

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(date_row)
        body.addLayout(observers_row)
        body.addWidget(self.figures_box)
        body.addWidget(self._section(self.tr("出席情况")))
        body.addWidget(self.attendance_field)
        body.addWidget(self._section(self.tr("议程")))
        body.addWidget(self.text_fields["agenda"])
        body.addWidget(self._section(self.tr("讨论情况")))
        body.addWidget(self.text_fields["discussion"])
        body.addWidget(self._section(self.tr("决定事项")))
        body.addWidget(self.text_fields["decisions"])
        actions_title = QHBoxLayout()
        actions_title.addWidget(self._section(self.tr("落实事项")))
        actions_title.addStretch(1)
        actions_title.addWidget(self.add_action_button)
        actions_title.addWidget(self.remove_action_button)
        body.addLayout(actions_title)
        body.addWidget(self.actions_field)
        body.addLayout(buttons)
        # The principal signs what was read: the 审签 box comes after the record.
        body.addWidget(self.sign_box)
        body.addWidget(self.signed_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.clear()

    # -- building -------------------------------------------------------------------------

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        return edit

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: bold; margin-top: 4px;")
        return label

    @staticmethod
    def _table_look(table: QTableWidget, *, stretch: int) -> None:
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        _fit_height(table)

    def _build_signed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("审签与补充说明"), self)
        self.review_info = QLabel(box)
        self.review_info.setObjectName("reviewInfo")
        self.review_info.setWordWrap(True)
        self.addenda = QLabel(box)
        self.addenda.setObjectName("addenda")
        self.addenda.setWordWrap(True)
        self.addendum = QPlainTextEdit(box)
        self.addendum.setTabChangesFocus(True)
        self.addendum.setFixedHeight(60)
        self.addendum.setPlaceholderText(self.tr("纪要已审签，不能修改；更正或补充请写在这里"))
        self.addendum_field = FieldWithError(self.addendum, box)
        self.addendum_button = QPushButton(self.tr("追加补充说明"), box)
        self.addendum_button.clicked.connect(self.add_addendum)
        layout = QVBoxLayout(box)
        layout.addWidget(self.review_info)
        layout.addWidget(self.addenda)
        layout.addWidget(self.addendum_field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.addendum_button)
        layout.addLayout(row)
        return box

    def _build_sign_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("校长审签"), self)
        self.comment = QPlainTextEdit(box)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        self.comment.setPlaceholderText(self.tr("审阅意见（可不填）"))
        self.comment_field = FieldWithError(self.comment, box)
        self.sign_button = QPushButton(self.tr("审签"), box)
        self.sign_button.clicked.connect(self.confirm_sign)
        layout = QVBoxLayout(box)
        layout.addWidget(self.comment_field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_button)
        layout.addLayout(row)
        return box

    # -- showing a record -----------------------------------------------------------------

    def clear(self, message: str = "") -> None:
        self.record = None
        self.editable = False
        self._shown_draft = None
        self.banner.clear_message()
        self.placeholder.setText(message or self.tr("从左侧选择一份例会记录。"))
        self.placeholder.show()
        self.body.hide()

    def show_new(self, draft: MeetingDraft) -> None:
        """A record not stored yet (新建例会记录)."""
        self._show(None, draft, figures=None)

    def show_record(self, record: MeetingRecord) -> None:
        self._show(record, record.draft, figures=record.figures)

    def _show(self, record, draft: MeetingDraft, figures: dict[str, int] | None) -> None:
        self.record = record
        status = record.status if record else STATUS_DRAFT
        self.editable = (
            not self._review_only
            and status != STATUS_REVIEWED
            and self._actor.can(Permission.WRITE_MINUTES)
        )
        self.banner.clear_message()
        self._clear_errors()
        self.placeholder.hide()
        self.body.show()
        held_on = draft.held_on or date.today()
        self._load_roster(held_on)
        self.held_on.blockSignals(True)
        self.held_on.setDate(QDate(held_on))
        self.held_on.blockSignals(False)
        self.held_on.setReadOnly(not self.editable)
        if self.editable or figures is None:
            # What will be stored on 保存: the registers as they stand now.
            self._refresh_figures(held_on)
        else:
            self._show_figures(record.review_from, record.review_to, figures)
        for edit, text in (
            (self.location, draft.location),
            (self.host, draft.host),
            (self.observers, draft.observers),
        ):
            edit.setText(text)
            edit.setReadOnly(not self.editable)
        self._fill_attendance(draft.attendance)
        for edit, text in (
            (self.agenda, draft.agenda),
            (self.discussion, draft.discussion),
            (self.decisions, draft.decisions),
        ):
            edit.setPlainText(text)
            edit.setReadOnly(not self.editable)
            # A signed or final record must not look like a form waiting for typing.
            edit.setStyleSheet("" if self.editable else _READ_ONLY_LOOK)
        self.action_items.editable = self.editable
        self.actions.setStyleSheet("" if self.editable else _READ_ONLY_LOOK)
        self.action_items.set_items(draft.action_items)
        self._show_heading()
        self._show_review(record)
        for widget in (
            self.add_action_button,
            self.remove_action_button,
            self.no_new_issues_button,
            self.save_button,
        ):
            widget.setVisible(self.editable)
        self.finalise_button.setVisible(self.editable and status == STATUS_DRAFT)
        self.print_button.setEnabled(record is not None)
        self._shown_draft = self.draft()

    def has_changes(self) -> bool:
        """Typing that would be lost if another record were opened now."""
        if self.record is None and self._shown_draft is None:
            return False
        notes = self.comment.toPlainText().strip() or self.addendum.toPlainText().strip()
        return bool(notes) or (self.editable and self.draft() != self._shown_draft)

    def _show_heading(self) -> None:
        if self.record is None:
            self.heading.setText(self.tr("新建例会记录（尚未保存）"))
            return
        self.heading.setText(
            self.tr("例会记录 {day} · {status} · 记录人 {who}").format(
                day=chinese_date(self.record.draft.held_on),
                status=STATUS_LABELS[self.record.status],
                who=self.record.created_by or "—",
            )
        )

    def _show_review(self, record: MeetingRecord | None) -> None:
        signed = record is not None and record.status == STATUS_REVIEWED
        self.signed_box.setVisible(signed)
        self.sign_box.setVisible(
            self._review_only
            and record is not None
            and record.status == STATUS_FINAL
            and self._actor.can(Permission.REVIEW_AND_SIGN)
        )
        self.comment.clear()
        self.addendum.clear()
        if not signed:
            return
        when = chinese_datetime(record.reviewed_at) if record.reviewed_at else "—"
        self.review_info.setText(
            self.tr("审阅意见：{comment}\n审签人：{who}    审签时间：{when}").format(
                comment=record.review_comment or self.tr("（无）"),
                who=record.reviewed_by,
                when=when,
            )
        )
        if record.addenda:
            lines = [
                self.tr("补充说明（{when}，{who}）：{text}").format(
                    when=chinese_datetime(added_at), who=who, text=text
                )
                for added_at, who, text in record.addenda
            ]
            self.addenda.setText("\n".join(lines))
        else:
            self.addenda.setText(self.tr("暂无补充说明。"))
        can_amend = self._actor.can(Permission.WRITE_MINUTES)
        self.addendum_field.setVisible(can_amend)
        self.addendum_button.setVisible(can_amend)

    def _load_roster(self, day: date) -> None:
        try:
            members = leadership_service.current_members(self._db, on=day)
        except StorageError as error:
            self.banner.show_message("error", error.user_message)
            members = []
        self._members = [PersonChoice(m.person_id, m.name) for m in members]
        self._names.update({m.person_id: m.name for m in members})

    def _name_of(self, person_id: int) -> str:
        if person_id not in self._names:
            # Someone who has since left the group: the people register still knows the name.
            try:
                self._names[person_id] = people_service.get_person(self._db, person_id).name
            except StorageError:
                self._names[person_id] = f"#{person_id}"
        return self._names[person_id]

    def _refresh_figures(self, held_on: date) -> None:
        try:
            first, last, figures = meeting_service.review_figures(self._db, self._actor, held_on)
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            first, last, figures = monday_of(held_on), held_on, {}
        self._show_figures(first, last, figures)

    def _show_figures(self, first: date, last: date, figures: dict[str, int]) -> None:
        self.figures_box.setTitle(
            self.tr("本次例会统计的一周（{period}）").format(period=chinese_period(first, last))
        )
        for key, label in self.figure_values.items():
            value = figures.get(key)
            label.setText("—" if value is None else str(value))

    def _fill_attendance(self, attendance) -> None:
        self.attendance.setRowCount(0)
        for entry in attendance:
            row = self.attendance.rowCount()
            self.attendance.insertRow(row)
            name = QTableWidgetItem(self._name_of(entry.person_id))
            name.setData(Qt.ItemDataRole.UserRole, entry.person_id)
            self.attendance.setItem(row, ATTENDANCE_NAME, name)
            present = QCheckBox(self.tr("出席"), self.attendance)
            present.setChecked(entry.present)
            present.setEnabled(self.editable)
            reason = QLineEdit(entry.absence_reason, self.attendance)
            reason.setPlaceholderText(self.tr("缺席时写明原因"))
            reason.setReadOnly(not self.editable)
            reason.setEnabled(not entry.present)
            present.toggled.connect(lambda checked, edit=reason: edit.setEnabled(not checked))
            self.attendance.setCellWidget(row, ATTENDANCE_PRESENT, present)
            self.attendance.setCellWidget(row, ATTENDANCE_REASON, reason)
        _fit_height(self.attendance)

    def add_action_row(self, item: ActionItemDraft | None = None) -> int:
        held_on = self.held_on.date().toPython()
        row = self.action_items.add(item or ActionItemDraft("", None, held_on + _DEFAULT_DUE))
        if item is None:
            index = self.action_items.index(row, ACTION_TEXT)
            self.actions.setCurrentIndex(index)
            self.actions.setFocus()
            self.actions.edit(index)
        return row

    def _date_changed(self, qdate: QDate) -> None:
        """Another day: that week's figures and that day's roster (typed reasons are kept)."""
        if not self.editable:
            return
        held_on = qdate.toPython()
        current = self.draft()
        self._load_roster(held_on)
        kept = {a.person_id: a for a in current.attendance}
        self._fill_attendance([kept.get(m.id, AttendanceDraft(m.id, True)) for m in self._members])
        # The owner lists follow the new roster: the delegate reads it when a cell is edited.
        self._refresh_figures(held_on)

    # -- reading the widgets --------------------------------------------------------------

    def draft(self) -> MeetingDraft:
        attendance = []
        for row in range(self.attendance.rowCount()):
            attendance.append(
                AttendanceDraft(
                    self.attendance.item(row, ATTENDANCE_NAME).data(Qt.ItemDataRole.UserRole),
                    self.attendance.cellWidget(row, ATTENDANCE_PRESENT).isChecked(),
                    self.attendance.cellWidget(row, ATTENDANCE_REASON).text(),
                )
            )
        items = self.action_items.items()
        return MeetingDraft(
            held_on=self.held_on.date().toPython(),
            agenda=self.agenda.toPlainText(),
            discussion=self.discussion.toPlainText(),
            decisions=self.decisions.toPlainText(),
            attendance=tuple(attendance),
            action_items=tuple(items),
            location=self.location.text(),
            host=self.host.text(),
            observers=self.observers.text(),
        )

    # -- actions --------------------------------------------------------------------------

    def apply_no_new_issues(self) -> None:
        updated = mark_no_new_issues(self.draft())
        self.discussion.setPlainText(updated.discussion)
        self.decisions.setPlainText(updated.decisions)
        self.action_items.set_items(())

    def save(self) -> MeetingRecord | None:
        record = self._store()
        if record is not None:
            self.show_record(record)
            self.banner.show_message("ok", self.tr("已保存。"))
            self.saved.emit(record)
        return record

    def confirm_finalise(self) -> None:
        """定稿 and 审签 cannot be undone (only an addendum follows): ask first."""
        question = self.tr("定稿后纪要不能再修改，只能追加补充说明。确定定稿并交校长审签吗？")
        if prompts.ask_yes_no(self, self.tr("定稿"), question):
            self.finalise()

    def confirm_sign(self) -> None:
        question = self.tr("审签后纪要即归档，不能撤回。确定审签吗？")
        if prompts.ask_yes_no(self, self.tr("审签"), question):
            self.sign()

    def finalise(self) -> MeetingRecord | None:
        """定稿 stores what is on screen first, so what the principal signs is what was read."""
        record = self._store()
        if record is None:
            return None
        final = self._call(
            lambda: meeting_service.finalise(
                self._db, self._actor, record.id, expected_version=record.version
            )
        )
        self.show_record(final or record)
        if final is None:
            self.banner.show_message("error", self.tr("已保存，但没有定稿：") + self._last_error)
        else:
            self.banner.show_message("ok", self.tr("已定稿，等待校长审签。"))
        self.saved.emit(final or record)
        return final

    def sign(self) -> MeetingRecord | None:
        record = self.record
        if record is None:
            return None
        signed = self._call(
            lambda: meeting_service.sign_off(
                self._db,
                self._actor,
                record.id,
                self.comment.toPlainText(),
                expected_version=record.version,
            )
        )
        if signed is not None:
            self.show_record(signed)
            self.banner.show_message("ok", self.tr("已审签。"))
            self.saved.emit(signed)
        return signed

    def add_addendum(self) -> MeetingRecord | None:
        record = self.record
        if record is None:
            return None
        amended = self._call(
            lambda: meeting_service.add_addendum(
                self._db, self._actor, record.id, self.addendum.toPlainText()
            )
        )
        if amended is not None:
            self.show_record(amended)
            self.banner.show_message("ok", self.tr("已追加补充说明。"))
            self.saved.emit(amended)
        return amended

    def _print(self) -> None:
        if self.record is not None:
            self.print_clicked.emit(self.record.id)

    def _store(self) -> MeetingRecord | None:
        draft = self.draft()
        record = self.record
        return self._call(
            lambda: meeting_service.save_meeting(
                self._db,
                self._actor,
                draft,
                meeting_id=record.id if record else None,
                expected_version=record.version if record else None,
            )
        )

    def _call(self, action):
        """Run a service call; on a refusal show why and leave every widget as it is."""
        self._clear_errors()
        self.banner.clear_message()
        self._last_error = ""
        try:
            return action()
        except ValidationError as error:
            self._show_errors(error)
        except ConflictError:
            self._last_error = self.tr(
                "这份纪要刚被别人修改过，您的修改没有保存。填写的内容仍在：请复制需要保留的文字，"
                "再从左侧重新打开这份纪要。"
            )
            self.banner.show_message("error", self._last_error)
        except (StorageError, PermissionDeniedError) as error:
            self._last_error = error.user_message
            self.banner.show_message("error", self._last_error)
        return None

    # -- errors ---------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for field in (
            self.held_on_field,
            self.attendance_field,
            self.actions_field,
            self.comment_field,
            self.addendum_field,
            *self.text_fields.values(),
            *self.header_fields.values(),
        ):
            field.set_error("")
        for row in range(self.attendance.rowCount()):
            widget = self.attendance.cellWidget(row, ATTENDANCE_REASON)
            if widget is not None:
                widget.setStyleSheet("")
        self.action_items.clear_marks()

    def _show_errors(self, error: ValidationError) -> None:
        placed: dict[QWidget, list[str]] = {}
        unplaced: list[str] = []
        for problem in error.errors:
            target, message = self._place(problem)
            if target is None:
                unplaced.append(message)
            else:
                placed.setdefault(target, []).append(message)
        for field, messages in placed.items():
            field.set_error("\n".join(messages))
        summary = self.tr("没有保存：有 {n} 处需要修改，见下方红字。").format(
            n=len(error.errors) - len(unplaced)
        )
        lines = ([summary] if placed else []) + unplaced
        self._last_error = "；".join(lines)
        self.banner.show_message("error", "\n".join(lines))

    def _place(self, problem: FieldError) -> tuple[FieldWithError | None, str]:
        """Which field shows the message; a table row's message names the row."""
        message = error_text(problem)
        name, _, index = problem.field.partition(".")
        if name == "attendance" and index.isdigit():
            row = int(index)
            self._mark_cell(self.attendance, row, ATTENDANCE_REASON)
            person = self.attendance.item(row, ATTENDANCE_NAME).text()
            return self.attendance_field, self.tr("{name}：{message}").format(
                name=person, message=message
            )
        if name == "action_items" and index.isdigit():
            row = int(index)
            self.action_items.mark_invalid(row, (ACTION_TEXT, ACTION_OWNER, ACTION_DUE))
            return self.actions_field, self.tr("第{n}项：").format(n=row + 1) + message
        fields = {
            "held_on": self.held_on_field,
            "comment": self.comment_field,
            "addendum": self.addendum_field,
            **self.text_fields,
            **self.header_fields,
        }
        return fields.get(problem.field), message

    @staticmethod
    def _mark_cell(table: QTableWidget, row: int, column: int) -> None:
        widget = table.cellWidget(row, column)
        if widget is not None:
            widget.setStyleSheet(_INVALID_CELL)
