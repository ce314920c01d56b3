"""用户管理 (administrators): add users with a role, change them, reset passwords, disable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PASSWORD_MIN_LENGTH, PermissionDeniedError, Role, UserDraft
from ...domain.dates import chinese_datetime
from ...domain.errors import ValidationError
from ...services import auth as auth_service
from ...services import people as people_service
from ...services.auth import UserRecord
from ...services.context import Actor
from .. import prompts
from ..widgets import Banner, button_row, page_title, record_table
from .dialogs import _FieldsDialog, _password_edit


class UserDialog(_FieldsDialog):
    """New user (with a temporary password) or changes to an existing one."""

    def __init__(self, db: Database, actor: Actor, user: UserRecord | None = None, parent=None):
        title = self.tr("新建用户") if user is None else self.tr("修改用户")
        super().__init__(title, parent)
        self._db, self._actor, self._user = db, actor, user
        self.saved: UserRecord | None = None
        self.username = QLineEdit(user.username if user else "", self)
        self.display_name = QLineEdit(user.display_name if user else "", self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role.value, role.value)
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
        # A leader sees the cases and groups of the person the account belongs to.
        self.person = QComboBox(self)
        self.person.addItem(self.tr("（不关联）"), None)
        try:
            people = people_service.list_people(db)
        except StorageError:
            people = []
        for person in people:
            self.person.addItem(person.label, person.id)
        if user is not None and user.person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(user.person_id)))
        self.add_field("username", self.tr("用户名"), self.username)
        self.add_field("display_name", self.tr("姓名"), self.display_name)
        self.add_field("role", self.tr("角色"), self.role)
        self.add_field("person_id", self.tr("对应人员"), self.person)
        if user is None:
            hint = self.tr("临时密码，至少 {n} 位；首次登录时须修改").format(n=PASSWORD_MIN_LENGTH)
            self.password = _password_edit(self, hint)
            self.password_again = _password_edit(self)
            self.add_field("password", self.tr("密码"), self.password)
            self.add_field("password_again", self.tr("确认密码"), self.password_again)
        self.username.setFocus()

    def draft(self) -> UserDraft:
        return UserDraft(
            self.username.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.person.currentData(),
        )

    def save(self) -> None:
        if self._user is None:
            self.saved = auth_service.create_user(
                self._db,
                self._actor,
                self.draft(),
                self.password.text(),
                self.password_again.text(),
            )
        else:
            self.saved = auth_service.update_user(
                self._db,
                self._actor,
                self._user.id,
                self.draft(),
                expected_version=self._user.version,
            )


class ResetPasswordDialog(_FieldsDialog):
    def __init__(self, db: Database, actor: Actor, user: UserRecord, parent=None):
        super().__init__(self.tr("重置密码：{name}").format(name=user.display_name), parent)
        self._db, self._actor, self._user = db, actor, user
        self.intro.setText(self.tr("设置一个临时密码告诉本人；本人下次登录时必须改掉它。"))
        self.intro.show()
        self.password = _password_edit(self)
        self.password_again = _password_edit(self)
        self.add_field("password", self.tr("临时密码"), self.password)
        self.add_field("password_again", self.tr("确认密码"), self.password_again)
        self.password.setFocus()

    def save(self) -> None:
        auth_service.reset_password(
            self._db, self._actor, self._user.id, self.password.text(), self.password_again.text()
        )


class UsersPage(QWidget):
    HEADERS = ("用户名", "姓名", "角色", "状态", "上次登录")

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.users: list[UserRecord] = []
        self.banner = Banner(self)
        self.table = record_table([self.tr(h) for h in self.HEADERS], self, stretch=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        buttons, _ = button_row(
            (
                (self.tr("新建用户"), self.add_user),
                (self.tr("修改"), self.edit_user),
                (self.tr("重置密码"), self.reset_password),
                (self.tr("停用"), self.disable_user),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("用户管理"), self))
        layout.addWidget(
            QLabel(
                self.tr(
                    "门卫：登记来访、今日名单、访客单；信访员：信访事项、台账和报表；"
                    "领导：本人包案和分管的事项，审阅签批；校长、管理员：全部功能。"
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Locks and password changes happen at the sign-in, elsewhere.
        self.load()

    def load(self) -> None:
        try:
            self.users = auth_service.list_users(self._db, self._actor)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.table.setRowCount(len(self.users))
        now = datetime.now()
        for row, user in enumerate(self.users):
            if user.disabled:
                state = self.tr("已停用")
            elif user.locked_until and user.locked_until > now:
                state = self.tr("锁定至 {t}").format(t=f"{user.locked_until:%H:%M}")
            elif user.must_change_password:
                state = self.tr("待修改临时密码")
            else:
                state = self.tr("在用")
            last = chinese_datetime(user.last_sign_in_at) if user.last_sign_in_at else ""
            for column, text in enumerate(
                (user.username, user.display_name, user.role.value, state, last)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected_user(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message("error", self.tr("请先在列表中选中一个用户"))
            return None
        return self.users[rows[0].row()]

    def add_user(self) -> None:
        dialog = UserDialog(self._db, self._actor, None, self)
        if prompts.run_dialog(dialog) and dialog.saved:
            self.load()
            self.banner.show_message(
                "ok", self.tr("已新建用户 {u}").format(u=dialog.saved.username)
            )

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = UserDialog(self._db, self._actor, user, self)
        if prompts.run_dialog(dialog):
            self.load()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if prompts.run_dialog(ResetPasswordDialog(self._db, self._actor, user, self)):
            self.load()
            self.banner.show_message("ok", self.tr("已重置 {u} 的密码").format(u=user.display_name))

    def disable_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr("停用用户“{name}”？停用后不能登录，记录仍保留。").format(
            name=user.display_name
        )
        if not prompts.ask_yes_no(self, self.tr("停用用户"), question):
            return
        try:
            auth_service.disable_user(self._db, self._actor, user.id)
        except ValidationError as exc:
            self.banner.show_message("error", str(exc))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.load()
