"""Who is at the keyboard: the first administrator on a new database, then sign-in, then a
forced password change when an administrator set a temporary one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...services import auth as auth_service
from ...services import settings as settings_service
from ...services.auth import UserRecord
from ...services.context import Actor
from .. import prompts
from .dialogs import ChangePasswordDialog, FirstAdministratorDialog, SignInDialog


def ask_who_signs_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The signed-in actor, or None when the user gave up (the program then closes)."""
    try:
        first_start = auth_service.needs_first_administrator(db)
        unit_name = settings_service.get_unit_settings(db).unit_name
    except (StorageError, PermissionDeniedError) as exc:
        prompts.show_error(
            parent, parent.tr("信访台账") if parent else "信访台账", exc.user_message
        )
        return None
    if first_start:
        setup = FirstAdministratorDialog(db, parent)
        if not prompts.run_dialog(setup) or setup.user is None:
            return None
        return setup.user.actor()
    sign_in = SignInDialog(db, unit_name, parent)
    if not prompts.run_dialog(sign_in) or sign_in.user is None:
        return None
    return finish_sign_in(db, sign_in.user, parent)


def finish_sign_in(db: Database, user: UserRecord, parent: QWidget | None = None) -> Actor | None:
    """After the password was accepted: a temporary password is changed first."""
    if user.must_change_password:
        change = ChangePasswordDialog(db, user.actor(), forced=True, parent=parent)
        if not prompts.run_dialog(change):
            return None
    return user.actor()
