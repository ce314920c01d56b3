"""Staging for large imports on SQLite, where one writer locks the whole file.

Rows go into private copies of the target tables a batch at a time, each batch a short write
transaction, and become real in one final transaction of INSERT … SELECT statements. Readers
never see half an import; writers (the gate) wait for a batch at most, never for the whole
import; the copies are dropped afterwards whatever happened.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from uuid import uuid4

from sqlalchemy import Column, MetaData, Table, text

log = logging.getLogger("xinfang.services")
STAGE_PREFIX = "import_stage_"

STAGE_BATCH = 500  # rows per staging transaction: well under a second of the write lock


class Staging:
    """Private copies of some tables, without constraints; ``id`` keeps the row's position."""

    def __init__(self, *sources: Table):
        self.metadata = MetaData()
        # The process id in the name tells a leftover of a killed import from a running one.
        suffix = f"{os.getpid()}_{uuid4().hex[:12]}"
        self.tables = [
            Table(
                f"{STAGE_PREFIX}{suffix}_{source.name}",
                self.metadata,
                *[Column(c.name, c.type, primary_key=c.name == "id") for c in source.columns],
            )
            for source in sources
        ]


@contextmanager
def staged(db, *sources: Table) -> Iterator[list[Table]]:
    """The copies of ``sources``, created now and dropped when the block ends."""
    drop_stale_staging(db)
    staging = Staging(*sources)
    with db.write() as session:
        staging.metadata.create_all(session.connection())
    try:
        yield staging.tables
    finally:
        with db.write() as session:
            staging.metadata.drop_all(session.connection())


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True


def drop_stale_staging(db) -> list[str]:
    """Drop the staging copies an import killed mid-way left behind (they hold petitioners'
    names and phones no screen shows). A copy whose process still runs is left alone."""
    if not db.is_sqlite:
        return []
    # Core, not a session: every start and every command runs this check.
    with db.read_connection() as connection:
        names = list(
            connection.scalars(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE :p"),
                {"p": STAGE_PREFIX + "%"},
            )
        )
    stale = []
    for name in names:
        owner = name[len(STAGE_PREFIX) :].split("_", 1)[0]
        if owner.isdigit() and _process_alive(int(owner)) and int(owner) != os.getpid():
            continue
        if owner.isdigit() and int(owner) == os.getpid():
            continue  # this process's own import, running now
        stale.append(name)
    if stale:
        with db.write() as session:
            for name in stale:
                session.execute(text(f'DROP TABLE IF EXISTS "{name}"'))
        log.warning("dropped %d staging tables left by an interrupted import", len(stale))
    return stale
