"""A power cut, simulated: a SQLite VFS (through apsw) keeps every write in memory until the
file is synced, and the cut drops whatever was not synced yet, as a disk cache does when the
power goes. With the program's settings (WAL, synchronous=FULL) every committed transaction
survives; the same run with synchronous=NORMAL loses commits, which shows the simulation bites.

apsw carries its own SQLite build, so this checks SQLite's durability under the program's
pragmas on the program's database file, not the pysqlite code path itself.
"""

import shutil
import sqlite3

import apsw
import pytest

from xinfang_desktop.domain.search import character_tokens


class PowerCutVFS(apsw.VFS):
    def __init__(self, name: str):
        self.vfs_name = name
        self.cut = False
        self.files: list[PowerCutFile] = []
        super().__init__(name, "")

    def xOpen(self, name, flags):
        opened = PowerCutFile(self, name, flags)
        self.files.append(opened)
        return opened

    def xDelete(self, name, syncdir):
        if not self.cut:  # once the power is off, nothing is deleted any more
            super().xDelete(name, syncdir)

    def power_cut(self) -> None:
        self.cut = True
        for opened in self.files:
            opened.pending.clear()


class PowerCutFile(apsw.VFSFile):
    """Writes wait in ``pending`` until xSync; reads see them, as the OS cache would."""

    def __init__(self, vfs: PowerCutVFS, name, flags):
        self.vfs = vfs
        self.pending: dict[int, bytes] = {}
        super().__init__("", name, flags)

    def xWrite(self, data, offset):
        if not self.vfs.cut:
            self.pending[offset] = bytes(data)

    def xFileSize(self):
        size = super().xFileSize()
        for start, data in self.pending.items():
            size = max(size, start + len(data))
        return size

    def xRead(self, amount, offset):
        want = max(0, min(amount, self.xFileSize() - offset))
        on_disk = super().xFileSize()
        block = bytearray(super().xRead(want, offset) if offset < on_disk and want else b"")
        block.extend(bytes(want - len(block)))
        for start, data in self.pending.items():
            low, high = max(start, offset), min(start + len(data), offset + want)
            if low < high:
                block[low - offset : high - offset] = data[low - start : high - start]
        return bytes(block)

    def _flush(self) -> None:
        for start, data in sorted(self.pending.items()):
            super().xWrite(data, start)
        self.pending.clear()

    def xSync(self, flags):
        if not self.vfs.cut:
            self._flush()
            super().xSync(flags)

    def xTruncate(self, size):
        if not self.vfs.cut:
            self._flush()
            super().xTruncate(size)

    def xClose(self):
        self.pending.clear()
        super().xClose()


def _commit_then_cut(path, synchronous: str, commits: int, vfs_name: str) -> None:
    vfs = PowerCutVFS(vfs_name)
    connection = apsw.Connection(str(path), vfs=vfs_name)
    connection.create_scalar_function("xinfang_character_tokens", character_tokens, 1)
    # EXCLUSIVE keeps the WAL index in process memory, so no shared-memory file is involved.
    for pragma in (
        "PRAGMA locking_mode = EXCLUSIVE",
        "PRAGMA journal_mode = WAL",
        f"PRAGMA synchronous = {synchronous}",
    ):
        list(connection.execute(pragma))
    connection.execute("CREATE TABLE power_cut_probe (n INTEGER NOT NULL)")
    for n in range(commits):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO power_cut_probe VALUES (?)", (n,))
        connection.execute("COMMIT")
    # A transaction under way when the power goes: it must vanish whole.
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO power_cut_probe VALUES (-1)")
    vfs.power_cut()
    connection.close()
    vfs.unregister()


def _after_restart(path) -> tuple[list[int], str]:
    connection = sqlite3.connect(path)
    try:
        try:
            numbers = [r[0] for r in connection.execute("SELECT n FROM power_cut_probe")]
        except sqlite3.OperationalError:
            numbers = []  # the table itself was never synced
        return numbers, connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("commits", [1, 17, 150])
def test_every_committed_transaction_survives_a_power_cut(sqlite_template, tmp_path, commits):
    path = tmp_path / "xinfang.sqlite3"
    shutil.copyfile(sqlite_template, path)
    _commit_then_cut(path, "FULL", commits, f"powercut-full-{commits}")
    numbers, integrity = _after_restart(path)
    assert integrity == "ok"
    assert numbers == list(range(commits))


def test_without_full_sync_the_simulated_cut_loses_commits(sqlite_template, tmp_path):
    path = tmp_path / "xinfang.sqlite3"
    shutil.copyfile(sqlite_template, path)
    _commit_then_cut(path, "NORMAL", 50, "powercut-normal")
    numbers, integrity = _after_restart(path)
    assert integrity == "ok"
    assert len(numbers) < 50
