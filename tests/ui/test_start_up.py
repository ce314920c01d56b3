"""The window's start (issue 18): the sign-in is asked before the storage libraries load; the
database still opens, migrates and is checked while the user types, and what stops it (a newer
schema) still stops the program before anyone signs in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from xinfang_desktop import app
from xinfang_desktop.db import migrate
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role, UserDraft
from xinfang_desktop.services import auth as auth_service
from xinfang_desktop.services import database as database_service
from xinfang_desktop.ui import prompts
from xinfang_desktop.ui.auth.dialogs import FirstAdministratorDialog, SignInDialog

PASSWORD = "Xinfang#2026ab"


@pytest.fixture
def started(monkeypatch):
    """app.main in this process: no exit backup process, and no background work left over."""
    monkeypatch.setattr(app, "exit_backup", lambda db: None)
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def _admin(db):
    auth_service.create_first_administrator(
        db, UserDraft("admin", "刘主任", "管理员"), PASSWORD, PASSWORD
    )


def _quit_soon():
    from PySide6.QtCore import QCoreApplication, QTimer

    QTimer.singleShot(0, QCoreApplication.quit)


@pytest.mark.parametrize("where", ["--db", "data folder"])
def test_the_sign_in_is_asked_before_the_storage_libraries_load(sqlite_db, data_dir, where):
    """The window and the sign-in dialog need Qt only: SQLAlchemy, the models and the services
    load off the GUI thread once the dialog is up (they were most of the wait)."""
    _admin(sqlite_db)
    sqlite_db.dispose()
    argv = ["--quit-when-ready"]
    if where == "--db":
        argv += ["--db", str(sqlite_db.url)]
    else:  # the usual start: the data folder's own file, no URL given
        shutil.copyfile(sqlite_db.path, data_dir / "xinfang.sqlite3")
    script = textwrap.dedent(
        """
        import json, sys
        from xinfang_desktop import app
        from xinfang_desktop.ui import prompts
        from xinfang_desktop.ui import main_window

        seen = {}
        real_show, real_run = main_window.MainWindow.show, prompts.run_dialog

        def show(self):
            seen.setdefault("shown", [m for m in ("sqlalchemy", "alembic") if m in sys.modules])
            real_show(self)

        def run_dialog(dialog):
            seen.setdefault("asked", [type(dialog).__name__, "sqlalchemy" in sys.modules])
            return real_run(dialog)

        main_window.MainWindow.show = show
        prompts.run_dialog = run_dialog
        code = app.main(json.loads(sys.argv[1]))
        seen["code"] = code
        seen["loaded"] = "sqlalchemy" in sys.modules
        print(json.dumps(seen))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(argv)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["shown"] == []
    assert seen["asked"] == ["SignInDialog", False]
    assert seen["code"] == 0 and seen["loaded"]  # and the database was then opened


def test_a_sign_in_pressed_before_the_database_is_open_goes_ahead_when_it_is(qtbot, unit_db):
    _admin(unit_db)
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.confirm()
    assert dialog.result() == 0 and dialog.user is None
    assert "正在打开数据库" in dialog.banner.text()
    dialog.database_ready(unit_db, "邹坞镇中心小学")
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.actor().role is Role.ADMIN
    assert dialog.intro.text() == "邹坞镇中心小学"


def test_signing_in_at_start_opens_the_window_and_still_checks_the_file(
    qtbot, unit_db, started, monkeypatch
):
    _admin(unit_db)
    unit_db.dispose()
    checked = []
    real_check = database_service.check_database
    monkeypatch.setattr(
        database_service,
        "check_database",
        lambda db: checked.append(str(db.url)) or real_check(db),
    )
    asked = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        asked.append((type(dialog).__name__, dialog._db is None))
        dialog.show()
        # Typed at once, before the database is open: the sign-in waits for it.
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.result() != 0, timeout=30_000)
        _quit_soon()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    attached = []
    from xinfang_desktop.ui.main_window import MainWindow

    real_attach = MainWindow.attach
    monkeypatch.setattr(
        MainWindow,
        "attach",
        lambda window, db, actor: attached.append(actor) or real_attach(window, db, actor),
    )
    assert app.main(["--db", str(unit_db.url)]) == 0
    assert asked == [("SignInDialog", True)]
    assert [a.role for a in attached] == [Role.ADMIN]
    QThreadPool.globalInstance().waitForDone(30_000)
    assert checked == [str(unit_db.url)]  # quick_check ran, off the GUI thread


def test_the_first_start_migrates_a_new_database_and_asks_for_the_administrator(
    qtbot, tmp_path, started, monkeypatch
):
    path = tmp_path / "new" / "xinfang.sqlite3"
    asked = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        asked.append(type(dialog).__name__)
        if isinstance(dialog, SignInDialog):
            return dialog.exec()  # handed back once the opening finds no user yet
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.display_name.setText("刘主任")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText(PASSWORD)
        dialog.confirm()
        _quit_soon()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    assert app.main(["--db", sqlite_url(path)]) == 0
    assert asked == ["SignInDialog", "FirstAdministratorDialog"]
    db = Database(sqlite_url(path))
    try:
        assert migrate.current_revision(db) == migrate.SCHEMA_HEAD
        assert not auth_service.needs_first_administrator(db)
    finally:
        db.dispose()


def test_a_database_of_a_newer_program_is_refused_before_anyone_signs_in(
    qtbot, unit_db, started, monkeypatch
):
    _admin(unit_db)
    with unit_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    unit_db.dispose()
    asked, refused = [], []

    def fill(dialog):
        qtbot.addWidget(dialog)
        asked.append(type(dialog).__name__)
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.confirm()  # waits for a database that never opens
        return dialog.exec()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, message: refused.append(message)
    )
    opens = []
    real_open = database_service.open_database
    monkeypatch.setattr(
        database_service, "open_database", lambda *a, **k: opens.append(a) or real_open(*a, **k)
    )
    assert app.main(["--db", str(unit_db.url)]) == 1
    assert asked == ["SignInDialog"]
    assert refused and "新版本" in refused[0]
    assert len(opens) == 1  # told at once, not tried again (an unreachable server waits)


def test_the_first_start_in_the_data_folder_asks_for_the_administrator_at_once(
    qtbot, data_dir, started, monkeypatch
):
    asked = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        asked.append(type(dialog).__name__)
        if not isinstance(dialog, FirstAdministratorDialog):
            return 0
        dialog.display_name.setText("刘主任")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText(PASSWORD)
        dialog.confirm()
        _quit_soon()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    assert app.main([]) == 0
    assert asked == ["FirstAdministratorDialog"]  # no sign-in shown first: nobody to sign in
    db = Database(sqlite_url(data_dir / "xinfang.sqlite3"))
    try:
        assert migrate.current_revision(db) == migrate.SCHEMA_HEAD
        assert not auth_service.needs_first_administrator(db)
    finally:
        db.dispose()


def test_a_damaged_file_is_offered_its_newest_backup_before_anyone_signs_in(unit_db):
    """In its own process: the restore's questions and messages run through the whole start."""
    from xinfang_desktop.services import backups

    _admin(unit_db)
    backups.automatic_backup(unit_db, backups.default_backup_dir(unit_db))
    unit_db.dispose()
    path = unit_db.path
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)  # a zeroed header: the file no longer opens
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    script = textwrap.dedent(
        """
        import json, sys
        from xinfang_desktop import app
        from xinfang_desktop.ui import prompts

        seen = {"asked": [], "offered": []}

        def run_dialog(dialog):
            seen["asked"].append([type(dialog).__name__, dialog._db is None])
            if dialog._db is None:
                return dialog.exec()  # handed back when the opening fails
            return 0  # 退出 at the sign-in on the restored file: the program quits

        prompts.run_dialog = run_dialog
        prompts.ask_yes_no = lambda parent, title, text: seen["offered"].append(text) or True
        prompts.show_info = lambda *args: None
        app.exit_backup = lambda db: None
        seen["code"] = app.main(["--db", sys.argv[1]])
        print(json.dumps(seen))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(unit_db.url)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["asked"] == [["SignInDialog", True], ["SignInDialog", False]]
    assert seen["offered"] and "是否用" in seen["offered"][0]
    restored = Database(str(unit_db.url))
    try:
        assert not auth_service.needs_first_administrator(restored)
    finally:
        restored.dispose()


def test_quitting_at_the_sign_in_waits_for_the_opening_so_no_migration_is_cut_short(tmp_path):
    """退出 pressed while a new database is still being migrated: the program ends only once
    the opening has finished, then closes that database as usual (and considers the exit
    backup), instead of leaving a migration to the end of the process."""
    path = tmp_path / "new" / "xinfang.sqlite3"
    script = textwrap.dedent(
        """
        import json, sys
        from PySide6.QtCore import QTimer
        from xinfang_desktop import app
        from xinfang_desktop.ui import prompts

        seen = {"asked": []}

        def run_dialog(dialog):
            seen["asked"].append(type(dialog).__name__)
            QTimer.singleShot(0, dialog.reject)  # 退出 as soon as the dialog is up
            return dialog.exec()

        prompts.run_dialog = run_dialog
        app.exit_backup = lambda db: seen.setdefault("closed", db.path.name)
        seen["code"] = app.main(["--db", sys.argv[1]])
        print(json.dumps(seen))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, sqlite_url(path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"asked": ["SignInDialog"], "code": 0, "closed": "xinfang.sqlite3"}
    db = Database(sqlite_url(path))
    try:
        assert migrate.current_revision(db) == migrate.SCHEMA_HEAD
    finally:
        db.dispose()
