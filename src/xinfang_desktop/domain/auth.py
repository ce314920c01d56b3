"""Who may do what: roles, their permissions (as data), passwords and the lock-out rule.

The services check these; a hidden button in the window is a convenience, never the boundary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources

from .errors import FieldError, ValidationError
from .text import check_text, clean_text


class Role(StrEnum):
    GATE = "门卫"
    CLERK = "信访员"
    LEADER = "领导"
    PRINCIPAL = "校长"
    ADMIN = "管理员"


class Permission(StrEnum):
    REGISTER_VISITS = "登记来访、查看今日来访、打印访客单"
    SEARCH_ALL_VISITS = "查询历年来访记录"
    VIEW_PERSONAL_NUMBERS = "查看完整的身份证号和电话"
    PRINT_REGISTERS = "打印和导出登记表、台账、报表"
    MANAGE_CASES = "登记和办理信访事项"
    VIEW_ALL_CASES = "查看全部信访事项"
    VIEW_OWN_CASES = "查看本人包案和分管的事项"
    VIEW_CONFIDENTIAL = "查看被反映人和举报内容"
    REVIEW_AND_SIGN = "审阅和签批"
    MANAGE_ORGANISATION = "管理人员、领导小组、包组摸排、值班"
    RECORD_OWN_WORK = "记录摸排、下访、跟进和纠纷化解进展"
    KEEP_DUTY_LOG = "填写值班记录"
    WRITE_MINUTES = "记录领导小组例会纪要"
    MANAGE_SETTINGS = "修改单位设置"
    MANAGE_USERS = "管理用户和密码"
    BACKUP_RESTORE = "备份和恢复数据"
    VIEW_AUDIT = "查看审计日志"


_GATE = frozenset({Permission.REGISTER_VISITS, Permission.KEEP_DUTY_LOG})
_CLERK = _GATE | {
    Permission.SEARCH_ALL_VISITS,
    Permission.VIEW_PERSONAL_NUMBERS,
    Permission.PRINT_REGISTERS,
    Permission.MANAGE_CASES,
    Permission.VIEW_ALL_CASES,
    Permission.VIEW_OWN_CASES,
    Permission.VIEW_CONFIDENTIAL,
    Permission.MANAGE_ORGANISATION,
    Permission.RECORD_OWN_WORK,
    Permission.WRITE_MINUTES,
}
_LEADER = frozenset(
    {
        Permission.VIEW_OWN_CASES,
        Permission.REVIEW_AND_SIGN,
        Permission.PRINT_REGISTERS,
        Permission.RECORD_OWN_WORK,
        Permission.KEEP_DUTY_LOG,
    }
)
_EVERYTHING = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.GATE: _GATE,
    Role.CLERK: frozenset(_CLERK),
    Role.LEADER: _LEADER,
    Role.PRINCIPAL: _EVERYTHING,
    Role.ADMIN: _EVERYTHING,
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class PermissionDeniedError(Exception):
    """Raised by a service when the signed-in role may not do something."""

    def __init__(self, role: Role, permission: Permission):
        self.role = role
        self.permission = permission
        super().__init__(f"您的角色（{role.value}）无权{permission.value}。")

    @property
    def user_message(self) -> str:
        return str(self)


# Lock-out: enough tries for typing mistakes, too few to guess a password.
MAX_FAILED_SIGN_INS = 5
LOCK_OUT = timedelta(minutes=15)
# OWASP ASVS V2.1.1: at least 12 characters. Existing shorter passwords still sign in; only a
# new or changed password has to follow the rule, so nobody is locked out by an upgrade.
PASSWORD_MIN_LENGTH = 12
PASSWORD_MAX_LENGTH = 128
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,30}$")


@dataclass(frozen=True)
class UserDraft:
    username: str
    display_name: str
    role: str
    person_id: int | None = None


USER_FIELD_LABELS = {
    "username": "用户名",
    "display_name": "姓名",
    "role": "角色",
    "password": "密码",
    "password_again": "确认密码",
    "old_password": "原密码",
    "person_id": "对应人员",
}


def validate_user(draft: UserDraft) -> UserDraft:
    errors: list[FieldError] = []
    username = clean_text(draft.username)
    if not username:
        errors.append(FieldError("username", "请填写用户名"))
    elif not _USERNAME.match(username):
        errors.append(
            FieldError("username", "用户名为 2 到 30 个字母、数字、汉字或 _ . -，不能有空格")
        )
    display_name = clean_text(draft.display_name)
    problem = check_text("display_name", display_name, label="姓名", max_length=50, required=True)
    if problem:
        errors.append(problem)
    try:
        role = Role(draft.role)
    except ValueError:
        errors.append(FieldError("role", "请选择角色"))
        role = Role.GATE
    if errors:
        raise ValidationError(errors)
    return UserDraft(username, display_name, role.value, draft.person_id)


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common (leaked) passwords, lower case (resources/passwords)."""
    text = (
        resources.files("xinfang_desktop.resources")
        .joinpath("passwords/common-passwords.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


_NOT_LETTERS_AT_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def is_common_password(password: str) -> bool:
    """A listed password, or a listed word padded with digits and symbols (Monkey!2026xx is
    still "monkey" to a guesser), case ignored (OWASP ASVS V2.1.7)."""
    lowered = password.lower()
    listed = common_passwords()
    if lowered in listed:
        return True
    core = _NOT_LETTERS_AT_ENDS.sub("", lowered)
    return len(core) >= 4 and core != lowered and core in listed


def password_problem(password: str, username: str = "") -> str | None:
    """None when the password is acceptable, else a Chinese reason."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return f"密码至少 {PASSWORD_MIN_LENGTH} 位"
    if len(password) > PASSWORD_MAX_LENGTH:
        return f"密码最多 {PASSWORD_MAX_LENGTH} 位"
    if any(ch.isspace() and ch != " " for ch in password) or any(ord(ch) < 32 for ch in password):
        return "密码不能含有换行、制表符等控制字符"
    if len(set(password)) < 4:
        return "密码太简单：至少要有 4 个不同的字符"
    if username and username.lower() in password.lower():
        return "密码不能包含用户名"
    kinds = sum(
        (
            any(ch.isdigit() for ch in password),
            any(ch.isalpha() for ch in password),
            any(not ch.isalnum() for ch in password),
        )
    )
    if kinds < 2:
        return "密码至少包含字母、数字、符号中的两类"
    if is_common_password(password):
        return "这个密码太常见，容易被猜到，请换一个"
    return None


def check_new_password(password: str, again: str, username: str = "") -> None:
    problem = password_problem(password, username)
    if problem:
        raise ValidationError([FieldError("password", problem)])
    if password != again:
        raise ValidationError([FieldError("password_again", "两次输入的密码不一致")])


# Characters that change how a log line reads without being seen: line breaks, terminal
# escapes, and the bidirectional overrides (U+202E turns "exe.txt" round on screen).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def encode_untrusted_name(text: str, max_length: int = 50) -> str:
    """A name typed by someone not (yet) signed in, as it may be written to the audit log: each
    control, format (bidi) or unassigned character is written as \\uXXXX, and a backslash as
    \\\\, so the entry reads as what was typed and can never forge a line or hide text."""
    parts: list[str] = []
    for ch in text:
        if ch == "\\":
            parts.append("\\\\")
        elif unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            code = ord(ch)
            parts.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            parts.append(ch)
    encoded = "".join(parts)
    if len(encoded) > max_length:
        encoded = encoded[: max_length - 1] + "…"
    return encoded


def locked_until_after_failure(failed_attempts: int, now: datetime) -> datetime | None:
    """After the ``failed_attempts``-th failure in a row: until when the account is locked."""
    return now + LOCK_OUT if failed_attempts >= MAX_FAILED_SIGN_INS else None
