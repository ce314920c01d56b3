"""What the 关于 dialog and `--version` tell: the version, where the data is, how big it is, and
the licences of what the program ships (fonts from resources/, libraries from their metadata)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files

from .. import __version__
from ..db.engine import Database

# The libraries the program bundles (pyproject.toml dependencies and what they pull in that a
# user would recognise); their licences are read from the installed metadata, not typed here.
BUNDLED_LIBRARIES = (
    "PySide6",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "python-docx",
    "pypinyin",
    "platformdirs",
    "psycopg",
    "chinese-calendar",
    "argon2-cffi",
)
UNKNOWN_LICENCE = "（未注明）"


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class AboutFacts:
    version: str
    database_location: str
    database_bytes: int | None  # None: a server database, or a file not there
    libraries: tuple[Licence, ...]
    font_licences: tuple[tuple[str, str], ...]  # (file name, its text)


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return "；".join(dict.fromkeys(classifiers))
    text = (meta.get("License") or "").strip()
    # Some packages put the whole licence text in this field: keep its first line.
    return text.splitlines()[0][:80] if text else UNKNOWN_LICENCE


def library_licences() -> tuple[Licence, ...]:
    found: list[Licence] = []
    for name in BUNDLED_LIBRARIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(Licence(meta["Name"], meta["Version"], _licence_of(meta)))
    return tuple(found)


def font_licences() -> tuple[tuple[str, str], ...]:
    folder = files("xinfang_desktop.resources") / "fonts"
    texts = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.upper().startswith(("LICENSE", "COPYRIGHT", "OFL", "LICENCE")):
            texts.append((entry.name, entry.read_text(encoding="utf-8", errors="replace")))
    return tuple(texts)


def about_facts(db: Database | None) -> AboutFacts:
    """No personal data here, so no permission: anyone at the PC may read what the program is."""
    location, size = "（尚未打开数据库）", None
    if db is not None:
        if db.path is None:
            # A server: its address, never its user name or password.
            url = db.url
            location = f"PostgreSQL：{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
        else:
            location = str(db.path)
            # The write-ahead log holds recent commits until a checkpoint: part of the data.
            parts = (db.path, db.path.with_name(db.path.name + "-wal"))
            try:
                size = sum(part.stat().st_size for part in parts if part.exists())
            except OSError:
                size = None
    return AboutFacts(__version__, location, size, library_licences(), font_licences())
