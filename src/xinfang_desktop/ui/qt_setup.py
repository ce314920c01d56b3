"""Application-wide Qt set-up: the bundled CJK font, translations and Qt's log messages."""

from __future__ import annotations

import importlib.resources
import logging
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger("xinfang.qt")

CJK_FONT_FILE = "wqy-microhei.ttc"
DEFAULT_LOCALE = "zh_CN"
_resource_files = ExitStack()


def resource_path(*parts: str) -> Path:
    """A real file path for a shipped resource (works installed, editable and frozen)."""
    ref = importlib.resources.files("xinfang_desktop.resources").joinpath(*parts)
    return _resource_files.enter_context(importlib.resources.as_file(ref))


def install_cjk_font(app: QApplication) -> str:
    """Register the shipped font and make it the fallback for Chinese on every widget."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("bundled CJK font could not be loaded")
        return ""
    family = families[0]
    font = QFont(app.font())
    # The system's UI font stays first for Latin text; Chinese falls back to the shipped font
    # on machines without one.
    font.setFamilies([*font.families(), family])
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    return family


def install_translations(app: QApplication, locale_name: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Qt's own dialogs in the user's language, and the program's strings if not zh_CN.

    The program's source strings are zh_CN, so zh_CN needs no file of its own; another
    language loads resources/translations/xinfang_<locale>.qm.
    """
    QLocale.setDefault(QLocale(locale_name))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = str(resource_path("translations"))
    # Installed later, asked first: the few strings qtbase's catalogue lacks (see the .ts).
    for name, folder in (
        (f"qtbase_{locale_name}", qt_dir),
        (f"qtbase_gaps_{locale_name}", own),
        (f"xinfang_{locale_name}", own),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("qtbase_zh"):
            log.warning("Qt's own %s catalogue not found in %s", name, folder)
    return installed


def route_qt_messages() -> None:
    """Qt's own warnings go into the program's log instead of a console nobody reads."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type, _context, message):
        log.log(levels.get(msg_type, logging.WARNING), message)

    qInstallMessageHandler(handler)
