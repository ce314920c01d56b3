"""A year's statistics over years of records (issue 6: 1,000,000 visits and 100,000 cases
within 500 ms).

    python bench/bench_statistics.py [--visits-db /tmp/bench1m/xinfang.sqlite3] [--cases 100000]

Copies the visits database made by bench_visits.py (it is never modified), adds the cases
with `xinfang demo`, then times `statistics()` for the current year by each grouping, the
year's line by month, the quarter's analysis, the annual tables and their PDFs.
Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics as stats
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits-db", type=Path, default=Path("/tmp/bench1m/xinfang.sqlite3"))
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/bench_statistics"))
    args = parser.parse_args()

    from xinfang_desktop.db.engine import sqlite_url
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.reports.statistics_analysis import build_analysis_pdf, build_annual_pdf
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.database import open_database
    from xinfang_desktop.services.statistics import (
        Dimension,
        TrendStep,
        analysis,
        annual_tables,
        statistics,
        trend,
    )

    args.data.mkdir(parents=True, exist_ok=True)
    path = args.data / "xinfang.sqlite3"
    if not path.exists():
        if not args.visits_db.exists():
            sys.exit(f"{args.visits_db} is missing: run bench/bench_visits.py first")
        # The online backup API copies a consistent file even if the source is open.
        source, target = sqlite3.connect(args.visits_db), sqlite3.connect(path)
        source.backup(target)
        source.close()
        target.close()
        xinfang = shutil.which("xinfang") or str(Path(sys.executable).with_name("xinfang"))
        started = time.perf_counter()
        subprocess.run(
            [xinfang, "demo", "--cases", str(args.cases), "--db", sqlite_url(path)], check=True
        )
        print(f"added {args.cases:,} cases in {time.perf_counter() - started:.0f} s")
    db = open_database(sqlite_url(path), None).db
    actor = Actor("bench", Role.ADMIN)
    year = date.today().year
    first, last = date(year, 1, 1), date(year, 12, 31)
    report = statistics(db, actor, first, last)
    t = report.totals
    print(
        f"{first}–{last}: {t.visit_batches:,} visits, {t.cases:,} cases "
        f"(database: {path.stat().st_size / 1e6:.0f} MB)"
    )

    def timed(label: str, work, target: str = "") -> object:
        samples, result = [], None
        for _ in range(5):
            started = time.perf_counter()
            result = work()
            samples.append(time.perf_counter() - started)
        print(
            f"  {label:<40} median {stats.median(samples) * 1000:7.1f} ms, "
            f"max {max(samples) * 1000:7.1f} ms{target}"
        )
        return result

    for dimension in Dimension:
        timed(
            f"a year's statistics by {dimension.value}",
            lambda d=dimension: statistics(db, actor, first, last, d),
            " (target 500 ms)",
        )
    timed("the year's line by month", lambda: trend(db, actor, first, last, TrendStep.MONTH))
    timed("the year's line by week", lambda: trend(db, actor, first, last, TrendStep.WEEK))
    quarter_start = date(year, (date.today().month - 1) // 3 * 3 + 1, 1)
    quarter_end = (
        date(year + 1, 1, 1)
        if quarter_start.month == 10
        else date(year, quarter_start.month + 3, 1)
    )
    quarter_last = date.fromordinal(quarter_end.toordinal() - 1)
    result = timed(
        "the quarter's analysis", lambda: analysis(db, actor, quarter_start, quarter_last)
    )
    timed("its PDF", lambda: build_analysis_pdf(result, "测试学校", date.today()))
    tables = timed("the annual tables (Art. 41)", lambda: annual_tables(db, actor, year))
    timed("their PDF", lambda: build_annual_pdf(tables, "测试学校", date.today()))
    db.dispose()


if __name__ == "__main__":
    main()
