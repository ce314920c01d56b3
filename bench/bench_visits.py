"""Gate-house register at scale: start-up, search, save, list and scrolling, PDF export.

    python bench/bench_visits.py --visits 1000000 [--data /tmp/bench1m]

Generates the visits with `xinfang demo` if the database does not exist yet, then prints each
figure beside its target (issue 2). Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERIES = {
    "full name 张伟": "张伟",
    "surname 王": "王",
    "pinyin initials zs": "zs",
    "phone fragment 8000": "8000",
    "ID fragment 0512": "0512",
    "reason words 午餐": "午餐",
    "reason phrase 学生家长": "学生家长",
    "rare text 校车司机超速": "校车司机超速",
    "plate 鲁D": "鲁d",
    "no match 量子纠缠": "量子纠缠",
}


def bench_actor():
    """An administrator: the bench measures the register, not the role checks."""
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor

    return Actor("bench", Role.ADMIN)


def run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, env=env)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def ensure_data(url: str, visits: int) -> None:
    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.services.database import open_database
    from xinfang_desktop.services.visit_search import search_visit_ids

    db = open_database(url, None).db
    have = len(search_visit_ids(db, bench_actor(), VisitQuery(), limit=1).ids)
    db.dispose()
    if have:
        return
    xinfang = shutil.which("xinfang") or str(Path(sys.executable).with_name("xinfang"))
    print(f"generating {visits:,} visits with `xinfang demo` …", flush=True)
    started = time.perf_counter()
    subprocess.run([xinfang, "demo", "--visits", str(visits), "--db", url], check=True)
    print(f"  generated in {time.perf_counter() - started:.0f} s")


def bench_startup(url: str, runs: int) -> tuple[float, float, float]:
    """Process start to (window shown, list of today ready) against a bare PySide6 window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shown, ready, bare = [], [], []
    program = [sys.executable, "-m", "xinfang_desktop", "--db", url]
    for _ in range(runs):
        for command, samples in (
            ([sys.executable, str(HERE / "bare_window.py")], bare),
            ([*program, "--quit-when-shown"], shown),
            ([*program, "--quit-when-ready"], ready),
        ):
            started = time.perf_counter()
            run(command, env)
            samples.append(time.perf_counter() - started)
    return median_ms(shown), median_ms(ready), median_ms(bare)


def bench_search(db) -> dict[str, tuple[float, float, int]]:
    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.services.visit_search import search_visit_ids

    results = {}
    month_ago = date.today() - timedelta(days=30)
    cases = dict(QUERIES)
    for label, text in list(cases.items()):
        for filtered in (False, True):
            query = VisitQuery(text=text, date_from=month_ago if filtered else None)
            samples, found = [], 0
            for _ in range(5):
                started = time.perf_counter()
                found = len(search_visit_ids(db, bench_actor(), query).ids)
                samples.append(time.perf_counter() - started)
            name = label + (" (last 30 days)" if filtered else "")
            results[name] = (median_ms(samples), max(samples) * 1000, found)
    return results


def bench_save(db, count: int) -> tuple[float, float]:
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.visits import register_visit

    actor = Actor("bench", Role.ADMIN)
    samples = []
    for i in range(count):
        draft = VisitDraft(
            arrived_at=datetime.now(),
            name=f"测试{i % 97}",
            phone="13812345678",
            reason="家长反映孩子在校午餐分量不足，希望学校核实",
            host="总务处",
            receptionist="王师傅",
            people_count=1 + i % 3,
        )
        started = time.perf_counter()
        register_visit(db, actor, draft)
        samples.append(time.perf_counter() - started)
    samples.sort()
    return median_ms(samples), samples[int(len(samples) * 0.95) - 1] * 1000


def bench_pdf(db) -> tuple[float, float, int]:
    sys.path.insert(0, str(HERE))
    from bench_register_pdf import plain_table_pdf  # the same rows and font, no form
    from xinfang_desktop.reports.visit_register import build_visit_register_pdf
    from xinfang_desktop.services.printing import visit_register_document

    # The most recent days holding about 1,000 visits.
    day = date.today()
    document = visit_register_document(db, bench_actor(), day, day)
    while len(document.rows) < 1000 and (date.today() - day).days < 60:
        day -= timedelta(days=1)
        document = visit_register_document(db, bench_actor(), day, date.today())
    rows = list(document.rows)[:1000]
    document = type(document)(document.unit_name, day, date.today(), rows, document.printed_at)
    form, plain = [], []
    for _ in range(3):
        started = time.perf_counter()
        build_visit_register_pdf(document)
        form.append(time.perf_counter() - started)
        started = time.perf_counter()
        plain_table_pdf(rows)
        plain.append(time.perf_counter() - started)
    return median_ms(form), median_ms(plain), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/bench1m"))
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--only-startup", action="store_true")
    args = parser.parse_args()

    args.data.mkdir(parents=True, exist_ok=True)
    db_file = args.data / "xinfang.sqlite3"
    url = f"sqlite+pysqlite:///{db_file}"
    ensure_data(url, args.visits)
    print(f"database: {db_file} ({db_file.stat().st_size / 1e6:,.0f} MB)")

    shown, ready, bare = bench_startup(url, args.startup_runs)
    print(
        f"cold start to window shown: {shown:.0f} ms; bare PySide6 window {bare:.0f} ms; "
        f"ratio {shown / bare:.2f} (target ≤ 2.5); to database open and migrated, sign-in asked: "
        f"{ready:.0f} ms ({ready / bare:.2f}x)"
    )
    if args.only_startup:
        return

    probe = run(
        [sys.executable, str(HERE / "window_probe.py"), url, "50"],
        dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    window = json.loads(probe.stdout.strip().splitlines()[-1])
    print(
        f"list over all dates opened in {window['list_open_ms']:.0f} ms; scrolling: "
        f"{window['scroll_page_median_ms']:.1f} ms median / {window['scroll_page_max_ms']:.1f} ms "
        f"max per page, {window['rows_loaded']:,} rows loaded; resident "
        f"{window['resident_mb']:.0f} MB (target < 300 MB)"
    )

    from xinfang_desktop.services.database import open_database

    db = open_database(url, None).db
    print("first page of search (median / max of 5, ms; target ≤ 50):")
    for label, (median, worst, found) in bench_search(db).items():
        print(f"  {label:<34} {median:7.1f} {worst:7.1f}   {found} ids")
    median, p95 = bench_save(db, args.saves)
    print(f"save a visit: median {median:.1f} ms, p95 {p95:.1f} ms (target p95 ≤ 20)")
    form, plain, rows = bench_pdf(db)
    print(
        f"{rows}-row register PDF: {form:.0f} ms; plain ReportLab table {plain:.0f} ms; "
        f"ratio {form / plain:.2f} (target ≤ 1.2)"
    )
    db.dispose()


if __name__ == "__main__":
    main()
