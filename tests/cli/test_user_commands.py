"""xinfang users … and xinfang audit …: the way back in, and the log from a console."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import UserDraft
from xinfang_desktop.services import auth as auth_service


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _admin(db_url):
    db = Database(db_url)
    try:
        auth_service.create_first_administrator(
            db, UserDraft("admin", "刘主任", "管理员"), "Xinfang#2026ab", "Xinfang#2026ab"
        )
    finally:
        db.dispose()


def _sign_in(db_url, username, password):
    db = Database(db_url)
    try:
        return auth_service.sign_in(db, username, password)
    finally:
        db.dispose()


def test_reset_a_forgotten_password_with_a_generated_one(capsys, db_url):
    _admin(db_url)
    for _ in range(5):
        with pytest.raises(auth_service.SignInError):
            _sign_in(db_url, "admin", "forgotten-1")
    code, out, _ = run(capsys, "users", "reset-password", "admin", "--db", db_url)
    assert code == 0
    assert "解除锁定" in out
    temporary = out.split("临时密码：")[1].split("（")[0]
    user = _sign_in(db_url, "admin", temporary)
    assert user.must_change_password


def test_add_and_list_users_with_a_password_from_stdin(capsys, db_url, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Gate#2026xkq\n"))
    code, out, _ = run(
        capsys,
        "users",
        "add",
        "menwei",
        "--name",
        "王师傅",
        "--role",
        "门卫",
        "--password-stdin",
        "--db",
        db_url,
    )
    assert code == 0 and "临时密码" not in out
    assert _sign_in(db_url, "menwei", "Gate#2026xkq").display_name == "王师傅"
    code, out, _ = run(capsys, "users", "list", "--db", db_url)
    assert "menwei\t王师傅\t门卫\t待修改临时密码" in out


def test_user_errors_are_clear(capsys, db_url, monkeypatch):
    code, _, err = run(capsys, "users", "reset-password", "nobody", "--db", db_url)
    assert code == 2 and "没有用户名为“nobody”的用户" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, _, err = run(
        capsys,
        "users",
        "add",
        "x1",
        "--name",
        "某",
        "--role",
        "门卫",
        "--password-stdin",
        "--db",
        db_url,
    )
    assert code == 2 and "密码：密码至少 12 位" in err
    code, _, err = run(
        capsys, "users", "add", "x1", "--name", "某", "--role", "厨师", "--db", db_url
    )
    assert code == 2


def test_audit_verify_and_print(capsys, db_url, sqlite_path, tmp_path):
    _admin(db_url)
    code, out, _ = run(capsys, "audit", "verify", "--db", db_url)
    assert code == 0 and "1 条记录" in out
    pdf = tmp_path / "审计.pdf"
    code, out, _ = run(capsys, "audit", "print", "-o", str(pdf), "--db", db_url)
    assert code == 0
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "审计日志摘录" in text and "新建用户" in text
    # Someone edits the log with a SQLite tool, around the guard.
    connection = sqlite3.connect(sqlite_path)
    connection.execute("DROP TRIGGER audit_entries_no_update")
    connection.execute("UPDATE audit_entries SET user_name = '别人' WHERE id = 1")
    connection.commit()
    connection.close()
    code, out, _ = run(capsys, "audit", "verify", "--db", db_url)
    assert code == 1 and "第 1 条起校验链断开" in out


def test_a_reader_closing_the_pipe_is_not_an_error(tmp_path, sqlite_path):
    import subprocess
    import sys

    script = (
        "import sys; from xinfang_desktop.cli.main import main; "
        f"sys.exit(main(['demo', '--visits', '300', '--db', {sqlite_url(sqlite_path)!r}]))"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)
    lister = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from xinfang_desktop.cli.main import main; "
            f"sys.exit(main(['visits', 'list', '--db', {sqlite_url(sqlite_path)!r}]))",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with lister:
        lister.stdout.readline()
        lister.stdout.close()  # like `| head -1`
        errors = lister.stderr.read().decode()
        code = lister.wait(timeout=60)
    assert code == 0, errors
    assert "Traceback" not in errors
