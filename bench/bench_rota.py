"""Time rota generation: a year for 40 people (the issue asks for under 1 s).

    python bench/bench_rota.py [--people 40] [--year 2026] [--repeat 5]

Measures the pure algorithm (domain.rota.generate_rota) and the whole user action on a fresh
SQLite file (services.rota.generate: read settings, pools, leave, calendar; generate; save every
shift and seat in one transaction), then the fairness spread per role and the month PDF.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from xinfang_desktop.db import migrate
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.rota import (
    DEFAULT_ROTA_SETTINGS,
    DutyPerson,
    SensitiveDay,
    Unavailability,
    generate_rota,
)
from xinfang_desktop.services import rota as rota_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person


def split(people: int) -> tuple[int, int, int]:
    leaders = max(3, people // 7)
    gate = max(3, people // 7)
    return leaders, people - leaders - gate, gate


def leave_for(ids: list[int], year: int) -> list[Unavailability]:
    """A week of leave for every fifth person, spread over the year."""
    return [
        Unavailability(
            person_id,
            date(year, 1, 1) + timedelta(days=(index * 37) % 350),
            date(year, 1, 1) + timedelta(days=(index * 37) % 350 + 6),
            "年假",
        )
        for index, person_id in enumerate(ids)
        if index % 5 == 0
    ]


def timed(work, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    leaders, staff, gate = split(args.people)
    start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    settings = DEFAULT_ROTA_SETTINGS.__class__(
        **{
            **DEFAULT_ROTA_SETTINGS.__dict__,
            "sensitive_days": (
                SensitiveDay(date(args.year, 3, 5), "两会"),
                SensitiveDay(date(args.year, 12, 13), "国家公祭日"),
            ),
        }
    )
    print(
        f"{args.people} 人（带班领导 {leaders}，值班人员 {staff}，门卫 {gate}），"
        f"{start} 至 {end}；CPU {os.cpu_count()} 核，与其他进程共用"
    )

    pools = {
        "leader": [DutyPerson(i, f"领导{i}", is_leader=True) for i in range(leaders)],
        "staff": [DutyPerson(100 + i, f"教师{i}") for i in range(staff)],
        "gate": [DutyPerson(200 + i, f"门卫{i}") for i in range(gate)],
    }
    ids = [p.id for pool in pools.values() for p in pool]
    leave = leave_for(ids, args.year)
    seconds, rota = timed(
        lambda: generate_rota(settings, start, end, pools, leave, seed=1), args.repeat
    )
    print(
        f"算法（domain）：{seconds * 1000:.0f} ms（{args.repeat} 次取中位数），"
        f"{len(rota.slots)} 班，{len(rota.assignments)} 人次，空缺 {len(rota.gaps)}"
    )

    folder = Path(tempfile.mkdtemp(prefix="bench_rota_"))
    actor = Actor("bench", Role.ADMIN)
    times = []
    for attempt in range(args.repeat):
        db = Database(sqlite_url(folder / f"rota{attempt}.sqlite3"))
        migrate.upgrade(db)
        rota_service.save_rota_settings(db, actor, settings)
        made: dict[str, list[int]] = {"leader": [], "staff": [], "gate": []}
        for code, pool in pools.items():
            for person in pool:
                record = add_person(
                    db,
                    actor,
                    PersonDraft(person.name, office=code, is_leader=person.is_leader),
                )
                made[code].append(record.id)
        rota_service.save_pools(db, actor, made)
        all_ids = [i for group in made.values() for i in group]
        for item in leave_for(all_ids, args.year):
            rota_service.add_unavailability(db, actor, item)
        began = time.perf_counter()
        result = rota_service.generate(db, actor, "全年值班表", start, end, seed=1)
        times.append(time.perf_counter() - began)
        db.dispose()
    print(
        f"整个操作（读取设置与名单、生成、保存到 SQLite）：{statistics.median(times) * 1000:.0f} ms"
        f"（最快 {min(times) * 1000:.0f} ms，最慢 {max(times) * 1000:.0f} ms）"
    )
    names = dict(result.roles)
    print(
        "公平性（同一角色最多与最少相差）："
        + "；".join(f"{names[code]} {spread} 次" for code, spread in result.spread.items())
    )


if __name__ == "__main__":
    main()
