import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from xinfang_desktop.db.errors import StorageError
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import audit, backups
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.visit_rows import fetch_visit_rows
from xinfang_desktop.services.visit_search import search_visit_ids

ADMIN = Actor("刘主任", Role.ADMIN)
NOW = datetime(2026, 11, 23, 17, 0)
PASSWORD = "U盘备份的密码 2026"


def _visit(db, name):
    return visit_service.register_visit(
        db,
        ADMIN,
        VisitDraft(arrived_at=NOW - timedelta(hours=1), name=name, reason="咨询"),
        now=NOW,
    )


def _names(db):
    ids = search_visit_ids(db, ADMIN, VisitQuery(include_voided=True)).ids
    return sorted(r.name for r in fetch_visit_rows(db, ADMIN, ids))


def test_automatic_backups_rotate_and_manual_ones_stay(sqlite_db, tmp_path):
    folder = backups.default_backup_dir(sqlite_db)
    for day in range(20):
        backups.automatic_backup(sqlite_db, folder, now=NOW - timedelta(days=day))
    manual = backups.backup_to(sqlite_db, ADMIN, folder, now=NOW - timedelta(days=100))
    kept = backups.list_backups(folder)
    automatic = [b for b in kept if b.automatic]
    assert 7 <= len(automatic) <= 11
    assert manual in [b.path for b in kept]
    assert not backups.daily_backup_due(folder, NOW)
    assert backups.daily_backup_due(folder, NOW + timedelta(days=1))


def test_backup_to_a_usb_folder_then_restore_keeps_the_current_file(
    sqlite_db, sqlite_path, tmp_path
):
    _visit(sqlite_db, "张三")
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_password(sqlite_db, ADMIN, PASSWORD, PASSWORD)
    path = backups.backup_to(sqlite_db, ADMIN, usb, now=NOW)
    assert path.parent == usb and backups.check_backup(sqlite_db, path, password=PASSWORD) == []
    _visit(sqlite_db, "李四")
    kept_aside = backups.restore(sqlite_db, ADMIN, path, password=PASSWORD)
    assert kept_aside is not None and kept_aside.exists()
    assert _names(sqlite_db) == ["张三"]
    actions = [e.action for e in audit.list_entries(sqlite_db, ADMIN)]
    assert actions[0] == "restore"
    assert audit.verify_chain(sqlite_db, ADMIN).intact


def test_restore_refuses_damaged_foreign_or_newer_backups(sqlite_db, tmp_path):
    _visit(sqlite_db, "张三")
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    foreign = tmp_path / "foreign.backup"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)").connection.commit()
    newer = backups.backup_to(sqlite_db, ADMIN, sqlite_db.path.parent / "newer.backup")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    for bad, message in (
        (damaged, "备份文件无法使用"),
        (foreign, "不是信访台账"),
        (newer, "更新版本"),
    ):
        with pytest.raises(StorageError) as caught:
            backups.restore(sqlite_db, ADMIN, bad)
        assert message in caught.value.user_message
    assert _names(sqlite_db) == ["张三"]


def test_only_administrators_back_up_and_restore(sqlite_db, tmp_path):
    clerk = Actor("张老师", Role.CLERK)
    with pytest.raises(PermissionDeniedError):
        backups.backup_to(sqlite_db, clerk, tmp_path)
    with pytest.raises(PermissionDeniedError):
        backups.restore(sqlite_db, clerk, tmp_path / "x.backup")


def test_postgresql_backup_and_restore_through_pg_dump(pg_db, tmp_path):
    _visit(pg_db, "张三")
    path = backups.backup_to(pg_db, ADMIN, backups.default_backup_dir(pg_db), now=NOW)
    assert backups.check_backup(pg_db, path) == []
    _visit(pg_db, "李四")
    assert backups.restore(pg_db, ADMIN, path) is None
    assert _names(pg_db) == ["张三"]
    assert audit.verify_chain(pg_db, ADMIN).intact


def test_an_exit_backup_is_skipped_when_nothing_was_written(sqlite_db, tmp_path):
    import os
    import time

    folder = tmp_path / "backups"
    assert not backups.unchanged_since_last_backup(sqlite_db, folder)  # no backup yet
    # The backup's name carries whole seconds: make the file older than that.
    old = time.time() - 120
    for path in sqlite_db.path.parent.glob(sqlite_db.path.name + "*"):
        os.utime(path, (old, old))
    backups.automatic_backup(sqlite_db, folder)
    assert backups.unchanged_since_last_backup(sqlite_db, folder)
    _visit(sqlite_db, "王五")
    assert not backups.unchanged_since_last_backup(sqlite_db, folder)


def test_a_backup_holds_the_attachments(sqlite_db, tmp_path):
    from datetime import date

    from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
    from xinfang_desktop.services.case_attachments import (
        add_attachment,
        copy_attachment,
        list_attachments,
    )
    from xinfang_desktop.services.cases import register_case

    case = register_case(
        sqlite_db,
        ADMIN,
        CaseDraft("来信", date(2026, 11, 20), (PetitionerDraft("张三"),), "要求公开收费"),
        now=NOW,
    )
    scan = tmp_path / "来信.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    add_attachment(sqlite_db, ADMIN, case.id, scan, now=NOW)
    path = backups.backup_to(sqlite_db, ADMIN, sqlite_db.path.parent, now=NOW)
    stored = list_attachments(sqlite_db, ADMIN, case.id)[0]
    with sqlite_db.write() as session:
        session.execute(text("DELETE FROM case_attachments"))
        session.execute(text("DELETE FROM attachment_contents"))
    backups.restore(sqlite_db, ADMIN, path)
    out = copy_attachment(sqlite_db, ADMIN, stored, tmp_path / "out.pdf")
    assert out.read_bytes() == b"%PDF-1.4 letter"
