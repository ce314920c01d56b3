"""Where the program keeps its data, which database it opens, and its log file."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "xinfang-desktop"
ENV_DB_URL = "XINFANG_DB_URL"
ENV_DATA_DIR = "XINFANG_DATA_DIR"
# Where the audit chain's anchor lives: outside the data folder, in the user's config folder.
ENV_CONFIG_DIR = "XINFANG_CONFIG_DIR"
DB_FILE_NAME = "xinfang.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def export_dir(self) -> Path:
        return self.data_dir / "exports"


def app_paths() -> AppPaths:
    """The user data folder, or XINFANG_DATA_DIR (tests and portable installs)."""
    override = os.environ.get(ENV_DATA_DIR)
    folder = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(folder)


def config_dir() -> Path:
    """The user's config folder (or XINFANG_CONFIG_DIR): holds the audit chain's anchor."""
    override = os.environ.get(ENV_CONFIG_DIR)
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


class DataFolderError(Exception):
    """The data folder cannot be used; ``str()`` is the Chinese message for the user."""


def check_data_dir(paths: AppPaths) -> None:
    """Refuse a data folder that is a file (or cannot be made), before anything opens in it."""
    folder = paths.data_dir
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(
            f"数据文件夹 {folder} 是一个文件，不是文件夹。"
            f"请检查环境变量 {ENV_DATA_DIR}，或把它指向一个文件夹。"
        )
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise DataFolderError(
            f"无法建立数据文件夹 {folder}：{exc.strerror or exc}。请检查路径和权限。"
        ) from exc


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by this account only (0700).

    On Windows the folder inherits the user profile's ACLs, which already keep other accounts
    out; chmod there only toggles the read-only flag, so it is skipped.
    """
    # Every folder made here is 0700, not only the last: `mkdir(parents=True)` gave the
    # backups/ folder above backups/auto/ the umask's 0755 until the next start tightened it.
    missing = []
    ancestor = folder
    while not ancestor.exists() and ancestor != ancestor.parent:
        missing.append(ancestor)
        ancestor = ancestor.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
    folder.mkdir(exist_ok=True)
    if sys.platform != "win32":
        # A folder we do not own (e.g. a chosen USB stick) keeps its mode.
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    return folder


def make_private_file(path: Path) -> None:
    """Mode 0600 for a file holding personal data (no-op on Windows: profile ACLs apply)."""
    if sys.platform == "win32":
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # gone, or read-only media: nothing to tighten, and no save may fail for it


def resolve_db_url(cli_url: str | None, paths: AppPaths) -> str:
    """``--db`` wins, then XINFANG_DB_URL, then the local SQLite file in the data folder."""
    if cli_url:
        return cli_url
    env_url = os.environ.get(ENV_DB_URL)
    if env_url:
        return env_url
    from .db.engine import sqlite_url

    return sqlite_url(paths.db_file)


def setup_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    """One rotating log file in the data folder; each area logs under ``xinfang.<area>``."""
    root = logging.getLogger("xinfang")
    if any(getattr(h, "_xinfang", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        make_private_dir(paths.log_dir)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            paths.log_dir / "xinfang.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only data folder must not stop the program; the log goes to stderr then.
        handler = logging.StreamHandler()
    handler._xinfang = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first and every rotated one) is created 0600."""

    def _open(self):
        stream = super()._open()
        make_private_file(Path(self.baseFilename))
        return stream


# A second line of defence behind hide_parameters and safe_url: whatever still reaches the
# log (an exception text, a traceback) loses URL passwords, ID numbers and mobile numbers.
_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][\w+.-]*://[^:/@\s]*:)[^@\s]+@")
_ID_NUMBER = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def redact(text: str) -> str:
    text = _URL_PASSWORD.sub(r"\g<head>***@", text)
    text = _ID_NUMBER.sub("[身份证号已隐去]", text)
    return _MOBILE.sub("[电话已隐去]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
