"""One restore path with one set of rules, for the window and the command line alike."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from xinfang_desktop.cli.main import main as cli_main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.db.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    MissingDatabaseError,
    StorageError,
)
from xinfang_desktop.db.models import Visit
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import audit, backups
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.visits import register_visit

ADMIN = Actor("刘主任", Role.ADMIN)
NOW = datetime(2026, 11, 23, 17, 0)


def _visit(db, name):
    register_visit(
        db,
        ADMIN,
        VisitDraft(arrived_at=NOW - timedelta(hours=1), name=name, reason="咨询"),
        now=NOW,
    )


def _names(db) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(Visit.name)))


def _cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _bad_backups(sqlite_db, folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(exist_ok=True)
    empty = folder / "empty.backup"
    empty.write_bytes(b"")
    foreign = folder / "foreign.backup"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE customers (name TEXT)")
    connection.commit()
    connection.close()
    newer = backups.backup_to(sqlite_db, ADMIN, folder / "newer.backup")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    unversioned = backups.backup_to(sqlite_db, ADMIN, folder / "unversioned.backup")
    connection = sqlite3.connect(unversioned)
    connection.execute("DROP TABLE alembic_version")
    connection.commit()
    connection.close()
    return {
        "empty": (empty, "空的"),
        "foreign": (foreign, "不是信访台账"),
        "newer": (newer, "更新版本"),
        "unversioned": (unversioned, "没有版本信息"),
    }


def test_the_command_line_refuses_what_the_window_refuses(capsys, sqlite_db, sqlite_path):
    _visit(sqlite_db, "张三")
    before = audit.current_head(sqlite_db)
    bad = _bad_backups(sqlite_db, sqlite_path.parent / "bad")
    for kind, (path, message) in bad.items():
        with pytest.raises(StorageError) as caught:
            backups.restore(sqlite_db, ADMIN, path)
        assert message in caught.value.user_message, kind
        code, _, err = _cli(capsys, "db", "restore", "--db", sqlite_url(sqlite_path), str(path))
        assert code == 1, kind
        assert message in err, kind
    assert _names(sqlite_db) == ["张三"]
    # Nothing was restored, so no restore was recorded either.
    assert "restore" not in [e.action for e in audit.list_entries(sqlite_db, ADMIN)]
    assert audit.current_head(sqlite_db).count == before.count + 2  # the two backups above


_HOLDER = """
import sys, time
from sqlalchemy import text
from xinfang_desktop.db.engine import Database
db = Database(sys.argv[1])
with db.read() as session:
    session.execute(text("SELECT count(*) FROM visits")).scalar()
print("open", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_restore_is_refused_while_another_process_has_the_database_open(sqlite_db, sqlite_path):
    _visit(sqlite_db, "张三")
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent)
    _visit(sqlite_db, "李四")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, sqlite_url(sqlite_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUseError) as caught:
            backups.restore(sqlite_db, ADMIN, backup)
        assert "另一个程序" in caught.value.user_message
        assert _names(sqlite_db) == ["张三", "李四"]
    finally:
        holder.communicate("\n", timeout=30)
    inode = sqlite_path.stat().st_ino
    backups.restore(sqlite_db, ADMIN, backup)
    assert _names(sqlite_db) == ["张三"]
    # Copied into the live file, never renamed away: the same file on disk.
    assert sqlite_path.stat().st_ino == inode


_RESTORER = """
import sys
from xinfang_desktop.db.engine import Database
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.services import backups
from xinfang_desktop.services.context import Actor
db = Database(sys.argv[1])
print("go", flush=True)
backups.restore(db, Actor("刘主任", Role.ADMIN), sys.argv[2])
"""


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_content(
    sqlite_db, sqlite_path, data_dir
):
    for n in range(300):
        _visit(sqlite_db, f"旧{n}")
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent)
    for n in range(300):
        _visit(sqlite_db, f"新{n}")
    sqlite_db.dispose()
    outcomes = set()
    for delay in (0.05, 0.15, 0.3, 0.5, 0.8, 1.2):
        restorer = subprocess.Popen(
            [sys.executable, "-c", _RESTORER, sqlite_url(sqlite_path), str(backup)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        restorer.stdout.readline()
        time.sleep(delay)
        restorer.kill()
        restorer.communicate()
        db = Database(sqlite_url(sqlite_path))
        try:
            assert db.quick_check() == []
            count = len(_names(db))
            assert count in (300, 600)
            outcomes.add(count)
            if count == 300:  # restored: put the newer content back for the next round
                for n in range(300):
                    _visit(db, f"新{n}")
        finally:
            db.dispose()
    assert outcomes  # at least one round ran to a checked state


def test_a_missing_database_beside_backups_is_never_silently_replaced(
    capsys, sqlite_db, sqlite_path
):
    _visit(sqlite_db, "张三")
    backups.automatic_backup(sqlite_db, backups.default_backup_dir(sqlite_db), now=NOW)
    sqlite_db.dispose()
    for suffix in ("", "-wal", "-shm"):
        sqlite_path.with_name(sqlite_path.name + suffix).unlink(missing_ok=True)
    url = sqlite_url(sqlite_path)

    with pytest.raises(MissingDatabaseError) as caught:
        open_database(url, None)
    assert "没有数据库文件" in caught.value.user_message
    code, _, err = _cli(capsys, "visits", "list", "--db", url)
    assert code == 1 and "xinfang db restore" in err
    assert not sqlite_path.exists()

    newest = caught.value.newest_backup.path
    sqlite_db.dispose()
    code, _, err = _cli(capsys, "db", "restore", "--db", url, str(newest))
    assert code == 0, err
    code, out, _ = _cli(capsys, "visits", "list", "--db", url, "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["张三"]


def test_a_new_empty_database_only_when_asked_for(capsys, sqlite_db, sqlite_path):
    backups.automatic_backup(sqlite_db, backups.default_backup_dir(sqlite_db), now=NOW)
    sqlite_db.dispose()
    sqlite_path.unlink()
    url = sqlite_url(sqlite_path)
    code, _, err = _cli(capsys, "db", "upgrade", "--db", url)
    assert code == 1 and "--new" in err
    code, out, err = _cli(capsys, "db", "upgrade", "--db", url, "--new")
    assert code == 0, err
    assert "已建立新数据库" in out


def test_a_damaged_live_file_is_kept_aside_and_replaced(sqlite_db, sqlite_path):
    _visit(sqlite_db, "张三")
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent)
    sqlite_db.dispose()
    data = bytearray(sqlite_path.read_bytes())
    data[:100] = bytes(100)  # a zeroed header
    sqlite_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        sqlite_path.with_name(sqlite_path.name + suffix).unlink(missing_ok=True)
    kept = backups.restore(sqlite_db, ADMIN, backup)
    assert kept is not None and kept.read_bytes()[:100] == bytes(100)
    assert _names(sqlite_db) == ["张三"]


def test_backup_and_restore_leave_no_litter(sqlite_db, sqlite_path, tmp_path):
    _visit(sqlite_db, "张三")
    backups.set_backup_password(sqlite_db, ADMIN, "一个很长的备份密码abc", "一个很长的备份密码abc")
    usb = tmp_path / "usb"
    usb.mkdir()
    plain = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent / "backups")
    secret = backups.backup_to(sqlite_db, ADMIN, usb)
    backups.automatic_backup(sqlite_db, backups.default_backup_dir(sqlite_db))
    backups.restore(sqlite_db, ADMIN, plain)
    backups.restore(sqlite_db, ADMIN, secret, password="一个很长的备份密码abc")
    sqlite_db.dispose()
    litter = [
        p
        for folder in (sqlite_path.parent, usb)
        for p in folder.rglob("*")
        if p.name.endswith((".partial", "-wal", "-shm", "-journal", ".restoring"))
        or p.name.startswith((".staging", ".decrypted"))
    ]
    assert litter == []


def test_backups_and_restores_are_audited_from_the_command_line(capsys, sqlite_db, sqlite_path):
    _visit(sqlite_db, "张三")
    url = sqlite_url(sqlite_path)
    target = sqlite_path.parent / "cli.backup"
    sqlite_db.dispose()  # this test's own connection would count as another program
    assert _cli(capsys, "db", "backup", "--db", url, str(target))[0] == 0
    assert _cli(capsys, "db", "restore", "--db", url, str(target))[0] == 0
    actions = [e.action for e in audit.list_entries(sqlite_db, ADMIN)]
    assert actions[:2] == ["restore", "backup"] or actions[0] == "restore"
    restore_entry = audit.list_entries(sqlite_db, ADMIN, action="restore")[0]
    assert "恢复前审计日志共" in restore_entry.detail
    assert "校验链完整" in restore_entry.detail
    # The backup held the backup entry? No: it was written after the copy; the restore's own
    # entry follows the restored chain, and the anchor restarts there.
    assert audit.verify_chain(sqlite_db, ADMIN).intact


def test_an_encrypted_backup_needs_its_password(
    capsys, sqlite_db, sqlite_path, tmp_path, monkeypatch
):
    import io

    _visit(sqlite_db, "张三")
    usb = tmp_path / "usb"
    usb.mkdir()
    url = sqlite_url(sqlite_path)
    code, _, err = _cli(capsys, "db", "backup", "--db", url, str(usb))
    assert code == 1 and "备份密码" in err  # no password set yet: refused, nothing written
    assert list(usb.iterdir()) == []
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\nshort\n"))
    code, _, err = _cli(capsys, "db", "backup-password", "--db", url, "--password-stdin")
    assert code == 2 and "至少 12" in err
    password = "正确的备份密码 horse battery"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n{password}\n"))
    assert _cli(capsys, "db", "backup-password", "--db", url, "--password-stdin")[0] == 0
    code, out, _ = _cli(capsys, "db", "backup", "--db", url, str(usb))
    assert code == 0 and "加密" in out
    backup = next(usb.glob("*.backup"))
    assert b"SQLite format 3" not in backup.read_bytes()
    assert "张三".encode() not in backup.read_bytes()
    _visit(sqlite_db, "李四")
    sqlite_db.dispose()  # this test's own connection would count as another program
    # With --password-stdin the first line signs in (no user yet: it is read and not used),
    # the second is the backup's password.
    monkeypatch.setattr(sys, "stdin", io.StringIO("-\nwrong password here\n"))
    code, _, err = _cli(capsys, "db", "restore", "--db", url, str(backup), "--password-stdin")
    assert code == 1 and "备份密码不对" in err
    assert _names(sqlite_db) == ["张三", "李四"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"-\n{password}\n"))
    sqlite_db.dispose()
    code, _, err = _cli(capsys, "db", "restore", "--db", url, str(backup), "--password-stdin")
    assert code == 0, err
    assert _names(sqlite_db) == ["张三"]


@pytest.mark.postgres
def test_postgresql_restore_refuses_other_sessions_and_is_audited(pg_db, pg_url):
    _visit(pg_db, "张三")
    backup = backups.backup_to(pg_db, ADMIN, backups.default_backup_dir(pg_db) / "pg.backup")
    _visit(pg_db, "李四")
    other = Database(pg_url)
    try:
        with other.read() as session:
            session.execute(select(Visit.id)).all()
        with pytest.raises(DatabaseInUseError):
            backups.restore(pg_db, ADMIN, backup)
    finally:
        other.dispose()
    assert _names(pg_db) == ["张三", "李四"]
    backups.restore(pg_db, ADMIN, backup)
    assert _names(pg_db) == ["张三"]
    assert audit.list_entries(pg_db, ADMIN)[0].action == "restore"
    assert audit.verify_chain(pg_db, ADMIN).intact


def test_a_restore_whose_upgrade_fails_says_where_the_earlier_data_is(
    sqlite_db, sqlite_path, monkeypatch
):
    _visit(sqlite_db, "张三")
    backup = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent)
    _visit(sqlite_db, "李四")

    def upgrade_fails(db, backup_dir=None):
        raise DamagedDatabaseError("migration 0015 failed", "升级数据库时出错。")

    real_upgrade = backups.migrate.upgrade
    monkeypatch.setattr(backups.migrate, "upgrade", upgrade_fails)
    with pytest.raises(StorageError) as refused:
        backups.restore(sqlite_db, ADMIN, backup, now=NOW)
    (kept,) = sqlite_path.parent.glob(sqlite_path.name + ".before-restore-*")
    assert "升级数据库时出错" in refused.value.user_message
    assert str(kept) in refused.value.user_message
    # The copy it names puts the earlier data back, by the same restore.
    # In the same second, which once overwrote that copy with the data being replaced.
    monkeypatch.setattr(backups.migrate, "upgrade", real_upgrade)
    kept_again = backups.restore(sqlite_db, ADMIN, kept, now=NOW)
    assert _names(sqlite_db) == ["张三", "李四"]
    assert kept_again is not None and kept_again != kept and kept.is_file()


def test_restores_in_one_second_keep_every_earlier_copy(sqlite_db, sqlite_path):
    _visit(sqlite_db, "张三")
    first = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent / "first.backup")
    _visit(sqlite_db, "李四")
    second = backups.backup_to(sqlite_db, ADMIN, sqlite_path.parent / "second.backup")
    _visit(sqlite_db, "王五")
    kept = [backups.restore(sqlite_db, ADMIN, b, now=NOW) for b in (first, second, first)]
    assert len(set(kept)) == 3
    contents = []
    for path in kept:
        connection = sqlite3.connect(path)
        contents.append(sorted(r[0] for r in connection.execute("SELECT name FROM visits")))
        connection.close()
    assert contents == [["张三", "李四", "王五"], ["张三"], ["张三", "李四"]]
