"""Where the program keeps its data, which database it opens, and its log file."""

from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "xinfang-desktop"
ENV_DB_URL = "XINFANG_DB_URL"
ENV_DATA_DIR = "XINFANG_DATA_DIR"
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
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "xinfang.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only data folder must not stop the program; the log goes to stderr then.
        handler = logging.StreamHandler()
    handler._xinfang = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
