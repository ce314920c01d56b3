"""What every command needs: the database the window would open, errors, output."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from .. import config
from ..db.engine import Database
from ..domain.auth import USER_FIELD_LABELS
from ..domain.errors import ValidationError
from ..domain.meetings import parse_quarter
from ..domain.visits import FIELD_LABELS
from ..services.database import open_database
from .parsing import EXIT_BAD_INPUT, EXIT_STORAGE, parse_date

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
}


class CommandError(Exception):
    """A problem with what the user asked for, told in Chinese."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.exit_code = exit_code


def database_url(args) -> str:
    return config.resolve_db_url(args.db, config.app_paths())


def backup_dir_for(db: Database) -> Path:
    from ..services.backups import default_backup_dir

    return default_backup_dir(db)


def connect(args) -> Database:
    """The database without migrating it: for check, backup and restore."""
    return Database(database_url(args))


def open_migrated(args) -> Database:
    """The database as the window opens it: migrated to this program's schema."""
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
        raise CommandError(f"无法写入文件 {path}：{exc.strerror or exc}", EXIT_STORAGE) from exc


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
