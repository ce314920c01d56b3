"""`xinfang print visit-register` loads what printing a register needs and nothing else
(issue 18): no Excel writer, no QR-code library, no window, no demo generator and no module of
another area. What that costs is counted by bench/bench_print_process.py; here only what a fresh
process has loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from xinfang_desktop.db.engine import sqlite_url

# The reports and services modules a register print may load; any other one belongs to
# another form or area (or to Excel), and means an import that is not lazy enough.
REPORTS = {"cjk_text", "font_cache", "fonts", "page_frame", "visit_register"}
SERVICES = {
    "audit", "audit_anchors", "backups", "context", "database", "import_staging",
    "permissions", "printing", "settings",
}  # fmt: skip
NEVER = {"openpyxl", "PySide6", "segno", "numpy", "xlrd", "alembic"}


def _loaded_after_print(db_url: str, output, data_dir) -> tuple[set[str], set[str]]:
    today = date.today().isoformat()
    argv = ["print", "visit-register", "--db", db_url, "--from", today, "--to", today,
            "-o", str(output)]  # fmt: skip
    script = (
        "import contextlib, io, json, sys\n"
        "from xinfang_desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({argv!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))"
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
    code, modules = json.loads(finished.stdout.strip().splitlines()[-1])
    assert code == 0, finished.stderr
    roots = {name.split(".")[0] for name in modules}
    ours = {name for name in modules if name.startswith(("xinfang_desktop.", "sqlalchemy.orm"))}
    return roots, ours


def test_printing_a_register_loads_no_excel_qr_window_or_other_area(tmp_path, sqlite_path):
    output = tmp_path / "register.pdf"
    roots, ours = _loaded_after_print(sqlite_url(sqlite_path), output, tmp_path)
    assert output.read_bytes().startswith(b"%PDF")
    assert "reportlab" in roots and "sqlalchemy" in roots
    assert not roots & NEVER, sorted(roots & NEVER)

    def outside(package: str, allowed: set[str]) -> list[str]:
        prefix = f"xinfang_desktop.{package}."
        return sorted(
            name
            for name in ours
            if name.startswith(prefix) and name[len(prefix) :].split(".")[0] not in allowed
        )

    assert outside("reports", REPORTS) == []
    assert outside("services", SERVICES) == []
    assert not any(name.startswith("xinfang_desktop.ui") for name in ours)
    # The rows, the unit name and the audit entry are read and written through Core
    # (db/tables.py): no ORM and no model of another area.
    orm = [n for n in ours if n.startswith(("sqlalchemy.orm", "xinfang_desktop.db.models"))]
    assert orm == []
