"""xinfang leadership members | overdue | pending-cases; the leadership area's print forms,
Excel export and import (people, groups)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..services import disputes, leadership, outreach, people_excel, screening
from ..services import leadership_printing as printing
from ..services.context import Actor
from .parsing import EXIT_STORAGE, parse_date, positive_int
from .session import CommandError, open_migrated, write_output


def add_parser(areas, common) -> None:
    area = areas.add_parser(
        "leadership", help="信访工作领导小组、包组摸排、矛盾纠纷", description="领导小组相关查询"
    )
    verbs = area.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    members = verbs.add_parser("members", parents=[common], help="列出领导小组成员（职务、分工）")
    members.add_argument("--on", type=parse_date, metavar="日期", help="哪一天的名单（默认今天）")
    members.set_defaults(run=run_members)
    terms = verbs.add_parser("terms", parents=[common], help="列出各届领导小组（届次号、成立决定）")
    terms.set_defaults(run=run_terms)
    overdue = verbs.add_parser(
        "overdue", parents=[common], help="逾期的矛盾纠纷、跟进事项和未按期摸排的组"
    )
    overdue.set_defaults(run=run_overdue)
    pending = verbs.add_parser("pending-cases", parents=[common], help="摸排发现中待转为信访事项的")
    pending.set_defaults(run=run_pending_cases)


def add_print_forms(forms, common) -> None:
    for name, help_text, run in (
        ("leadership-roster", "信访工作领导小组名单", run_print_roster),
        ("leadership-duties", "领导小组成员分工表", run_print_duties),
    ):
        form = forms.add_parser(name, parents=[common], help=help_text)
        _term_arguments(form)
        form.add_argument("--on", type=parse_date, metavar="日期", help="哪一天的名单（默认今天）")
        form.set_defaults(run=run)
    assignments = forms.add_parser(
        "screening-assignments", parents=[common], help="包组摸排责任分工表"
    )
    _term_arguments(assignments)
    assignments.set_defaults(run=run_print_assignments)
    ledger = forms.add_parser("dispute-ledger", parents=[common], help="矛盾纠纷排查化解台账")
    ledger.add_argument("--from", dest="date_from", type=parse_date, metavar="日期")
    ledger.add_argument("--to", dest="date_to", type=parse_date, metavar="日期")
    ledger.add_argument("--open", action="store_true", help="只打印未化解的")
    ledger.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    ledger.set_defaults(run=run_print_ledger)


def add_export_sheets(sheets, common) -> None:
    people = sheets.add_parser("people", parents=[common], help="教职工名册（.xlsx）")
    people.add_argument("--in-post-only", action="store_true", help="不含已离岗人员")
    people.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    people.set_defaults(run=run_export_people)
    groups = sheets.add_parser("groups", parents=[common], help="包组摸排组别（.xlsx）")
    groups.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    groups.set_defaults(run=run_export_groups)


def add_import_sheets(sheets, common) -> None:
    for name, help_text, run in (
        (
            "people",
            "导入教职工（列：姓名、职务、部门、联系电话、校级领导、备注）",
            run_import_people,
        ),
        ("groups", "导入包组摸排组别（列：组名、类别）", run_import_groups),
    ):
        sheet = sheets.add_parser(name, parents=[common], help=help_text)
        sheet.add_argument("file", type=Path, metavar="文件", help="Excel 文件（.xlsx）")
        sheet.add_argument("--dry-run", action="store_true", help="只检查并统计，不保存")
        sheet.set_defaults(run=run)


def _term_arguments(parser) -> None:
    parser.add_argument("--term", type=positive_int, metavar="届次号", help="默认为今天在任的一届")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="文件")


def _term_id(db, args) -> int:
    if args.term:
        if not any(t.id == args.term for t in leadership.list_terms(db)):
            raise CommandError(f"没有第 {args.term} 号届次（xinfang leadership terms 可列出届次）")
        return args.term
    term = leadership.term_on(db, date.today())
    if term is None:
        raise CommandError("今天没有在任的领导小组，请先在窗口中录入成立决定，或用 --term 指定")
    return term.id


def _with_db(args, work):
    db = open_migrated(args)
    try:
        return work(db)
    finally:
        db.dispose()


def run_members(args) -> int:
    day = args.on or date.today()
    members = _with_db(args, lambda db: leadership.current_members(db, on=day))
    if not members:
        print(f"{day.isoformat()} 没有在任的领导小组成员")
        return 0
    for m in members:
        duties = f"　分工：{m.duties}" if m.duties else ""
        print(f"{m.role_label}　{m.name}（{m.post}）{duties}")
    return 0


def run_terms(args) -> int:
    terms = _with_db(args, leadership.list_terms)
    if not terms:
        print("尚未成立领导小组")
    for term in terms:
        state = f"至 {term.ended_on}" if term.ended_on else "现任"
        print(f"{term.id}\t{term.label}\t{state}")
    return 0


def run_overdue(args) -> int:
    today = date.today()

    def collect(db):
        lines = [
            f"逾期纠纷：{d.matter}（时限 {d.deadline}，责任人 {d.responsible}）"
            for d in disputes.overdue_disputes(db, today)
        ]
        lines += [
            f"逾期跟进：{r.group_name} {r.screened_on} 摸排发现（{r.follow_up_owner}，期限 "
            f"{r.follow_up_due}）"
            for r in screening.overdue_follow_ups(db, today)
        ]
        lines += [
            f"逾期跟进：下访“{v.visited}”（{v.follow_up_owner}，期限 {v.follow_up_due}）"
            for v in outreach.overdue_outreach_follow_ups(db, today)
        ]
        term = leadership.term_on(db, today)
        if term is not None:
            lines += [
                f"未按期摸排：{s.group_name}（负责领导 {s.leader_name or '未指定'}，"
                f"应于 {s.due_by} 前）"
                for s in screening.screening_overview(db, term.id, today)
                if s.overdue
            ]
        return lines

    lines = _with_db(args, collect)
    print("\n".join(lines) if lines else "没有逾期事项")
    return 0


def run_pending_cases(args) -> int:
    rows = _with_db(args, screening.pending_case_requests)
    if not rows:
        print("没有待转为信访事项的摸排发现")
    for r in rows:
        print(
            f"{r.id}\t{r.screened_on}\t{r.group_name}\t{r.findings}\t申请人 {r.case_requested_by}"
        )
    return 0


def _print(args, build, label: str) -> int:
    pdf = _with_db(args, lambda db: printing.render(db, Actor.from_os_user(), build(db)))
    write_output(args.output, pdf)
    print(f"已生成{label}：{args.output}")
    return 0


def run_print_roster(args) -> int:
    # Without --on the service takes today, or a past term's last day.
    return _print(
        args, lambda db: printing.roster_form(db, _term_id(db, args), args.on), "领导小组名单"
    )


def run_print_duties(args) -> int:
    return _print(
        args, lambda db: printing.duties_form(db, _term_id(db, args), args.on), "领导小组分工表"
    )


def run_print_assignments(args) -> int:
    return _print(
        args, lambda db: printing.assignment_form(db, _term_id(db, args)), "包组摸排责任分工表"
    )


def run_print_ledger(args) -> int:
    return _print(
        args,
        lambda db: printing.dispute_ledger_form(
            db,
            Actor.from_os_user(),
            today=date.today(),
            open_only=args.open,
            date_from=args.date_from,
            date_to=args.date_to,
        ),
        "矛盾纠纷排查化解台账",
    )


def _export(args, work, label: str) -> int:
    try:
        count = _with_db(args, work)
    except OSError as exc:
        raise CommandError(
            f"无法写入文件 {args.output}：{exc.strerror or exc}", EXIT_STORAGE
        ) from exc
    print(f"已导出{label}（{count} 条）：{args.output}")
    return 0


def run_export_people(args) -> int:
    return _export(
        args,
        lambda db: people_excel.export_people(
            db, Actor.from_os_user(), args.output, include_left=not args.in_post_only
        ),
        "教职工名册",
    )


def run_export_groups(args) -> int:
    return _export(
        args,
        lambda db: people_excel.export_groups(db, Actor.from_os_user(), args.output),
        "包组摸排组别",
    )


def _import(args, work, label: str) -> int:
    result = _with_db(args, work)
    verb = "检查通过，将" if result.dry_run else "已"
    print(f"{label}：{verb}新增 {result.added} 条，更新 {result.updated} 条")
    return 0


def run_import_people(args) -> int:
    from ..services.context import Actor

    actor = Actor.from_os_user()
    return _import(
        args,
        lambda db: people_excel.import_people(db, actor, args.file, dry_run=args.dry_run),
        "导入教职工",
    )


def run_import_groups(args) -> int:
    from ..services.context import Actor

    actor = Actor.from_os_user()
    return _import(
        args,
        lambda db: people_excel.import_groups(db, actor, args.file, dry_run=args.dry_run),
        "导入组别",
    )
