"""The declarative base shared by every area's models."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from ..tables import NAMING_CONVENTION, metadata

__all__ = ["NAMING_CONVENTION", "Base"]


class Base(DeclarativeBase):
    # One MetaData with the Core tables of db/tables.py, so Alembic sees one schema.
    metadata = metadata
