"""xinfang users list | add | reset-password, xinfang audit verify | print

The command line runs on the machine that holds the data, as its administrator: this is the
way back in when every administrator has forgotten the password.
"""

from __future__ import annotations

import secrets
import string
import sys
from datetime import date, timedelta
from pathlib import Path

from ..domain.auth import Role, UserDraft
from ..services import audit as audit_service
from ..services import auth as auth_service
from ..services.context import Actor
from ..services.settings import get_unit_settings
from .parsing import parse_date
from .session import CommandError, open_migrated

_ROLES = [role.value for role in Role]


def add_parser(areas, common) -> None:
    users = areas.add_parser("users", help="用户：列表、新建、重置密码", description="用户管理")
    verbs = users.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    listing = verbs.add_parser("list", parents=[common], help="列出全部用户")
    listing.set_defaults(run=run_list)
    add = verbs.add_parser("add", parents=[common], help="新建用户（给出临时密码，首次登录须修改）")
    add.add_argument("username", metavar="用户名")
    add.add_argument("--name", required=True, metavar="姓名")
    add.add_argument(
        "--role", required=True, choices=_ROLES, metavar="角色", help="、".join(_ROLES)
    )
    _password_arguments(add)
    add.set_defaults(run=run_add)
    reset = verbs.add_parser(
        "reset-password", parents=[common], help="重置密码（忘记密码或账号被锁定时）"
    )
    reset.add_argument("username", metavar="用户名")
    _password_arguments(reset)
    reset.set_defaults(run=run_reset)

    audit = areas.add_parser("audit", help="审计日志：检查、打印摘录", description="审计日志")
    audit_verbs = audit.add_subparsers(title="操作", dest="verb", metavar="操作")
    audit_verbs.required = True
    verify = audit_verbs.add_parser("verify", parents=[common], help="检查日志是否被改动")
    verify.set_defaults(run=run_verify)
    extract = audit_verbs.add_parser("print", parents=[common], help="打印审计日志摘录（PDF）")
    today = date.today()
    extract.add_argument(
        "--from",
        dest="date_from",
        type=parse_date,
        default=today - timedelta(days=30),
        metavar="日期",
        help="开始日期，默认 30 天前",
    )
    extract.add_argument(
        "--to",
        dest="date_to",
        type=parse_date,
        default=today,
        metavar="日期",
        help="结束日期，默认今天",
    )
    extract.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    extract.set_defaults(run=run_print)


def _password_arguments(parser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="从标准输入读取密码（不写在命令行里，别人看不到）；不给则生成一个临时密码",
    )


def _password(args) -> tuple[str, bool]:
    """The password to set, and whether it was generated here (then it is printed)."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("标准输入中没有密码")
        return password, False
    alphabet = string.ascii_letters + string.digits
    # Letters and digits plus one symbol: easy to read out, meets the password rules.
    return "".join(secrets.choice(alphabet) for _ in range(15)) + "#", True


def run_list(args) -> int:
    db = open_migrated(args)
    try:
        users = auth_service.list_users(db, Actor.from_os_user())
    finally:
        db.dispose()
    if not users:
        print("还没有用户：第一次打开窗口程序时设置管理员。")
    for user in users:
        state = (
            "已停用"
            if user.disabled
            else ("待修改临时密码" if user.must_change_password else "在用")
        )
        print(f"{user.username}\t{user.display_name}\t{user.role.value}\t{state}")
    return 0


def run_add(args) -> int:
    password, generated = _password(args)
    db = open_migrated(args)
    try:
        user = auth_service.create_user(
            db,
            Actor.from_os_user(),
            UserDraft(args.username, args.name, args.role),
            password,
            password,
        )
    finally:
        db.dispose()
    print(f"已新建用户 {user.username}（{user.role.value}）。")
    if generated:
        print(f"临时密码：{password}（首次登录时须修改）")
    return 0


def run_reset(args) -> int:
    password, generated = _password(args)
    db = open_migrated(args)
    try:
        actor = Actor.from_os_user()
        user = auth_service.find_user(db, args.username)
        auth_service.reset_password(db, actor, user.id, password, password)
    finally:
        db.dispose()
    print(f"已重置 {user.username} 的密码，并解除锁定。")
    if generated:
        print(f"临时密码：{password}（下次登录时须修改）")
    return 0


def run_verify(args) -> int:
    db = open_migrated(args)
    try:
        check = audit_service.verify_chain(db, Actor.from_os_user())
    finally:
        db.dispose()
    if check.intact:
        print(f"审计日志完整：{check.entries} 条记录的校验链未发现改动。")
        return 0
    print(f"审计日志第 {check.first_broken_id} 条起校验链断开：日志可能被修改或删除。")
    return 1


def run_print(args) -> int:
    from ..reports.audit_extract import build_audit_extract_pdf

    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    db = open_migrated(args)
    try:
        extract = audit_service.audit_extract(
            db,
            Actor.from_os_user(),
            args.date_from,
            args.date_to,
            unit_name=get_unit_settings(db).unit_name,
        )
    finally:
        db.dispose()
    try:
        args.output.write_bytes(build_audit_extract_pdf(extract))
    except OSError as exc:
        raise CommandError(f"无法写入 {args.output}：{exc.strerror or exc}") from exc
    print(f"已生成审计日志摘录：{args.output}（{len(extract.rows)} 条）")
    return 0
