"""Sign-in, the first administrator, and changing one's password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PASSWORD_MIN_LENGTH, PermissionDeniedError, UserDraft
from ...domain.errors import FieldError, ValidationError
from ...services.context import Actor
from ..widgets import Banner, EnterMovesOn, FieldWithError, ReadingOrderFocus

if TYPE_CHECKING:
    from ...db.engine import Database
    from ...services.auth import UserRecord

# The services (and SQLAlchemy behind them) are imported where they are used: at start-up the
# sign-in is asked while they load off the GUI thread (app.open_and_attach).


def _password_edit(parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class _FieldsDialog(ReadingOrderFocus, QDialog):
    """A small form whose fields show their own error line, and a banner for the rest."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.banner = Banner(self)
        self.form = QFormLayout()
        self.fields: dict[str, FieldWithError] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        field = FieldWithError(widget, self)
        self.fields[name] = field
        self.form.addRow(label, field)

    def clear_errors(self) -> None:
        self.banner.clear_message()
        for field in self.fields.values():
            field.set_error("")

    def show_validation(self, error: ValidationError) -> None:
        from ..visits.form import translate_error

        for name, field_error in error.by_field().items():
            target = self.fields.get(name)
            if target is None:
                self.banner.show_message("error", translate_error(field_error))
            else:
                target.set_error(translate_error(field_error))
        first = next(iter(error.by_field()), None)
        if first in self.fields:
            self.fields[first].field.setFocus()

    def confirm(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as exc:
            self.show_validation(exc)
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.accept()

    def save(self) -> None:
        raise TypeError(f"{type(self).__name__} must define save()")


class FirstAdministratorDialog(_FieldsDialog):
    """The first start: whoever installs the program sets up its administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("设置管理员"), parent)
        self._db = db
        self.user: UserRecord | None = None
        self.intro.setText(
            self.tr(
                "第一次使用，请先设置管理员账号。管理员可以添加门卫、信访员、领导等用户，"
                "并负责备份数据。请牢记密码。"
            )
        )
        self.intro.show()
        self.username = QLineEdit("admin", self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("例如：刘主任"))
        hint = self.tr("至少 {n} 位，含字母、数字、符号中的两类").format(n=PASSWORD_MIN_LENGTH)
        self.password = _password_edit(self, hint)
        self.password_again = _password_edit(self)
        self.add_field("username", self.tr("用户名"), self.username)
        self.add_field("display_name", self.tr("姓名"), self.display_name)
        self.add_field("password", self.tr("密码"), self.password)
        self.add_field("password_again", self.tr("确认密码"), self.password_again)
        # Enter moves on until the last field: a half-filled form is never submitted.
        self._enter = EnterMovesOn(
            [self.username, self.display_name, self.password], self.password_again, self
        )
        self.display_name.setFocus()

    def save(self) -> None:
        from ...services import auth as auth_service

        self.user = auth_service.create_first_administrator(
            self._db,
            UserDraft(self.username.text(), self.display_name.text(), "管理员"),
            self.password.text(),
            self.password_again.text(),
        )


class SignInDialog(_FieldsDialog):
    """``db`` None: the database is still opening (start-up); ``database_ready`` gives it, and
    a 登录 pressed before that goes ahead then."""

    def __init__(self, db: Database | None, unit_name: str = "", parent: QWidget | None = None):
        super().__init__(self.tr("登录信访台账"), parent)
        self._db = db
        self._sign_in_when_ready = False
        self.user: UserRecord | None = None
        # While the database opens, the unit's name is not known yet: its line is kept, so
        # the dialog does not jump when the name arrives.
        self.show_unit_name(unit_name or (" " if db is None else ""))
        self.username = QLineEdit(self)
        self.password = _password_edit(self)
        self.add_field("username", self.tr("用户名"), self.username)
        self.add_field("password", self.tr("密码"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        # Enter after the user name goes to the password; it is never a sign-in attempt.
        self._enter = EnterMovesOn([self.username], self.password, self)
        self.username.setFocus()

    def show_unit_name(self, unit_name: str) -> None:
        if unit_name:
            self.intro.setText(unit_name)
            self.intro.setStyleSheet("font-size: 16px; font-weight: bold;")
            self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.intro.show()

    def database_ready(self, db: Database, unit_name: str) -> None:
        self._db = db
        self.show_unit_name(unit_name)
        if self._sign_in_when_ready:
            self._sign_in_when_ready = False
            self.confirm()

    def confirm(self) -> None:
        if self._db is None:
            self.clear_errors()
            self._sign_in_when_ready = True
            self.banner.show_message("warn", self.tr("正在打开数据库，马上就好…"))
            return
        super().confirm()

    def save(self) -> None:
        from ...services import auth as auth_service
        from ...services.auth import SignInError

        # An empty field is a slip of the finger, not a try: nothing is asked of the service,
        # so no attempt is counted against the five.
        missing = []
        if not self.username.text().strip():
            missing.append(FieldError("username", self.tr("请输入用户名。")))
        if not self.password.text():
            missing.append(FieldError("password", self.tr("请输入密码。")))
        if missing:
            raise ValidationError(missing)
        assert self._db is not None
        try:
            self.user = auth_service.sign_in(self._db, self.username.text(), self.password.text())
        except SignInError as exc:
            # One message for every failure (it tells no one which accounts exist).
            self.password.clear()
            raise ValidationError([FieldError("password", str(exc))]) from exc


class ChangePasswordDialog(_FieldsDialog):
    def __init__(self, db: Database, actor: Actor, *, forced: bool = False, parent=None):
        super().__init__(self.tr("修改密码"), parent)
        self._db, self._actor = db, actor
        if forced:
            self.intro.setText(self.tr("这是管理员设置的临时密码，请先改成只有您知道的密码。"))
            self.intro.show()
        self.old_password = _password_edit(self)
        hint = self.tr("至少 {n} 位，含字母、数字、符号中的两类").format(n=PASSWORD_MIN_LENGTH)
        self.password = _password_edit(self, hint)
        self.password_again = _password_edit(self)
        self.add_field("old_password", self.tr("原密码"), self.old_password)
        self.add_field("password", self.tr("新密码"), self.password)
        self.add_field("password_again", self.tr("确认新密码"), self.password_again)
        # Enter after the new password goes on to its confirmation instead of submitting.
        self._enter = EnterMovesOn([self.old_password, self.password], self.password_again, self)
        self.old_password.setFocus()

    def save(self) -> None:
        from ...services import auth as auth_service

        auth_service.change_password(
            self._db,
            self._actor,
            self.old_password.text(),
            self.password.text(),
            self.password_again.text(),
        )
