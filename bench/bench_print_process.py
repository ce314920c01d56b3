"""A whole `xinfang print visit-register` process against a plain ReportLab script process.

    python bench/bench_print_process.py [--visits 1000] [--runs 5]

Issue 18 asks that printing a 1,000-row 来访登记表, as a whole process, costs at most 1.3x a
plain ReportLab script of the same rows and font. Both sides run in fresh processes and are
counted in CPU seconds (user + system of the child), median of several runs:

- xinfang: the real command on a generated database whose period holds the visits;
- plain:   bench/plain_register_pdf.py, which imports ReportLab only, registers the bundled
           wqy-microhei.ttc the plain way (a TTFont parsed in the process) and builds one plain
           Table of the same rows (the register's cell strings, read from the same database).

The first print of a fresh config folder parses the font and writes the font cache; it is
shown on its own line, and the median is of the prints after it (every later print of a PC).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from importlib.resources import as_file, files
from pathlib import Path

TARGET = 1.3
BENCH_DIR = Path(__file__).resolve().parent
CLI = [sys.executable, "-c", "import sys; from xinfang_desktop.cli.main import main; "
       "sys.exit(main())"]  # fmt: skip


def cpu_seconds(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    """CPU seconds (user + system) of one child process, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    finished = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if finished.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{finished.stderr}")
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used, finished.stdout


def register_cells_from(db_url: str, date_from: date, date_to: date) -> list[list[str]]:
    """The rows the real print gets from the database, as the plain table's cell strings."""
    sys.path.insert(0, str(BENCH_DIR))
    from bench_register_pdf import register_cells
    from xinfang_desktop.db.engine import Database
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.printing import visit_register_document

    db = Database(db_url)
    try:
        document = visit_register_document(db, Actor.from_os_user(), date_from, date_to)
    finally:
        db.dispose()
    return register_cells(document.rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="xinfang-bench-print-") as scratch:
        folder = Path(scratch)
        env = {
            **os.environ,
            "XINFANG_DATA_DIR": str(folder / "data"),
            # The font cache lives under the config folder: a fresh one shows the first print.
            "XINFANG_CONFIG_DIR": str(folder / "config"),
        }
        env.pop("XINFANG_DB_URL", None)
        db_url = f"sqlite:///{folder / 'bench.sqlite3'}"
        subprocess.run(
            [*CLI, "demo", "--db", db_url, "--visits", str(options.visits), "--days", "17",
             "--cases", "0"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        # The demo's visits end today; the period covers them all.
        date_to = date.today()
        date_from = date_to - timedelta(days=40)
        cells_file = folder / "cells.json"
        cells = register_cells_from(db_url, date_from, date_to)
        cells_file.write_text(json.dumps(cells, ensure_ascii=False), encoding="utf-8")

        xinfang = [
            *CLI, "print", "visit-register", "--db", db_url, "--from", date_from.isoformat(),
            "--to", date_to.isoformat(), "-o", str(folder / "xinfang.pdf"),
        ]  # fmt: skip
        with as_file(files("xinfang_desktop.resources") / "fonts" / "wqy-microhei.ttc") as font:
            plain = [
                sys.executable, str(BENCH_DIR / "plain_register_pdf.py"), str(font),
                str(cells_file), str(folder / "plain.pdf"),
            ]  # fmt: skip
            first, said = cpu_seconds(xinfang, env)
            printed = re.search(r"（(\d+) 条）", said)
            cpu_seconds(plain, env)  # warm the OS file cache alike for both
            xinfang_runs: list[float] = []
            plain_runs: list[float] = []
            for _ in range(options.runs):  # interleaved, so a busy moment hits both sides
                xinfang_runs.append(cpu_seconds(xinfang, env)[0])
                plain_runs.append(cpu_seconds(plain, env)[0])

    ours = statistics.median(xinfang_runs)
    floor = statistics.median(plain_runs)
    ratio = ours / floor
    verdict = "ok" if ratio <= TARGET else "over"
    rows = printed.group(1) if printed else "?"
    print(f"rows: {rows} (of {options.visits} generated visits), runs: {options.runs} (median)")
    print(f"xinfang print visit-register, first print (font cache cold): {first:.3f} CPU-s")
    print(f"xinfang print visit-register:        {ours:.3f} CPU-s")
    print(f"plain ReportLab script, same rows:   {floor:.3f} CPU-s")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main()
