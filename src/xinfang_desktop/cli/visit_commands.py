"""xinfang visits add | list"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import asdict
from datetime import datetime
from itertools import islice
from pathlib import Path

from ..domain.search import VisitQuery
from ..domain.visits import VisitDraft
from .parsing import EXIT_BAD_INPUT, non_negative_int, parse_date, parse_datetime
from .session import CommandError, open_migrated

_FETCH_BATCH = 500
_COLUMNS = (
    ("id", "序号"),
    ("arrived_at", "来访时间"),
    ("left_at", "离开时间"),
    ("name", "姓名"),
    ("gender", "性别"),
    ("phone", "联系电话"),
    ("id_number", "身份证号"),
    ("people_count", "人数"),
    ("unit_address", "单位/住址"),
    ("reason", "来访事由"),
    ("category", "类别"),
    ("host", "接待对象"),
    ("receptionist", "登记人"),
    ("vehicle_plate", "车牌号"),
    ("outcome", "处理结果"),
    ("remarks", "备注"),
    ("voided", "已作废"),
    ("void_reason", "作废原因"),
)
_TABLE_COLUMNS = (
    ("id", "序号", 7),
    ("arrived_at", "来访时间", 16),
    ("left_at", "离开", 5),
    ("name", "姓名", 8),
    ("people_count", "人数", 4),
    ("phone", "联系电话", 13),
    ("id_number", "身份证号", 18),
    ("category", "类别", 10),
    ("host", "接待对象", 10),
    ("reason", "来访事由", 30),
)


def add_parser(areas, common) -> None:
    parser = areas.add_parser("visits", help="来访登记：登记、列表", description="来访登记")
    verbs = parser.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True

    add = verbs.add_parser("add", parents=[common], help="登记一次来访，输出来访编号")
    add.add_argument("--name", default="", help="姓名（必填）")
    add.add_argument("--reason", default="", help="来访事由（必填）")
    add.add_argument("--phone", default="", help="联系电话")
    add.add_argument("--id-number", default="", help="身份证号（18 位）")
    add.add_argument("--gender", default="", help="性别：男 或 女")
    add.add_argument("--people", type=int, default=1, metavar="N", help="人数（默认 1）")
    add.add_argument("--unit", default="", help="单位/住址")
    add.add_argument("--category", default="", help="来访类别")
    add.add_argument("--host", default="", help="接待部门或人员")
    add.add_argument("--receptionist", default="", help="登记人（门卫）")
    add.add_argument("--plate", default="", help="车牌号，如 鲁D12345")
    add.add_argument(
        "--time",
        type=parse_datetime,
        metavar="时间",
        help="来访时间，如 “2026-11-22 09:30”（默认现在）",
    )
    add.set_defaults(run=run_add)

    listing = verbs.add_parser(
        "list",
        parents=[common],
        help="列出来访登记（从新到旧；身份证号打码）",
        description="列出来访登记，按来访时间从新到旧；身份证号只显示前四位和后四位。",
    )
    listing.add_argument("--date", type=parse_date, metavar="日期", help="某一天，如 2026-11-22")
    listing.add_argument(
        "--from", dest="date_from", type=parse_date, metavar="日期", help="开始日期"
    )
    listing.add_argument("--to", dest="date_to", type=parse_date, metavar="日期", help="结束日期")
    listing.add_argument(
        "--search", default="", metavar="文字", help="姓名、拼音首字母、电话、事由…"
    )
    listing.add_argument("--category", default=None, help="只列这一类别")
    listing.add_argument("--include-voided", action="store_true", help="也列出已作废的登记")
    listing.add_argument(
        "--limit", type=non_negative_int, default=0, metavar="N", help="最多列出 N 条（默认全部）"
    )
    listing.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="输出格式（默认 table）"
    )
    listing.set_defaults(run=run_list)


def run_add(args) -> int:
    from ..services.context import Actor
    from ..services.visits import previous_visit_count, register_visit
    from ..services.watchlist import match_watch_list

    now = datetime.now()
    draft = VisitDraft(
        arrived_at=args.time or now,
        name=args.name,
        reason=args.reason,
        gender=args.gender,
        phone=args.phone,
        id_number=args.id_number,
        people_count=args.people,
        unit_address=args.unit,
        category=args.category,
        host=args.host,
        receptionist=args.receptionist,
        vehicle_plate=args.plate,
    )
    db = open_migrated(args)
    try:
        record = register_visit(db, Actor.from_os_user(), draft, now=now)
        saved = record.draft
        earlier = previous_visit_count(
            db,
            name=saved.name,
            phone=saved.phone,
            id_number=saved.id_number,
            before=saved.arrived_at,
        )
        watched = match_watch_list(
            db, name=saved.name, phone=saved.phone, id_number=saved.id_number
        )
    finally:
        db.dispose()
    print(f"已登记，来访编号：{record.number}")
    if earlier:
        print(f"重访：此前来过 {earlier} 次。")
    for match in watched:
        print(f"注意：关注名单（按{match.matched_on}匹配）：{match.entry.reason}", file=sys.stderr)
    return 0


def _query(args) -> VisitQuery:
    if args.date and (args.date_from or args.date_to):
        raise CommandError("--date 不能与 --from/--to 同时使用")
    date_from = args.date or args.date_from
    date_to = args.date or args.date_to
    if date_from and date_to and date_to < date_from:
        raise CommandError("结束日期不能早于开始日期")
    return VisitQuery(
        text=args.search,
        date_from=date_from,
        date_to=date_to,
        category=args.category,
        include_voided=args.include_voided,
    )


def _describe(query: VisitQuery) -> str:
    # What was listed, but not the search text: that may be a name or a phone number.
    dated = query.date_from or query.date_to
    parts = [
        f"{query.date_from or ''}至{query.date_to or ''}" if dated else "",
        f"类别 {query.category}" if query.category else "",
        "含查询条件" if query.text else "",
    ]
    return " ".join(part for part in parts if part)


def _rows(db, query: VisitQuery, limit: int):
    from ..services.context import Actor
    from ..services.visit_rows import fetch_visit_rows
    from ..services.visit_search import iter_visit_ids

    actor = Actor.from_os_user()
    ids = iter_visit_ids(db, actor, query)
    if limit:
        ids = islice(ids, limit)
    while True:
        batch = list(islice(ids, _FETCH_BATCH))
        if not batch:
            return
        yield from fetch_visit_rows(db, actor, batch)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) > width:
        while _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


def _print_table(rows, out) -> int:
    print("  ".join(_fit(label, width) for _, label, width in _TABLE_COLUMNS).rstrip(), file=out)
    count = 0
    for row in rows:
        cells = []
        for name, _, width in _TABLE_COLUMNS:
            value = getattr(row, name)
            text = f"{value:%H:%M}" if name == "left_at" and value else _text(value)
            if name == "name" and row.voided:
                text += "(废)"
            cells.append(_fit(text, width))
        print("  ".join(cells).rstrip(), file=out)
        count += 1
    print(f"共 {count} 条", file=out)
    return count


def _print_csv(rows, out) -> None:
    from ..reports.workbook import SafeCsvWriter

    # With a BOM for Excel; a visitor's text never runs as a formula there.
    writer = SafeCsvWriter(out)
    writer.writerow([label for _, label in _COLUMNS])
    for row in rows:
        writer.writerow([_text(getattr(row, name)) for name, _ in _COLUMNS])


def _json_value(value: object) -> object:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value


def _print_json(rows, out) -> None:
    out.write("[")
    for index, row in enumerate(rows):
        item = {key: _json_value(value) for key, value in asdict(row).items()}
        out.write(("," if index else "") + "\n  " + json.dumps(item, ensure_ascii=False))
    out.write("\n]\n")


def run_list(args) -> int:
    from ..services.context import Actor
    from ..services.visit_rows import VisitRow

    query = _query(args)
    db = open_migrated(args)
    try:
        rows: list[VisitRow] | object = _rows(db, query, args.limit)
        if args.format in ("csv", "json"):
            # Personal data leaving the program as a file: on record before it is written.
            from ..services.audit import record_list_export

            detail = f"来访登记列表（{args.format.upper()}）{_describe(query)}"
            record_list_export(db, Actor.from_os_user(), "visit", detail)
        if args.format == "csv":
            _print_csv(rows, sys.stdout)
        elif args.format == "json":
            _print_json(rows, sys.stdout)
        else:
            _print_table(rows, sys.stdout)
    finally:
        db.dispose()
    return 0


def add_import_forms(kinds, common) -> None:
    from ..domain.visit_import import VISIT_FIELDS

    visits = kinds.add_parser(
        "visits", parents=[common], help="导入旧的来访登记表（.xlsx/.xls，全部正确才导入）"
    )
    visits.add_argument("file", type=Path, metavar="文件", help="Excel 文件（.xlsx 或 .xls）")
    visits.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="列名=字段",
        help="指定某列对应的字段（中文字段名），可多次使用，例如 --map 来意=来访事由；"
        "列名= 表示不导入该列。字段：" + "、".join(s.label for s in VISIT_FIELDS.values()),
    )
    visits.add_argument("--dry-run", action="store_true", help="只检查，列出每一处问题，不写入")
    visits.set_defaults(run=run_import_visits)


def run_import_visits(args) -> int:
    from ..services.context import Actor
    from ..services.visit_import import commit_visit_import, plan_visit_import_file, preview_rows
    from .case_commands import parse_map, report_plan

    if not args.file.is_file():
        raise CommandError(f"找不到文件：{args.file}")
    actor = Actor.from_os_user()
    plan = plan_visit_import_file(actor, args.file, parse_map(args.map))
    if not report_plan(plan):
        return EXIT_BAD_INPUT
    if args.dry_run:
        print("来访时间\t姓名\t电话\t身份证号\t人数\t来访事由")
        for row in preview_rows(actor, plan):
            print("\t".join(cell.replace("\n", " ") for cell in row))
        print(f"检查通过：{len(plan.drafts)} 行都可以导入（试运行，未写入）。")
        return 0
    db = open_migrated(args)
    try:
        count = commit_visit_import(db, actor, plan)
    finally:
        db.dispose()
    print(f"已导入 {count} 条来访登记。")
    return 0
