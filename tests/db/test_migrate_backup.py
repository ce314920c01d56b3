import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from xinfang_desktop.db import migrate
from xinfang_desktop.db.backup import backup_database, check_sqlite_file, restore_database
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.db.errors import DamagedDatabaseError, NewerSchemaError, StorageError
from xinfang_desktop.db.models import Visit
from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.visits import register_visit

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)

NOW = datetime(2026, 11, 22, 15, 0)


def add(db, actor, name: str) -> None:
    register_visit(
        db,
        actor,
        VisitDraft(arrived_at=datetime(2026, 11, 22, 9), name=name, reason="咨询"),
        now=NOW,
    )


def names(db) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Visit.name)))


def test_fresh_file_is_migrated_and_second_start_is_a_no_op(tmp_path):
    backups = tmp_path / "backups"
    first = open_database(sqlite_url(tmp_path / "new.sqlite3"), backups)
    try:
        assert first.migration.from_revision is None
        assert first.migration.to_revision == migrate.head_revision()
        assert first.migration.backup_path is None
        with first.db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert {"settings", "visits", "visit_changes", "watch_entries", "visits_fts"} <= tables
    finally:
        first.db.dispose()
    second = open_database(sqlite_url(tmp_path / "new.sqlite3"), backups, check=True)
    try:
        assert not second.migration.changed
        assert second.migration.backup_path is None
    finally:
        second.db.dispose()
    assert not backups.exists()


def _downgrade_to(db, revision: str) -> None:
    from alembic import command

    config = migrate._config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_an_older_database_is_backed_up_before_migrating(sqlite_db, actor, tmp_path):
    add(sqlite_db, actor, "张三")
    # A database as the first release left it: no per-character search index yet.
    _downgrade_to(sqlite_db, "0001")
    result = migrate.upgrade(sqlite_db, tmp_path / "backups")
    assert result.from_revision == "0001"
    assert result.to_revision == migrate.head_revision()
    # The migration indexed the visit that was already there.
    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.services.visit_search import search_visit_ids

    assert len(search_visit_ids(sqlite_db, ADMIN, VisitQuery("张三")).ids) == 1
    assert result.backup_path is not None
    assert result.backup_path.parent == tmp_path / "backups"
    assert check_sqlite_file(result.backup_path) == []
    copy = Database(sqlite_url(result.backup_path))
    try:
        assert names(copy) == {"张三"}
    finally:
        copy.dispose()


def test_database_from_a_newer_program_is_refused(sqlite_db, tmp_path):
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(NewerSchemaError) as caught:
        migrate.upgrade(sqlite_db, tmp_path / "backups")
    assert "更新版本" in caught.value.user_message
    with pytest.raises(NewerSchemaError):
        open_database(sqlite_db.url, tmp_path / "backups")
    assert not (tmp_path / "backups").exists()


def test_a_foreign_sqlite_file_is_not_touched(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(sqlite_url(path), None)
    assert "不是信访台账的数据库" in caught.value.user_message
    connection = sqlite3.connect(path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert tables == {"customers"}


def test_backup_and_restore_round_trip(sqlite_db, sqlite_path, actor, tmp_path):
    add(sqlite_db, actor, "张三")
    backup = backup_database(sqlite_db, tmp_path / "usb" / "one.backup")
    assert check_sqlite_file(backup) == []
    add(sqlite_db, actor, "李四")
    assert names(sqlite_db) == {"张三", "李四"}

    kept_aside = restore_database(sqlite_db, backup).kept_aside
    assert names(sqlite_db) == {"张三"}
    assert kept_aside is not None
    assert kept_aside.parent == sqlite_path.parent
    assert "before-restore" in kept_aside.name
    previous = Database(sqlite_url(kept_aside))
    try:
        assert names(previous) == {"张三", "李四"}
    finally:
        previous.dispose()
    assert not list(sqlite_path.parent.glob("*.restoring"))


def test_restore_refuses_a_missing_or_damaged_backup(sqlite_db, actor, tmp_path):
    add(sqlite_db, actor, "张三")
    with pytest.raises(DamagedDatabaseError) as caught:
        restore_database(sqlite_db, tmp_path / "nowhere.backup")
    assert "不存在" in caught.value.user_message
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError):
        restore_database(sqlite_db, junk)
    assert names(sqlite_db) == {"张三"}


def damage_copy(source: Path, target: Path) -> None:
    data = bytearray(source.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = bytes((i * 37 + 11) % 256 for i in range(4096))
    target.write_bytes(bytes(data))


def test_quick_check_reports_a_damaged_file(sqlite_db, sqlite_path, actor, tmp_path):
    for n in range(300):
        register_visit(
            sqlite_db,
            actor,
            VisitDraft(arrived_at=datetime(2026, 11, 22, 9), name=f"访客{n}", reason="事由" * 200),
            now=NOW,
        )
    assert sqlite_db.quick_check() == []
    clean = tmp_path / "clean.sqlite3"
    backup_database(sqlite_db, clean)
    damaged = tmp_path / "damaged.sqlite3"
    damage_copy(clean, damaged)

    assert check_sqlite_file(clean) == []
    assert check_sqlite_file(damaged) != []
    db = Database(sqlite_url(damaged))
    try:
        assert db.quick_check() != []
    finally:
        db.dispose()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(sqlite_url(damaged), None, check=True)
    assert "备份恢复" in caught.value.user_message
    with pytest.raises(DamagedDatabaseError):
        backup_database(Database(sqlite_url(damaged)), tmp_path / "from-damaged.backup")


@pytest.mark.postgres
def test_postgresql_backup_and_restore(pg_db, actor, tmp_path):
    add(pg_db, actor, "张三")
    dump = backup_database(pg_db, tmp_path / "pg.backup")
    assert dump.stat().st_size > 0
    add(pg_db, actor, "李四")
    assert restore_database(pg_db, dump).kept_aside is None
    assert names(pg_db) == {"张三"}
    add(pg_db, actor, "王五")  # the id sequence came back with the data
    assert names(pg_db) == {"张三", "王五"}
    with pg_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 2


def test_postgresql_restore_from_missing_file(pg_db, tmp_path):
    with pytest.raises(StorageError) as caught:
        restore_database(pg_db, tmp_path / "nowhere.backup")
    assert "不存在" in caught.value.user_message


def test_postgresql_quick_check_is_empty(pg_db):
    assert pg_db.quick_check() == []
    assert migrate.current_revision(pg_db) == migrate.head_revision()


def test_schema_head_constant_matches_the_migration_scripts():
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_migration_0012_stores_the_numbers_visits_showed_before(database):
    """Existing visits keep the numbers the old computed numbering gave them (place by arrival
    time, then id, within the day, voided ones counted); new ones go on from there."""
    from xinfang_desktop.services.visits import get_visit

    _downgrade_to(database, "0010")
    rows = [  # id, arrived_at: inserted out of order, as backdated registrations were
        (1, datetime(2026, 11, 22, 11, 0)),
        (2, datetime(2026, 11, 22, 8, 0)),
        (3, datetime(2026, 11, 21, 23, 59)),
        (4, datetime(2026, 11, 22, 8, 0)),  # same minute as 2: the id decides
        (5, datetime(2026, 11, 23, 0, 0)),
    ]
    with database.engine.begin() as connection:
        for visit_id, arrived in rows:
            inserted = connection.execute(
                text(
                    "INSERT INTO visits (arrived_at, name, name_initials, gender, phone, "
                    "id_number, people_count, unit_address, reason, category, host, "
                    "receptionist, vehicle_plate, outcome, remarks, search_text, void_reason, "
                    "voided_by, created_at, created_by, updated_at, version) VALUES (:at, "
                    "'某', '', '', '', '', 1, '', '咨询', '', '', '', '', '', '', '咨询', '', "
                    "'', :at, '', :at, 1) RETURNING id"
                ),
                {"at": arrived},
            ).scalar()
            assert inserted == visit_id
    migrate.upgrade(database)
    numbers = {visit_id: get_visit(database, ADMIN, visit_id).number for visit_id, _ in rows}
    assert numbers == {
        1: "20261122-0003",
        2: "20261122-0001",
        3: "20261121-0001",
        4: "20261122-0002",
        5: "20261123-0001",
    }
    register_visit(
        database,
        ADMIN,
        VisitDraft(arrived_at=datetime(2026, 11, 22, 7, 0), name="新", reason="咨询"),
        now=NOW,
    )
    with database.read() as session:
        newest = session.scalar(select(Visit.number).order_by(Visit.id.desc()).limit(1))
    assert newest == "20261122-0004"
