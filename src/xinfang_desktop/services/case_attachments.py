"""Files kept with a case (scanned letters, photos).

The bytes live in the database, once per SHA-256, saved in the same transaction as the row
that names them: every PC sharing a server sees them, every backup holds them, and a failed
save stores nothing (the user's own file is untouched)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..db.errors import DiskFullError, NotFoundError, StorageError
from ..db.models import AttachmentContent, Case, CaseAttachment
from ..domain.cases import check_attachment
from ..domain.errors import FieldError, ValidationError
from . import audit
from .cases import require_case_visible
from .context import Actor
from .permissions import checked


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    case_id: int
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


@checked
def add_attachment(
    db: Database, actor: Actor, case_id: int, source: str | Path, *, now: datetime | None = None
) -> AttachmentRecord:
    source = Path(source)
    if not source.is_file():
        raise ValidationError(
            [FieldError("attachment", "找不到文件：{path}", {"path": str(source)})]
        )
    check_attachment(source.name, source.stat().st_size)
    try:
        content = source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            [FieldError("attachment", "无法读取文件：{path}", {"path": str(source)})]
        ) from exc
    # The size is checked again: the file may have changed since it was chosen.
    check_attachment(source.name, len(content))
    sha256 = hashlib.sha256(content).hexdigest()
    when = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"case {case_id}")
        if session.get(AttachmentContent, sha256) is None:
            session.add(AttachmentContent(sha256=sha256, size=len(content), content=content))
        row = CaseAttachment(
            case_id=case_id,
            file_name=source.name,
            sha256=sha256,
            size=len(content),
            added_at=when,
            added_by=actor.name,
        )
        session.add(row)
        session.flush()
        return _record(row)


@checked
def list_attachments(db: Database, actor: Actor, case_id: int) -> list[AttachmentRecord]:
    """A case's files, for roles that may open that case (a 领导 only his own)."""
    require_case_visible(db, actor, case_id)
    with db.read() as session:
        rows = session.scalars(
            select(CaseAttachment)
            .where(CaseAttachment.case_id == case_id)
            .order_by(CaseAttachment.id)
        )
        return [_record(r) for r in rows]


@checked
def read_attachment(db: Database, actor: Actor, record: AttachmentRecord) -> bytes:
    """The file's bytes, for roles that may open the case; opening one is a look at personal
    data, so it is logged."""
    require_case_visible(db, actor, record.case_id)
    with db.write() as session:
        content = session.get(AttachmentContent, record.sha256)
        if content is None:
            raise NotFoundError(record.sha256, "找不到附件的内容，请从备份恢复。")
        audit.append_in_session(
            session,
            actor,
            "view_unmasked",
            target_kind="case",
            target_id=record.case_id,
            detail=f"打开附件：{record.file_name}",
        )
        return bytes(content.content)


@checked
def copy_attachment(
    db: Database, actor: Actor, record: AttachmentRecord, target: str | Path
) -> Path:
    """Write a stored attachment out under its original name (for opening or sending)."""
    target = Path(target)
    content = read_attachment(db, actor, record)
    try:
        target.write_bytes(content)
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise DiskFullError(str(exc)) from exc
        raise StorageError(str(exc), f"无法写出附件：{exc.strerror or exc}") from exc
    return target


def _record(row: CaseAttachment) -> AttachmentRecord:
    return AttachmentRecord(
        row.id, row.case_id, row.file_name, row.size, row.sha256, row.added_at, row.added_by
    )
