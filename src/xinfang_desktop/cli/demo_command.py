"""xinfang demo --visits N [--seed S] [--days D]"""

from __future__ import annotations

from ..domain.auth import Role
from ..services.context import Actor
from .case_commands import run_demo_cases
from .parsing import non_negative_int, positive_int
from .session import CommandError, open_migrated


def add_parser(areas, common) -> None:
    parser = areas.add_parser(
        "demo",
        parents=[common],
        help="生成逼真的演示数据（演示、测试、性能评估用）",
        description="向数据库写入生成的来访登记；单位名称未设置时设为演示学校。"
        "请只对演示用的数据库使用。",
    )
    parser.add_argument(
        "--visits", type=non_negative_int, default=0, metavar="N", help="来访登记条数"
    )
    parser.add_argument(
        "--cases", type=non_negative_int, default=0, metavar="N", help="信访事项件数"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="随机种子（默认 0）")
    parser.add_argument(
        "--days",
        type=positive_int,
        metavar="D",
        help="分布在截至今天的多少天里（默认按每天约 60 条推算，最多 3650 天）",
    )
    parser.add_argument(
        "--school",
        action="store_true",
        help="生成一整个学年：人员、领导小组、包组摸排、下访、矛盾纠纷、值班表和值班记录、例会、"
        "座谈会、信息报送、信访事项和来访登记（默认 365 天、120 件事项、4000 条来访）",
    )
    parser.add_argument(
        "--force", action="store_true", help="数据库中已有非演示记录时仍然写入（不建议）"
    )
    parser.set_defaults(run=run_demo)


def run_school(args) -> int:
    from ..services.school_demo import (
        DEFAULT_DAYS,
        MAX_DAYS,
        MIN_DAYS,
        RealRecordsError,
        generate_school_year,
    )

    days = args.days or DEFAULT_DAYS
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise CommandError(f"--days 应在 {MIN_DAYS} 至 {MAX_DAYS} 之间")
    db = open_migrated(args)
    try:
        result = generate_school_year(
            db,
            Actor("演示数据", Role.ADMIN),
            days=days,
            cases=args.cases if args.cases else 120,
            visits=args.visits if args.visits else 4000,
            seed=args.seed,
            force=args.force,
            progress=lambda step: print(f"正在生成：{step}", flush=True),
        )
    except RealRecordsError as error:
        raise CommandError(error.user_message) from None
    finally:
        db.dispose()
    print(
        f"完成：{result.first_day} 至 {result.last_day}，人员 {result.people} 人，"
        f"包组摸排 {result.screenings} 次，下访 {result.outreach_visits} 次，"
        f"矛盾纠纷 {result.disputes} 件，例会 {result.meetings} 次，"
        f"值班表 {result.rotas} 张，值班记录 {result.duty_log_entries} 条，"
        f"座谈会 {result.forums} 次，信息报送 {result.info_reports} 件，"
        f"工作计划 {result.plans} 份，领导接访日 {result.reception_days} 次，"
        f"约访 {result.appointments} 人，"
        f"信访事项 {result.cases} 件，来访登记 {result.visits} 条，用时 {result.seconds:.1f} 秒。"
    )
    return 0


def run_demo(args) -> int:
    if args.school:
        return run_school(args)
    from ..services.demo import DEMO_UNIT_NAME, generate_demo_visits

    if not args.visits and not args.cases:
        raise CommandError("请用 --school，或用 --visits N、--cases N 给出要生成的条数")
    db = open_migrated(args)

    def progress(done: int, total: int) -> None:
        print(f"已写入 {done:,}/{total:,} 条（{done * 100 // max(total, 1)}%）", flush=True)

    try:
        if args.visits:
            result = generate_demo_visits(
                db,
                Actor("演示数据", Role.ADMIN),
                args.visits,
                seed=args.seed,
                days=args.days,
                progress=progress,
            )
            if result.unit_name_set:
                print(f"单位名称已设为“{DEMO_UNIT_NAME}”，可在设置中修改。")
            print(
                f"完成：{result.visits:,} 条来访登记，{result.first_day} 至 {result.last_day}，"
                f"用时 {result.seconds:.1f} 秒。"
            )
        if args.cases:
            run_demo_cases(db, args)
    finally:
        db.dispose()
    return 0
