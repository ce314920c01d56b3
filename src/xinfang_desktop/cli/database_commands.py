"""xinfang db upgrade | check | backup [DEST] | restore SRC | backup-password

Backup and restore go through the same services as the window's 数据备份 page: the same
checks, the same audit entries, the same encryption outside the data folder.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from ..config import make_private_dir
from .parsing import EXIT_STORAGE
from .session import (
    CommandError,
    add_sign_in_arguments,
    backup_dir_for,
    connect,
    database_url,
    sign_in_for_restore,
)


def add_parser(areas, common) -> None:
    parser = areas.add_parser("db", help="数据库：升级、检查、备份、恢复", description="数据库维护")
    verbs = parser.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True

    upgrade = verbs.add_parser(
        "upgrade", parents=[common], help="把数据库升级到本程序的版本（升级前自动备份）"
    )
    upgrade.add_argument(
        "--new",
        action="store_true",
        help="数据库文件不存在而备份文件夹里有备份时，确认要新建一个空数据库",
    )
    upgrade.set_defaults(run=run_upgrade)

    check = verbs.add_parser(
        "check",
        parents=[common],
        help="全面检查数据库文件（integrity_check 和搜索索引检查），需要一些时间",
    )
    check.set_defaults(run=run_check)

    backup = verbs.add_parser(
        "backup", parents=[common], help="备份数据库（数据文件夹以外的备份会用备份密码加密）"
    )
    backup.add_argument(
        "destination",
        nargs="?",
        metavar="目标",
        type=Path,
        help="备份文件或文件夹（如 U 盘）；不写则存到数据库旁的 backups 文件夹",
    )
    backup.set_defaults(run=run_backup)

    restore = verbs.add_parser(
        "restore",
        parents=[common],
        help="从备份恢复；先检查备份，当前数据另存一份；其他窗口和命令须先关闭",
    )
    restore.add_argument("source", metavar="备份文件", type=Path)
    # --user signs in; with --password-stdin the first line of standard input is the sign-in
    # password and the second the backup password of an encrypted backup.
    add_sign_in_arguments(restore)
    restore.set_defaults(run=run_restore)

    password = verbs.add_parser(
        "backup-password",
        parents=[common],
        help="设置备份密码（U盘等数据文件夹以外的备份用它加密）",
    )
    _password_stdin(password, "从标准输入读取两行：密码和确认")
    password.set_defaults(run=run_backup_password)


def _password_stdin(parser, text: str) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=text)


def _actor(args):
    """Who does an administrative database action (the sign-in is added by the CLI's
    administrator check)."""
    from ..services.context import Actor

    return Actor.from_os_user()


def _read_secret(args, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CommandError("需要密码：请加 --password-stdin 并从标准输入提供。")
    return getpass.getpass(prompt)


def _require_existing_file(db) -> None:
    if db.path is not None and not db.path.is_file():
        db.dispose()
        raise CommandError(f"数据库文件不存在：{db.path}", EXIT_STORAGE)


def run_upgrade(args) -> int:
    from ..services.database import open_database

    url = database_url(args)
    probe = connect(args)
    backups = backup_dir_for(probe)
    probe.dispose()
    opened = open_database(url, backups, allow_new=args.new)
    opened.db.dispose()
    for notice in opened.notices:
        print(notice, file=sys.stderr)
    result = opened.migration
    if not result.changed:
        print(f"数据库已是最新版本（{result.to_revision}），无需升级。")
    elif result.from_revision is None:
        print(f"已建立新数据库（版本 {result.to_revision}）。")
    else:
        print(f"数据库已从版本 {result.from_revision} 升级到 {result.to_revision}。")
        if result.backup_path:
            print(f"升级前的备份：{result.backup_path}")
    return 0


def run_check(args) -> int:
    from ..services.database import full_check

    db = connect(args)
    _require_existing_file(db)
    try:
        if not db.is_sqlite:
            db.ping()  # PostgreSQL checks its own pages; what can fail here is reaching it
        problems = full_check(db)
        read_only = db.read_only_storage
    finally:
        db.dispose()
    if read_only:
        print("注意：数据库文件所在的位置是只读的，可以查看和备份，不能保存。")
    if not problems:
        print("数据库检查通过（完整性检查和搜索索引检查），没有发现损坏。")
        return 0
    print("数据库文件已损坏：", flush=True)
    for problem in problems[:20]:
        print(f"  {problem}")
    print("请用 xinfang db restore 备份文件 从最近的备份恢复。")
    return EXIT_STORAGE


def run_backup(args) -> int:
    from ..db.backup_crypto import is_encrypted
    from ..db.errors import StorageError
    from ..services import backups as backup_service

    db = connect(args)
    _require_existing_file(db)
    folder = backup_dir_for(db)
    try:
        destination = args.destination if args.destination is not None else folder
        if args.destination is None:
            make_private_dir(folder)
        target = backup_service.backup_to(db, _actor(args), destination)
    except StorageError as error:
        raise CommandError(
            backup_service.backup_failure_message(error, folder), EXIT_STORAGE
        ) from error
    finally:
        db.dispose()
    encrypted = " （已用备份密码加密）" if is_encrypted(target) else ""
    print(f"已备份到：{target}{encrypted}")
    return 0


def run_restore(args) -> int:
    from ..db.backup_crypto import is_encrypted
    from ..db.errors import BackupPasswordError
    from ..services import backups as backup_service

    source: Path = args.source.expanduser()
    if not source.is_file():
        raise CommandError(f"找不到备份文件：{source}")
    db = connect(args)
    try:
        # An administrator of the current database signs in first (its lock-out and audit).
        actor = sign_in_for_restore(args, db)
        password = _read_secret(args, "备份密码：") if is_encrypted(source) else None
        kept_aside = backup_service.restore(db, actor, source, password=password)
    except BackupPasswordError as error:
        raise CommandError(error.user_message, EXIT_STORAGE) from error
    finally:
        db.dispose()
    print(f"已从备份恢复：{source}")
    if kept_aside is not None:
        print(f"恢复前的数据已另存为：{kept_aside}")
    return 0


def run_backup_password(args) -> int:
    from ..services import backups as backup_service

    password = _read_secret(args, "新的备份密码：")
    confirmation = _read_secret(args, "再输入一次：")
    db = connect(args)
    _require_existing_file(db)
    try:
        backup_service.set_backup_password(db, _actor(args), password, confirmation)
    finally:
        db.dispose()
    print("备份密码已设置：以后备份到数据文件夹以外时会加密，恢复时需要输入它。请另行妥善保管。")
    return 0
