"""The tables that commands read without the ORM, declared in SQLAlchemy Core.

`xinfang visits list`, a printed register and the start-up checks need only these (and the
audit log every print is written to); declaring them here, and mapping
the ORM classes onto them (db/models/visits.py), lets such a process run without importing
``sqlalchemy.orm`` or any other area's models (issue 18: a command costs about what it uses).
Every table shares ``metadata``, which the ORM's ``Base`` uses too, so Alembic and
``create_all`` see one schema.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

# Stable constraint names let Alembic batch migrations on SQLite address them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# One audit event; ``entry_hash`` covers the entry and the previous hash, so an edited or deleted
# entry breaks the chain from that point on. Triggers refuse UPDATE and DELETE.
audit_entries = Table(
    "audit_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("user_name", String(50), nullable=False),
    Column("role", String(10), nullable=False),
    Column("action", String(30), nullable=False, index=True),
    Column("target_kind", String(30), nullable=False, default=""),
    Column("target_id", String(40), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
    Column("previous_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
)

# The unit's settings as key → JSON value (unit name, lists, last receptionist).
settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False, server_default=func.current_timestamp()),
)

# One registration at the gate (来访登记): a person or a group arriving.
visits = Table(
    "visits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("arrived_at", DateTime, nullable=False),
    Column("left_at", DateTime),
    Column("name", String(50), nullable=False),
    Column("name_initials", String(60), nullable=False, default=""),
    Column("gender", String(2), nullable=False, default=""),
    Column("phone", String(30), nullable=False, default=""),
    Column("id_number", String(18), nullable=False, default=""),
    Column("people_count", Integer, nullable=False, default=1),
    Column("unit_address", String(200), nullable=False, default=""),
    Column("reason", String(1000), nullable=False),
    Column("category", String(50), nullable=False, default=""),
    Column("host", String(100), nullable=False, default=""),
    Column("receptionist", String(50), nullable=False, default=""),
    Column("vehicle_plate", String(12), nullable=False, default=""),
    Column("outcome", String(500), nullable=False, default=""),
    Column("remarks", String(1000), nullable=False, default=""),
    # Everything the search box looks in, lower-cased; indexed by FTS5 (SQLite) or pg_trgm.
    Column("search_text", Text, nullable=False, default=""),
    # The number on the visitor slip (20261123-0007), given once when the visit is saved and
    # never recomputed: a backdated registration must not renumber slips already handed out.
    # Nullable only because SQLite cannot add a NOT NULL column to a filled table in place;
    # every insert gets one (models.visits.number_new_visit), and migration 0012 filled the rest.
    Column("number", String(16)),
    Column("voided_at", DateTime),
    Column("void_reason", String(200), nullable=False, default=""),
    Column("voided_by", String(50), nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String(50), nullable=False, default=""),
    Column("updated_at", DateTime, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Index("ix_visits_arrived_at_id", "arrived_at", "id"),
    Index("ix_visits_name", "name"),
    Index("ix_visits_name_initials", "name_initials"),
    Index("ix_visits_phone", "phone"),
    Index("ix_visits_id_number", "id_number"),
    Index("ux_visits_number", "number", unique=True),
)

# 关注名单: a person the gate must be warned about, and why.
watch_entries = Table(
    "watch_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50), nullable=False, default=""),
    Column("phone", String(30), nullable=False, default="", index=True),
    Column("id_number", String(18), nullable=False, default="", index=True),
    Column("reason", String(500), nullable=False),
    Column("added_at", DateTime, nullable=False),
    Column("added_by", String(50), nullable=False, default=""),
    Column("removed_at", DateTime),
    Column("removed_by", String(50), nullable=False, default=""),
    Index("ix_watch_entries_name", "name"),
)
