"""xinfang print minutes --date 日期 | --quarter 2026Q4 [--include-unsigned] | --from --to
-o 文件.pdf"""

from __future__ import annotations

from ..db.errors import NotFoundError
from .parsing import output_path, parse_date
from .session import (
    CommandError,
    add_quarter_or_span,
    open_migrated,
    quarter_or_span,
    write_output,
)


def add_print_forms(forms, common) -> None:
    minutes = forms.add_parser(
        "minutes",
        parents=[common],
        help="信访工作领导小组例会记录（PDF：一次例会，或一个季度/时期的汇编）",
    )
    which = add_quarter_or_span(minutes)
    which.add_argument("--date", type=parse_date, metavar="日期", help="例会日期（一次例会）")
    minutes.add_argument(
        "--include-unsigned",
        action="store_true",
        help="汇编也收入未审签的记录（草稿每页标“草稿”）；默认只收已审签的记录",
    )
    minutes.add_argument("-o", "--output", type=output_path, required=True, metavar="文件")
    minutes.set_defaults(run=run_print_minutes)


def run_print_minutes(args) -> int:
    from ..services import meeting_printing
    from ..services.context import Actor

    if args.date is not None and args.date_to is not None:
        raise CommandError("--to 只与 --from 一起使用")
    if args.date is not None and args.include_unsigned:
        raise CommandError("--include-unsigned 只用于汇编（--quarter 或 --from/--to）")
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
            start, end = quarter_or_span(args)
            pdf, count = meeting_printing.period_minutes_pdf(
                db, actor, start, end, include_unsigned=args.include_unsigned
            )
            kind = "" if args.include_unsigned else "已审签的"
            summary = f"已生成例会记录汇编（{kind}{count} 次例会）：{args.output}"
    finally:
        db.dispose()
    write_output(args.output, pdf)
    print(summary)
    return 0
