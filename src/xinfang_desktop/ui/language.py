"""The language of the windows, chosen per PC in 设置 and applied at the next start.

Kept in the data folder's preferences.ini, not in the database: PCs sharing one PostgreSQL
database may each speak their own language. Printed forms and dates stay Chinese either way.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ..config import app_paths

CHINESE = "zh_CN"
ENGLISH = "en"
# Each choice is named in its own language, so a user who cannot read the other finds theirs.
LANGUAGES: tuple[tuple[str, str], ...] = ((CHINESE, "中文"), (ENGLISH, "English"))
_KEY = "interface/language"


def _settings() -> QSettings:
    return QSettings(str(app_paths().data_dir / "preferences.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen on this PC; Chinese when none was chosen or the value is unknown."""
    value = _settings().value(_KEY, CHINESE)
    return value if value in dict(LANGUAGES) else CHINESE


def choose_language(language: str) -> None:
    if language not in dict(LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    settings = _settings()
    settings.setValue(_KEY, language)
    settings.sync()
