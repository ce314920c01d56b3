"""argparse with Chinese help and messages, and the value types the commands share."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime
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


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期“{value}”不对，应写成 2026-11-22 这样的年-月-日"
        ) from None


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
        raise argparse.ArgumentTypeError(f"应为整数，而不是“{value}”") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{value}")
    return number


def positive_int(value: str) -> int:
    number = non_negative_int(value)
    if number == 0:
        raise argparse.ArgumentTypeError("应大于 0")
    return number
