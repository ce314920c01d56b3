"""Start the window: data folder, database (migrated, backed up first), fonts, translations."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .config import DataFolderError, app_paths, check_data_dir, resolve_db_url, setup_logging

log = logging.getLogger("xinfang.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="xinfang-desktop", description="信访台账")
    parser.add_argument(
        "--db", help="数据库地址（SQLAlchemy URL），默认为用户数据文件夹中的本地文件"
    )
    parser.add_argument("--verbose", action="store_true", help="日志记录更详细")
    parser.add_argument("--version", action="version", version=__version__)
    # For benchmarks and the frozen-build smoke test: open, show, then quit.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # For benchmarks and the bundle's smoke test: quits once the sign-in is asked and the
    # database is open and migrated; no background check or backup is started.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    # The exit backup, run by a detached process after the window has gone (see exit_backup).
    parser.add_argument("--exit-backup", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = app_paths()
    try:
        check_data_dir(paths)
    except DataFolderError as problem:
        return _report_before_window(str(problem))
    setup_logging(paths, verbose=args.verbose)
    if args.exit_backup:
        return run_exit_backup(resolve_db_url(args.db, paths))

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.about_dialog import application_icon
    from .ui.language import chosen_language
    from .ui.main_window import MainWindow
    from .ui.qt_setup import install_cjk_font, install_translations, route_qt_messages

    route_qt_messages()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("xinfang-desktop")
    install_translations(app, chosen_language())
    app.setApplicationName(QCoreApplication.translate("app", "信访台账"))
    install_cjk_font(app)
    app.setWindowIcon(application_icon())

    # The window first; the database (and the libraries behind it) a moment later.
    window = MainWindow()
    window.show()
    if args.quit_when_shown:
        QTimer.singleShot(0, app.quit)
        return app.exec()

    state: dict[str, object] = {}

    def open_and_attach() -> None:
        """Ask who signs in at once; the storage libraries load and the database opens and
        migrates off the GUI thread meanwhile (they are most of a second of a start), and the
        sign-in itself waits for them."""
        from .db.errors import DamagedDatabaseError, MissingDatabaseError, StorageError
        from .ui.auth.dialogs import SignInDialog
        from .ui.operations import Operation
        from .ui.prompts import run_dialog

        if first_start_here(args.db, paths):
            # Nobody to sign in yet: the first administrator is set up (or, beside backups,
            # a restore offered) once the new database is made, as before.
            opened = open_synchronously(resolve_db_url(args.db, paths))
            if opened is None:
                return
            state["db"] = opened.db
            if args.quit_when_ready:
                app.quit()
                return
            attach_checks(opened)
            start_session(window)
            return
        dialog = SignInDialog(None, "", window)
        opening: dict[str, object] = {}

        def open_for_this_start():
            # resolve_db_url may load the storage libraries (for the default file's URL).
            return open_for_sign_in(resolve_db_url(args.db, paths), paths.backup_dir)

        def start_opening() -> None:
            # Started once the dialog is up: a loading thread holding the GIL would slow its
            # drawing.
            opening["operation"] = Operation.start(window, open_for_this_start, opened_, failed)

        def opened_(result: tuple) -> None:
            opened, first_start, unit_name = result
            opening["opened"] = opened
            if not dialog.isVisible():
                return  # the user quit before the database was open
            if args.quit_when_ready:
                opening["handed_back"] = True
                dialog.reject()
                return
            show_notices(opened, dialog)
            # quick_check and the day's backup run while the user signs in, as before.
            attach_checks(opened)
            if first_start:
                opening["handed_back"] = True  # the first administrator is set up instead
                dialog.reject()
                return
            dialog.database_ready(opened.db, unit_name)

        def failed(exc: BaseException) -> None:
            opening["failed"], opening["handed_back"] = exc, True
            dialog.reject()

        QTimer.singleShot(0, start_opening)
        signed_in = bool(run_dialog(dialog)) and dialog.user is not None
        user_quit = not signed_in and not opening.get("handed_back")
        wait_until_finished(opening.get("operation"))
        opened = opening.get("opened")
        if opened is not None:
            state["db"] = opened.db
        if user_quit or args.quit_when_ready:
            app.quit()
            return
        if opened is None:
            problem = opening.get("failed")
            if isinstance(problem, StorageError) and not isinstance(
                problem, MissingDatabaseError | DamagedDatabaseError
            ):
                refuse(resolve_db_url(args.db, paths), problem)  # a newer schema, no server…
                return
            # A missing or damaged file is met again here, with the questions it needs.
            opened = open_synchronously(resolve_db_url(args.db, paths))
            if opened is None:
                return
            state["db"] = opened.db
            attach_checks(opened)
        if signed_in:
            from .ui.auth.session import finish_sign_in

            begin_session(window, finish_sign_in(opened.db, dialog.user, window))
        else:
            start_session(window)  # the first start, or after the questions above

    def open_synchronously(url: str):
        from .db.errors import StorageError

        try:
            opened = open_with_recovery(url, paths.backup_dir, window)
        except StorageError as exc:
            refuse(url, exc)
            return None
        if opened is None:
            app.exit(1)
        return opened

    def refuse(url: str, exc) -> None:
        from .db.engine import safe_url

        log.warning("cannot open database %s: %s", safe_url(url), type(exc).__name__)
        title = QCoreApplication.translate("app", "信访台账")
        QMessageBox.critical(window, title, exc.user_message)
        app.exit(1)

    def attach_checks(opened) -> None:
        from .services.database import check_database
        from .ui.operations import Operation

        if opened.migration.backup_path:
            log.info("pre-migration backup at %s", opened.migration.backup_path)
        # quick_check reads the whole file: run it off the GUI thread while the user signs in.
        Operation.start(
            window,
            lambda: check_database(opened.db),
            lambda problems: offer_restore(opened.db, state["window"], problems),
            lambda exc: log.error("quick_check failed: %s", exc),
        )
        # The first start of each day backs up, and so does every hour a PC stays open past
        # midnight; an exit backs up too (below).
        daily = QTimer(app, interval=3_600_000)
        daily.timeout.connect(lambda: backup_in_background(opened.db, state["window"]))
        daily.start()
        backup_in_background(opened.db, window)

    def start_session(current_window) -> None:
        """Ask who is there, then show that role's areas; after a sign-out, ask again."""
        from .ui.auth.session import ask_who_signs_in

        begin_session(current_window, ask_who_signs_in(state["db"], current_window))

    def begin_session(current_window, actor) -> None:
        if actor is None:
            app.quit()
            return
        current_window.attach(state["db"], actor)
        current_window.sign_out_requested.connect(lambda: sign_out(current_window, actor))

    def sign_out(old_window, actor) -> None:
        from .db.errors import StorageError
        from .services import auth as auth_service

        try:
            auth_service.sign_out(state["db"], actor)
        except StorageError as exc:
            log.warning("sign-out not logged: %s", exc)
        fresh = MainWindow()
        fresh.show()
        state["window"] = fresh
        old_window.close()
        old_window.deleteLater()
        QTimer.singleShot(0, lambda: start_session(fresh))

    def offer_restore(db, parent, problems: list[str]) -> None:
        if problems and restore_newest_backup(db, parent, problems):
            current = state["window"]
            if getattr(current, "actor", None) is not None:
                current.sign_out_requested.emit()

    state["window"] = window
    QTimer.singleShot(0, open_and_attach)
    code = app.exec()
    db = state.get("db")
    if db is not None:
        db.dispose()
        if not args.quit_when_ready:
            exit_backup(db)
    return code


def open_with_recovery(url: str, backup_dir, parent):
    """Open the database; a missing file beside backups, or a file too damaged to open, is
    not the end: the user is offered the newest good backup (or, for a missing file, a new
    empty database on a second, explicit yes). None when the user chose to stop."""
    from PySide6.QtCore import QCoreApplication

    from .db.engine import Database
    from .db.errors import DamagedDatabaseError, MissingDatabaseError
    from .services.database import open_database
    from .ui import prompts

    def tr(text: str) -> str:
        return QCoreApplication.translate("app", text)

    try:
        opened = open_database(url, backup_dir)
    except MissingDatabaseError as missing:
        newest = missing.newest_backup
        question = tr(
            "数据文件夹里没有数据库文件，但有备份（最新的是 {time}）。\n是否用最新的可用备份恢复？"
        ).format(time=f"{newest.made_at:%Y-%m-%d %H:%M}")
        if prompts.ask_yes_no(parent, tr("数据库"), question):
            if not restore_newest_backup(Database(url), parent, [], confirmed=True):
                return None
            return open_database(url, backup_dir)
        confirm = tr("确定新建一个空数据库吗？现有的备份不会删除，以后仍可从“数据备份”页恢复。")
        if not prompts.ask_yes_no(parent, tr("数据库"), confirm):
            return None
        return open_database(url, backup_dir, allow_new=True)
    except DamagedDatabaseError as damaged:
        # Truncated, zeroed header, garbage: the same offer as damage found by the check.
        if not restore_newest_backup(Database(url), parent, [str(damaged)]):
            return None
        return open_database(url, backup_dir)
    show_notices(opened, parent)
    return opened


def show_notices(opened, parent) -> None:
    """What the opening found and put right (a restored audit guard, read-only storage)."""
    from PySide6.QtCore import QCoreApplication

    from .ui import prompts

    for notice in opened.notices:
        prompts.show_error(parent, QCoreApplication.translate("app", "数据库"), notice)


def first_start_here(cli_url: str | None, paths) -> bool:
    """True when the program keeps its data in the data folder's own file and that file is
    not there yet (or empty): a first start, known without loading any storage library."""
    import os

    from .config import ENV_DB_URL

    if cli_url or os.environ.get(ENV_DB_URL):
        return False
    try:
        return paths.db_file.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False  # unreadable: the opening says why


def open_for_sign_in(url: str, backup_dir):
    """Off the GUI thread: open and migrate the database, and what the sign-in shows
    (whether it is the first start, the unit's name). Raises what ``open_database`` raises."""
    from .services import auth as auth_service
    from .services import settings as settings_service
    from .services.database import open_database

    opened = open_database(url, backup_dir)
    try:
        first_start = auth_service.needs_first_administrator(opened.db)
        unit_name = settings_service.get_unit_settings(opened.db).unit_name
    except BaseException:
        opened.db.dispose()
        raise
    return opened, first_start, unit_name


def wait_until_finished(operation) -> None:
    """Let a background operation finish (and its callbacks run) before going on: the program
    never quits in the middle of opening, and so never in the middle of a migration."""
    from PySide6.QtCore import QEventLoop

    if operation is None or operation.done:
        return
    loop = QEventLoop()
    operation.finished.connect(loop.quit)
    loop.exec()


def _report_before_window(message: str) -> int:
    """A problem found before the window can open: a message box (and stderr), exit 1."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .ui import prompts

    print(message, file=sys.stderr)
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    prompts.show_error(None, QCoreApplication.translate("app", "信访台账"), message)
    return 1


def backup_in_background(db, parent) -> None:
    """The day's automatic backup, if none was made today, without holding up the window."""
    from .services import backups as backup_service
    from .ui.operations import Operation

    folder = backup_service.default_backup_dir(db)
    if not backup_service.daily_backup_due(folder):
        return
    Operation.start(
        parent,
        lambda: backup_service.automatic_backup(db, folder, full_check=True),
        lambda path: log.info("daily backup %s", path),
        lambda exc: daily_backup_failed(db, parent, exc),
    )


def daily_backup_failed(db, parent, exc: BaseException) -> None:
    """The daily backup is also the thorough check of the file: damage leads to the offer of
    the newest good backup; a full disk or another failure is told, with a warning when no
    recent backup exists."""
    from PySide6.QtCore import QCoreApplication

    from .db.errors import DamagedDatabaseError, StorageError
    from .services import backups as backup_service
    from .ui import prompts

    log.warning("daily backup failed: %s", type(exc).__name__)
    title = QCoreApplication.translate("app", "自动备份")
    if isinstance(exc, DamagedDatabaseError):
        restore_newest_backup(db, parent, [str(exc)])
        return
    if isinstance(exc, StorageError):
        folder = backup_service.default_backup_dir(db)
        prompts.show_error(parent, title, backup_service.backup_failure_message(exc, folder))


def exit_backup(db) -> None:
    """Back up what changed since the last automatic backup, without keeping the user at a
    closed window: a local file is copied by a detached process of this program (the backup is
    written to a temporary name and renamed, so an interrupted one leaves the older backups
    intact). When no process can be started, the copy is made here, as before."""
    from .services import backups as backup_service

    if db.path is None:
        return  # a server database: backed up on the server
    folder = backup_service.default_backup_dir(db)
    if backup_service.unchanged_since_last_backup(db, folder):
        return
    try:
        start_detached([*program_command(), "--exit-backup", "--db", str(db.url)])
    except OSError as exc:
        log.warning("exit backup in the background not started (%s); backing up now", exc)
        run_exit_backup(str(db.url))


def program_command() -> list[str]:
    """How to start this program again: the frozen executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "xinfang_desktop"]


def start_detached(command: list[str]) -> None:
    """Start ``command`` so that it outlives this process and never holds its console."""
    import subprocess

    options: dict = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if sys.platform == "win32":
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    # Kept for the life of this process: the child goes on after we exit.
    _detached.append(subprocess.Popen(command, **options))


_detached: list = []


def run_exit_backup(url: str) -> int:
    """The exit backup itself (in the detached process); never raises, 0 or 1."""
    from .db.engine import Database
    from .db.errors import StorageError
    from .services import backups as backup_service

    db = None
    try:
        db = Database(url)
        folder = backup_service.default_backup_dir(db)
        if not backup_service.unchanged_since_last_backup(db, folder):
            # quick_check only: the thorough check runs with the daily backup, off the GUI.
            backup_service.automatic_backup(db, folder, full_check=False)
        return 0
    except StorageError as exc:
        # Never keeps the program from closing; the next start tries again.
        log.warning("backup at exit failed: %s", type(exc).__name__)
        return 1
    finally:
        if db is not None:
            db.dispose()


def restore_newest_backup(db, parent, problems: list[str], *, confirmed: bool = False) -> bool:
    """The file is damaged (or missing): offer the newest backup that passes the restore's
    checks. True if restored. ``confirmed``: the user has already said yes."""
    from PySide6.QtCore import QCoreApplication

    from .db.errors import StorageError
    from .services import backups as backup_service
    from .services.context import Actor
    from .ui import prompts

    def tr(text: str) -> str:
        return QCoreApplication.translate("app", text)

    usable = backup_service.newest_usable_backup(db)
    details = "\n".join(problems[:5])
    if usable is None:
        prompts.show_error(
            parent,
            tr("数据库检查"),
            tr("数据库文件检查发现问题，继续使用可能丢失数据，而且没有找到可用的备份。")
            + tr("请联系管理员。")
            + "\n\n"
            + details,
        )
        return False
    question = tr(
        "数据库文件检查发现问题，继续使用可能丢失数据。\n"
        "是否用 {time} 的备份恢复？现在的文件会另存一份，不会删除。"
    ).format(time=f"{usable.made_at:%Y-%m-%d %H:%M}")
    if not confirmed and not prompts.ask_yes_no(
        parent, tr("数据库检查"), question + "\n\n" + details
    ):
        return False
    try:
        # Like the command line: the person at this PC can already reach the file itself.
        backup_service.restore(db, Actor.from_os_user(), usable.path)
    except StorageError as exc:
        prompts.show_error(parent, tr("数据库检查"), exc.user_message)
        return False
    prompts.show_info(parent, tr("数据库检查"), tr("已从备份恢复，请重新登录。"))
    return True


if __name__ == "__main__":
    sys.exit(main())
