"""argparse with Chinese help and messages, and the value types the commands share."""

from __future__ import annotations

import argparse
import errno
import os
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

EXIT_OK = 0
EXIT_STORAGE = 1
EXIT_BAD_INPUT = 2

# argparse's own messages are English source text; these are the ones a user meets.
_MESSAGES = [
    (re.compile(r"the following arguments are required: (.*)"), r"缺少必填参数：\1"),
    (re.compile(r"one of the arguments (.*) is required"), r"必须给出参数 \1 之一"),
    (re.compile(r"unrecognized arguments: (.*)"), r"无法识别的参数：\1"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), r"参数 \1 不能与 \2 同时使用"),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)"), r"无效的选项 \1（可选：\2）"),
    (re.compile(r"invalid int value: (.*)"), r"应为整数，而不是 \1"),
    (re.compile(r"expected one argument"), "需要一个值"),
    (re.compile(r"ambiguous option: (.*)"), r"选项有歧义：\1"),
    (re.compile(r"argument (\S+): "), r"参数 \1："),
]


def translate_message(message: str) -> str:
    for pattern, replacement in _MESSAGES:
        message = pattern.sub(replacement, message)
    return message


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法：")


class ChineseArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示这段帮助后退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}：错误：{translate_message(message)}\n")


# Dates a command takes: any register's, with room for a period's day after and year before.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2099, 12, 31)
# Counts, limits and ids: what both databases' integer columns hold.
LARGEST_NUMBER = 2**31 - 1


def parse_date(value: str) -> date:
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期“{value}”不对，应写成 2026-11-22 这样的年-月-日"
        ) from None
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"日期“{value}”超出范围：应在 {EARLIEST_DATE.year} 年到 {LATEST_DATE.year} 年之间"
        )
    return parsed


def parse_year(value: str) -> int:
    try:
        year = int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"年份“{value}”不对，应写成 2026 这样") from None
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise argparse.ArgumentTypeError(
            f"年份 {year} 超出范围：应在 {EARLIEST_DATE.year} 年到 {LATEST_DATE.year} 年之间"
        )
    return year


def parse_datetime(value: str) -> datetime:
    text = value.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"时间“{value}”不对，应写成 2026-11-22 09:30 这样")


def non_negative_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为整数，而不是“{value[:30]}”") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{value}")
    if number > LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(f"数值太大：最大为 {LARGEST_NUMBER}")
    return number


def positive_int(value: str) -> int:
    number = non_negative_int(value)
    if number == 0:
        raise argparse.ArgumentTypeError("应大于 0")
    return number


_OS_ERROR_MESSAGES = {
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.ENOSPC: "磁盘空间已满",
    errno.EISDIR: "这是一个文件夹，请给出文件名",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EINVAL: "文件名中有不允许的字符",
}


def describe_os_error(exc: OSError) -> str:
    """Why a file could not be written, in Chinese (the system's own text is often English)."""
    return _OS_ERROR_MESSAGES.get(exc.errno or 0) or exc.strerror or "无法写入"


def output_path(value: str) -> Path:
    """-o FILE: checked before any work starts, so a folder, a missing folder or a place that
    cannot hold files (/proc, a read-only disk) is told at once, not as a half-written export."""
    path = Path(value).expanduser()
    if not value.strip():
        raise argparse.ArgumentTypeError("请给出文件名")
    if path.is_dir():
        raise argparse.ArgumentTypeError(
            f"“{value}”是一个文件夹，请给出文件名，例如 {path / '导出.xlsx'}"
        )
    existed = path.exists()
    try:
        # Opening for append creates nothing new in an existing file and proves the place
        # takes writes; a file made only for the probe is removed again.
        with open(path, "ab"):
            pass
        if not existed:
            os.unlink(path)
    except OSError as exc:
        reason = describe_os_error(exc)
        if exc.errno == errno.ENOENT and path.parent.is_dir():
            reason = "这个位置不能建立文件"  # e.g. /proc: the folder is there, files are not
        raise argparse.ArgumentTypeError(f"无法写入“{value}”：{reason}") from None
    except ValueError:  # a NUL in the name
        raise argparse.ArgumentTypeError(f"文件名中有不允许的字符：{value!r}") from None
    return path
