"""`xinfang`: the services of the window, from a console, for batch work and scripts.

Exit codes: 0 done, 1 a storage problem or an internal error (the message says what to do),
2 bad input or usage. Never prompts when given everything it needs; the administrative commands
ask for a password only on a terminal.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from itertools import pairwise

from .. import __version__, config
from ..db.errors import StorageError
from ..domain.auth import PermissionDeniedError
from ..domain.errors import ValidationError
from .parsing import EXIT_BAD_INPUT, EXIT_STORAGE, ChineseArgumentParser
from .session import CommandError, print_validation_error

log = logging.getLogger("xinfang.cli")

DESCRIPTION = """信访台账命令行：与窗口程序使用同一个数据库和同样的业务规则。

示例：
  xinfang visits add --name 张三 --phone 13800138000 --reason 咨询招生
  xinfang visits list --date 2026-11-22
  xinfang print visit-register --from 2026-11-01 --to 2026-11-30 -o 来访登记表.pdf
  xinfang db backup D:\\备份

退出码：0 成功；1 数据库或磁盘问题；2 输入有误。"""


# The module that adds each area's commands, in the order `xinfang --help` lists them. A
# command builds only its own area's parser, so it imports only that area's module (and what
# that module imports): `xinfang visits list` never loads the printing or statistics code.
AREA_MODULES = {
    "db": "database_commands",
    "demo": "demo_command",
    "visits": "visit_commands",
    "rota": "rota_commands",
    "cases": "case_commands",
    "print": "form_commands",
    "export": "form_commands",
    "import": "form_commands",
    "users": "user_commands",
    "audit": "user_commands",
    "stats": "stats_commands",
    "leadership": "leadership_commands",
    "forums": "year_work_commands",
    "reports": "year_work_commands",
    "plan": "plan_commands",
}


# What a command writes to its -o file: every `print` a PDF, every `export` a workbook, but for
# the year-end summary, exported for editing in Word.
_WRITES = {"print": (".pdf", "PDF"), "export": (".xlsx", "Excel 工作簿")}
_WRITES_OF = {("export", "work-summary"): (".docx", "Word 文档")}


def output_problem(args) -> str | None:
    """Why the -o file's name does not fit what the command writes (an Excel workbook saved as
    x.txt opens as garbage, and nothing tells the user why), or None."""
    output = getattr(args, "output", None)
    if output is None:
        return None
    words = [w for w in (args.area, getattr(args, "verb", None), getattr(args, "form", None)) if w]
    kind = next((_WRITES_OF[pair] for pair in pairwise(words) if pair in _WRITES_OF), None)
    kind = kind or next((_WRITES[w] for w in words if w in _WRITES), None)
    if kind is None or output.suffix.lower() == kind[0]:
        return None
    suffix, name = kind
    return f"这个命令生成{name}，文件名应以 {suffix} 结尾，例如 {output.with_suffix(suffix).name}"


def named_area(argv: Sequence[str]) -> str | None:
    """The area a command line names (its first word that is not an option), if known. Help
    asked before the area is the program's own help, which lists every area; so does the error
    for a "--" there (argparse takes it for the area and names the choices)."""
    for word in argv:
        if word in ("-h", "--help", "--"):
            return None
        if not word.startswith("-"):
            return word if word in AREA_MODULES else None
    return None


def build_parser(area: str | None = None) -> argparse.ArgumentParser:
    """The parser of every area, or of ``area`` alone (the rest are not needed to run it)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help="数据库地址（默认与窗口程序相同：数据文件夹中的 SQLite 文件，"
        "或环境变量 XINFANG_DB_URL）。例如 postgresql+psycopg://用户:密码@服务器/库名",
    )
    parser = ChineseArgumentParser(prog="xinfang", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"xinfang {__version__}")
    areas = parser.add_subparsers(
        title="命令", dest="area", metavar="命令", parser_class=ChineseArgumentParser
    )
    areas.required = True
    wanted = [AREA_MODULES[area]] if area in AREA_MODULES else dict.fromkeys(AREA_MODULES.values())
    for name in wanted:
        module = importlib.import_module(f"{__package__}.{name}")
        adder = getattr(module, "add_parsers", None) or module.add_parser
        adder(areas, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(named_area(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or a usage error already printed in Chinese
        return int(stop.code or 0)
    problem = output_problem(args)
    if problem is not None:
        print(f"错误：{problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        config.check_data_dir(config.app_paths())
    except config.DataFolderError as problem:
        print(f"错误：{problem}", file=sys.stderr)
        return EXIT_STORAGE
    try:
        config.setup_logging(config.app_paths())
        return int(args.run(args) or 0)
    except ValidationError as error:
        print_validation_error(error)
        return EXIT_BAD_INPUT
    except CommandError as error:
        print(f"错误：{error}", file=sys.stderr)
        return error.exit_code
    except PermissionDeniedError as error:
        print(f"错误：{error.user_message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as error:
        log.warning("storage problem in %s: %s", args.area, type(error).__name__)
        print(f"错误：{error.user_message}", file=sys.stderr)
        return EXIT_STORAGE
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `xinfang cases list | head`): nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        # No input may end in a traceback. Where it happened goes to the log; the message
        # does not, as it can quote what was typed or stored (names, phones, ID numbers).
        _log_unexpected(args, error)
        print(
            f"错误：程序内部出错，命令没有完成（{type(error).__name__}）。"
            "出错位置已记入数据文件夹的 logs/xinfang.log，请交给维护人员。",
            file=sys.stderr,
        )
        return EXIT_STORAGE


def _log_unexpected(args, error: BaseException) -> None:
    frames = traceback.extract_tb(error.__traceback__)[-12:]
    where = " <- ".join(
        f"{os.path.basename(frame.filename)}:{frame.lineno} {frame.name}"
        for frame in reversed(frames)
    )
    command = " ".join(str(part) for part in (args.area, getattr(args, "verb", "")) if part)
    log.error("unexpected %s in `%s` at %s", type(error).__name__, command, where)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
