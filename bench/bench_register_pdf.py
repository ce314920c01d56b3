"""Time the 来访登记表 PDF against a plain ReportLab Table of the same rows and font.

    python bench/bench_register_pdf.py --rows 1000

The plain table is the floor: the same cell strings, unwrapped, in the same CJK font and size,
header repeated, grid drawn, on A4 landscape. The issue asks the form to stay within 1.2x.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from plain_register_pdf import build_plain_table_pdf
from xinfang_desktop.reports.fonts import register_cjk_font
from xinfang_desktop.reports.visit_register import (
    RegisterRow,
    VisitRegisterDocument,
    build_visit_register_pdf,
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强海燕"
REASONS = [
    "咨询孩子转学需要办理的手续",
    "反映校门口早晚接送时段交通拥堵，希望学校协调交警加强疏导",
    "对食堂饭菜质量有意见，要求公开每周菜谱和食材采购渠道",
    "家长反映班主任布置作业过多，孩子每天写到晚上十点以后",
    "申请家庭经济困难学生生活补助，已带来低保证明和户口本复印件",
    "反映校车路线调整后村里孩子上学需要步行两公里，存在安全隐患",
    "举报个别教师在校外办辅导班有偿补课，要求学校调查处理",
    "送锦旗感谢老师",
    "咨询课后服务收费标准及退费办法",
    "反映学校围墙施工噪音影响周边居民休息，要求调整施工时间",
]
PLACES = ["邹坞镇", "齐村镇", "西王庄乡", "张范街道", "市中区光明路", "薛城区临山路"]
CATEGORIES = ["咨询", "求决", "意见建议", "投诉", "检举", "其他"]
HOSTS = ["校长办公室", "教务处", "政教处", "总务处", "三年级二班班主任", "信访办"]
OUTCOMES = ["当场答复", "已转教务处办理", "登记后转办，三日内回复", "已解释说明，来访人满意", ""]


def make_rows(count: int, seed: int = 20261123) -> list[RegisterRow]:
    rng = random.Random(seed)
    start = datetime(2026, 11, 1, 7, 30)
    rows = []
    for index in range(count):
        arrived = start + timedelta(minutes=43 * index)
        reason = rng.choice(REASONS)
        while len(reason) < rng.randint(10, 60):
            reason += "，" + rng.choice(REASONS)
        reason = reason[:60]
        rows.append(
            RegisterRow(
                arrived_at=arrived,
                left_at=arrived + timedelta(minutes=rng.randint(5, 120))
                if rng.random() < 0.9
                else None,
                name=rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))),
                gender=rng.choice(["男", "女"]),
                phone=f"1{rng.randint(30, 99)}****{rng.randint(0, 9999):04d}",
                id_number=f"3704{'*' * 10}{rng.randint(0, 9999):04d}" if rng.random() < 0.7 else "",
                people_count=rng.choice([1, 1, 1, 2, 3, 6, 15]),
                unit_address=rng.choice(PLACES) + f"{rng.randint(1, 99)}号",
                reason=reason,
                category=rng.choice(CATEGORIES),
                host=rng.choice(HOSTS),
                receptionist=rng.choice(["王师傅", "李师傅"]),
                vehicle_plate=f"鲁D{rng.randint(10000, 99999)}" if rng.random() < 0.3 else "",
                outcome=rng.choice(OUTCOMES),
                remarks="" if rng.random() < 0.8 else "需回访",
            )
        )
    return rows


def register_cells(rows: list[RegisterRow]) -> list[list[str]]:
    """The register's rows as the plain table's cell strings (one list per row)."""
    return [
        [
            str(number),
            row.arrived_at.strftime("%m-%d %H:%M"),
            row.left_at.strftime("%m-%d %H:%M") if row.left_at else "",
            row.name,
            row.gender,
            row.phone,
            row.id_number,
            str(row.people_count),
            row.unit_address,
            row.reason,
            row.category,
            row.host,
            row.vehicle_plate,
            row.outcome,
            row.receptionist,
            row.remarks,
        ]
        for number, row in enumerate(rows, start=1)
    ]


def plain_table_pdf(rows: list[RegisterRow]) -> bytes:
    return build_plain_table_pdf(register_cells(rows), register_cjk_font())


def median_seconds(build: Callable[[], bytes], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        build()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    register_cjk_font()  # not part of either timing
    rows = make_rows(args.rows)
    doc = VisitRegisterDocument(
        unit_name="邹坞镇中心小学",
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 30),
        rows=rows,
        printed_at=datetime(2026, 11, 30, 17, 0),
    )
    build_visit_register_pdf(doc)  # warm-up: imports, glyph caches
    plain_table_pdf(rows)

    form = median_seconds(lambda: build_visit_register_pdf(doc), args.runs)
    plain = median_seconds(lambda: plain_table_pdf(rows), args.runs)
    print(f"rows: {args.rows}, runs: {args.runs} (median)")
    print(f"来访登记表 build_visit_register_pdf: {form * 1000:8.1f} ms")
    print(f"plain ReportLab Table:             {plain * 1000:8.1f} ms")
    print(f"ratio: {form / plain:.2f}x (target <= 1.20x)")


if __name__ == "__main__":
    main()
