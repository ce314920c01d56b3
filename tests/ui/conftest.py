"""Window tests: offscreen Qt, a real SQLite file, and no modal dialog ever left waiting."""

from __future__ import annotations

import os

# A 1366×768 screen, the most common school laptop, instead of offscreen's 800×800 (also
# when CI asks for plain "offscreen"; another platform asked for is left alone).
os.environ["QT_QPA_PLATFORM"] = (
    "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "offscreen_screen.json")
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

import pytest

from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.services.settings import save_unit_settings
from xinfang_desktop.ui import prompts


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A test that opens a modal dialog it did not expect fails instead of hanging."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in (
        "ask_yes_no",
        "show_error",
        "show_info",
        "ask_save_path",
        "ask_open_path",
        "ask_folder",
        "ask_text",
        "ask_password",
        "run_dialog",
    ):
        monkeypatch.setattr(prompts, name, unexpected)


@pytest.fixture
def unit_db(sqlite_db, actor):
    save_unit_settings(
        sqlite_db,
        actor,
        UnitSettings(
            unit_name="邹坞镇中心小学",
            hosts=("校长室", "教务处", "总务处"),
            gate_staff=("王师傅", "李师傅"),
        ),
    )
    return sqlite_db


@pytest.fixture
def window(qtbot, unit_db, actor):
    from PySide6.QtWidgets import QApplication

    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.qt_setup import install_cjk_font

    install_cjk_font(QApplication.instance())
    main = MainWindow(unit_db, actor)
    # Typing a test leaves on screen is not a user's: closing at teardown does not ask.
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w, "_leaving", True))
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main
