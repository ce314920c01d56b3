"""Users: the first administrator, sign-in with lock-out, passwords, and user management."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select, update

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Person, User
from ..domain.auth import (
    LOCK_OUT,
    Permission,
    Role,
    UserDraft,
    check_new_password,
    encode_untrusted_name,
    locked_until_after_failure,
    validate_user,
)
from ..domain.errors import FieldError, ValidationError
from . import audit
from .context import Actor
from .permissions import checked

log = logging.getLogger("xinfang.services")

# argon2id with the library's defaults (RFC 9106 low-memory profile): about 50 ms on a
# school PC, slow enough against guessing, quick enough not to be felt at sign-in.
_hasher = PasswordHasher()
# Verified when a username does not exist (or the account may not sign in), so every failure
# takes the time of one real check. Made with the hasher's parameters; computed afresh only
# if the library's defaults change (a test keeps the two equal).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$zTd1C1DkPO1Bb+QOv01ahg$"
    "6lTbpp2WCnN8wOyOxOTSfDx21xcaCbRP+6oZ/MgEUMk"
)


@cache
def _dummy_hash() -> str:
    if _hasher.check_needs_rehash(_DUMMY_HASH):
        return _hasher.hash("not a password of anyone")
    return _DUMMY_HASH


@dataclass(frozen=True)
class UserRecord:
    id: int
    version: int
    username: str
    display_name: str
    role: Role
    person_id: int | None
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    disabled: bool

    def actor(self) -> Actor:
        return Actor(self.display_name, self.role, self.id, self.person_id)


class SignInError(Exception):
    """Wrong name or password, locked or disabled: a Chinese message for the dialog."""


def _record(user: User) -> UserRecord:
    return UserRecord(
        id=user.id,
        version=user.version,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        person_id=user.person_id,
        must_change_password=user.must_change_password,
        locked_until=user.locked_until,
        last_sign_in_at=user.last_sign_in_at,
        disabled=user.disabled_at is not None,
    )


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def needs_first_administrator(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count()).select_from(User))


def _load_user(session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"user {user_id}")
    return user


def _check_person(session, person_id: int | None) -> None:
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError([FieldError("person_id", "所选的人员不存在，请重新选择")])


def _check_username_free(session, username: str, exclude_id: int | None = None) -> None:
    query = select(User.id).where(func.lower(User.username) == username.lower())
    if exclude_id is not None:
        query = query.where(User.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError([FieldError("username", "用户名“{u}”已被使用", {"u": username})])


def create_first_administrator(
    db: Database, draft: UserDraft, password: str, password_again: str, *, now=None
) -> UserRecord:
    """Only while there is no user at all: whoever installs the program becomes its admin."""
    cleaned = validate_user(UserDraft(draft.username, draft.display_name, Role.ADMIN.value))
    check_new_password(password, password_again, cleaned.username)
    stamp = _now(now)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationError([FieldError("username", "已经有管理员，请用已有账号登录")])
        user = _new_user(session, cleaned, password, stamp, must_change=False)
        record = _record(user)
        audit.append_in_session(
            session,
            record.actor(),
            "user_created",
            target_kind="user",
            target_id=user.id,
            detail=f"首个管理员 {cleaned.username}",
            now=stamp,
        )
        return record


def _new_user(session, draft: UserDraft, password: str, stamp: datetime, *, must_change: bool):
    user = User(
        username=draft.username,
        display_name=draft.display_name,
        role=draft.role,
        person_id=draft.person_id,
        password_hash=_hasher.hash(password),
        must_change_password=must_change,
        failed_sign_ins=0,
        created_at=stamp,
        updated_at=stamp,
    )
    session.add(user)
    session.flush()
    return user


# One message for every failed sign-in: a wrong name, a wrong password, a locked or a disabled
# account all read alike, so trying names tells nobody which accounts exist.
_LOCK_MINUTES = LOCK_OUT // timedelta(minutes=1)
SIGN_IN_FAILED = f"用户名或密码不对，或账号已锁定（{_LOCK_MINUTES} 分钟后可再试）。"
# The audit log's role for a sign-in under a user name that has no account.
UNKNOWN_ROLE = "—"


def sign_in(db: Database, username: str, password: str, *, now=None, via: str = "") -> UserRecord:
    """The user on success; ``SignInError`` with the one failure message otherwise (and the
    attempt audited). ``via`` names where it came from (e.g. 命令行) in the audit entry.

    Every attempt verifies exactly one argon2 hash (a dummy one for an unknown, locked or
    disabled account) before the write, so the time taken does not tell the cases apart either;
    the hash is checked outside the write transaction, which then changes the counters with
    single UPDATE statements: two sign-ins of one account at once both count, and neither
    fails with a conflict on PostgreSQL.
    """
    stamp = _now(now)
    username = username.strip()
    with db.read() as session:
        user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
        candidate = None if user is None else _record(user)
        stored_hash = None if user is None else user.password_hash
    usable = (
        candidate is not None
        and not candidate.disabled
        and not (candidate.locked_until is not None and candidate.locked_until > stamp)
    )
    password_ok = _verify(stored_hash if usable else _dummy_hash(), password) and usable
    with db.write() as session:
        if candidate is None:
            # Role.GATE only fills the Actor; the log names no role for an account that
            # does not exist.
            anonymous = Actor(encode_untrusted_name(username) or "（空）", Role.GATE)
            _audit_failure(session, anonymous, stamp, via, "用户名不存在", role_text=UNKNOWN_ROLE)
        elif password_ok and _mark_signed_in(session, candidate.id, stamp, password, stored_hash):
            record = _record(_load_user(session, candidate.id))
            audit.append_in_session(
                session,
                record.actor(),
                "sign_in",
                target_kind="user",
                target_id=record.id,
                detail=via,
                now=stamp,
            )
            return record
        elif not usable or password_ok:  # disabled or locked (now, or since the read above)
            reason = "账号已停用" if candidate.disabled else "账号锁定中"
            _audit_failure(session, candidate.actor(), stamp, via, reason, candidate.id)
        else:
            _count_failure(session, candidate, stamp, via)
    # The failed attempt and its audit entry are committed; now tell the user.
    raise SignInError(SIGN_IN_FAILED)


def _mark_signed_in(
    session, user_id: int, stamp: datetime, password: str, stored_hash: str | None
) -> bool:
    """Reset the counters unless the account was locked or disabled meanwhile."""
    values: dict[str, object] = {
        "failed_sign_ins": 0,
        "locked_until": None,
        "last_sign_in_at": stamp,
    }
    if stored_hash is not None and _hasher.check_needs_rehash(stored_hash):
        values["password_hash"] = _hasher.hash(password)
    result = session.execute(
        update(User)
        .where(
            User.id == user_id,
            User.disabled_at.is_(None),
            or_(User.locked_until.is_(None), User.locked_until <= stamp),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _count_failure(session, candidate: UserRecord, stamp: datetime, via: str) -> None:
    # One statement adds the failure, so two wrong passwords at once are both counted.
    failures = session.execute(
        update(User)
        .where(User.id == candidate.id)
        .values(failed_sign_ins=User.failed_sign_ins + 1)
        .returning(User.failed_sign_ins)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    locked_until = locked_until_after_failure(failures, stamp)
    if locked_until is None:
        _audit_failure(session, candidate.actor(), stamp, via, "密码不对", candidate.id)
        return
    session.execute(
        update(User)
        .where(User.id == candidate.id)
        .values(failed_sign_ins=0, locked_until=locked_until)
        .execution_options(synchronize_session=False)
    )
    audit.append_in_session(
        session,
        candidate.actor(),
        "locked_out",
        target_kind="user",
        target_id=candidate.id,
        detail=via,
        now=stamp,
    )


def _audit_failure(
    session,
    actor: Actor,
    stamp: datetime,
    via: str,
    reason: str,
    user_id: object = "",
    role_text: str | None = None,
) -> None:
    audit.append_in_session(
        session,
        actor,
        "sign_in_failed",
        target_kind="user" if user_id != "" else "",
        target_id=user_id,
        detail="，".join(part for part in (reason, via) if part),
        now=stamp,
        role_text=role_text,
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in_for_task(
    db: Database,
    username: str,
    password: str,
    permission: Permission,
    *,
    via: str = "命令行",
    now=None,
) -> Actor:
    """Sign in for one administrative task (the command line's users, audit and restore): the
    user's Actor once the password is right (same lock-out and audit as the window), the
    temporary password has been changed and the role allows ``permission``."""
    record = sign_in(db, username, password, now=now, via=via)
    if record.must_change_password:
        raise SignInError(
            "这个账号的临时密码还没有修改：请先在窗口程序中登录并修改密码，再使用命令行。"
        )
    actor = record.actor()
    actor.require(permission)
    return actor


class LocalRecoveryRefusedError(Exception):
    """The local recovery of an administrator password is not allowed here (Chinese message)."""


def recover_administrator_password(
    db: Database,
    username: str,
    new_password: str,
    again: str,
    *,
    local_user: str,
    now=None,
) -> UserRecord:
    """The one way in without signing in: a forgotten administrator password, reset by someone
    who can write the local SQLite file (and so could replace it anyway). Refused for
    PostgreSQL, where every PC of the unit has the URL. Audited; the password is temporary."""
    path = db.path
    if not db.is_sqlite or path is None:
        raise LocalRecoveryRefusedError(
            "本机恢复只适用于本机的 SQLite 数据库文件。PostgreSQL 数据库请由另一位管理员"
            "登录后重置密码（xinfang users reset-password --user 管理员）。"
        )
    if not path.is_file():
        raise LocalRecoveryRefusedError(f"数据库文件不存在：{path}")
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise LocalRecoveryRefusedError(
            f"当前系统账号不能写入数据库文件 {path}：请用能修改这个文件的账号运行。"
        )
    stamp = _now(now)
    with db.write() as session:
        user = session.scalar(
            select(User).where(func.lower(User.username) == username.strip().lower())
        )
        if user is None or user.role != Role.ADMIN.value or user.disabled_at is not None:
            raise ValidationError(
                [FieldError("username", "没有在用的管理员账号“{u}”", {"u": username.strip()})]
            )
        check_new_password(new_password, again, user.username)
        session.execute(
            update(User)
            .where(User.id == user.id)
            .values(
                password_hash=_hasher.hash(new_password),
                must_change_password=True,
                failed_sign_ins=0,
                locked_until=None,
                updated_at=stamp,
            )
            .execution_options(synchronize_session=False)
        )
        system_account = encode_untrusted_name(local_user, max_length=40)
        recoverer = Actor(f"本机恢复（{system_account}）", Role.ADMIN)
        audit.append_in_session(
            session,
            recoverer,
            "password_reset",
            target_kind="user",
            target_id=user.id,
            detail=f"{user.username}：本机恢复，未登录，系统账号 {system_account}",
            now=stamp,
        )
        session.refresh(user)
        return _record(user)


@checked
def sign_out(db: Database, actor: Actor, *, now=None) -> None:
    audit.append(db, actor, "sign_out", target_kind="user", target_id=actor.user_id or "", now=now)


@checked
def change_password(
    db: Database, actor: Actor, old_password: str, new_password: str, again: str, *, now=None
) -> None:
    """The signed-in user changes their own password (the old one is asked again)."""
    if actor.user_id is None:
        raise NotFoundError("no signed-in user")
    stamp = _now(now)
    with db.write() as session:
        user = session.get(User, actor.user_id)
        if user is None:
            raise NotFoundError(f"user {actor.user_id}")
        if not _verify(user.password_hash, old_password):
            raise ValidationError([FieldError("old_password", "原密码不对")])
        check_new_password(new_password, again, user.username)
        if _verify(user.password_hash, new_password):
            raise ValidationError([FieldError("password", "新密码不能与原密码相同")])
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = False
        user.updated_at = stamp
        audit.append_in_session(
            session, actor, "password_changed", target_kind="user", target_id=user.id, now=stamp
        )


@checked
def reset_password(
    db: Database, actor: Actor, user_id: int, new_password: str, again: str, *, now=None
) -> UserRecord:
    """An administrator sets a temporary password; the user must change it at next sign-in."""
    stamp = _now(now)
    with db.write() as session:
        user = _load_user(session, user_id)
        check_new_password(new_password, again, user.username)
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = True
        user.failed_sign_ins = 0
        user.locked_until = None
        user.updated_at = stamp
        audit.append_in_session(
            session,
            actor,
            "password_reset",
            target_kind="user",
            target_id=user.id,
            detail=user.username,
            now=stamp,
        )
        return _record(user)


@checked
def create_user(
    db: Database, actor: Actor, draft: UserDraft, password: str, again: str, *, now=None
) -> UserRecord:
    cleaned = validate_user(draft)
    check_new_password(password, again, cleaned.username)
    stamp = _now(now)
    with db.write() as session:
        _check_username_free(session, cleaned.username)
        _check_person(session, cleaned.person_id)
        user = _new_user(session, cleaned, password, stamp, must_change=True)
        audit.append_in_session(
            session,
            actor,
            "user_created",
            target_kind="user",
            target_id=user.id,
            detail=f"{cleaned.username}（{cleaned.role}）",
            now=stamp,
        )
        return _record(user)


@checked
def update_user(
    db: Database, actor: Actor, user_id: int, draft: UserDraft, *, expected_version: int, now=None
) -> UserRecord:
    cleaned = validate_user(draft)
    stamp = _now(now)
    with db.write() as session:
        user = _load_user(session, user_id)
        if user.version != expected_version:
            raise ConflictError(f"user {user_id} is at version {user.version}")
        _check_username_free(session, cleaned.username, exclude_id=user_id)
        _check_person(session, cleaned.person_id)
        if user.role == Role.ADMIN and cleaned.role != Role.ADMIN:
            _keep_one_administrator(session, user_id)
        before = f"{user.username}（{user.role}）"
        user.username = cleaned.username
        user.display_name = cleaned.display_name
        user.role = cleaned.role
        user.person_id = cleaned.person_id
        user.updated_at = stamp
        audit.append_in_session(
            session,
            actor,
            "user_changed",
            target_kind="user",
            target_id=user.id,
            detail=f"{before} → {cleaned.username}（{cleaned.role}）",
            now=stamp,
        )
        session.flush()
        return _record(user)


@checked
def disable_user(db: Database, actor: Actor, user_id: int, *, now=None) -> UserRecord:
    stamp = _now(now)
    with db.write() as session:
        user = _load_user(session, user_id)
        if user.id == actor.user_id:
            raise ValidationError([FieldError("username", "不能停用自己正在使用的账号")])
        if user.role == Role.ADMIN:
            _keep_one_administrator(session, user_id)
        user.disabled_at = stamp
        user.updated_at = stamp
        audit.append_in_session(
            session,
            actor,
            "user_disabled",
            target_kind="user",
            target_id=user.id,
            detail=user.username,
            now=stamp,
        )
        session.flush()
        return _record(user)


def _keep_one_administrator(session, leaving_id: int) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN.value, User.disabled_at.is_(None), User.id != leaving_id)
    )
    if not others:
        raise ValidationError([FieldError("role", "至少要保留一个在用的管理员账号")])


@checked
def list_users(db: Database, actor: Actor) -> list[UserRecord]:
    with db.read() as session:
        return [_record(u) for u in session.scalars(select(User).order_by(User.username))]


def find_user(db: Database, username: str) -> UserRecord:
    """For the command line on the machine itself (reset a forgotten password)."""
    with db.read() as session:
        user = session.scalar(
            select(User).where(func.lower(User.username) == username.strip().lower())
        )
        if user is None:
            raise ValidationError(
                [FieldError("username", "没有用户名为“{u}”的用户", {"u": username})]
            )
        return _record(user)
