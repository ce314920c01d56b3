"""xinfang rota generate | list | publish | today | pool | leave, print rota | duties,
export rota."""

from __future__ import annotations

from datetime import datetime

from .parsing import EXIT_STORAGE, output_path, parse_date, positive_int
from .session import CommandError, open_migrated, write_output


def add_parser(areas, common) -> None:
    rota = areas.add_parser("rota", help="值班表：生成、发布、今日值班、轮值名单、请假")
    verbs = rota.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True

    generate = verbs.add_parser(
        "generate",
        parents=[common],
        help="按轮值名单、节假日、请假和排班规则生成值班表（草稿），并打印公平性统计",
    )
    generate.add_argument(
        "--from", dest="date_from", type=parse_date, required=True, metavar="日期"
    )
    generate.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    generate.add_argument(
        "--name", help="值班表名称（默认：开始日期所在月份，如 2026年12月值班表）"
    )
    generate.add_argument("--seed", type=int, default=0, metavar="编号", help="排班方案编号")
    generate.add_argument("--dry-run", action="store_true", help="只试排并打印，不保存")
    generate.set_defaults(run=run_generate)

    listing = verbs.add_parser("list", parents=[common], help="列出值班表")
    listing.set_defaults(run=run_list)

    publish = verbs.add_parser("publish", parents=[common], help="发布值班表（保存为一个版本）")
    publish.add_argument("rota_id", type=positive_int, metavar="编号", help="list 的第一列")
    publish.set_defaults(run=run_publish)

    today = verbs.add_parser("today", parents=[common], help="今日带班领导和值班人员及电话")
    today.set_defaults(run=run_today)

    pool = verbs.add_parser("pool", parents=[common], help="设置某个值班角色的轮值名单")
    pool.add_argument("role", metavar="角色", help="角色名称或代码，如 带班领导 / leader")
    pool.add_argument("names", nargs="*", metavar="姓名", help="按轮值顺序列出；不给则显示现有名单")
    pool.set_defaults(run=run_pool)

    leave = verbs.add_parser("leave", parents=[common], help="登记请假或出差（这几天不排班）")
    leave.add_argument("--person", required=True, metavar="姓名")
    leave.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    leave.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    leave.add_argument("--reason", required=True, metavar="事由")
    leave.set_defaults(run=run_leave)


def add_print_forms(forms, common) -> None:
    """``xinfang print rota`` and ``xinfang print duties`` (called from form_commands)."""
    sheet = forms.add_parser(
        "rota", parents=[common], help="值班表：一个月（A4 横向一页）、一周或一份值班表"
    )
    _which_rota(sheet)
    sheet.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help="PDF 文件"
    )
    sheet.set_defaults(run=run_print_rota)
    duties = forms.add_parser("duties", parents=[common], help="某人的值班安排")
    duties.add_argument("--person", required=True, metavar="姓名")
    duties.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    duties.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    duties.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help="PDF 文件"
    )
    duties.set_defaults(run=run_print_duties)


def add_export_sheets(sheets, common) -> None:
    """``xinfang export rota`` (called from form_commands)."""
    sheet = sheets.add_parser("rota", parents=[common], help="值班表（.xlsx）")
    _which_rota(sheet)
    sheet.add_argument(
        "-o",
        "--output",
        type=output_path,
        required=True,
        metavar="文件",
        help="Excel 文件（.xlsx）",
    )
    sheet.set_defaults(run=run_export_rota)


def _which_rota(parser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--month", metavar="YYYY-MM", help="一个月，如 2026-12")
    group.add_argument("--week", type=parse_date, metavar="日期", help="这一天所在的一周")
    group.add_argument(
        "--rota", type=positive_int, metavar="编号", help="一份值班表（如节假日值班表）"
    )


def _actor():
    from ..services.context import Actor

    return Actor.from_os_user()


def _print_fairness(result) -> None:
    names = dict(result.roles)
    print("公平性统计（每人值班次数）：")
    print("  角色\t姓名\t合计\t工作日\t周末\t节假日\t夜班\t小时")
    for row in result.fairness:
        print(
            f"  {names.get(row.role_code, row.role_code)}\t{row.name}\t{row.total}\t"
            f"{row.workday}\t{row.weekend}\t{row.holiday}\t{row.nights}\t{row.hours}"
        )
    for code, spread in result.spread.items():
        print(f"  {names.get(code, code)}：最多与最少相差 {spread} 次")


def run_generate(args) -> int:
    from ..services import rota as rota_service

    name = args.name or f"{args.date_from.year}年{args.date_from.month}月值班表"
    db = open_migrated(args)
    try:
        result = rota_service.generate(
            db, _actor(), name, args.date_from, args.date_to, seed=args.seed, save=not args.dry_run
        )
    finally:
        db.dispose()
    generated = result.generated
    if generated.warning:
        print(f"注意：{generated.warning}")
    if result.rota is not None:
        print(f"已生成值班表“{result.rota.name}”（编号 {result.rota.id}，草稿）：", end="")
    else:
        print("试排（未保存）：", end="")
    print(f"{len(generated.slots)} 班，{len(generated.assignments)} 人次")
    if generated.gaps:
        print(f"有 {len(generated.gaps)} 个位置排不上人（人手不足或都在请假）：")
        names = dict(result.roles)
        for gap in generated.gaps[:20]:
            print(f"  {gap.slot.day} {gap.slot.pattern_name} {names.get(gap.role_code)}")
    _print_fairness(result)
    return 0


def run_list(args) -> int:
    from ..services import rota as rota_service

    db = open_migrated(args)
    try:
        rotas = rota_service.list_rotas(db)
    finally:
        db.dispose()
    if not rotas:
        print("还没有值班表。")
    for summary in rotas:
        state = f"已发布第{summary.published_number}版" if summary.published else "草稿"
        print(f"{summary.id}\t{summary.name}\t{summary.start} 至 {summary.end}\t{state}")
    return 0


def run_publish(args) -> int:
    from ..services import rota as rota_service

    db = open_migrated(args)
    try:
        detail = rota_service.get_rota(db, args.rota_id)
        summary = rota_service.publish(
            db, _actor(), args.rota_id, expected_version=detail.summary.version
        )
    finally:
        db.dispose()
    print(f"已发布“{summary.name}”第 {summary.published_number} 版")
    return 0


def run_today(args) -> int:
    from ..services import rota as rota_service

    db = open_migrated(args)
    try:
        duties = rota_service.on_duty(db, datetime.now())
    finally:
        db.dispose()
    if not duties:
        print("今日无值班安排。")
    for duty in duties:
        print(
            f"{duty.pattern_name} {duty.starts_at:%m-%d %H:%M}–{duty.ends_at:%m-%d %H:%M}\t"
            f"{duty.role_name}\t{duty.name}\t{duty.phone}"
        )
    return 0


def _person_ids(db, names: list[str]) -> list[int]:
    from ..services.people import list_people

    people = list_people(db)
    ids = []
    for name in names:
        found = [p for p in people if p.name == name]
        if not found:
            raise CommandError(f"没有在岗的“{name}”，请先在“设置 → 人员”中添加")
        if len(found) > 1:
            raise CommandError(f"有 {len(found)} 位在岗的“{name}”，请在窗口程序中选择")
        ids.append(found[0].id)
    return ids


def run_pool(args) -> int:
    from ..services import rota as rota_service
    from ..services.people import list_people

    db = open_migrated(args)
    try:
        settings = rota_service.get_rota_settings(db)
        role = next((r for r in settings.roles if args.role in (r.code, r.name)), None)
        if role is None:
            known = "、".join(r.name for r in settings.roles)
            raise CommandError(f"没有“{args.role}”这个值班角色（现有：{known}）")
        pools = dict(rota_service.get_pools(db))
        if args.names:
            pools[role.code] = tuple(_person_ids(db, args.names))
            pools = rota_service.save_pools(db, _actor(), pools)
        people = {p.id: p for p in list_people(db, include_left=True)}
    finally:
        db.dispose()
    members = [people[i].name for i in pools.get(role.code, ()) if i in people]
    print(f"{role.name}轮值名单（{len(members)} 人）：{'、'.join(members) or '（空）'}")
    return 0


def run_leave(args) -> int:
    from ..domain.rota import Unavailability  # the rota rules: only for rota commands
    from ..services import rota as rota_service

    db = open_migrated(args)
    try:
        (person_id,) = _person_ids(db, [args.person])
        record = rota_service.add_unavailability(
            db,
            _actor(),
            Unavailability(person_id, args.date_from, args.date_to, args.reason),
        )
    finally:
        db.dispose()
    print(f"已登记：{record.person_name} {record.start} 至 {record.end} {record.reason}")
    return 0


def _sheet(db, args, purpose: str):
    """The sheet asked for; ``purpose`` ("print" or "export") is what the audit log records."""
    from ..services import rota_print
    from ..services.context import Actor

    actor = Actor.from_os_user()
    if args.month:
        first, _ = rota_print.parse_month(args.month)
        return rota_print.month_sheet(db, actor, first, purpose=purpose)
    if args.week:
        return rota_print.week_sheet(db, actor, args.week, purpose=purpose)
    return rota_print.rota_sheet(db, actor, args.rota, purpose=purpose)


def run_print_rota(args) -> int:
    from ..reports.rota_schedule import build_rota_pdf

    db = open_migrated(args)
    try:
        sheet = _sheet(db, args, "print")
    finally:
        db.dispose()
    write_output(args.output, build_rota_pdf(sheet))
    print(f"已生成{sheet.title}（{len(sheet.rows)} 天）：{args.output}")
    return 0


def run_print_duties(args) -> int:
    from ..reports.rota_schedule import build_person_duties_pdf
    from ..services import rota_print
    from ..services.context import Actor

    db = open_migrated(args)
    try:
        (person_id,) = _person_ids(db, [args.person])
        sheet = rota_print.person_sheet(
            db, Actor.from_os_user(), person_id, args.date_from, args.date_to
        )
    finally:
        db.dispose()
    write_output(args.output, build_person_duties_pdf(sheet))
    print(f"已生成{sheet.name}的值班安排（{len(sheet.rows)} 班）：{args.output}")
    return 0


def run_export_rota(args) -> int:
    from ..reports.rota_schedule import write_rota_xlsx

    db = open_migrated(args)
    try:
        sheet = _sheet(db, args, "export")
    finally:
        db.dispose()
    try:
        write_rota_xlsx(sheet, args.output)
    except OSError as exc:
        raise CommandError(
            f"无法写入文件 {args.output}：{exc.strerror or exc}", EXIT_STORAGE
        ) from exc
    print(f"已导出{sheet.title}（{len(sheet.rows)} 天）：{args.output}")
    return 0
