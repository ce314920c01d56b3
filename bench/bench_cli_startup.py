"""Command-line start-up: CPU seconds of whole `xinfang` processes against `import sqlalchemy`.

Issue 18 asks that `xinfang --help` and `xinfang visits list --date D` each cost at most 1.5x
the CPU of `python -c "import sqlalchemy"`, measured in the same run. Each command runs
several times in a fresh process against a fresh, migrated database; the median CPU time
(user + system of the child) is reported, with the ratio and the target beside it.

    python bench/bench_cli_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET = 1.5


def cpu_seconds(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    finished = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if finished.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{finished.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(argv: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(cpu_seconds(argv, env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    python = sys.executable
    cli = [python, "-c", "import sys; from xinfang_desktop.cli.main import main; "
           "sys.exit(main())"]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="xinfang-bench-") as folder:
        env = {**os.environ, "XINFANG_DATA_DIR": folder}
        env.pop("XINFANG_DB_URL", None)
        db_url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        subprocess.run([*cli, "db", "upgrade", "--db", db_url], env=env, check=True,
                       capture_output=True)  # fmt: skip
        baseline = median_cpu([python, "-c", "import sqlalchemy"], env, options.runs)
        cases = {
            "xinfang --help": [*cli, "--help"],
            "xinfang visits list --date D": [
                *cli,
                "visits",
                "list",
                "--date",
                "2026-01-01",
                "--db",
                db_url,
            ],
        }
        print(f"python -c 'import sqlalchemy': {baseline:.3f} CPU-s (median of {options.runs})")
        for label, argv in cases.items():
            cost = median_cpu(argv, env, options.runs)
            ratio = cost / baseline
            verdict = "ok" if ratio <= TARGET else "over"
            print(f"{label:32s} {cost:.3f} CPU-s  {ratio:.2f}x  (target <= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main()
