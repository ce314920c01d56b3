"""What every command needs: the database the window would open, errors, output.

Only light modules are imported here: the database, SQLAlchemy and the services load when a
command opens the database, so `xinfang --help` or a usage error costs no more than Python.
"""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .. import config
from ..db.errors import StorageError
from ..domain.auth import USER_FIELD_LABELS, Permission
from ..domain.errors import ValidationError
from ..domain.meetings import parse_quarter
from ..domain.visits import FIELD_LABELS
from ..services.context import Actor
from .parsing import EXIT_BAD_INPUT, EXIT_STORAGE, describe_os_error, parse_date

if TYPE_CHECKING:
    from ..db.engine import Database

# Fields outside the visit form that commands can name in a ValidationError.
_EXTRA_LABELS = {
    "date_from": "开始日期",
    "date_to": "结束日期",
    "void_reason": "作废原因",
    "unit_name": "单位名称",
    **USER_FIELD_LABELS,
    "file": "文件",
    "start": "开始日期",
    "end": "结束日期",
    "pools": "轮值名单",
    # 座谈会, 信息报送 and the 工作计划
    "held_on": "日期",
    "date": "日期",
    "kind": "类型",
    "place": "地点",
    "host": "主持人",
    "attendee_count": "参加人数",
    "opinions": "意见",
    "occurred_at": "发生时间",
    "reported_at": "报送时间",
    "reported_to": "报送对象",
    "method": "报送方式",
    "reporter": "报送人",
    "content": "事件经过",
    "update": "续报内容",
    "update_at": "续报时间",
    "goal": "目标",
    "measures": "措施",
    "timing": "时间节点",
    "check": "检查方式",
    "target": "目标数值",
    "due_on": "完成期限",
    "done_on": "完成日期",
    "leader_id": "责任领导",
    "rota": "值班表",
    "month": "月份",
    "quarter": "季度",
    "year": "年度",
    "backup_password": "备份密码",
    "search": "查询内容",
}


class CommandError(Exception):
    """A problem with what the user asked for, told in Chinese."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.exit_code = exit_code


def database_url(args) -> str:
    url = config.resolve_db_url(args.db, config.app_paths())
    _check_database_url(url)
    return url


def _check_database_url(url: str) -> None:
    """A --db that cannot name this program's database is bad input, told before opening,
    in the words the database layer uses for it (unknown kind, in-memory SQLite …)."""
    from ..db.engine import checked_url
    from ..db.errors import BadDatabaseUrlError

    try:
        checked_url(url)
    except BadDatabaseUrlError as error:
        raise CommandError(error.user_message) from None


def backup_dir_for(db: Database) -> Path:
    from ..db.backup import default_backup_dir

    return default_backup_dir(db)


def connect(args) -> Database:
    """The database without migrating it: for check, backup and restore."""
    from ..db.engine import Database

    return Database(database_url(args))


def open_migrated(args) -> Database:
    """The database as the window opens it: migrated to this program's schema."""
    from ..db.engine import Database
    from ..services.database import open_database

    url = database_url(args)
    probe = Database(url)
    try:
        backups = backup_dir_for(probe)
    finally:
        probe.dispose()
    return open_database(url, backups).db


def print_validation_error(error: ValidationError) -> None:
    print("输入有误，没有保存：", file=sys.stderr)
    for problem in error.errors:
        label = FIELD_LABELS.get(problem.field) or _EXTRA_LABELS.get(problem.field, problem.field)
        print(f"  {label}：{problem.message}", file=sys.stderr)


def write_output(path: Path, data: bytes) -> None:
    """Write a printed form or an export; a folder that is missing or read-only is told."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CommandError(f"无法写入文件 {path}：{describe_os_error(exc)}", EXIT_STORAGE) from exc


def add_quarter_or_span(parser, *, required: bool = True):
    """--quarter 2026Q4, or --from D --to D; returns the group so a caller can add more choices
    (such as a single --date)."""
    which = parser.add_mutually_exclusive_group(required=required)
    which.add_argument("--quarter", metavar="季度", help="一个季度，如 2026Q4")
    which.add_argument("--from", dest="date_from", type=parse_date, metavar="日期")
    parser.add_argument("--to", dest="date_to", type=parse_date, metavar="日期")
    return which


def quarter_or_span(args) -> tuple[date, date]:
    """The period given by --quarter or by --from and --to."""
    if args.quarter:
        return parse_quarter(args.quarter)
    if args.date_to is None:
        raise CommandError("请同时给出 --to（结束日期）")
    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    return args.date_from, args.date_to


# --- Signing in for administrative commands (users, audit, db restore) ----------------------


def add_sign_in_arguments(parser) -> None:
    """--user and --password-stdin: who signs in for a command that acts as an administrator."""
    group = parser.add_argument_group("管理员登录")
    group.add_argument(
        "--user",
        metavar="用户名",
        help="以这个管理员账号登录（必填）；密码随后在终端输入，不显示",
    )
    group.add_argument(
        "--password-stdin",
        action="store_true",
        help="从标准输入的第一行读取登录密码（用于脚本；密码不出现在命令行里）",
    )


def _has_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def read_stdin_line(what: str) -> str:
    """One line of standard input (a password); a clear error when there is none."""
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError, UnicodeDecodeError):
        line = ""
    value = line.rstrip("\r\n")
    if not value:
        raise CommandError(f"标准输入中没有{what}")
    return value


def _sign_in_password(args) -> str:
    if args.password_stdin:
        return read_stdin_line("登录密码")
    if not _has_terminal():
        # getpass would fall back to reading a pipe, or wait on a terminal nobody watches.
        raise CommandError(
            "没有可输入密码的终端：请在终端中运行，或加 --password-stdin 从标准输入给出登录密码"
        )
    try:
        return getpass.getpass(f"{args.user} 的密码：")
    except (EOFError, KeyboardInterrupt):
        raise CommandError("没有输入密码，已取消") from None


def sign_in_administrator(args, db: Database, permission: Permission) -> Actor:
    """The signed-in user for an administrative command: --user, then the password from a
    prompt or stdin, with the window's lock-out and audit. A database with no user yet has
    nobody to sign in as (the window would ask for a first administrator), so the machine's
    own user acts, as before."""
    from ..services import auth as auth_service

    if auth_service.needs_first_administrator(db):
        if getattr(args, "password_stdin", False):
            # The first line is the sign-in password wherever it is given, so a script's new
            # password on the second line is never taken for it.
            sys.stdin.readline()
        return Actor.from_os_user()
    if not args.user:
        raise CommandError(
            "这个命令需要管理员登录：请用 --user 给出用户名，密码随后输入"
            "（或用 --password-stdin 从标准输入给出）"
        )
    password = _sign_in_password(args)
    try:
        return auth_service.sign_in_for_task(db, args.user, password, permission)
    except auth_service.SignInError as error:
        raise CommandError(str(error)) from None


def sign_in_for_restore(args, db: Database) -> Actor:
    """A restore replaces everything, so an administrator signs in against the current database
    first. When there is no usable current database (a local SQLite file that is missing, damaged
    or too old to hold users) there is nobody to sign in as; such a file is restored by whoever
    can write it, since they could replace the file anyway. PostgreSQL always asks."""
    path = db.path if db.is_sqlite else None
    if path is not None and not path.is_file():
        return Actor.from_os_user()
    try:
        return sign_in_administrator(args, db, Permission.BACKUP_RESTORE)
    except StorageError:
        if path is None or not os.access(path, os.W_OK):
            raise
        print(
            "提示：当前数据库无法打开登录，按本机文件恢复（当前系统账号可以修改这个文件）。",
            file=sys.stderr,
        )
        return Actor.from_os_user()
