"""xinfang export work-summary --year 2026 -o 总结.docx | print work-summary … -o 总结.pdf

The year-end 信访稳定工作总结 draft: every figure from the records (the same as `xinfang stats`
for the year), the parts only the principal can write left as 【…】 prompts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..services.context import Actor
from .session import CommandError, open_migrated, write_output

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _arguments(parser, output_help: str) -> None:
    parser.add_argument("--year", type=int, required=True, metavar="年份")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="文件", help=output_help
    )


def add_export_sheets(sheets, common) -> None:
    export = sheets.add_parser(
        "work-summary",
        parents=[common],
        help="年度信访稳定工作总结（自查报告）草稿（.docx，可在 Word/WPS 中修改）",
    )
    _arguments(export, "Word 文件（.docx）")
    export.set_defaults(run=run_work_summary, purpose="export")


def add_print_forms(forms, common) -> None:
    printing = forms.add_parser(
        "work-summary", parents=[common], help="年度信访稳定工作总结草稿（PDF）"
    )
    _arguments(printing, "PDF 文件")
    printing.set_defaults(run=run_work_summary, purpose="print")


def run_work_summary(args) -> int:
    from ..reports.work_summary import build_work_summary_docx, build_work_summary_pdf
    from ..services.work_summary import work_summary_document

    if not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise CommandError(f"年份应在 {FIRST_YEAR} 至 {LAST_YEAR} 之间")
    today = date.today()
    if args.year > today.year:
        raise CommandError(f"{args.year}年还没有开始，无法生成总结")
    db = open_migrated(args)
    try:
        draft = work_summary_document(
            db, Actor.from_os_user(), args.year, today, purpose=args.purpose
        )
    finally:
        db.dispose()
    build = build_work_summary_pdf if args.purpose == "print" else build_work_summary_docx
    write_output(args.output, build(draft))
    print(f"已生成{args.year}年信访稳定工作总结草稿：{args.output}")
    return 0
