"""xinfang db upgrade | check | backup [DEST] | restore SRC"""

from __future__ import annotations

from pathlib import Path

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
    upgrade.set_defaults(run=run_upgrade)

    check = verbs.add_parser(
        "check", parents=[common], help="检查数据库文件是否损坏（PRAGMA quick_check）"
    )
    check.set_defaults(run=run_check)

    backup = verbs.add_parser("backup", parents=[common], help="备份数据库")
    backup.add_argument(
        "destination",
        nargs="?",
        metavar="目标",
        type=Path,
        help="备份文件或文件夹（如 U 盘）；不写则存到数据库旁的 backups 文件夹",
    )
    backup.set_defaults(run=run_backup)

    restore = verbs.add_parser(
        "restore", parents=[common], help="从备份恢复；当前数据库文件另存一份，不会丢"
    )
    restore.add_argument("source", metavar="备份文件", type=Path)
    add_sign_in_arguments(restore)
    restore.set_defaults(run=run_restore)


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
    opened = open_database(url, backups)
    opened.db.dispose()
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
    from ..services.database import check_database

    db = connect(args)
    _require_existing_file(db)
    try:
        if not db.is_sqlite:
            db.ping()  # PostgreSQL checks its own pages; what can fail here is reaching it
        problems = check_database(db)
    finally:
        db.dispose()
    if not problems:
        print("数据库检查通过，没有发现损坏。")
        return 0
    print("数据库文件已损坏：", flush=True)
    for problem in problems[:20]:
        print(f"  {problem}")
    print("请用 xinfang db restore 备份文件 从最近的备份恢复。")
    return EXIT_STORAGE


def run_backup(args) -> int:
    from ..services.database import backup_now

    db = connect(args)
    _require_existing_file(db)
    try:
        target = backup_now(db, args.destination, backup_dir_for(db))
    finally:
        db.dispose()
    print(f"已备份到：{target}")
    return 0


def run_restore(args) -> int:
    from ..services.database import restore_from

    source: Path = args.source
    if not source.is_file():
        raise CommandError(f"找不到备份文件：{source}")
    db = connect(args)
    try:
        # An administrator of the current database signs in first (its lock-out and audit).
        sign_in_for_restore(args, db)
        kept_aside = restore_from(db, source)
    finally:
        db.dispose()
    print(f"已从备份恢复：{source}")
    if kept_aside is not None:
        print(f"恢复前的数据库文件已另存为：{kept_aside}")
    return 0
