"""Application-wide Qt set-up: the bundled CJK font, translations and Qt's log messages."""

from __future__ import annotations

import importlib.resources
import logging
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
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


# Texts the windows translate from a variable (an Enum's value, a list of column headings):
# scripts/update_translations.py files them under this one context.
SHARED_CONTEXT = "shared"


def translated_params(params: Mapping[str, object]) -> dict[str, object]:
    """A validation message's values, with the field's name ({label}) in the window's language.

    Only the label: the other values are what the user typed and are shown as typed.
    """
    values = dict(params)
    label = values.get("label")
    if isinstance(label, str):
        values["label"] = QCoreApplication.translate(SHARED_CONTEXT, label)
    return values


class SharedContextFallback(QTranslator):
    """Asks the catalogue's "shared" context when a window's own context has no answer.

    ``self.tr(channel.value)`` looks the value up in the window's context, but the text was
    written in domain/, so no extractor can place it there; the shared context holds it once.
    """

    def __init__(self, catalogue: QTranslator, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context == SHARED_CONTEXT:
            return None
        # A null answer lets Qt keep the source text.
        return self._catalogue.translate(SHARED_CONTEXT, source_text, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False


def install_translations(app: QApplication, language: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """The program's strings and Qt's own dialogs in ``language`` (see ui/language.py).

    The program's source strings are zh_CN, so Chinese needs no catalogue of its own, only
    Qt's qtbase_zh_CN for the standard dialogs; English loads
    resources/translations/xinfang_en.qm (Qt's own strings are English already). Dates and
    numbers keep the Chinese locale whichever language the windows speak.
    """
    QLocale.setDefault(QLocale(DEFAULT_LOCALE))
    installed = []
    if language == DEFAULT_LOCALE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = str(resource_path("translations"))
        # Installed later, asked first: the few strings qtbase's catalogue lacks (see the .ts).
        catalogues = [
            (f"qtbase_{DEFAULT_LOCALE}", qt_dir),
            (f"qtbase_gaps_{DEFAULT_LOCALE}", own),
        ]
    else:
        catalogues = [(f"xinfang_{language}", str(resource_path("translations")))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            if name.startswith("xinfang_"):
                # Installed first, so asked last: after the catalogue's own contexts.
                fallback = SharedContextFallback(translator, app)
                app.installTranslator(fallback)
                installed.append(fallback)
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation catalogue %s not found in %s", name, folder)
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
