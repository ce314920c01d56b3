"""Dialogs driven by keys alone: sign-in, 新建用户 and the other forms (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_auth_window import _make_admin

from ui.keys import show_active, tab_walk
from xinfang_desktop.domain.auth import UserDraft
from xinfang_desktop.services import auth as auth_service


def _failed_attempts(db, username: str) -> int:
    """The account's counted failures (the message no longer tells, so names cannot be probed)."""
    from sqlalchemy import select

    from xinfang_desktop.db.models import User

    with db.read() as session:
        return session.scalar(select(User.failed_sign_ins).where(User.username == username))


def test_sign_in_by_keys_enter_moves_to_the_password_and_counts_no_attempt(qtbot, unit_db):
    from xinfang_desktop.ui.auth.dialogs import SignInDialog

    admin = _make_admin(unit_db)
    auth_service.create_user(
        unit_db, admin, UserDraft("menwei", "王师傅", "门卫"), "Temp#2026xkq", "Temp#2026xkq"
    )
    dialog = SignInDialog(unit_db)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "menwei")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.password
    assert dialog.isVisible() and dialog.user is None
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # still empty: told, not counted
    assert dialog.fields["password"].error.text() == "请输入密码。"
    assert dialog.isVisible()
    assert _failed_attempts(unit_db, "menwei") == 0
    qtbot.keyClicks(dialog.password, "Temp#2026xkq")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "menwei"


def test_new_user_dialog_tab_reaches_password_confirmation_and_ok(qtbot, unit_db):
    from xinfang_desktop.ui.auth.users_page import UserDialog

    dialog = UserDialog(unit_db, _make_admin(unit_db))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    expected = [dialog.username, dialog.display_name, dialog.role, dialog.person, dialog.password,
                dialog.password_again, ok]  # fmt: skip
    assert tab_walk(qtbot, dialog.username, expected) == expected
