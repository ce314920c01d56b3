"""Tamper evidence that survives truncation and recomputation: the chain head anchored
outside the database (config folder, backup manifests, printed extracts)."""

import io
import logging
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from xinfang_desktop.cli.main import main as cli_main
from xinfang_desktop.db import audit_protection
from xinfang_desktop.db.engine import sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.reports.audit_extract import build_audit_extract_pdf
from xinfang_desktop.services import audit, audit_anchors, backups
from xinfang_desktop.services.audit import _entry_hash
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.database import open_database

ADMIN = Actor("刘主任", Role.ADMIN)


def _entries(db, count: int) -> None:
    for n in range(count):
        audit.append(db, ADMIN, "print", target_kind="visit_register", target_id=n)


def _without_guard(db, *statements: str, recompute: bool = False) -> None:
    """Tamper with the guard off (then put it back: the PostgreSQL schema is shared)."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text("DROP TRIGGER audit_entries_no_update"))
            connection.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            connection.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))
        for statement in statements:
            connection.execute(text(statement))
    try:
        if recompute:
            _recompute_chain(db)
    finally:
        audit_protection.restore_triggers(db)


def _recompute_chain(db) -> None:
    """What a careful forger does after editing: every hash recomputed, so it links up."""
    from sqlalchemy import select

    from xinfang_desktop.db.models import AuditEntry

    with db.write() as session:
        previous = audit.GENESIS_HASH
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            entry.previous_hash = previous
            entry.entry_hash = _entry_hash(previous, entry)
            previous = entry.entry_hash


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        ("DELETE FROM audit_entries WHERE id > 20", "被截短"),
        ("DELETE FROM audit_entries", "被截短"),
        ("UPDATE audit_entries SET detail = '改过' WHERE id = 5", "重新计算"),
    ],
)
def test_truncation_and_a_recomputed_chain_are_reported(database, tamper, message):
    _entries(database, 30)
    assert audit.verify_chain(database, ADMIN).intact
    _without_guard(database, tamper, recompute="UPDATE" in tamper)
    check = audit.verify_chain(database, ADMIN)
    assert check.first_broken_id is None  # the chain itself links up
    assert not check.intact
    assert message in check.summary
    # Further entries do not move the anchor onto the forged chain.
    audit.append(database, ADMIN, "print")
    assert not audit.verify_chain(database, ADMIN).intact


def test_the_manifest_of_a_backup_still_anchors_when_the_config_file_is_gone(
    sqlite_db, sqlite_path
):
    _entries(sqlite_db, 12)
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent / "backups")
    manifest = backup.with_name(backup.name + audit_anchors.MANIFEST_SUFFIX)
    assert '"audit_count": 13' in manifest.read_text("utf-8")  # 12 prints and the backup
    audit_anchors.anchor_file().unlink()
    _without_guard(sqlite_db, "DELETE FROM audit_entries WHERE id > 3")
    check = audit.verify_chain(sqlite_db, ADMIN)
    assert not check.intact and "被截短" in check.summary
    assert manifest.name in check.summary


def test_audit_verify_on_the_command_line_reports_truncation(capsys, sqlite_db, sqlite_path):
    _entries(sqlite_db, 10)
    url = sqlite_url(sqlite_path)
    assert cli_main(["audit", "verify", "--db", url]) == 0
    assert "完整" in capsys.readouterr().out
    _without_guard(sqlite_db, "DELETE FROM audit_entries WHERE id > 5")
    assert cli_main(["audit", "verify", "--db", url]) == 1
    assert "被截短" in capsys.readouterr().out


def test_a_restore_restarts_the_anchor_from_the_restored_chain(sqlite_db, sqlite_path):
    _entries(sqlite_db, 3)
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent / "backups")
    _entries(sqlite_db, 20)
    backups.restore(sqlite_db, ADMIN, backup)
    check = audit.verify_chain(sqlite_db, ADMIN)
    assert check.intact, check.summary
    # 3 prints and the restore: the backup's own entry is written after the copy is taken.
    assert check.entries == 4


def test_the_start_up_check_restores_dropped_guards_and_says_so(sqlite_db, sqlite_path, caplog):
    _entries(sqlite_db, 2)
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entries_no_delete"))
    sqlite_db.dispose()
    with caplog.at_level(logging.WARNING, logger="xinfang"):
        opened = open_database(sqlite_url(sqlite_path), None)
    try:
        assert audit_protection.missing_triggers(opened.db) == []
        assert any("已自动恢复" in notice for notice in opened.notices)
        assert "audit_entries_no_delete" in caplog.text
        entry = audit.list_entries(opened.db, ADMIN)[0]
        assert entry.action == "protection_restored"
        assert "audit_entries_no_delete" in entry.detail
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_the_start_up_check_restores_the_postgresql_guard(pg_db, pg_url):
    with pg_db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))
    pg_db.dispose()
    opened = open_database(pg_url, None)
    try:
        assert audit_protection.missing_triggers(opened.db) == []
        assert audit.list_entries(opened.db, ADMIN)[0].action == "protection_restored"
    finally:
        opened.db.dispose()


def test_the_printed_extract_carries_the_chain_head(database):
    _entries(database, 4)
    extract = audit.audit_extract(
        database, ADMIN, date(2000, 1, 1), date(2100, 1, 1), now=datetime(2026, 11, 23, 10)
    )
    head = audit.current_head(database)
    assert (extract.chain_head_count, extract.chain_head_hash) == (head.count, head.last_hash)
    pdf = PdfReader(io.BytesIO(build_audit_extract_pdf(extract)))
    printed = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    assert f"共 {head.count} 条" in printed
    assert head.last_hash[:16] in printed


def test_the_anchor_of_a_new_database_follows_its_first_entries(tmp_path):
    url = sqlite_url(tmp_path / "new" / "xinfang.sqlite3")
    opened = open_database(url, None)
    try:
        _entries(opened.db, 3)
        anchored, _ = audit_anchors.stored_anchor(audit_anchors.database_key(url))
        assert anchored is not None and anchored.count == 3
        _without_guard(opened.db, "DELETE FROM audit_entries WHERE id = 3")
        assert "被截短" in audit.verify_chain(opened.db, ADMIN).summary
    finally:
        opened.db.dispose()
