"""xinfang users list | add | reset-password | recover-admin, xinfang audit verify | print

Each of these acts as an administrator, so it signs one in first (--user, then the password from
a prompt or stdin), with the window's lock-out, and acts as that user. The one exception is
`users recover-admin`: a forgotten administrator password, reset by someone who can write the
local SQLite file; refused for PostgreSQL, audited.
"""

from __future__ import annotations

import getpass
import secrets
import string
from datetime import date, timedelta

from ..domain.auth import Permission, Role, UserDraft
from .parsing import EXIT_BAD_INPUT, output_path, parse_date
from .session import (
    CommandError,
    add_sign_in_arguments,
    connect,
    open_migrated,
    read_stdin_line,
    sign_in_administrator,
    write_output,
)

_ROLES = [role.value for role in Role]


def add_parser(areas, common) -> None:
    users = areas.add_parser("users", help="用户：列表、新建、重置密码", description="用户管理")
    verbs = users.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    listing = verbs.add_parser("list", parents=[common], help="列出全部用户")
    add_sign_in_arguments(listing)
    listing.set_defaults(run=run_list)
    add = verbs.add_parser("add", parents=[common], help="新建用户（给出临时密码，首次登录须修改）")
    add.add_argument("username", metavar="用户名")
    add.add_argument("--name", required=True, metavar="姓名")
    add.add_argument(
        "--role", required=True, choices=_ROLES, metavar="角色", help="、".join(_ROLES)
    )
    _password_arguments(add)
    add_sign_in_arguments(add)
    add.set_defaults(run=run_add)
    reset = verbs.add_parser(
        "reset-password", parents=[common], help="重置密码（忘记密码或账号被锁定时）"
    )
    reset.add_argument("username", metavar="用户名")
    _password_arguments(reset)
    add_sign_in_arguments(reset)
    reset.set_defaults(run=run_reset)

    recover = verbs.add_parser(
        "recover-admin",
        parents=[common],
        help="本机恢复：忘记管理员密码时（不用登录；仅限本机 SQLite 文件，记入审计日志）",
        description="没有管理员能登录时，由能修改本机数据库文件的系统账号重置一个管理员的密码。"
        "PostgreSQL 数据库不能这样做。新密码是临时密码，登录后须修改。",
    )
    recover.add_argument("username", metavar="管理员用户名")
    _password_arguments(recover)
    recover.set_defaults(run=run_recover)

    audit = areas.add_parser("audit", help="审计日志：检查、打印摘录", description="审计日志")
    audit_verbs = audit.add_subparsers(title="操作", dest="verb", metavar="操作")
    audit_verbs.required = True
    verify = audit_verbs.add_parser("verify", parents=[common], help="检查日志是否被改动")
    add_sign_in_arguments(verify)
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
    extract.add_argument("-o", "--output", type=output_path, required=True, metavar="文件")
    add_sign_in_arguments(extract)
    extract.set_defaults(run=run_print)


def _password_arguments(parser) -> None:
    parser.add_argument(
        "--new-password-stdin",
        action="store_true",
        help="从标准输入读取要设置的新密码（与 --password-stdin 同用时在第二行）；"
        "不给则生成一个临时密码",
    )


def _password(args) -> tuple[str, bool]:
    """The password to set, and whether it was generated here (then it is printed). Read after
    the sign-in, so with both from stdin the sign-in password is the first line."""
    if args.new_password_stdin:
        return read_stdin_line("要设置的新密码"), False
    alphabet = string.ascii_letters + string.digits
    # Letters and digits plus one symbol: easy to read out, meets the password rules.
    return "".join(secrets.choice(alphabet) for _ in range(15)) + "#", True


def run_list(args) -> int:
    from ..services import auth as auth_service

    db = open_migrated(args)
    try:
        actor = sign_in_administrator(args, db, Permission.MANAGE_USERS)
        users = auth_service.list_users(db, actor)
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
    from ..services import auth as auth_service

    db = open_migrated(args)
    try:
        actor = sign_in_administrator(args, db, Permission.MANAGE_USERS)
        password, generated = _password(args)
        user = auth_service.create_user(
            db,
            actor,
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
    from ..services import auth as auth_service

    db = open_migrated(args)
    try:
        actor = sign_in_administrator(args, db, Permission.MANAGE_USERS)
        password, generated = _password(args)
        user = auth_service.find_user(db, args.username)
        auth_service.reset_password(db, actor, user.id, password, password)
    finally:
        db.dispose()
    print(f"已重置 {user.username} 的密码，并解除锁定。")
    if generated:
        print(f"临时密码：{password}（下次登录时须修改）")
    return 0


def run_recover(args) -> int:
    from ..services import auth as auth_service

    probe = connect(args)
    try:
        # Refused before anything is opened: no PostgreSQL migration, no new empty file.
        if not probe.is_sqlite or probe.path is None or not probe.path.is_file():
            where = "PostgreSQL" if not probe.is_sqlite else str(probe.path)
            raise CommandError(
                f"本机恢复只适用于本机已有的 SQLite 数据库文件（这里是 {where}）。"
                "PostgreSQL 数据库请由另一位管理员登录后重置密码"
                "（xinfang users reset-password 用户名 --user 管理员）。"
            )
    finally:
        probe.dispose()
    db = open_migrated(args)
    try:
        password, generated = _password(args)
        try:
            local_user = getpass.getuser()
        except (OSError, KeyError):
            local_user = "本机用户"
        try:
            user = auth_service.recover_administrator_password(
                db, args.username, password, password, local_user=local_user
            )
        except auth_service.LocalRecoveryRefusedError as refused:
            raise CommandError(str(refused), EXIT_BAD_INPUT) from None
    finally:
        db.dispose()
    print(f"已在本机恢复管理员 {user.username} 的密码，并解除锁定；此事已记入审计日志。")
    if generated:
        print(f"临时密码：{password}（登录时须修改）")
    return 0


def run_verify(args) -> int:
    from ..services import audit as audit_service

    db = open_migrated(args)
    try:
        actor = sign_in_administrator(args, db, Permission.VIEW_AUDIT)
        check = audit_service.verify_chain(db, actor)
    finally:
        db.dispose()
    print(check.summary)
    return 0 if check.intact else 1


def run_print(args) -> int:
    from ..reports.audit_extract import build_audit_extract_pdf
    from ..services import audit as audit_service
    from ..services.settings import get_unit_settings

    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    db = open_migrated(args)
    try:
        actor = sign_in_administrator(args, db, Permission.VIEW_AUDIT)
        extract = audit_service.audit_extract(
            db,
            actor,
            args.date_from,
            args.date_to,
            unit_name=get_unit_settings(db).unit_name,
        )
    finally:
        db.dispose()
    write_output(args.output, build_audit_extract_pdf(extract))
    print(f"已生成审计日志摘录：{args.output}（{len(extract.rows)} 条）")
    return 0
