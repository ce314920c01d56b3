"""The layer rules of DESIGN.md, and ruff, checked on every run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "xinfang_desktop"


def _imports(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("domain", {"PySide6", "sqlalchemy", "alembic"}),
        ("services", {"PySide6"}),
        ("db", {"PySide6"}),
        ("reports", {"PySide6", "sqlalchemy"}),
        ("ui", {"sqlalchemy", "sqlite3", "psycopg"}),
    ],
)
def test_layer_imports(layer, forbidden):
    offenders = {
        path: sorted(names & forbidden)
        for path, names in _imports(PACKAGE / layer).items()
        if names & forbidden
    }
    assert offenders == {}


def test_ruff_is_clean():
    ruff = shutil.which("ruff")
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    result = subprocess.run(
        [*command, "check", "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_listed_in_pyproject():
    """An installed (non-editable) copy or a wheel would silently lack an unlisted package."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in PACKAGE.rglob("__init__.py")
    }
    assert found - listed == set()
