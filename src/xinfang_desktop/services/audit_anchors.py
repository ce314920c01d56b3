"""Anchors of the audit chain kept outside the database.

The hash chain shows an edited entry, but not a chain cut short (its last entries deleted) or
edited and recomputed from there on: both are self-consistent. So the chain's head (how many
entries, the last hash) is written where someone who can change the database does not also
change it unnoticed: a file in the user's config folder (updated after every committed entry),
the manifest beside each backup, and every printed audit extract. ``audit verify`` checks the
database against the newest anchor.

A restore or a deliberately new database resets the anchor (and says so in the file), so the
shorter chain of a restored backup is not reported as truncation.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from .. import config

log = logging.getLogger("xinfang.services")

ANCHOR_FILE_NAME = "audit-anchors.json"
MANIFEST_SUFFIX = ".manifest.json"
_lock = threading.Lock()


@dataclass(frozen=True)
class ChainHead:
    count: int
    last_hash: str


@dataclass(frozen=True)
class Anchor:
    count: int
    last_hash: str
    at: datetime
    where: str  # for the message: the config file or a backup's manifest


def database_key(url: str | URL) -> str:
    """Which database an anchor belongs to: the SQLite file, or server/port/database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        from ..db.engine import sqlite_path

        path = sqlite_path(parsed)
        return f"sqlite:{path.resolve() if path else ''}"
    return f"postgresql://{parsed.host or ''}:{parsed.port or 5432}/{parsed.database or ''}"


def anchor_file() -> Path:
    return config.config_dir() / ANCHOR_FILE_NAME


def _read_all() -> dict:
    try:
        data = json.loads(anchor_file().read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("audit anchor file unreadable: %s", anchor_file())
        return {}
    return data if isinstance(data, dict) else {}


def _write_all(data: dict) -> None:
    path = anchor_file()
    config.make_private_dir(path.parent)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
    os.replace(temporary, path)


def stored_anchor(key: str) -> tuple[Anchor | None, datetime | None]:
    """The config-file anchor of this database, and when it was last reset (restore, new)."""
    entry = _read_all().get(key)
    if not isinstance(entry, dict):
        return None, None
    try:
        anchor = Anchor(
            int(entry["count"]),
            str(entry["last_hash"]),
            datetime.fromisoformat(entry["at"]),
            str(anchor_file()),
        )
        reset = entry.get("reset_at")
        return anchor, datetime.fromisoformat(reset) if reset else None
    except (KeyError, ValueError, TypeError):
        return None, None


def record(key: str, head: ChainHead, *, reset: str = "", at: datetime | None = None) -> None:
    """Anchor ``head`` for the database ``key``. Without ``reset`` only a longer chain moves
    the anchor (the caller has checked that it extends the anchored one)."""
    when = (at or datetime.now()).replace(microsecond=0)
    try:
        with _lock:
            data = _read_all()
            entry = data.get(key) if isinstance(data.get(key), dict) else None
            if entry and not reset and int(entry.get("count", 0)) > head.count:
                return
            new = {"count": head.count, "last_hash": head.last_hash, "at": when.isoformat()}
            if reset:
                new["reset_at"] = when.isoformat()
                new["reset_reason"] = reset
            elif entry and entry.get("reset_at"):
                new["reset_at"] = entry["reset_at"]
                new["reset_reason"] = entry.get("reset_reason", "")
            data[key] = new
            _write_all(data)
    except OSError as exc:
        # The anchor is evidence, not data: a read-only config folder must not stop a save.
        log.warning("audit anchor not written: %s", exc.strerror or exc)


def write_manifest(backup: Path, key: str, head: ChainHead, at: datetime, **extra) -> Path:
    """The manifest beside a backup: which database, when, and the audit chain's head."""
    manifest = backup.with_name(backup.name + MANIFEST_SUFFIX)
    data = {
        "database": key,
        "made_at": at.replace(microsecond=0).isoformat(),
        "audit_count": head.count,
        "audit_last_hash": head.last_hash,
        **extra,
    }
    fd = os.open(manifest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
    return manifest


def manifest_anchors(backup_dir: Path, key: str) -> list[Anchor]:
    found = []
    for folder in (backup_dir, backup_dir / "auto"):
        if not folder.is_dir():
            continue
        for manifest in folder.glob(f"*{MANIFEST_SUFFIX}"):
            try:
                data = json.loads(manifest.read_text("utf-8"))
                if data.get("database") != key:
                    continue
                found.append(
                    Anchor(
                        int(data["audit_count"]),
                        str(data["audit_last_hash"]),
                        datetime.fromisoformat(data["made_at"]),
                        str(manifest),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("backup manifest unreadable: %s", manifest.name)
    return found


def newest_anchor(key: str, backup_dir: Path | None) -> Anchor | None:
    """The newest anchor not superseded by a restore: from the config file or a manifest."""
    stored, reset_at = stored_anchor(key)
    candidates = [stored] if stored else []
    if backup_dir is not None:
        candidates += [
            a for a in manifest_anchors(backup_dir, key) if reset_at is None or a.at >= reset_at
        ]
    if not candidates:
        return None
    return max(candidates, key=lambda a: (a.count, a.at))
