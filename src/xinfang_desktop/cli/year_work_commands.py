"""xinfang forums list|add|done|print and xinfang reports list|add|update|print

座谈会 and 信息报送 from the console, through the same services as the window.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..db.errors import NotFoundError
from ..domain.dates import chinese_date
from ..domain.forums import FORUM_KINDS
from ..domain.info_reports import METHODS
from ..services.context import Actor
from .parsing import parse_date, parse_datetime, positive_int
from .session import CommandError, open_migrated, write_output


def add_parsers(areas, common) -> None:
    forums = areas.add_parser(
        "forums",
        help="座谈会：在职教师、退休教工、家长座谈会及意见落实",
        description="座谈会记录",
    )
    verbs = forums.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    listing = verbs.add_parser("list", parents=[common], help="列出座谈会（新的在前）")
    listing.add_argument("--from", dest="date_from", type=parse_date, metavar="日期")
    listing.add_argument("--to", dest="date_to", type=parse_date, metavar="日期")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run_forums_list)
    adding = verbs.add_parser("add", parents=[common], help="记录一次座谈会")
    adding.add_argument("--date", type=parse_date, required=True, metavar="日期")
    adding.add_argument("--kind", choices=FORUM_KINDS, required=True, help="座谈会类型")
    adding.add_argument("--place", required=True, metavar="地点")
    adding.add_argument("--host", required=True, metavar="主持人")
    adding.add_argument("--count", type=positive_int, required=True, metavar="人数")
    adding.add_argument("--attendees", default="", metavar="参加人员")
    adding.add_argument("--summary", default="", metavar="座谈情况")
    adding.add_argument(
        "--opinion", action="append", default=[], metavar="意见", help="一条意见（可多次给出）"
    )
    adding.set_defaults(run=run_forums_add)
    done = verbs.add_parser("done", parents=[common], help="一条意见已落实")
    done.add_argument("opinion_id", type=positive_int, metavar="意见序号")
    done.add_argument("--date", type=parse_date, default=None, metavar="日期")
    done.set_defaults(run=run_forums_done)
    printing = verbs.add_parser("print", parents=[common], help="打印座谈会记录（PDF）")
    printing.add_argument("forum_id", type=positive_int, metavar="序号")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    printing.set_defaults(run=run_forums_print)

    reports = areas.add_parser(
        "reports",
        help="信息报送：突发事件和重要信息的首报、续报、终报",
        description="信息报送",
    )
    verbs = reports.add_subparsers(title="操作", dest="verb", metavar="操作")
    verbs.required = True
    listing = verbs.add_parser("list", parents=[common], help="列出信息报送（新的在前）")
    listing.add_argument("--open", action="store_true", help="只列出尚未终报的")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run_reports_list)
    adding = verbs.add_parser("add", parents=[common], help="首报")
    adding.add_argument("--occurred", type=parse_datetime, required=True, metavar="发生时间")
    adding.add_argument("--reported", type=parse_datetime, required=True, metavar="报送时间")
    adding.add_argument("--to", dest="reported_to", required=True, metavar="报送对象")
    adding.add_argument("--method", choices=METHODS, required=True, help="报送方式")
    adding.add_argument("--reporter", required=True, metavar="报送人")
    adding.add_argument("--title", required=True, metavar="标题")
    adding.add_argument("--content", required=True, metavar="事件经过")
    adding.add_argument("--people", default="", metavar="涉及人员")
    adding.add_argument("--measures", default="", metavar="已采取的措施")
    adding.set_defaults(run=run_reports_add)
    update = verbs.add_parser("update", parents=[common], help="续报（--final 为终报）")
    update.add_argument("report_id", type=positive_int, metavar="序号")
    update.add_argument("--at", type=parse_datetime, required=True, metavar="续报时间")
    update.add_argument("--content", required=True, metavar="续报内容")
    update.add_argument("--final", action="store_true", help="终报：事件处置完毕")
    update.set_defaults(run=run_reports_update)
    printing = verbs.add_parser("print", parents=[common], help="打印信息报送单（PDF）")
    printing.add_argument("report_id", type=positive_int, metavar="序号")
    printing.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    printing.set_defaults(run=run_reports_print)


def _run(args, action):
    db = open_migrated(args)
    try:
        return action(db, Actor.from_os_user())
    except NotFoundError:
        raise CommandError("找不到这条记录，请用 list 查看序号") from None
    finally:
        db.dispose()


def run_forums_list(args) -> int:
    from ..services.forums import list_forums

    found = _run(args, lambda db, actor: list_forums(db, actor, args.date_from, args.date_to))
    if args.format == "json":
        rows = [
            {
                "id": f.id, "held_on": f.held_on.isoformat(), "kind": f.kind, "place": f.place,
                "host": f.host, "attendee_count": f.attendee_count,
                "opinions": [{"id": o.id, "text": o.text, "state": o.state} for o in f.opinions],
            }
            for f in found
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for forum in found:
        print(
            f"{forum.id}\t{chinese_date(forum.held_on)}\t{forum.kind}座谈会\t{forum.place}\t"
            f"{forum.attendee_count}人\t意见{len(forum.opinions)}条"
        )
        for opinion in forum.opinions:
            print(f"\t意见{opinion.id}：{opinion.text}（{opinion.state}）")
    if not found:
        print("没有座谈会记录。")
    return 0


def run_forums_add(args) -> int:
    from ..services.forums import ForumDraft, OpinionDraft, add_forum

    draft = ForumDraft(
        held_on=args.date,
        kind=args.kind,
        place=args.place,
        host=args.host,
        attendee_count=args.count,
        attendees=args.attendees,
        summary=args.summary,
        opinions=tuple(OpinionDraft(text) for text in args.opinion),
    )
    forum = _run(args, lambda db, actor: add_forum(db, actor, draft))
    print(f"已记录座谈会，序号 {forum.id}，意见 {len(forum.opinions)} 条。")
    return 0


def run_forums_done(args) -> int:
    from ..services.forums import complete_opinion

    day = args.date or date.today()
    _run(args, lambda db, actor: complete_opinion(db, actor, args.opinion_id, day))
    print(f"意见 {args.opinion_id} 已落实（{chinese_date(day)}）。")
    return 0


def run_forums_print(args) -> int:
    from ..reports.year_work_forms import build_forum_pdf
    from ..services.forums import forum_document

    sheet, unit = _run(args, lambda db, actor: forum_document(db, actor, args.forum_id))
    write_output(args.output, build_forum_pdf(sheet, unit, date.today()))
    print(f"已生成座谈会记录：{args.output}")
    return 0


def run_reports_list(args) -> int:
    from ..services.info_reports import list_reports

    found = _run(args, lambda db, actor: list_reports(db, actor, open_only=args.open))
    if args.format == "json":
        rows = [
            {
                "id": r.id, "title": r.title, "occurred_at": r.occurred_at.isoformat(),
                "reported_at": r.reported_at.isoformat(), "delay_minutes":
                int(r.delay.total_seconds() // 60), "late": r.late, "status": r.status_label,
                "updates": len(r.updates),
            }
            for r in found
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for report in found:
        late = "，超时" if report.late else ""
        print(
            f"{report.id}\t{report.occurred_at:%Y-%m-%d %H:%M}\t{report.title}\t"
            f"用时{report.delay_text}{late}\t{report.status_label}\t续报{len(report.updates)}次"
        )
    if not found:
        print("没有信息报送记录。")
    return 0


def run_reports_add(args) -> int:
    from ..services.info_reports import ReportDraft, add_report

    draft = ReportDraft(
        occurred_at=args.occurred,
        reported_at=args.reported,
        reported_to=args.reported_to,
        method=args.method,
        reporter=args.reporter,
        title=args.title,
        content=args.content,
        people_involved=args.people,
        measures=args.measures,
    )
    report = _run(args, lambda db, actor: add_report(db, actor, draft))
    late = f"，超过{report.limit_hours}小时时限" if report.late else ""
    print(f"已记录信息报送，序号 {report.id}，报送用时 {report.delay_text}{late}。")
    return 0


def run_reports_update(args) -> int:
    from ..services.info_reports import add_update

    _run(
        args,
        lambda db, actor: add_update(
            db, actor, args.report_id, args.content, args.at, final=args.final
        ),
    )
    print(f"已{'终报' if args.final else '续报'}：序号 {args.report_id}。")
    return 0


def run_reports_print(args) -> int:
    from ..reports.year_work_forms import build_report_pdf
    from ..services.info_reports import report_document

    sheet, unit = _run(args, lambda db, actor: report_document(db, actor, args.report_id))
    write_output(args.output, build_report_pdf(sheet, unit, date.today()))
    print(f"已生成信息报送单：{args.output}")
    return 0


def add_print_review(forms, common) -> None:
    review = forms.add_parser(
        "review",
        parents=[common],
        help="周小结、月分析、季度回顾（PDF 一页：数据与上期对比、未办结事项、计划滞后项目）",
    )
    which = review.add_mutually_exclusive_group(required=True)
    which.add_argument("--week", type=parse_date, metavar="日期", help="这一天所在的一周")
    which.add_argument("--month", metavar="月份", help="如 2026-11")
    which.add_argument("--quarter", metavar="季度", help="如 2026Q4")
    review.add_argument("-o", "--output", type=Path, required=True, metavar="文件")
    review.set_defaults(run=run_print_review)


def _review_choice(args) -> tuple[str, date]:
    from ..services.rhythm_review import KIND_MONTH, KIND_QUARTER, KIND_WEEK

    if args.week is not None:
        return KIND_WEEK, args.week
    if args.month is not None:
        try:
            year, month = (int(part) for part in args.month.split("-"))
            return KIND_MONTH, date(year, month, 1)
        except ValueError:
            raise CommandError(f"月份“{args.month}”不对，应写成 2026-11") from None
    text = args.quarter.strip().upper()
    try:
        year, quarter = text.split("Q")
        return KIND_QUARTER, date(int(year), (int(quarter) - 1) * 3 + 1, 1)
    except ValueError:
        raise CommandError(f"季度“{args.quarter}”不对，应写成 2026Q4") from None


def run_print_review(args) -> int:
    from ..reports.year_work_forms import build_review_pdf
    from ..services.rhythm_review import review_document

    kind, day = _review_choice(args)
    if not 2000 <= day.year <= 2100:
        raise CommandError("年份应在 2000 至 2100 之间")
    today = date.today()
    sheet, unit = _run(args, lambda db, actor: review_document(db, actor, kind, day, today))
    write_output(args.output, build_review_pdf(sheet, unit, today))
    print(f"已生成{sheet.title}：{args.output}")
    return 0
