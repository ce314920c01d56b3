"""Start the window: data folder, database (migrated, backed up first), fonts, translations."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .config import app_paths, resolve_db_url, setup_logging

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
    # Quits once the database is open and migrated, when the sign-in would be asked.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = app_paths()
    setup_logging(paths, verbose=args.verbose)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.main_window import MainWindow
    from .ui.qt_setup import install_cjk_font, install_translations, route_qt_messages

    route_qt_messages()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(QCoreApplication.translate("app", "信访台账"))
    app.setOrganizationName("xinfang-desktop")
    install_translations(app)
    install_cjk_font(app)

    # The window first; the database (and the libraries behind it) a moment later.
    window = MainWindow()
    window.show()
    if args.quit_when_shown:
        QTimer.singleShot(0, app.quit)
        return app.exec()

    state: dict[str, object] = {}

    def open_and_attach() -> None:
        from .db.errors import StorageError
        from .services.database import check_database, open_database
        from .ui.operations import Operation

        url = resolve_db_url(args.db, paths)
        try:
            opened = open_database(url, paths.backup_dir)
        except StorageError as exc:
            log.warning("cannot open database %s: %s", url, exc)
            QMessageBox.critical(
                window, QCoreApplication.translate("app", "信访台账"), exc.user_message
            )
            app.exit(1)
            return
        state["db"] = opened.db
        if opened.migration.backup_path:
            log.info("pre-migration backup at %s", opened.migration.backup_path)
        if args.quit_when_ready:
            app.quit()
            return
        # quick_check reads the whole file: run it off the GUI thread while the user signs in.
        Operation.start(
            window,
            lambda: check_database(opened.db),
            lambda problems: report_damage(window, problems),
            lambda exc: log.error("quick_check failed: %s", exc),
        )
        start_session(window)

    def start_session(current_window) -> None:
        """Ask who is there, then show that role's areas; after a sign-out, ask again."""
        from .ui.auth.session import ask_who_signs_in

        db = state["db"]
        actor = ask_who_signs_in(db, current_window)
        if actor is None:
            app.quit()
            return
        current_window.attach(db, actor)
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

    QTimer.singleShot(0, open_and_attach)
    code = app.exec()
    db = state.get("db")
    if db is not None:
        db.dispose()
    return code


def report_damage(window, problems: list[str]) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if problems:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("app", "数据库检查"),
            QCoreApplication.translate(
                "app",
                "数据库文件检查发现问题，继续使用可能丢失数据。请尽快从备份恢复：\n"
                "xinfang db restore 备份文件",
            )
            + "\n\n"
            + "\n".join(problems[:5]),
        )


if __name__ == "__main__":
    sys.exit(main())
