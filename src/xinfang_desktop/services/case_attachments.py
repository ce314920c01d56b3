"""Files kept with a case (scanned letters, photos).

The bytes live in the database, once per SHA-256, saved in the same transaction as the row
that names them: every PC sharing a server sees them, every backup holds them, and a failed
save stores nothing (the user's own file is untouched)."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..db.errors import DiskFullError, NotFoundError, StorageError
from ..db.models import AttachmentContent, Case, CaseAttachment
from ..domain.auth import Permission
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


# Copies opened for viewing live in one private folder per process, removed when the case
# view closes and at exit; folders left by a crashed process are removed at the next start.
_TEMP_PREFIX = "xinfang-attachments-"
_temp_lock = threading.Lock()
_temp_folder: Path | None = None


@checked
def open_temp_copy(db: Database, actor: Actor, record: AttachmentRecord) -> Path:
    """A copy under its own name for the system viewer, in a folder only this account can
    read (0700, file 0600); removed by ``remove_temp_copies`` (when the view closes, at exit)."""
    from ..config import make_private_file

    actor.require(Permission.VIEW_OWN_CASES)
    folder = _private_temp_folder() / str(record.id)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / Path(record.file_name).name
    copy = copy_attachment(db, actor, record, target)
    make_private_file(copy)
    return copy


def private_temp_folder() -> Path:
    """This process's private folder for opened copies (attachments, 应急预案)."""
    return _private_temp_folder()


def _private_temp_folder() -> Path:
    global _temp_folder
    with _temp_lock:
        if _temp_folder is None or not _temp_folder.is_dir():
            remove_stale_temp_folders()
            _temp_folder = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}{os.getpid()}-"))
            atexit.register(remove_temp_copies)
        return _temp_folder


def remove_temp_copies() -> None:
    """Delete every copy this process opened (a viewer still holding one keeps its handle)."""
    global _temp_folder
    with _temp_lock:
        if _temp_folder is not None:
            shutil.rmtree(_temp_folder, ignore_errors=True)
            _temp_folder = None


def remove_stale_temp_folders() -> list[Path]:
    """Folders of processes that are gone (a crash, a power cut): their copies go too."""
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        try:
            pid = int(folder.name[len(_TEMP_PREFIX) :].split("-")[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _process_alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # Windows: left to exit-time removal and the system's temp cleaning
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _record(row: CaseAttachment) -> AttachmentRecord:
    return AttachmentRecord(
        row.id, row.case_id, row.file_name, row.size, row.sha256, row.added_at, row.added_by
    )
