"""Each command loads only what it uses (issue 18): the cost is counted by the bench script
(bench/bench_cli_startup.py); here only which libraries a fresh process has loaded."""

from __future__ import annotations

import json
import subprocess
import sys

from xinfang_desktop.db.engine import sqlite_url

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "alembic", "PySide6", "argon2", "psycopg")


def _modules_after(argv: list[str], data_dir, prefixes: tuple[str, ...] = ()) -> set[str]:
    """The modules a fresh process running ``xinfang argv`` has loaded: every one starting
    with one of ``prefixes``, or (with none given) the heavy libraries by their top name."""
    listing = (
        f"sorted(m for m in sys.modules if m.startswith({prefixes!r}))"
        if prefixes
        else f"sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})"
    )
    script = (
        "import contextlib, io, json, sys\n"
        "from xinfang_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({argv!r})\n"
        f"print(json.dumps([code, {listing}]))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={
            "XINFANG_DATA_DIR": str(data_dir),
            "XINFANG_CONFIG_DIR": str(data_dir / "config"),
            "PATH": "/usr/bin:/bin",
        },
        timeout=300,
        check=False,
    )
    code, loaded = json.loads(finished.stdout.strip().splitlines()[-1])
    assert code == 0, finished.stderr
    return set(loaded)


def _loaded_after(argv: list[str], data_dir) -> set[str]:
    return _modules_after(argv, data_dir)


def test_help_loads_no_database_printing_or_window_library(tmp_path):
    assert _loaded_after(["--help"], tmp_path) == set()
    assert _loaded_after(["visits", "list", "--help"], tmp_path) == set()


def test_listing_visits_loads_the_database_but_no_printing_or_excel(tmp_path, sqlite_path):
    loaded = _loaded_after(
        ["visits", "list", "--date", "2026-01-01", "--db", sqlite_url(sqlite_path)], tmp_path
    )
    assert "sqlalchemy" in loaded
    assert not loaded & {"reportlab", "openpyxl", "alembic", "PySide6"}


def test_listing_visits_reads_through_core_without_the_orm_or_other_areas(tmp_path, sqlite_path):
    from xinfang_desktop.services.database import open_database

    open_database(sqlite_url(sqlite_path), None).db.dispose()  # an up-to-date database
    loaded = _modules_after(
        ["visits", "list", "--date", "2026-01-01", "--db", sqlite_url(sqlite_path)],
        tmp_path,
        (
            "sqlalchemy.orm",
            "xinfang_desktop.db.models",
            "xinfang_desktop.services.audit",
            "xinfang_desktop.cli.form_commands",
            "xinfang_desktop.cli.stats_commands",
            "xinfang_desktop.domain.case_notices",
        ),
    )
    assert loaded == set()


def test_a_list_written_as_csv_is_still_recorded_in_the_audit_log(tmp_path, sqlite_path):
    # The audit service is imported only on this path now; the entry must still be written.
    import sqlite3

    from xinfang_desktop.services.database import open_database

    open_database(sqlite_url(sqlite_path), None).db.dispose()
    _modules_after(
        ["visits", "list", "--format", "csv", "--db", sqlite_url(sqlite_path)], tmp_path, ()
    )
    with sqlite3.connect(sqlite_path) as connection:
        details = [row[0] for row in connection.execute("SELECT detail FROM audit_entries")]
    assert any("来访登记列表（CSV）" in detail for detail in details)
