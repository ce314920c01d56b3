"""Import limits, measured: peak memory reading a large ledger and a small file of styled
empty cells, and how long the case import holds the write lock for 40,000 rows while a
"gate" process keeps registering visits.

    python bench/bench_import.py [--rows 40000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
import tracemalloc
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook


def make_ledger(path: Path, rows: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(["序号", "登记日期", "信访人", "渠道", "人数", "办理状态", "重信重访", "内容摘要"])
    for i in range(rows):
        day = date(2015, 1, 1) + timedelta(days=i % 3000)
        sheet.append([i + 1, day, f"信访人{i}", "来信", 1, "已办结", "否", f"反映食堂问题第{i}件"])
    book.save(path)


def make_styled_empty(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["登记日期", "信访人", "内容摘要"])
    sheet.append(["2024-01-02", "张三", "食堂"])
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rows = b"".join(b'<row r="%d"><c r="XFD%d" s="0"/></row>' % (n, n) for n in range(3, 1_048_577))
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", rows + b"</sheetData>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def gate(url: str, stop, results) -> None:
    from xinfang_desktop.db.engine import Database
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.visits import register_visit

    db = Database(url)
    actor = Actor("门卫", Role.GATE)
    waits, errors = [], 0
    while not stop.is_set():
        started = time.perf_counter()
        try:
            register_visit(db, actor, VisitDraft(datetime.now(), "来访者", "送材料"))
        except Exception:  # a bench counts refusals, whatever they are
            errors += 1
        waits.append(time.perf_counter() - started)
        time.sleep(0.05)
    results.put((max(waits, default=0), len(waits), errors))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=40_000)
    args = parser.parse_args()
    from xinfang_desktop.db.engine import Database, sqlite_url
    from xinfang_desktop.db.migrate import upgrade
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.reports.workbook_reader import read_sheet
    from xinfang_desktop.services.case_import import commit_import, plan_import_file
    from xinfang_desktop.services.context import Actor

    folder = Path(tempfile.mkdtemp(prefix="c1-bench-"))
    ledger = folder / "ledger.xlsx"
    make_ledger(ledger, args.rows)
    styled = folder / "styled.xlsx"
    make_styled_empty(styled)
    for name, path in (("ledger", ledger), ("styled-empty", styled)):
        started = time.perf_counter()
        read_sheet(path)
        print(f"read {name} without tracing: {time.perf_counter() - started:.1f} s")
        tracemalloc.start()
        started = time.perf_counter()
        sheet = read_sheet(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"read {name}: {path.stat().st_size / 1024:.0f} KB, {len(sheet.rows)} rows, "
            f"{elapsed:.1f} s, peak {peak / 2**20:.0f} MiB (Python heap)"
        )
    actor = Actor("管理员", Role.ADMIN)
    started = time.perf_counter()
    plan = plan_import_file(actor, ledger)
    print(f"check {len(plan.cases)} rows: {time.perf_counter() - started:.1f} s, ok={plan.ok}")
    url = sqlite_url(folder / "bench.db")
    db = Database(url)
    upgrade(db)
    stop = multiprocessing.Event()
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=gate, args=(url, stop, results))
    worker.start()
    time.sleep(1.0)
    import xinfang_desktop.services.case_import as case_import

    original_publish = case_import._publish
    held = {"publish": 0.0}

    def timed_publish(session, *args):
        begun = time.perf_counter()
        original_publish(session, *args)
        session.flush()
        held["publish"] = time.perf_counter() - begun

    case_import._publish = timed_publish
    started = time.perf_counter()
    count = commit_import(db, actor, plan)
    total = time.perf_counter() - started
    time.sleep(1.0)
    stop.set()
    worst, registrations, errors = results.get(timeout=30)
    worker.join()
    print(
        f"commit {count} cases: {total:.1f} s in all, final transaction {held['publish']:.2f} s "
        f"(plus staging batches of {case_import.STAGE_BATCH}); "
        f"gate meanwhile: {registrations} registrations, {errors} errors, "
        f"longest wait {worst:.2f} s"
    )


if __name__ == "__main__":
    main()
