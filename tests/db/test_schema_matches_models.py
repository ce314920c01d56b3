"""The migrations build exactly the schema the models declare, on both engines.

A column the model has but a migration forgot (or a different type, size or index) would
only show on a user's PC; Alembic's comparison finds it here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from xinfang_desktop.db.models import Base

# Tables that live outside the models on purpose: Alembic's own, and SQLite's full-text index.
_NOT_MODELLED = ("alembic_version", "visits_chars", "visits_fts")
# PostgreSQL's trigram index for substring search is an expression the models do not declare.
_NOT_MODELLED_INDEXES = {"ix_visits_search_trgm"}


def _differences(db) -> list:
    def include_object(obj, name, type_, reflected, compare_to):
        if type_ == "index" and name in _NOT_MODELLED_INDEXES:
            return False
        if type_ == "table" and (name.startswith(_NOT_MODELLED) or name.startswith("sqlite_")):
            return False
        table = getattr(obj, "table", None)
        return not (table is not None and str(table.name).startswith(_NOT_MODELLED))

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": include_object},
        )
        return compare_metadata(context, Base.metadata)


def test_migrated_schema_matches_the_models(database):
    assert _differences(database) == []
