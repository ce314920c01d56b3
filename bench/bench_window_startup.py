"""Window start-up against a bare PySide6 window (issue 18), in fresh processes.

    python bench/bench_window_startup.py --db sqlite:////tmp/big.sqlite3 [--runs 7] [--xvfb]

Figures (medians of --runs, each a new process under QT_QPA_PLATFORM=offscreen, or a real X
server with --xvfb (Debian's xvfb), wall time from the process's start):

- bare: bench/bare_window.py, start to exit (shown, then quit);
- window shown: `xinfang-desktop --quit-when-shown`, start to exit;
- sign-in asked: the program's own start (app.main, as `xinfang-desktop` runs it) until the
  sign-in dialog is on the screen;
- sign-in ready: until the database is open and migrated and the dialog can sign in
  (`--quit-when-ready`), and that process's exit.

The target is sign-in asked within 2.5x the bare window. Compiled bytecode is used as an
installed program has it (a private PYTHONPYCACHEPREFIX, warmed by one run first). Timings are
printed, never asserted. --probe is the child that runs the program and reports its moments.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 2.5


def probe(db_url: str) -> None:
    """Run the program's start with --quit-when-ready; print when the sign-in was on screen
    (asked) and when it could sign in (ready) on the system-wide monotonic clock."""
    from PySide6.QtCore import QTimer

    from xinfang_desktop import app
    from xinfang_desktop.ui import prompts

    moments: dict[str, float] = {}
    real_run_dialog = prompts.run_dialog

    def run_dialog(dialog):
        first = "asked" not in moments
        if first:
            # Fires in the dialog's own event loop, once it is shown.
            QTimer.singleShot(0, lambda: moments.setdefault("asked", time.monotonic()))
        result = real_run_dialog(dialog)
        if first:
            moments.setdefault("ready", time.monotonic())
        return result

    prompts.run_dialog = run_dialog
    code = app.main(["--db", db_url, "--quit-when-ready"])
    print(json.dumps({"code": code, **moments}))


def child_env(cache: str, display: str | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_xvfb() -> tuple[subprocess.Popen, str]:
    import random

    display = f":{random.randint(100, 199)}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return server, display


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, dict]:
    """(wall seconds to exit, CPU seconds, the probe's report measured from the start)."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = time.monotonic() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    report: dict = {}
    lines = done.stdout.strip().splitlines()
    if lines and lines[-1].startswith("{"):
        raw = json.loads(lines[-1])
        report = {k: v - started for k, v in raw.items() if k in ("asked", "ready")}
    return wall, cpu, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="the database URL (e.g. 1,000,000 visits)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="under Xvfb instead of offscreen")
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.db)
        return

    program = [sys.executable, "-m", "xinfang_desktop", "--db", args.db]
    commands = {
        "bare": [sys.executable, str(HERE / "bare_window.py")],
        "shown": [*program, "--quit-when-shown"],
        "signin": [sys.executable, __file__, "--probe", "--db", args.db],
    }
    samples: dict[str, list[float]] = {
        name: []
        for name in ("bare", "bare cpu", "shown", "shown cpu", "asked", "ready", "ready exit")
    }
    samples["ready cpu"] = []
    server, display = start_xvfb() if args.xvfb else (None, None)
    try:
        run_all(commands, samples, args.runs, display)
    finally:
        if server is not None:
            server.terminate()
            server.wait()

    report(samples, args.db, args.runs, "Xvfb" if args.xvfb else "offscreen")


def run_all(
    commands: dict[str, list[str]],
    samples: dict[str, list[float]],
    runs: int,
    display: str | None,
) -> None:
    with tempfile.TemporaryDirectory(prefix="xinfang-bench-pyc-") as cache:
        env = child_env(cache, display)
        for command in commands.values():  # compile the bytecode once, as an install would
            timed(command, env)
        for _ in range(runs):
            for name, command in commands.items():
                wall, cpu, report = timed(command, env)
                if name == "signin":
                    samples["asked"].append(report.get("asked", float("nan")))
                    samples["ready"].append(report.get("ready", float("nan")))
                    samples["ready exit"].append(wall)
                    samples["ready cpu"].append(cpu)
                else:
                    samples[name].append(wall)
                    samples[f"{name} cpu"].append(cpu)


def report(samples: dict[str, list[float]], db: str, runs: int, platform: str) -> None:
    ms = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    bare = ms["bare"]
    print(f"database: {db}; {platform}; medians of {runs} runs, wall ms from process start")
    rows = (
        ("bare PySide6 window (to exit)", "bare", "bare cpu"),
        ("window shown (to exit)", "shown", "shown cpu"),
        ("sign-in asked (dialog on screen)", "asked", None),
        ("sign-in ready (database open and migrated)", "ready", None),
        ("  the same process, to exit", "ready exit", "ready cpu"),
    )
    for label, key, cpu_key in rows:
        cpu = f"   CPU {ms[cpu_key]:5.0f} ms" if cpu_key else ""
        print(f"  {label:<44} {ms[key]:6.0f} ms  {ms[key] / bare:5.2f}x{cpu}")
    verdict = "met" if ms["asked"] <= TARGET_RATIO * bare else "NOT met"
    print(
        f"target: sign-in asked within {TARGET_RATIO}x the bare window "
        f"({TARGET_RATIO * bare:.0f} ms): {ms['asked'] / bare:.2f}x, {verdict}"
    )


if __name__ == "__main__":
    main()
