"""xinfang print visit-register | visitor-slip, xinfang export visit-register"""

from __future__ import annotations

from ..services.context import Actor
from . import (
    case_commands,
    leadership_commands,
    meeting_commands,
    rota_commands,
    stats_commands,
    visit_commands,
    work_summary_commands,
    year_work_commands,
)
from .parsing import EXIT_STORAGE, output_path, parse_date, positive_int
from .session import CommandError, open_migrated, write_output


def add_parsers(areas, common) -> None:
    printing = areas.add_parser(
        "print", help="打印表格（生成 PDF）", description="生成可打印的 PDF"
    )
    forms = printing.add_subparsers(title="表格", dest="form", metavar="表格")
    forms.required = True
    register = forms.add_parser(
        "visit-register", parents=[common], help="来访登记表（身份证号打码，不含已作废的登记）"
    )
    _period_arguments(register, "PDF 文件")
    register.set_defaults(run=run_print_register)
    slip = forms.add_parser("visitor-slip", parents=[common], help="一次来访的访客单")
    slip.add_argument(
        "visit_id", type=positive_int, metavar="序号", help="来访登记的序号（list 的第一列）"
    )
    slip.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help="PDF 文件"
    )
    slip.set_defaults(run=run_print_slip)
    leadership_commands.add_print_forms(forms, common)
    rota_commands.add_print_forms(forms, common)
    case_commands.add_print_forms(forms, common)
    stats_commands.add_print_forms(forms, common)
    meeting_commands.add_print_forms(forms, common)
    work_summary_commands.add_print_forms(forms, common)
    year_work_commands.add_print_review(forms, common)

    export = areas.add_parser("export", help="导出 Excel", description="导出为 Excel 工作簿")
    sheets = export.add_subparsers(title="表格", dest="form", metavar="表格")
    sheets.required = True
    register_xlsx = sheets.add_parser(
        "visit-register", parents=[common], help="来访登记表（.xlsx，身份证号打码）"
    )
    _period_arguments(register_xlsx, "Excel 文件（.xlsx）")
    register_xlsx.set_defaults(run=run_export_register)
    leadership_commands.add_export_sheets(sheets, common)
    rota_commands.add_export_sheets(sheets, common)
    case_commands.add_export_forms(sheets, common)
    stats_commands.add_export_sheets(sheets, common)
    work_summary_commands.add_export_sheets(sheets, common)

    importing = areas.add_parser("import", help="导入 Excel", description="从 Excel 工作簿导入")
    import_sheets = importing.add_subparsers(title="内容", dest="form", metavar="内容")
    import_sheets.required = True
    leadership_commands.add_import_sheets(import_sheets, common)
    case_commands.add_import_forms(import_sheets, common)
    visit_commands.add_import_forms(import_sheets, common)


def _period_arguments(parser, output_help: str) -> None:
    parser.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    parser.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    parser.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help=output_help
    )


def run_print_register(args) -> int:
    from ..reports.visit_register import build_visit_register_pdf
    from ..services.printing import visit_register_document

    db = open_migrated(args)
    try:
        document = visit_register_document(db, Actor.from_os_user(), args.date_from, args.date_to)
    finally:
        db.dispose()
    write_output(args.output, build_visit_register_pdf(document))
    print(f"已生成来访登记表（{len(document.rows)} 条）：{args.output}")
    return 0


def run_print_slip(args) -> int:
    from ..reports.visitor_slip import build_visitor_slip_pdf
    from ..services.printing import visitor_slip

    db = open_migrated(args)
    try:
        slip = visitor_slip(db, Actor.from_os_user(), args.visit_id)
    finally:
        db.dispose()
    write_output(args.output, build_visitor_slip_pdf(slip))
    print(f"已生成访客单（来访编号 {slip.visit_number}）：{args.output}")
    return 0


def run_export_register(args) -> int:
    from ..reports.visit_register import write_visit_register_xlsx
    from ..services.printing import visit_register_document

    db = open_migrated(args)
    try:
        document = visit_register_document(
            db, Actor.from_os_user(), args.date_from, args.date_to, purpose="export"
        )
    finally:
        db.dispose()
    try:
        write_visit_register_xlsx(document, args.output)
    except OSError as exc:
        raise CommandError(
            f"无法写入文件 {args.output}：{exc.strerror or exc}", EXIT_STORAGE
        ) from exc
    print(f"已导出来访登记表（{len(document.rows)} 条）：{args.output}")
    return 0
