"""Users: the first administrator, sign-in with lock-out, passwords, and user management."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import Person, User
from ..domain.auth import (
    MAX_FAILED_SIGN_INS,
    Role,
    UserDraft,
    check_new_password,
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
# Verified when a username does not exist, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


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


def sign_in(db: Database, username: str, password: str, *, now=None) -> UserRecord:
    """The user on success; ``SignInError`` with the reason otherwise (and the attempt logged)."""
    stamp = _now(now)
    username = username.strip()
    with db.write() as session:
        user = session.scalar(select(User).where(func.lower(User.username) == username.lower()))
        if user is None:
            _verify(_DUMMY_HASH, password)
            anonymous = Actor(username[:50] or "（空）", Role.GATE)
            audit.append_in_session(
                session, anonymous, "sign_in_failed", detail="用户名不存在", now=stamp
            )
            failure = "用户名或密码不对。"
        elif user.disabled_at is not None:
            failure = "这个账号已停用，请找管理员。"
        elif user.locked_until is not None and user.locked_until > stamp:
            failure = _locked_message(user.locked_until)
        elif not _verify(user.password_hash, password):
            user.failed_sign_ins += 1
            user.locked_until = locked_until_after_failure(user.failed_sign_ins, stamp)
            actor = _record(user).actor()
            if user.locked_until is not None:
                user.failed_sign_ins = 0
                audit.append_in_session(
                    session, actor, "locked_out", target_kind="user", target_id=user.id, now=stamp
                )
                failure = _locked_message(user.locked_until)
            else:
                audit.append_in_session(
                    session,
                    actor,
                    "sign_in_failed",
                    target_kind="user",
                    target_id=user.id,
                    now=stamp,
                )
                left = MAX_FAILED_SIGN_INS - user.failed_sign_ins
                failure = f"用户名或密码不对。再错 {left} 次，账号将锁定 15 分钟。"
        else:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_sign_ins = 0
            user.locked_until = None
            user.last_sign_in_at = stamp
            record = _record(user)
            audit.append_in_session(
                session, record.actor(), "sign_in", target_kind="user", target_id=user.id, now=stamp
            )
            return _record(user)
    # The failed attempt and its audit entry are committed; now tell the user.
    raise SignInError(failure)


def _locked_message(until: datetime) -> str:
    return f"密码错误次数过多，账号已锁定到 {until:%H:%M}。请稍后再试，或请管理员重置密码。"


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


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
