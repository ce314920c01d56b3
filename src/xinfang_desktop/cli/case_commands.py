"""xinfang cases list | import cases | export cases | print case-ledger | print case-notice"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from ..domain.auth import Role
from ..domain.case_notices import CLI_NAMES
from ..services.context import Actor
from .parsing import EXIT_BAD_INPUT, EXIT_STORAGE, output_path, parse_date
from .session import CommandError, open_migrated, write_output

log = logging.getLogger("xinfang.cli")

_ATTENTION = {"overdue": "overdue", "due-soon": "due_soon", "not-notified": "not_notified"}


def add_parser(areas, common) -> None:
    parser = areas.add_parser("cases", help="信访事项：列表", description="信访事项")
    verbs = parser.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    listing = verbs.add_parser("list", parents=[common], help="列出信访事项（制表符分隔）")
    listing.add_argument("--attention", choices=sorted(_ATTENTION), help="只列逾期/即将到期/未告知")
    listing.add_argument("--open", action="store_true", help="只列办理中的")
    listing.add_argument("--from", dest="date_from", type=parse_date, metavar="日期")
    listing.add_argument("--to", dest="date_to", type=parse_date, metavar="日期")
    listing.set_defaults(run=run_list)


def add_import_forms(kinds, common) -> None:
    from ..domain.case_import import IMPORT_FIELDS

    cases = kinds.add_parser(
        "cases", parents=[common], help="导入已有的信访台账（.xlsx/.xls，全部正确才导入）"
    )
    cases.add_argument("file", type=Path, metavar="文件", help="Excel 文件（.xlsx 或 .xls）")
    cases.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="列名=字段",
        help="指定某列对应的字段（中文字段名），可多次使用，例如 --map 内容摘要=信访请求；"
        "列名= 表示不导入该列。字段：" + "、".join(s.label for s in IMPORT_FIELDS.values()),
    )
    cases.add_argument("--dry-run", action="store_true", help="只检查，列出每一处问题，不写入")
    cases.set_defaults(run=run_import)


def add_export_forms(sheets, common) -> None:
    cases = sheets.add_parser("cases", parents=[common], help="信访事项登记台账（.xlsx）")
    _period(cases, "Excel 文件（.xlsx）")
    cases.set_defaults(run=run_export)


def add_print_forms(forms, common) -> None:
    ledger = forms.add_parser("case-ledger", parents=[common], help="信访事项登记台账（PDF）")
    _period(ledger, "PDF 文件")
    ledger.set_defaults(run=run_print_ledger)
    notice = forms.add_parser("case-notice", parents=[common], help="一件信访事项的文书（PDF）")
    notice.add_argument("case", metavar="编号", help="信访事项编号（如 信访〔2026〕第012号）或序号")
    notice.add_argument(
        "--kind",
        required=True,
        choices=sorted(CLI_NAMES),
        help="acceptance 受理告知书 rejection 不予受理告知书 transfer 转送告知书 "
        "routing 转送/交办单 urging 督办单 extension 延期告知书 reply 信访处理意见书 "
        "review 复查意见书；第一次打印即印发并编文号，以后打印为副本",
    )
    notice.add_argument("--receipt", action="store_true", help="打印该文书的送达回证")
    notice.add_argument("--stub", action="store_true", help="打印存根（带经办人签字栏）")
    notice.add_argument("-o", "--output", type=output_path, required=True, metavar="文件")
    notice.set_defaults(run=run_print_notice)


def _period(parser, output_help: str) -> None:
    parser.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    parser.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    parser.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help=output_help
    )


def run_list(args) -> int:
    from ..reports.workbook import SafeCsvWriter
    from ..services.audit import record_list_export
    from ..services.cases import CaseFilter, fetch_case_rows, list_case_ids

    db = open_migrated(args)
    try:
        actor = Actor.from_os_user()
        ids = list_case_ids(
            db,
            actor,
            CaseFilter(
                attention=_ATTENTION.get(args.attention or "", ""),
                only_open=args.open,
                received_from=args.date_from,
                received_to=args.date_to,
                today=date.today(),
            ),
        )
        record_list_export(db, actor, "case", f"信访事项列表（TSV）{len(ids)} 件")
        # TSV for scripts and spreadsheets: text that looks like a formula is neutralised.
        writer = SafeCsvWriter(sys.stdout, delimiter="\t", bom=False)
        writer.writerow(["编号", "收到日期", "渠道", "信访人", "状态", "下一期限", "信访请求"])
        for start in range(0, len(ids), 500):
            for row in fetch_case_rows(db, actor, ids[start : start + 500]):
                due = f"{row.due_kind} {row.due_on}" if row.due_on else ""
                writer.writerow(
                    [
                        row.number,
                        row.received_on,
                        row.channel,
                        row.petitioner_names,
                        row.state.value,
                        due,
                        " ".join(row.request.split("\n")),
                    ]
                )
    finally:
        db.dispose()
    print(f"共 {len(ids)} 件", file=sys.stderr)
    return 0


def parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        header, sep, field = item.partition("=")
        if not sep or not header.strip():
            raise CommandError(f"--map 应写成 列名=字段，例如 内容摘要=信访请求（收到：{item}）")
        mapping[header.strip()] = field.strip()
    return mapping


def print_columns(columns: list[tuple[str, str]]) -> None:
    print("列对应：" + "，".join(f"{header}→{label}" for header, label in columns))
    unused = [header for header, label in columns if label == "不导入"]
    if unused:
        print("未导入的列：" + "、".join(unused))


def report_plan(plan) -> bool:
    """Prints an import plan's columns and every problem by row; True when it can be imported
    (one refusal: a plan with any problem imports nothing)."""
    print_columns(plan.columns())
    for problem in plan.problems:
        print(f"第 {problem.row} 行：{problem.message}", file=sys.stderr)
    if plan.ok:
        return True
    rows = len({p.row for p in plan.problems})
    print(
        f"有 {rows} 行不能导入，共 {len(plan.problems)} 处问题；没有导入任何一行。",
        file=sys.stderr,
    )
    return False


def run_import(args) -> int:
    from ..services.case_import import commit_import, plan_import_file

    if not args.file.is_file():
        raise CommandError(f"找不到文件：{args.file}")
    actor = Actor.from_os_user()
    plan = plan_import_file(actor, args.file, parse_map(args.map))
    if not report_plan(plan):
        return EXIT_BAD_INPUT
    figures = plan.summary()
    unknown = figures["closed_date_unknown"]
    print(
        f"共 {figures['cases']} 件，其中办结 {figures['closed']} 件"
        + (f"（办结日期不详 {unknown} 件）" if unknown else "")
        + f"，重信重访 {figures['repeats']} 件。"
    )
    if args.dry_run:
        print(f"检查通过：{len(plan.cases)} 行都可以导入（试运行，未写入）。")
        return 0
    db = open_migrated(args)
    try:
        count = commit_import(db, actor, plan)
    finally:
        db.dispose()
    print(f"已导入 {count} 件信访事项。")
    return 0


def _ledger(args, purpose: str):
    from ..services.case_printing import ledger_document

    db = open_migrated(args)
    try:
        return ledger_document(
            db, Actor.from_os_user(), args.date_from, args.date_to, purpose=purpose
        )
    finally:
        db.dispose()


def run_export(args) -> int:
    from ..reports.case_ledger import write_case_ledger_xlsx

    document = _ledger(args, "export")
    try:
        write_case_ledger_xlsx(document, args.output)
    except OSError as exc:
        raise CommandError(
            f"无法写入文件 {args.output}：{exc.strerror or exc}", EXIT_STORAGE
        ) from exc
    print(f"已导出信访事项登记台账（{len(document.rows)} 件）：{args.output}")
    return 0


def run_print_ledger(args) -> int:
    from ..reports.case_ledger import build_case_ledger_pdf

    document = _ledger(args, "print")
    write_output(args.output, build_case_ledger_pdf(document))
    print(f"已生成信访事项登记台账（{len(document.rows)} 件）：{args.output}")
    return 0


def run_print_notice(args) -> int:
    from ..reports.case_notices import build_case_notice_pdf, build_service_receipt_pdf
    from ..services.case_documents import issue_or_reprint
    from ..services.cases import find_case_id

    db = open_migrated(args)
    try:
        case_id = find_case_id(db, args.case)
        if case_id is None:
            raise CommandError(f"找不到信访事项：{args.case}")
        printable = issue_or_reprint(db, Actor.from_os_user(), case_id, CLI_NAMES[args.kind])
    finally:
        db.dispose()
    content = printable.content
    if args.receipt:
        write_output(args.output, build_service_receipt_pdf(content))
        print(f"已生成送达回证（{content.title} {content.number}）：{args.output}")
        return 0
    pdf = build_case_notice_pdf(content, reprinted_on=printable.reprinted_on, stub=args.stub)
    write_output(args.output, pdf)
    done = "已重印（副本）" if printable.reprinted_on else "已印发"
    print(f"{done}{content.title}（{content.number}）：{args.output}")
    return 0


def run_demo_cases(db, args) -> None:
    """The cases part of `xinfang demo --cases N` (the database is already open)."""
    from ..services.case_demo import generate_demo_cases

    def progress(done: int, total: int) -> None:
        print(f"已写入信访事项 {done:,}/{total:,} 件", flush=True)

    result = generate_demo_cases(
        db,
        Actor("演示数据", Role.ADMIN),
        args.cases,
        seed=args.seed,
        days=args.days,
        progress=progress,
    )
    print(
        f"完成：{result.cases:,} 件信访事项，{result.first_day} 至 {result.last_day}，"
        f"用时 {result.seconds:.1f} 秒。"
    )
