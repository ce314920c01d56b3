"""An import killed mid-way leaves its staging copies (names, phones) behind; the next import
or the next start drops them, and a running import's copies are left alone."""

from __future__ import annotations

import os

from sqlalchemy import text

from xinfang_desktop.db.models import Case
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.import_staging import STAGE_PREFIX, Staging, drop_stale_staging


def _stage_tables(db) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                text("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE :p"),
                {"p": STAGE_PREFIX + "%"},
            )
        )


def _leave_copies(db, pid: int) -> None:
    staging = Staging(Case.__table__)
    old = f"{STAGE_PREFIX}{os.getpid()}_"
    with db.write() as session:
        for table in staging.tables:
            table.name = table.name.replace(old, f"{STAGE_PREFIX}{pid}_")
        staging.metadata.create_all(session.connection())
        name = staging.tables[0].name
        session.execute(
            text(f'INSERT INTO "{name}" (id, petitioner_names) VALUES (1, :name)'), {"name": "张三"}
        )


def test_a_killed_imports_copies_are_dropped_and_a_running_ones_kept(sqlite_db):
    dead = 2**22 + 12345  # no such process
    _leave_copies(sqlite_db, dead)
    _leave_copies(sqlite_db, os.getppid())  # a live process: an import running elsewhere
    assert len(_stage_tables(sqlite_db)) == 2
    dropped = drop_stale_staging(sqlite_db)
    assert len(dropped) == 1 and f"_{dead}_" in dropped[0]
    assert [name for name in _stage_tables(sqlite_db) if f"_{dead}_" in name] == []


def test_the_next_start_drops_them_and_says_so(sqlite_db, tmp_path):
    _leave_copies(sqlite_db, 2**22 + 54321)
    url = str(sqlite_db.url)
    sqlite_db.dispose()
    opened = open_database(url, tmp_path / "backups")
    try:
        assert _stage_tables(opened.db) == []
        assert any("被中断的导入" in notice for notice in opened.notices)
    finally:
        opened.db.dispose()
