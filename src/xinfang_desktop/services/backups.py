"""Backups the user can rely on: automatic (at exit and once a day, rotated), on demand to any
folder or USB stick, each checked after writing; and the one restore the window and the
command line share, with its rules (checked source, nobody else connected, current data kept).

A backup is one file: SQLite's online-backup copy, or a pg_dump archive for PostgreSQL. A
backup written outside the data folder (a USB stick, a chosen folder) is encrypted with the
administrator's backup password. Beside each backup a manifest anchors the audit chain.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import config
from ..db import migrate
from ..db.backup import (
    RestoreOutcome,
    backup_database,
    check_sqlite_file,
    default_backup_dir,
    pg_backup_problems,
    remove_abandoned_partials,
    restore_database,
    sqlite_backup_problems,
)
from ..db.backup_crypto import BackupKey, decrypt_file, encrypt_file, is_encrypted, new_backup_key
from ..db.engine import Database
from ..db.errors import BackupPasswordError, DiskFullError, StorageError
from ..db.models import Setting
from ..domain.auth import Permission, Role
from ..domain.backups import backup_time, backups_to_keep
from ..domain.errors import FieldError, ValidationError
from . import audit, audit_anchors
from .context import Actor
from .permissions import checked

log = logging.getLogger("xinfang.services")

AUTO_FOLDER = "auto"
SUFFIX = ".backup"
BACKUP_KEY_SETTING = "backup_encryption_key"
# A backup older than this is no longer "recent" when a backup fails.
RECENT_BACKUP = timedelta(days=7)
MIN_BACKUP_PASSWORD = 12
# Automatic backups are made by the program itself, not by whoever is signed in.
SYSTEM = Actor("自动备份", Role.ADMIN)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int
    automatic: bool

    @property
    def encrypted(self) -> bool:
        return is_encrypted(self.path)


def _name(now: datetime) -> str:
    return f"xinfang-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Every backup in the folder (manual) and its auto/ subfolder, newest first."""
    found: list[BackupFile] = []
    for folder, automatic in ((backup_dir, False), (backup_dir / AUTO_FOLDER, True)):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            made_at = backup_time(path)
            if made_at is not None and path.is_file():
                found.append(BackupFile(path, made_at, path.stat().st_size, automatic))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


@checked
# ---------------------------------------------------------------- backup password


@checked
def set_backup_password(
    db: Database, actor: Actor, password: str, confirmation: str, *, now: datetime | None = None
) -> None:
    """The password that encrypts backups written outside the data folder. Only the key
    derived from it is stored; restoring such a backup asks for the password itself."""
    actor.require(Permission.BACKUP_RESTORE)
    if len(password) < MIN_BACKUP_PASSWORD:
        raise ValidationError(
            [
                FieldError(
                    "backup_password",
                    "备份密码至少 {n} 个字符",
                    {"n": MIN_BACKUP_PASSWORD},
                )
            ]
        )
    if password != confirmation:
        raise ValidationError([FieldError("backup_password", "两次输入的备份密码不一致")])
    key = new_backup_key(password)
    when = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        row = session.get(Setting, BACKUP_KEY_SETTING)
        if row is None:
            session.add(Setting(key=BACKUP_KEY_SETTING, value=key.to_json(), updated_at=when))
        else:
            row.value = key.to_json()
            row.updated_at = when
        audit.append_in_session(session, actor, "backup_password_set", now=when)


def has_backup_password(db: Database) -> bool:
    return _backup_key(db) is not None


def _backup_key(db: Database) -> BackupKey | None:
    with db.read() as session:
        row = session.get(Setting, BACKUP_KEY_SETTING)
        if row is None or not isinstance(row.value, dict):
            return None
        try:
            return BackupKey.from_json(row.value)
        except (KeyError, ValueError, TypeError):
            return None


def is_inside_data_folder(db: Database, target: Path) -> bool:
    """True for the backup folder of this database and the data folder: the places the OS
    account already protects, where a backup stays unencrypted."""
    homes = [default_backup_dir(db), config.app_paths().data_dir]
    if db.path is not None:
        homes.append(db.path.parent)
    resolved = target.resolve()
    return any(resolved.is_relative_to(home.resolve()) for home in homes)


# ---------------------------------------------------------------- backup


@checked
def backup_to(
    db: Database, actor: Actor, destination: Path, *, now: datetime | None = None
) -> Path:
    """Back up into a folder (the file gets a dated name) or to a given file; then check it.

    Outside the data folder the file is encrypted with the backup password, and refused when
    no backup password has been set. Audited, with the audit chain's head in the manifest.
    """
    actor.require(Permission.BACKUP_RESTORE)
    when = (now or datetime.now()).replace(microsecond=0)
    destination = Path(destination).expanduser()
    if not destination.exists() and not destination.suffix:
        # A folder that does not exist yet (not a file name): create it, as the window does.
        config.make_private_dir(destination)
    target = destination / _name(when) if destination.is_dir() else destination
    encrypt = not is_inside_data_folder(db, target)
    key = _backup_key(db) if encrypt else None
    if encrypt and key is None:
        raise StorageError(
            "no backup password",
            "备份到数据文件夹以外（U盘或其他文件夹）的文件会加密，请管理员先在“数据备份”页"
            "设置备份密码（命令行：xinfang db backup-password）。",
        )
    path = backup_database(db, target) if key is None else _encrypted_backup(db, target, key)
    if db.read_only_storage:
        # Nothing can be written there, not even the audit entry; the copy is what matters.
        log.warning("backup from read-only storage by %s not audited", actor.role.value)
    else:
        audit.append(
            db,
            actor,
            "backup",
            target_kind="database",
            detail=f"备份到 {path}" + ("（已加密）" if key else ""),
            now=when,
        )
    _write_manifest(db, path, when, encrypted=key is not None)
    return path


def _encrypted_backup(db: Database, target: Path, key: BackupKey) -> Path:
    """The checked plain copy stays in the private backup folder only while it is encrypted."""
    staging_dir = config.make_private_dir(default_backup_dir(db))
    plain = staging_dir / f".staging-{target.name}"
    partial = target.with_name(target.name + ".partial")
    try:
        backup_database(db, plain)
        try:
            config.make_private_dir(target.parent)
            encrypt_file(plain, partial, key)
            partial.replace(target)
        except OSError as exc:
            from ..db.backup import _os_error

            raise _os_error(exc, "备份失败") from exc
    finally:
        plain.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return target


def _write_manifest(db: Database, path: Path, when: datetime, **extra) -> None:
    try:
        head = audit.current_head(db)
        audit_anchors.write_manifest(path, audit_anchors.database_key(db.url), head, when, **extra)
    except (OSError, StorageError) as exc:
        log.warning("backup manifest not written: %s", exc)


def unchanged_since_last_backup(db: Database, backup_dir: Path) -> bool:
    """True when the SQLite file was not written since the newest automatic backup, so an
    exit backup would only copy the same data again (years of records take seconds)."""
    if db.path is None or not db.path.exists():
        return False
    automatic = [b for b in list_backups(backup_dir) if b.automatic]
    if not automatic:
        return False
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    # Opening the database creates an empty -wal file: that is no write.
    written = max(
        datetime.fromtimestamp(f.stat().st_mtime)
        for f in files
        if f.exists() and (f == db.path or f.stat().st_size > 0)
    )
    return written <= automatic[0].made_at


def automatic_backup(
    db: Database, backup_dir: Path, *, now: datetime | None = None, full_check: bool = True
) -> Path:
    """Write an automatic backup and drop the ones the rotation no longer keeps.

    The daily one runs integrity_check and the search-index checks on the copy, which shows
    damage in the live file too (the copy has the same pages); the exit one only quick_check.
    """
    when = (now or datetime.now()).replace(microsecond=0)
    folder = config.make_private_dir(backup_dir / AUTO_FOLDER)
    path = backup_database(db, folder / _name(when), full_check=full_check)
    _write_manifest(db, path, when)
    rotate(backup_dir)
    log.info("automatic backup %s", path)
    return path


def daily_backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).date()
    return not any(b.automatic and b.made_at.date() == today for b in list_backups(backup_dir))


def rotate(backup_dir: Path) -> list[Path]:
    """Delete automatic backups outside the rotation (7 daily, 4 weekly); manual ones stay.
    Copies a killed backup left half-written go too."""
    automatic = [b for b in list_backups(backup_dir) if b.automatic]
    keep = backups_to_keep(b.made_at for b in automatic)
    removed = []
    for backup in automatic:
        if backup.made_at not in keep:
            backup.path.unlink(missing_ok=True)
            backup.path.with_name(backup.path.name + audit_anchors.MANIFEST_SUFFIX).unlink(
                missing_ok=True
            )
            removed.append(backup.path)
    for folder in (backup_dir, backup_dir / AUTO_FOLDER):
        removed += remove_abandoned_partials(folder)
    return removed


def backup_failure_message(
    error: StorageError, backup_dir: Path, *, now: datetime | None = None
) -> str:
    """What to tell the user when a backup failed, adding when no recent backup exists."""
    message = error.user_message
    if isinstance(error, DiskFullError) and "备份" not in message:
        message = "备份失败：磁盘空间已满。请清理磁盘后再备份。"
    newest = next(iter(list_backups(backup_dir)), None)
    moment = now or datetime.now()
    if newest is None:
        return message + "\n注意：目前没有任何备份，数据只有这一份，请尽快解决后备份。"
    if moment - newest.made_at > RECENT_BACKUP:
        return (
            message + f"\n注意：最近的备份是 {_cn_date(newest.made_at)}，"
            f"已超过 {RECENT_BACKUP.days} 天，请尽快解决后备份。"
        )
    return message


def _cn_date(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日"


# ---------------------------------------------------------------- check and restore


def check_backup(db: Database, backup: Path, *, password: str | None = None) -> list[str]:
    """Problems found in a backup file (empty when it can be restored): the same rules the
    restore applies. An encrypted backup is checked when its password is given."""
    backup = Path(backup)
    if not backup.is_file():
        return [f"文件不存在：{backup}"]
    if is_encrypted(backup):
        if password is None:
            return ["这个备份已加密，需要输入备份密码才能检查"]
        with _decrypted(db, backup, password) as plain:
            return _plain_problems(db, plain)
    return _plain_problems(db, backup)


def _plain_problems(db: Database, path: Path) -> list[str]:
    return sqlite_backup_problems(path) if db.is_sqlite else pg_backup_problems(path)


class _decrypted:
    """A decrypted copy in the private backup folder (0600), removed afterwards."""

    def __init__(self, db: Database, backup: Path, password: str | None):
        self._db, self._backup, self._password = db, backup, password
        self.path: Path | None = None

    def __enter__(self) -> Path:
        if self._password is None:
            raise BackupPasswordError(
                "password needed", "这个备份已加密，请输入备份密码。", needed=True
            )
        folder = config.make_private_dir(default_backup_dir(self._db))
        self.path = folder / f".decrypted-{self._backup.name}"
        decrypt_file(self._backup, self.path, self._password)
        return self.path

    def __exit__(self, *exc) -> None:
        if self.path is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)


@checked
def restore(
    db: Database,
    actor: Actor,
    backup: Path,
    *,
    password: str | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Replace the data with ``backup``; returns where a copy of the current data was kept.

    The one restore path (window and command line): the backup must be this program's, not
    newer, and pass integrity_check; nobody else may have the database open; an encrypted
    backup needs its password. Audited, and the audit anchor restarts from the restored chain.
    """
    backup = Path(backup).expanduser()
    if not backup.is_file():
        raise StorageError(str(backup), f"找不到备份文件：{backup}")
    previous = _readable_head(db)
    when = (now or datetime.now()).replace(microsecond=0)
    if is_encrypted(backup):
        with _decrypted(db, backup, password) as plain:
            outcome = restore_database(db, plain, now=when)
    else:
        outcome = restore_database(db, backup, now=when)
    # A backup from before an update is brought to this program's schema, like any old file.
    try:
        migrate.upgrade(db)
    except Exception as exc:
        raise _unusable_after_restore(exc, backup, outcome.kept_aside) from exc
    # The restored log is checked before it becomes the new anchor; the result is recorded.
    restored_chain = audit.walk_chain(db)
    audit.reset_anchor(db, "restore", now=when)
    detail = _restore_detail(backup, outcome, previous)
    if restored_chain.intact:
        detail += f"；备份中的审计日志 {restored_chain.entries} 条，校验链完整"
    else:
        detail += f"；注意：备份中的审计日志第 {restored_chain.first_broken_id} 条起校验链断开"
        log.warning("restored audit chain broken at %s", restored_chain.first_broken_id)
    audit.append(db, actor, "restore", target_kind="database", detail=detail, now=when)
    log.info("restore by %s from %s", actor.role.value, backup.name)
    return outcome.kept_aside


def _unusable_after_restore(exc: Exception, backup: Path, kept: Path | None) -> StorageError:
    """The backup is in place but cannot be brought to this program's schema: say where the
    data from before the restore is, so nobody thinks it is gone."""
    cause = exc.user_message if isinstance(exc, StorageError) else type(exc).__name__
    log.warning("restored %s but its migration failed: %s", backup.name, type(exc).__name__)
    message = f"备份已放回，但无法升级到本程序的数据库版本（{cause}）。"
    if kept is not None:
        message += (
            f"恢复前的数据完好，另存在 {kept}：可在“数据备份”页点“从备份文件恢复…”选择该文件"
            f'（文件类型选“恢复前的数据”），或用 xinfang db restore "{kept}" 放回。'
        )
    return StorageError(str(exc), message)


def _readable_head(db: Database) -> audit_anchors.ChainHead | None:
    """The chain head before the restore, for the record (None when the file is unreadable)."""
    try:
        return audit.current_head(db)
    except Exception:
        return None
    finally:
        db.dispose()


def _restore_detail(
    backup: Path, outcome: RestoreOutcome, previous: audit_anchors.ChainHead | None
) -> str:
    detail = f"从 {backup} 恢复（版本 {outcome.revision}）"
    if previous is not None:
        detail += f"；恢复前审计日志共 {previous.count} 条，末条校验值 {previous.last_hash[:16]}"
    if outcome.kept_aside is not None:
        detail += f"；原数据另存为 {outcome.kept_aside}"
    return detail


def newest_usable_backup(db: Database, backup_dir: Path | None = None) -> BackupFile | None:
    """The newest backup that passes the restore's checks (encrypted ones are skipped)."""
    for backup in list_backups(backup_dir or default_backup_dir(db)):
        if not backup.encrypted and not check_backup(db, backup.path):
            return backup
    return None


__all__ = [
    "BackupFile",
    "automatic_backup",
    "backup_failure_message",
    "backup_to",
    "check_backup",
    "check_sqlite_file",
    "daily_backup_due",
    "default_backup_dir",
    "has_backup_password",
    "list_backups",
    "newest_usable_backup",
    "restore",
    "rotate",
    "set_backup_password",
    "unchanged_since_last_backup",
]
