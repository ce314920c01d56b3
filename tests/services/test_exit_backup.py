"""The exit backup never keeps the user at a closed window: a detached process of the program
makes it, and a backup of the same data is not made twice (issue 18)."""

from __future__ import annotations

import time

from xinfang_desktop import app
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import backups
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.visits import register_visit


def _automatic(db):
    return [b for b in backups.list_backups(backups.default_backup_dir(db)) if b.automatic]


def _changed(db):
    import os
    from datetime import datetime

    now = datetime.now().replace(microsecond=0)
    register_visit(
        db, Actor("王师傅", Role.GATE), VisitDraft(arrived_at=now, name="张三", reason="咨询"),
        now=now,
    )  # fmt: skip
    # The backup's name carries whole seconds: make the write older than that.
    old = time.time() - 120
    for path in db.path.parent.glob(db.path.name + "*"):
        os.utime(path, (old, old))


def test_a_detached_process_makes_the_exit_backup(sqlite_db, monkeypatch):
    started = []
    real_start = app.start_detached
    monkeypatch.setattr(
        app, "start_detached", lambda command: started.append(command) or real_start(command)
    )
    _changed(sqlite_db)
    sqlite_db.dispose()
    app.exit_backup(sqlite_db)
    assert started and started[0][-3:] == ["--exit-backup", "--db", str(sqlite_db.url)]
    deadline = time.monotonic() + 120
    while not _automatic(sqlite_db) and time.monotonic() < deadline:
        time.sleep(0.5)
    (made,) = _automatic(sqlite_db)
    assert backups.check_backup(sqlite_db, made.path) == []


def test_without_a_process_the_backup_is_made_at_once(sqlite_db, monkeypatch):
    def refuse(_command):
        raise OSError("no processes left")

    monkeypatch.setattr(app, "start_detached", refuse)
    _changed(sqlite_db)
    app.exit_backup(sqlite_db)
    assert len(_automatic(sqlite_db)) == 1
    # Nothing written since: the next close backs up nothing and starts nothing.
    monkeypatch.setattr(app, "start_detached", lambda _c: (_ for _ in ()).throw(AssertionError))
    app.exit_backup(sqlite_db)
    assert len(_automatic(sqlite_db)) == 1


def test_a_backup_killed_half_way_is_never_taken_for_one_and_its_leftovers_go(sqlite_db):
    """What a kill mid-copy leaves (a half-written .partial and its journal) is not listed, not
    offered for a restore, and does not stop the next exit backup; the next rotation removes it
    once nothing has written to it for an hour (a younger one may be another backup, running)."""
    import os

    _changed(sqlite_db)
    folder = backups.default_backup_dir(sqlite_db)
    auto = folder / backups.AUTO_FOLDER
    auto.mkdir(parents=True)
    content = sqlite_db.path.read_bytes()
    abandoned = auto / "xinfang-20260101-080000.backup.partial"
    abandoned.write_bytes(content[: len(content) // 2])
    journal = abandoned.with_name(abandoned.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    running = auto / "xinfang-20260101-090000.backup.partial"
    running.write_bytes(content[:4096])
    old = time.time() - 2 * 3600
    for path in (abandoned, journal):
        os.utime(path, (old, old))

    assert backups.list_backups(folder) == []
    assert backups.newest_usable_backup(sqlite_db) is None
    assert not backups.unchanged_since_last_backup(sqlite_db, folder)
    sqlite_db.dispose()

    assert app.run_exit_backup(str(sqlite_db.url)) == 0
    (made,) = _automatic(sqlite_db)
    assert backups.check_backup(sqlite_db, made.path) == []
    assert not abandoned.exists() and not journal.exists()
    assert running.exists()


def test_the_plain_copy_a_killed_restore_or_check_of_an_encrypted_backup_left_goes_too(sqlite_db):
    """Restoring or checking an encrypted backup decrypts it beside the backups
    (.decrypted-<name>): killed there, it stayed, a plain copy of every record."""
    import os

    folder = backups.default_backup_dir(sqlite_db)
    folder.mkdir(parents=True, exist_ok=True)
    abandoned = folder / ".decrypted-xinfang-20260101-080000.backup"
    abandoned.write_bytes(sqlite_db.path.read_bytes())
    journal = abandoned.with_name(abandoned.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    in_use = folder / ".decrypted-xinfang-20260102-080000.backup"
    in_use.write_bytes(b"being checked")
    old = time.time() - 2 * 3600
    for path in (abandoned, journal):
        os.utime(path, (old, old))

    backups.rotate(folder)

    assert not abandoned.exists() and not journal.exists()
    assert in_use.exists()
