"""Alembic environment: always run from the program (db/migrate.py) with a live connection."""

from __future__ import annotations

from alembic import context

from xinfang_desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise RuntimeError("Run migrations through `xinfang db upgrade`, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # One committed step at a time: a failure leaves the last good version, not a mix.
    transaction_per_migration=True,
)

with context.begin_transaction():
    context.run_migrations()
