"""Reads through Core (Database.read_connection) get the same typed storage errors as sessions,
and an ORM version conflict is still a ConflictError once the ORM is loaded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from xinfang_desktop.db.engine import Database, sqlite_url, translate_error
from xinfang_desktop.db.errors import ConflictError, DamagedDatabaseError
from xinfang_desktop.db.tables import visits


def test_a_core_read_of_a_damaged_file_is_told_as_damage(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 500)
    db = Database(sqlite_url(path))
    try:
        with pytest.raises(DamagedDatabaseError), db.read_connection() as connection:
            connection.execute(select(visits.c.id)).all()
    finally:
        db.dispose()


def test_a_stale_orm_write_is_a_conflict():
    from sqlalchemy.orm.exc import StaleDataError

    assert isinstance(translate_error(StaleDataError("row changed")), ConflictError)


def _connect_arguments(monkeypatch, url: str) -> dict:
    import psycopg

    seen: dict = {}

    def refuse(*args, **kwargs):
        seen.update(kwargs)
        raise psycopg.OperationalError("connection refused (test)")

    monkeypatch.setattr(psycopg, "connect", refuse)
    monkeypatch.setattr(psycopg.Connection, "connect", refuse)
    db = Database(url)
    try:
        with pytest.raises(Exception):  # noqa: B017 - only the arguments matter here
            db.ping()
    finally:
        db.dispose()
    return seen


def test_a_server_that_drops_packets_is_given_up_on_after_ten_seconds(monkeypatch):
    seen = _connect_arguments(monkeypatch, "postgresql+psycopg://u:p@192.0.2.1/xinfang")
    assert seen.get("connect_timeout") == 10


def test_a_timeout_in_the_address_is_kept(monkeypatch):
    seen = _connect_arguments(
        monkeypatch, "postgresql+psycopg://u:p@192.0.2.1/xinfang?connect_timeout=3"
    )
    assert str(seen.get("connect_timeout")) == "3"
