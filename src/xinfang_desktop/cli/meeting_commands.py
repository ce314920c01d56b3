"""xinfang print minutes --date 日期 | --quarter 2026Q4 | --from --to  -o 文件.pdf"""

from __future__ import annotations

from pathlib import Path

from ..db.errors import NotFoundError
from ..domain.meetings import parse_quarter
from ..services import meeting_printing
from ..services.context import Actor
from .parsing import parse_date
from .session import CommandError, open_migrated, write_output


def add_print_forms(forms, common) -> None:
    minutes = forms.add_parser(
        "minutes",
        parents=[common],
        help="信访工作领导小组例会记录（PDF：一次例会，或一个季度/时期的汇编）",
    )
    which = minutes.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", type=parse_date, metavar="日期", help="例会日期（一次例会）")
    which.add_argument("--quarter", metavar="季度", help="一个季度的全部例会，如 2026Q4")
    which.add_argument("--from", dest="date_from", type=parse_date, metavar="日期")
    minutes.add_argument("--to", dest="date_to", type=parse_date, metavar="日期")
    minutes.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    minutes.set_defaults(run=run_print_minutes)


def _period(args):
    if args.quarter:
        return parse_quarter(args.quarter)
    if args.date_to is None:
        raise CommandError("请同时给出 --to（汇编的结束日期）")
    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    return args.date_from, args.date_to


def run_print_minutes(args) -> int:
    if args.date is not None and args.date_to is not None:
        raise CommandError("--to 只与 --from 一起使用")
    db = open_migrated(args)
    actor = Actor.from_os_user()
    try:
        if args.date is not None:
            try:
                meeting_id = meeting_printing.meeting_held_on(db, actor, args.date)
            except NotFoundError:
                raise CommandError(f"{args.date.isoformat()} 没有例会记录") from None
            pdf = meeting_printing.minutes_pdf(db, actor, meeting_id)
            summary = f"已生成 {args.date.isoformat()} 例会记录：{args.output}"
        else:
            start, end = _period(args)
            pdf, count = meeting_printing.period_minutes_pdf(db, actor, start, end)
            summary = f"已生成例会记录汇编（{count} 次例会）：{args.output}"
    finally:
        db.dispose()
    write_output(args.output, pdf)
    print(summary)
    return 0
