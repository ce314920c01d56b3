"""xinfang plan show|new|add|done|copy|print — the 年度信访工作计划 from the console."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..db.errors import NotFoundError
from ..domain.work_plan import CHECK_LABELS, CheckKind
from ..services.context import Actor
from .parsing import parse_date, positive_int
from .session import CommandError, open_migrated, write_output

_CHECK_HELP = "；".join(f"{kind.value} {label}" for kind, label in CHECK_LABELS.items())


def add_parser(areas, common) -> None:
    plan = areas.add_parser(
        "plan", help="工作计划：年度信访工作计划及落实情况检查", description="年度信访工作计划"
    )
    verbs = plan.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    show = verbs.add_parser("show", parents=[common], help="列出计划各项及落实情况")
    show.add_argument("--year", type=int, required=True, metavar="年份")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(run=run_show)
    new = verbs.add_parser("new", parents=[common], help="新建年度计划")
    new.add_argument("--year", type=int, required=True, metavar="年份")
    new.add_argument("--title", required=True, metavar="名称")
    new.set_defaults(run=run_new)
    add = verbs.add_parser("add", parents=[common], help="新增一项目标和措施")
    add.add_argument("--year", type=int, required=True, metavar="年份")
    add.add_argument("--goal", required=True, metavar="目标")
    add.add_argument("--measures", default="", metavar="措施")
    add.add_argument("--office", default="", metavar="责任部门")
    add.add_argument("--timing", default="", metavar="时间节点")
    add.add_argument(
        "--check", choices=[k.value for k in CheckKind], default=CheckKind.MANUAL.value,
        help=f"检查方式：{_CHECK_HELP}",
    )  # fmt: skip
    add.add_argument("--target", type=positive_int, metavar="数值", help="间隔天数或目标百分比")
    add.add_argument("--due", type=parse_date, metavar="日期", help="手动项目的完成期限")
    add.set_defaults(run=run_add)
    done = verbs.add_parser("done", parents=[common], help="勾选一项手动项目为已完成")
    done.add_argument("item_id", type=positive_int, metavar="项目序号")
    done.add_argument("--date", type=parse_date, metavar="日期")
    done.add_argument("--note", default="", metavar="说明")
    done.set_defaults(run=run_done)
    copy = verbs.add_parser("copy", parents=[common], help="把一年的计划复制到下一年")
    copy.add_argument("--from", dest="from_year", type=int, required=True, metavar="年份")
    copy.add_argument("--to", dest="to_year", type=int, required=True, metavar="年份")
    copy.set_defaults(run=run_copy)
    export = verbs.add_parser("export", parents=[common], help="导出计划及落实情况（.xlsx）")
    export.add_argument("--year", type=int, required=True, metavar="年份")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    export.set_defaults(run=run_export)
    printing = verbs.add_parser("print", parents=[common], help="打印计划及落实情况（PDF）")
    printing.add_argument("--year", type=int, required=True, metavar="年份")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    printing.set_defaults(run=run_print)


def _run(args, action):
    year = getattr(args, "year", None)
    if year is not None and not 2000 <= year <= 2100:
        raise CommandError("年份应在 2000 至 2100 之间")
    db = open_migrated(args)
    try:
        return action(db, Actor.from_os_user())
    except NotFoundError:
        raise CommandError("找不到这一项，请用 plan show 查看项目序号") from None
    finally:
        db.dispose()


def run_show(args) -> int:
    from ..services.work_plan import get_plan, plan_progress

    def load(db, actor):
        return get_plan(db, actor, args.year), plan_progress(db, actor, args.year, date.today())

    plan, progress = _run(args, load)
    if plan is None:
        raise CommandError(
            f"{args.year}年还没有工作计划（用 plan new 新建，或 plan copy 复制上年的）"
        )
    if args.format == "json":
        rows = [
            {
                "id": p.item.id, "goal": p.item.draft.goal, "leader": p.item.leader_name,
                "office": p.item.draft.office, "timing": p.item.draft.timing,
                "check": p.item.draft.check.value, "status": p.result.status,
                "evidence": p.result.evidence,
            }
            for p in progress
        ]  # fmt: skip
        print(json.dumps({"title": plan.title, "items": rows}, ensure_ascii=False, indent=1))
        return 0
    print(plan.title)
    for p in progress:
        print(f"{p.item.id}\t{p.result.status_label}\t{p.item.draft.goal}\t{p.result.evidence}")
    if not progress:
        print("（计划中还没有项目）")
    return 0


def run_new(args) -> int:
    from ..services.work_plan import create_plan

    _run(args, lambda db, actor: create_plan(db, actor, args.year, args.title))
    print(f"已新建{args.year}年工作计划。")
    return 0


def run_add(args) -> int:
    from ..services.work_plan import PlanItemDraft, add_item

    draft = PlanItemDraft(
        goal=args.goal,
        measures=args.measures,
        office=args.office,
        timing=args.timing,
        check=CheckKind(args.check),
        target=args.target,
        due_on=args.due,
    )
    try:
        plan = _run(args, lambda db, actor: add_item(db, actor, args.year, draft))
    except CommandError:
        raise CommandError(f"{args.year}年还没有工作计划（用 plan new 新建）") from None
    print(f"已新增第 {len(plan.items)} 项，项目序号 {plan.items[-1].id}。")
    return 0


def run_done(args) -> int:
    from ..services.work_plan import mark_done

    day = args.date or date.today()
    _run(args, lambda db, actor: mark_done(db, actor, args.item_id, day, args.note))
    print(f"项目 {args.item_id} 已完成。")
    return 0


def run_copy(args) -> int:
    from ..services.work_plan import copy_plan

    plan = _run(args, lambda db, actor: copy_plan(db, actor, args.from_year, args.to_year))
    print(f"已把{args.from_year}年的 {len(plan.items)} 项复制为{args.to_year}年工作计划。")
    return 0


def run_print(args) -> int:
    from ..reports.year_work_forms import build_plan_pdf
    from ..services.work_plan import plan_document

    today = date.today()
    sheet, unit = _run(args, lambda db, actor: plan_document(db, actor, args.year, today))
    write_output(args.output, build_plan_pdf(sheet, unit, today))
    print(f"已生成工作计划及落实情况：{args.output}")
    return 0


def run_export(args) -> int:
    from ..reports.year_work_forms import write_plan_xlsx
    from ..services.work_plan import plan_document

    today = date.today()
    sheet, unit = _run(
        args, lambda db, actor: plan_document(db, actor, args.year, today, purpose="export")
    )
    try:
        write_plan_xlsx(sheet, unit, args.output)
    except OSError as error:
        raise CommandError(f"无法写入文件 {args.output}：{error.strerror or error}") from None
    print(f"已导出工作计划及落实情况：{args.output}")
    return 0
