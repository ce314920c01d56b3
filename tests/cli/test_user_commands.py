"""xinfang users … and xinfang audit …: the way back in, and the log from a console."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import UserDraft
from xinfang_desktop.services import auth as auth_service


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def _backup_beside(capsys, db_url: str) -> Path:
    """A backup in the database's own backups folder (one outside needs a backup password)."""
    code, out, err = run(capsys, "db", "backup", "--db", db_url)
    assert code == 0, err
    return Path(out.split("已备份到：")[1].split()[0])


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _admin(db_url):
    db = Database(db_url)
    try:
        auth_service.create_first_administrator(
            db, UserDraft("admin", "刘主任", "管理员"), ADMIN_PASSWORD, ADMIN_PASSWORD
        )
    finally:
        db.dispose()


def _sign_in(db_url, username, password):
    db = Database(db_url)
    try:
        return auth_service.sign_in(db, username, password)
    finally:
        db.dispose()


ADMIN_PASSWORD = "Xinfang#2026ab"
SIGN_IN = ("--user", "admin", "--password-stdin")


def _stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def _audit_rows(db_url):
    db = Database(db_url)
    try:
        with db.read() as session:
            return session.execute(
                text("SELECT user_name, action, detail FROM audit_entries ORDER BY id")
            ).all()
    finally:
        db.dispose()


def test_a_forgotten_administrator_password_is_recovered_on_the_local_file(capsys, db_url):
    _admin(db_url)
    for _ in range(5):
        with pytest.raises(auth_service.SignInError):
            _sign_in(db_url, "admin", "forgotten-1")
    code, out, _ = run(capsys, "users", "recover-admin", "admin", "--db", db_url)
    assert code == 0
    assert "解除锁定" in out and "审计日志" in out
    temporary = out.split("临时密码：")[1].split("（")[0]
    assert len(temporary) >= 12
    user = _sign_in(db_url, "admin", temporary)
    assert user.must_change_password
    recovered = [row for row in _audit_rows(db_url) if row.action == "password_reset"]
    assert len(recovered) == 1
    assert recovered[0].user_name.startswith("本机恢复（") and "本机恢复" in recovered[0].detail


def test_recovery_is_only_for_an_administrator_on_an_existing_local_file(
    capsys, db_url, tmp_path, monkeypatch
):
    _admin(db_url)
    _stdin(monkeypatch, ADMIN_PASSWORD, "Gate#2026xkq")
    run(capsys, "users", "add", "menwei", "--name", "王师傅", "--role", "门卫",
        "--new-password-stdin", *SIGN_IN, "--db", db_url)  # fmt: skip
    code, _, err = run(capsys, "users", "recover-admin", "menwei", "--db", db_url)
    assert code == 2 and "没有在用的管理员账号“menwei”" in err
    missing = tmp_path / "none" / "x.sqlite3"
    code, _, err = run(capsys, "users", "recover-admin", "admin", "--db", sqlite_url(missing))
    assert code == 2 and "SQLite" in err
    assert not missing.exists()


@pytest.mark.postgres
def test_recovery_is_refused_for_postgresql(capsys, pg_url):
    """Every PC of a shared set-up has the URL: knowing it must not make anyone an admin."""
    _admin(pg_url)
    code, _, err = run(capsys, "users", "recover-admin", "admin", "--db", pg_url)
    assert code == 2 and "PostgreSQL" in err
    assert _sign_in(pg_url, "admin", ADMIN_PASSWORD)  # untouched


def test_add_and_list_users_signed_in_as_an_administrator(capsys, db_url, monkeypatch):
    _admin(db_url)
    _stdin(monkeypatch, ADMIN_PASSWORD, "Gate#2026xkq")
    code, out, err = run(
        capsys,
        "users", "add", "menwei", "--name", "王师傅", "--role", "门卫",
        "--new-password-stdin", *SIGN_IN, "--db", db_url,
    )  # fmt: skip
    assert code == 0, err
    assert "临时密码" not in out
    assert _sign_in(db_url, "menwei", "Gate#2026xkq").display_name == "王师傅"
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, out, _ = run(capsys, "users", "list", *SIGN_IN, "--db", db_url)
    assert "menwei\t王师傅\t门卫\t待修改临时密码" in out
    # The actor of the change is the signed-in user, and each sign-in is audited as such.
    rows = _audit_rows(db_url)
    assert ("刘主任", "user_created") in [(r.user_name, r.action) for r in rows]
    admin_sign_ins = [r.detail for r in rows if r.action == "sign_in" and r.user_name == "刘主任"]
    assert admin_sign_ins == ["命令行", "命令行"]


def test_a_password_prompt_on_a_terminal(capsys, db_url, monkeypatch):
    _admin(db_url)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal(""))
    asked = []

    def fake_getpass(prompt):
        asked.append(prompt)
        return ADMIN_PASSWORD

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, out, _ = run(capsys, "users", "list", "--user", "admin", "--db", db_url)
    assert code == 0 and "admin\t刘主任" in out
    assert asked == ["admin 的密码："]


def test_administrative_commands_refuse_without_a_sign_in(capsys, db_url, tmp_path, monkeypatch):
    _admin(db_url)
    backup = _backup_beside(capsys, db_url)
    _stdin(monkeypatch)  # a pipe with nothing in it, no terminal
    for argv in [
        ("users", "list"),
        ("users", "reset-password", "admin"),
        ("users", "add", "x1", "--name", "某", "--role", "管理员"),
        ("audit", "verify"),
        ("audit", "print", "-o", str(tmp_path / "a.pdf")),
        ("db", "restore", str(backup)),
    ]:
        code, _, err = run(capsys, *argv, "--db", db_url)
        assert code == 2 and "--user" in err, argv
        code, _, err = run(capsys, *argv, "--user", "admin", "--db", db_url)
        assert code == 2 and "没有可输入密码的终端" in err, argv
        code, _, err = run(capsys, *argv, *SIGN_IN, "--db", db_url)
        assert code == 2 and "标准输入中没有登录密码" in err, argv
    assert not (tmp_path / "a.pdf").exists()


def test_wrong_passwords_lock_the_account_as_in_the_window(capsys, db_url, monkeypatch):
    _admin(db_url)
    messages = set()
    for _ in range(5):
        _stdin(monkeypatch, "wrong-password1")
        code, _, err = run(capsys, "users", "list", *SIGN_IN, "--db", db_url)
        assert code == 2
        messages.add(err)
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, _, err = run(capsys, "users", "list", *SIGN_IN, "--db", db_url)
    assert code == 2  # locked: the right password is refused too
    messages.add(err)
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, _, unknown = run(capsys, "users", "list", "--user", "nobody", "--password-stdin",
                           "--db", db_url)  # fmt: skip
    messages.add(unknown)
    assert len(messages) == 1 and "用户名或密码不对" in unknown
    assert [r.action for r in _audit_rows(db_url)].count("locked_out") == 1


def test_roles_without_the_permission_and_temporary_passwords_are_refused(
    capsys, db_url, monkeypatch
):
    _admin(db_url)
    db = Database(db_url)
    try:
        admin = auth_service.sign_in(db, "admin", ADMIN_PASSWORD).actor()
        auth_service.create_user(
            db, admin, UserDraft("xinfang", "张老师", "信访员"), "Clerk#2026qz", "Clerk#2026qz"
        )
    finally:
        db.dispose()
    _stdin(monkeypatch, "Clerk#2026qz")
    code, _, err = run(capsys, "users", "list", "--user", "xinfang", "--password-stdin",
                       "--db", db_url)  # fmt: skip
    assert code == 2 and "临时密码还没有修改" in err
    db = Database(db_url)
    try:
        clerk = auth_service.sign_in(db, "xinfang", "Clerk#2026qz").actor()
        auth_service.change_password(db, clerk, "Clerk#2026qz", "Clerk#2027qz", "Clerk#2027qz")
    finally:
        db.dispose()
    _stdin(monkeypatch, "Clerk#2027qz")
    code, _, err = run(capsys, "users", "list", "--user", "xinfang", "--password-stdin",
                       "--db", db_url)  # fmt: skip
    assert code == 2 and "无权管理用户和密码" in err


def test_restore_signs_in_an_administrator_of_the_current_database(
    capsys, db_url, tmp_path, monkeypatch
):
    _admin(db_url)
    backup = _backup_beside(capsys, db_url)
    _stdin(monkeypatch, "wrong-password1")
    code, _, err = run(capsys, "db", "restore", str(backup), *SIGN_IN, "--db", db_url)
    assert code == 2 and "用户名或密码不对" in err
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, out, err = run(capsys, "db", "restore", str(backup), *SIGN_IN, "--db", db_url)
    assert code == 0, err
    assert "已从备份恢复" in out


def test_no_terminal_and_no_password_never_hangs(tmp_path, sqlite_path):
    import subprocess
    import sys

    _admin(sqlite_url(sqlite_path))
    script = (
        "import sys; from xinfang_desktop.cli.main import main; "
        f"sys.exit(main(['users', 'list', '--user', 'admin', '--db', "
        f"{sqlite_url(sqlite_path)!r}]))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 2
    assert "没有可输入密码的终端" in finished.stderr and "Traceback" not in finished.stderr


def test_user_errors_are_clear(capsys, db_url, monkeypatch):
    _admin(db_url)
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, _, err = run(capsys, "users", "reset-password", "nobody", *SIGN_IN, "--db", db_url)
    assert code == 2 and "没有用户名为“nobody”的用户" in err
    _stdin(monkeypatch, ADMIN_PASSWORD, "short")
    code, _, err = run(
        capsys,
        "users", "add", "x1", "--name", "某", "--role", "门卫",
        "--new-password-stdin", *SIGN_IN, "--db", db_url,
    )  # fmt: skip
    assert code == 2 and "密码：密码至少 12 位" in err
    code, _, err = run(
        capsys, "users", "add", "x1", "--name", "某", "--role", "厨师", "--db", db_url
    )
    assert code == 2


def test_audit_verify_and_print(capsys, db_url, sqlite_path, tmp_path, monkeypatch):
    _admin(db_url)
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, out, _ = run(capsys, "audit", "verify", *SIGN_IN, "--db", db_url)
    assert code == 0 and "2 条记录" in out  # the first administrator, and this sign-in
    pdf = tmp_path / "审计.pdf"
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, out, _ = run(capsys, "audit", "print", "-o", str(pdf), *SIGN_IN, "--db", db_url)
    assert code == 0
    text_of_pdf = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "审计日志摘录" in text_of_pdf and "新建用户" in text_of_pdf
    # Someone edits the log with a SQLite tool, around the guard.
    connection = sqlite3.connect(sqlite_path)
    connection.execute("DROP TRIGGER audit_entries_no_update")
    connection.execute("UPDATE audit_entries SET user_name = '别人' WHERE id = 1")
    connection.commit()
    connection.close()
    _stdin(monkeypatch, ADMIN_PASSWORD)
    code, out, _ = run(capsys, "audit", "verify", *SIGN_IN, "--db", db_url)
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
