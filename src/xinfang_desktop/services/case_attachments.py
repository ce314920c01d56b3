"""Files kept with a case (scanned letters, photos): stored in the data folder under their
SHA-256, with the name and size in the database.

The file is copied into place before the database row is written, so a failed save never
loses a file: at worst a stored file has no row yet, and the same file added again reuses it.
(Backups of the attachment folder come with issue 7.)"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..config import app_paths
from ..db.engine import Database
from ..db.errors import DiskFullError, NotFoundError, StorageError
from ..db.models import Case, CaseAttachment
from ..domain.cases import check_attachment
from ..domain.errors import FieldError, ValidationError
from .context import Actor

_READ_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    case_id: int
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    @property
    def path(self) -> Path:
        return attachment_path(self.sha256)


def attachments_dir() -> Path:
    return app_paths().data_dir / "attachments"


def attachment_path(sha256: str) -> Path:
    return attachments_dir() / sha256[:2] / sha256


def _store_file(source: Path) -> tuple[str, int]:
    """Copy ``source`` into the store; return its hash and size."""
    folder = attachments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while block := src.read(_READ_BLOCK):
                digest.update(block)
                out.write(block)
                size += len(block)
            out.flush()
            os.fsync(out.fileno())
        final = attachment_path(digest.hexdigest())
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            os.unlink(temporary)
        else:
            os.replace(temporary, final)
    except OSError as exc:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if exc.errno == 28:  # ENOSPC
            raise DiskFullError(str(exc)) from exc
        raise StorageError(str(exc), f"无法保存附件：{exc.strerror or exc}") from exc
    return digest.hexdigest(), size


def add_attachment(
    db: Database, actor: Actor, case_id: int, source: str | Path, *, now: datetime | None = None
) -> AttachmentRecord:
    source = Path(source)
    if not source.is_file():
        raise ValidationError(
            [FieldError("attachment", "找不到文件：{path}", {"path": str(source)})]
        )
    check_attachment(source.name, source.stat().st_size)
    with db.read() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"case {case_id}")
    sha256, size = _store_file(source)
    when = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        row = CaseAttachment(
            case_id=case_id,
            file_name=source.name,
            sha256=sha256,
            size=size,
            added_at=when,
            added_by=actor.name,
        )
        session.add(row)
        session.flush()
        return _record(row)


def list_attachments(db: Database, case_id: int) -> list[AttachmentRecord]:
    with db.read() as session:
        rows = session.scalars(
            select(CaseAttachment)
            .where(CaseAttachment.case_id == case_id)
            .order_by(CaseAttachment.id)
        )
        return [_record(r) for r in rows]


def copy_attachment(record: AttachmentRecord, target: str | Path) -> Path:
    """Write a stored attachment out under its original name (for opening or sending)."""
    target = Path(target)
    try:
        shutil.copyfile(record.path, target)
    except FileNotFoundError as exc:
        raise StorageError(
            str(exc), "附件文件不见了（数据文件夹可能被改动过），请从备份恢复。"
        ) from exc
    return target


def _record(row: CaseAttachment) -> AttachmentRecord:
    return AttachmentRecord(
        row.id, row.case_id, row.file_name, row.size, row.sha256, row.added_at, row.added_by
    )
