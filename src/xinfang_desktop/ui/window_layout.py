"""The main window's size and splitter positions: fitted to the screen, remembered per user.

A school laptop has a 1366×768 screen, an old office PC 1024×768; neither may lose the status
bar or the bottom buttons below the screen edge. Each user's own arrangement is kept in the
data folder (window.ini), never in the system's registry, so tests and portable installs keep
it with their data.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from ..config import app_paths

# What the window would like on a large screen; it never grows beyond the screen's free area.
PREFERRED_WIDTH, PREFERRED_HEIGHT = 1440, 860
# Window frames differ by system; leave room for a title bar and borders.
_FRAME_ALLOWANCE = (16, 40)


def _settings() -> QSettings:
    return QSettings(str(app_paths().data_dir / "window.ini"), QSettings.Format.IniFormat)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """The preferred size, or the screen's free area less the frame when that is smaller."""
    area = available_area(window)
    width = min(PREFERRED_WIDTH, area.width() - _FRAME_ALLOWANCE[0])
    height = min(PREFERRED_HEIGHT, area.height() - _FRAME_ALLOWANCE[1])
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(max(frame.left(), area.left()), max(frame.top(), area.top()))


def _splitters(window: QWidget, pages) -> dict[str, QSplitter]:
    found: dict[str, QSplitter] = {}
    for index in range(pages.count()):
        page = pages.widget(index)
        for number, splitter in enumerate(page.findChildren(QSplitter)):
            found[f"{type(page).__name__}.{number}"] = splitter
    return found


def _user_key(user: str) -> str:
    # QSettings keys treat / and \ as separators; a user name never needs them.
    return "user-" + "".join(ch if ch.isalnum() else "_" for ch in user)


def save_layout(window: QWidget, pages, user: str) -> None:
    settings = _settings()
    settings.beginGroup(_user_key(user))
    settings.setValue("geometry", window.saveGeometry())
    for key, splitter in _splitters(window, pages).items():
        settings.setValue(f"splitter/{key}", splitter.saveState())
    settings.endGroup()
    settings.sync()


def restore_layout(window: QWidget, pages, user: str) -> bool:
    """Put back this user's window and splitters; True if there was something to restore."""
    settings = _settings()
    settings.beginGroup(_user_key(user))
    geometry = settings.value("geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    for key, splitter in _splitters(window, pages).items():
        state = settings.value(f"splitter/{key}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    settings.endGroup()
    if restored:
        # Saved on a larger screen (or a monitor no longer attached): fit this one.
        area = available_area(window)
        if not area.contains(window.frameGeometry()):
            fit_to_screen(window)
    return restored
