"""Files private by default: 0600 files and 0700 folders for everything holding personal data,
and opened attachments that do not stay behind in the temp folder."""

import os
import stat
import subprocess
import sys
import tempfile
from datetime import date, datetime

from xinfang_desktop.cli.main import main as cli_main
from xinfang_desktop.config import app_paths
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.services import backups
from xinfang_desktop.services import case_attachments as attachments
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor

ADMIN = Actor("刘主任", Role.ADMIN)
NOW = datetime(2026, 11, 23, 17, 0)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_wal_backups_copies_and_logs_are_private(capsys, data_dir):
    assert cli_main(["visits", "add", "--name", "张三", "--reason", "咨询"]) == 0
    assert cli_main(["db", "backup"]) == 0
    capsys.readouterr()
    paths = app_paths()
    from xinfang_desktop.db.engine import Database, sqlite_url

    db = Database(sqlite_url(paths.db_file))
    try:
        backups.automatic_backup(db, paths.backup_dir)
        backup = backups.list_backups(paths.backup_dir)[0].path
        # The live file and its WAL and SHM while a connection is open.
        with db.read() as session:
            session.connection()
            files = [paths.db_file] + [
                paths.db_file.with_name(paths.db_file.name + s)
                for s in ("-wal", "-shm")
                if paths.db_file.with_name(paths.db_file.name + s).exists()
            ]
            assert len(files) == 3
            for path in files:
                assert _mode(path) == 0o600, path
        kept = backups.restore(db, ADMIN, backup)
    finally:
        db.dispose()
    assert kept is not None and _mode(kept) == 0o600
    for folder in (paths.data_dir, paths.backup_dir, paths.backup_dir / "auto", paths.log_dir):
        assert _mode(folder) == 0o700, folder
    for path in list(paths.backup_dir.rglob("*")) + list(paths.log_dir.glob("*")):
        if path.is_file():
            assert _mode(path) == 0o600, path


def test_files_an_older_version_left_open_are_tightened_at_start(capsys, data_dir):
    assert cli_main(["visits", "add", "--name", "张三", "--reason", "咨询"]) == 0
    assert cli_main(["db", "backup"]) == 0
    paths = app_paths()
    backup = next(paths.backup_dir.glob("*.backup"))
    for path in (paths.db_file, backup, paths.backup_dir):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    assert cli_main(["visits", "list"]) == 0
    assert _mode(paths.db_file) == 0o600
    assert _mode(backup) == 0o600
    assert _mode(paths.backup_dir) == 0o700


def test_opened_attachments_are_private_and_removed(sqlite_db, tmp_path):
    case = register_case(
        sqlite_db,
        ADMIN,
        CaseDraft("来信", date(2026, 11, 20), (PetitionerDraft("张三"),), "要求公开收费"),
        now=NOW,
    )
    scan = tmp_path / "来信.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    record = attachments.add_attachment(sqlite_db, ADMIN, case.id, scan, now=NOW)
    copy = attachments.open_temp_copy(sqlite_db, ADMIN, record)
    assert copy.name == "来信.pdf" and copy.read_bytes() == b"%PDF-1.4 letter"
    assert _mode(copy) == 0o600 and _mode(copy.parent.parent) == 0o700
    attachments.remove_temp_copies()
    assert not copy.exists()


def test_copies_left_by_a_process_that_died_are_removed(sqlite_db):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    stale = tempfile.mkdtemp(prefix=f"xinfang-attachments-{pid}-")
    (open(os.path.join(stale, "身份证.jpg"), "wb")).close()
    removed = attachments.remove_stale_temp_folders()
    assert not os.path.exists(stale)
    assert any(str(p) == stale for p in removed)


def test_exit_removes_the_copies(tmp_path, sqlite_path):
    script = f"""
import sys
from datetime import date, datetime
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.services import case_attachments as a
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor
from pathlib import Path
db = Database(sqlite_url(Path({str(sqlite_path)!r})))
actor = Actor("刘主任", Role.ADMIN)
case = register_case(db, actor, CaseDraft("来信", date(2026, 11, 20),
    (PetitionerDraft("张三"),), "要求公开收费"), now=datetime(2026, 11, 23, 17))
scan = Path({str(tmp_path / "scan.pdf")!r}); scan.write_bytes(b"%PDF-1.4")
record = a.add_attachment(db, actor, case.id, scan)
print(a.open_temp_copy(db, actor, record))
db.dispose()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    copy = done.stdout.strip().splitlines()[-1]
    assert copy.endswith("scan.pdf")
    assert not os.path.exists(copy)


def test_every_folder_made_for_private_files_is_private(tmp_path):
    from xinfang_desktop.config import make_private_dir

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    make_private_dir(shared / "数据" / "backups" / "auto")
    # The first automatic backup of a new PC made backups/auto 0700 under a 0755 backups/.
    for made in ("数据", "数据/backups", "数据/backups/auto"):
        assert _mode(shared / made) == 0o700, made
    assert _mode(shared) == 0o755  # a folder that was there keeps its mode


def test_the_first_automatic_backup_leaves_no_open_folder(data_dir):
    from xinfang_desktop.db.engine import sqlite_url
    from xinfang_desktop.services.database import open_database

    paths = app_paths()
    db = open_database(sqlite_url(paths.db_file), paths.backup_dir).db
    try:
        assert not paths.backup_dir.exists()
        backups.automatic_backup(db, paths.backup_dir)
    finally:
        db.dispose()
    assert _mode(paths.backup_dir) == 0o700 and _mode(paths.backup_dir / "auto") == 0o700
