"""Dialogs driven by keys alone: sign-in, 新建用户 and the other forms (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_auth_window import _make_admin

from ui.keys import show_active, tab_walk
from xinfang_desktop.domain.auth import UserDraft
from xinfang_desktop.services import auth as auth_service


def _failed_attempts(db, username: str) -> int:
    """The account's failed sign-ins as stored (the message no longer tells how many remain,
    so that it does not tell an attacker which accounts exist)."""
    from xinfang_desktop.db.models import User

    with db.read() as session:
        return session.query(User).filter_by(username=username).one().failed_sign_ins


def test_sign_in_by_keys_enter_moves_to_the_password_and_counts_no_attempt(qtbot, unit_db):
    from xinfang_desktop.ui.auth.dialogs import SignInDialog

    admin = _make_admin(unit_db)
    auth_service.create_user(
        unit_db, admin, UserDraft("menwei", "王师傅", "门卫"), "Temp#2026xyz", "Temp#2026xyz"
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
    assert _failed_attempts(unit_db, "menwei") == 0  # the empty password was no attempt
    qtbot.keyClicks(dialog.password, "Temp#2026xyz")
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


def test_change_password_enter_moves_to_the_confirmation_before_saving(qtbot, unit_db):
    from xinfang_desktop.ui.auth.dialogs import ChangePasswordDialog

    admin = _make_admin(unit_db)
    gate = auth_service.create_user(
        unit_db, admin, UserDraft("menwei", "王师傅", "门卫"), "Temp#2026xyz", "Temp#2026xyz"
    )
    dialog = ChangePasswordDialog(unit_db, gate.actor(), forced=True)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.old_password.setFocus()
    qtbot.keyClicks(dialog.old_password, "Temp#2026xyz")
    qtbot.keyClick(dialog.old_password, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "Gate#2026doorway")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # Not submitted with an empty confirmation: the cursor waits in it.
    assert QApplication.focusWidget() is dialog.password_again
    assert dialog.isVisible()
    assert dialog.fields["password_again"].error.text() == ""
    qtbot.keyClicks(dialog.password_again, "Gate#2026doorway")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert auth_service.sign_in(unit_db, "menwei", "Gate#2026doorway")
