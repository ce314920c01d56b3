"""Staging for large imports on SQLite, where one writer locks the whole file.

Rows go into private copies of the target tables a batch at a time, each batch a short write
transaction, and become real in one final transaction of INSERT … SELECT statements. Readers
never see half an import; writers (the gate) wait for a batch at most, never for the whole
import; the copies are dropped afterwards whatever happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import uuid4

from sqlalchemy import Column, MetaData, Table

STAGE_BATCH = 500  # rows per staging transaction: well under a second of the write lock


class Staging:
    """Private copies of some tables, without constraints; ``id`` keeps the row's position."""

    def __init__(self, *sources: Table):
        self.metadata = MetaData()
        suffix = uuid4().hex[:12]
        self.tables = [
            Table(
                f"import_stage_{suffix}_{source.name}",
                self.metadata,
                *[Column(c.name, c.type, primary_key=c.name == "id") for c in source.columns],
            )
            for source in sources
        ]


@contextmanager
def staged(db, *sources: Table) -> Iterator[list[Table]]:
    """The copies of ``sources``, created now and dropped when the block ends."""
    staging = Staging(*sources)
    with db.write() as session:
        staging.metadata.create_all(session.connection())
    try:
        yield staging.tables
    finally:
        with db.write() as session:
            staging.metadata.drop_all(session.connection())
