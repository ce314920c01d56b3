"""Cases at scale: the start-page counts, the overdue list and the 督办 view over 100,000 cases.

    python bench/bench_cases.py [--cases 100000] [--data /tmp/bench_cases] [--pg URL]

Generates the cases with the demo generator if the database is empty, then prints the median
of repeated runs beside the target (issue 3: within 100 ms). Timings are printed, never
asserted: the machine is shared with other work, so figures vary from run to run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

TARGET_MS = 100
REPEATS = 15


def median_ms(work) -> float:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def bench(url: str, count: int, label: str) -> None:
    from sqlalchemy import func, select

    from xinfang_desktop.db.models import Case
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.case_demo import generate_demo_cases
    from xinfang_desktop.services.cases import (
        CaseFilter,
        case_counts,
        fetch_case_rows,
        list_case_ids,
        owner_loads,
    )
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.database import open_database

    db = open_database(url, None).db
    bench_actor = Actor("bench", Role.ADMIN)
    with db.read() as session:
        have = session.scalar(select(func.count()).select_from(Case)) or 0
    if have < count:
        print(f"[{label}] generating {count - have:,} cases …", flush=True)
        result = generate_demo_cases(db, bench_actor, count - have, seed=1)
        print(f"[{label}]   generated in {result.seconds:.1f} s")
    today = date.today()
    counts = case_counts(db, today)
    overdue = CaseFilter(attention="overdue", today=today)
    print(f"[{label}] {count:,} cases: {counts}")
    figures = {
        "start-page counts (overdue, due soon, not told, open)": lambda: case_counts(db, today),
        "overdue list: ids + first 100 rows": lambda: fetch_case_rows(
            db, bench_actor, list_case_ids(db, bench_actor, overdue)[:100]
        ),
        "督办 view by owner": lambda: owner_loads(db, today),
        "whole list: ids + first 100 rows": lambda: fetch_case_rows(
            db, bench_actor, list_case_ids(db, bench_actor)[:100]
        ),
        "search 食堂 in any field: ids + first 100 rows": lambda: fetch_case_rows(
            db, bench_actor, list_case_ids(db, bench_actor, CaseFilter(text="食堂"))[:100]
        ),
    }
    for name, work in figures.items():
        ms = median_ms(work)
        verdict = "ok" if ms <= TARGET_MS else "OVER"
        print(f"[{label}] {name:<55} {ms:7.1f} ms  (target {TARGET_MS} ms: {verdict})")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/bench_cases"))
    parser.add_argument("--pg", help="also run on this PostgreSQL database (it is filled)")
    args = parser.parse_args()
    import os

    args.data.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("XINFANG_DATA_DIR", str(args.data))
    from xinfang_desktop.db.engine import sqlite_url

    bench(sqlite_url(args.data / "cases.sqlite3"), args.cases, "sqlite")
    if args.pg:
        bench(args.pg, args.cases, "postgresql")


if __name__ == "__main__":
    main()
