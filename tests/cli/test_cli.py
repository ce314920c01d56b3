"""The `xinfang` command: run in-process through main(), and once as a real console script."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.config import DB_FILE_NAME
from xinfang_desktop.db.engine import sqlite_url


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_zhang_san(capsys, db_url: str, *extra: str) -> str:
    code, out, err = run(
        capsys,
        "visits", "add", "--db", db_url,
        "--name", "张三", "--phone", "13800138000", "--reason", "咨询招生",
        "--id-number", "11010519491231002x", "--time", "2026-11-22 09:30",
        *extra,
    )  # fmt: skip
    assert code == 0, err
    return out


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_help_is_chinese(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "用法：" in out
    assert "来访登记" in out
    code, out, _ = run(capsys, "visits", "add", "--help")
    assert code == 0
    assert "--db URL" in out
    assert "来访事由" in out


def test_no_command_is_a_usage_error(capsys):
    code, _, err = run(capsys)
    assert code == 2
    assert "缺少必填参数" in err


def test_unknown_option_is_a_usage_error(capsys):
    code, _, err = run(capsys, "visits", "list", "--colour")
    assert code == 2
    assert "无法识别的参数：--colour" in err


def test_add_prints_the_visit_number(capsys, db_url):
    out = add_zhang_san(capsys, db_url)
    assert "来访编号：20261122-0001" in out
    out = add_zhang_san(capsys, db_url, "--time", "2026-11-22 10:00")
    assert "20261122-0002" in out
    assert "此前来过 1 次" in out


def test_add_with_every_field(capsys, db_url):
    code, out, err = run(
        capsys,
        "visits", "add", "--db", db_url, "--name", "李四", "--reason", "送货", "--gender", "男",
        "--people", "6", "--unit", "顺达物流", "--category", "送货/施工", "--host", "总务处",
        "--receptionist", "王师傅", "--plate", "鲁D12345", "--time", "2026-11-22 08:00",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "visits", "list", "--db", db_url, "--format", "json")
    (row,) = json.loads(out)
    assert row["people_count"] == 6
    assert row["vehicle_plate"] == "鲁D12345"
    assert row["host"] == "总务处"


def test_add_with_a_bad_id_number_names_the_field(capsys, db_url):
    code, out, err = run(
        capsys, "visits", "add", "--db", db_url,
        "--name", "张三", "--reason", "咨询", "--id-number", "110105194912310021",
    )  # fmt: skip
    assert code == 2
    assert "身份证号：身份证号校验位不对" in err
    assert out == ""
    code, out, _ = run(capsys, "visits", "list", "--db", db_url)
    assert "共 0 条" in out


def test_add_without_reason(capsys, db_url):
    code, _, err = run(capsys, "visits", "add", "--db", db_url, "--name", "张三")
    assert code == 2
    assert "来访事由：请填写来访事由" in err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--time", "2026-11-31 09:00", "时间“2026-11-31 09:00”不对"),
        ("--time", "明天", "时间“明天”不对"),
        ("--people", "三", "应为整数"),
    ],
)
def test_add_with_bad_values(capsys, db_url, option, value, message):
    code, _, err = run(
        capsys, "visits", "add", "--db", db_url, "--name", "张三", "--reason", "x", option, value
    )
    assert code == 2
    assert message in err


def test_list_formats_mask_id_numbers(capsys, db_url):
    add_zhang_san(capsys, db_url)
    code, out, _ = run(capsys, "visits", "list", "--db", db_url, "--date", "2026-11-22")
    assert code == 0
    assert "张三" in out
    assert "1101**********002X" in out
    assert "11010519491231002X" not in out

    code, out, _ = run(capsys, "visits", "list", "--db", db_url, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["姓名"] == "张三"
    assert rows[0]["身份证号"] == "1101**********002X"
    assert rows[0]["来访时间"] == "2026-11-22 09:30"

    code, out, _ = run(capsys, "visits", "list", "--db", db_url, "--format", "json")
    (row,) = json.loads(out)
    assert row["id_number"] == "1101**********002X"
    assert row["arrived_at"] == "2026-11-22 09:30:00"


def test_list_filters(capsys, db_url):
    add_zhang_san(capsys, db_url)
    run(
        capsys, "visits", "add", "--db", db_url, "--name", "李四", "--reason", "投诉食堂饭菜偏咸",
        "--category", "投诉举报", "--time", "2026-11-21 10:00",
    )  # fmt: skip

    def listed(*options):
        code, out, err = run(capsys, "visits", "list", "--db", db_url, "--format", "json", *options)
        assert code == 0, err
        return [r["name"] for r in json.loads(out)]

    assert listed() == ["张三", "李四"]
    assert listed("--date", "2026-11-21") == ["李四"]
    assert listed("--from", "2026-11-22") == ["张三"]
    assert listed("--to", "2026-11-21") == ["李四"]
    assert listed("--search", "zs") == ["张三"]
    assert listed("--search", "食堂饭菜") == ["李四"]
    assert listed("--search", "0013") == ["张三"]
    assert listed("--category", "投诉举报") == ["李四"]
    assert listed("--limit", "1") == ["张三"]


def test_list_with_bad_dates(capsys, db_url):
    code, _, err = run(capsys, "visits", "list", "--db", db_url, "--date", "2026-02-30")
    assert code == 2
    assert "日期“2026-02-30”不对" in err
    code, _, err = run(
        capsys, "visits", "list", "--db", db_url, "--date", "2026-11-22", "--from", "2026-11-01"
    )
    assert code == 2
    assert "不能与" in err
    code, _, err = run(
        capsys, "visits", "list", "--db", db_url, "--from", "2026-11-22", "--to", "2026-11-01"
    )
    assert code == 2
    assert "结束日期不能早于开始日期" in err


def test_print_register_contains_the_visitor(capsys, db_url, tmp_path):
    add_zhang_san(capsys, db_url)
    target = tmp_path / "register.pdf"
    code, out, err = run(
        capsys, "print", "visit-register", "--db", db_url,
        "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert "1 条" in out
    text = pdf_text(target)
    assert "张三" in text
    assert "11010519491231002X" not in text


def test_print_register_with_from_after_to(capsys, db_url, tmp_path):
    target = tmp_path / "register.pdf"
    code, _, err = run(
        capsys, "print", "visit-register", "--db", db_url,
        "--from", "2026-11-30", "--to", "2026-11-01", "-o", str(target),
    )  # fmt: skip
    assert code == 2
    assert "结束日期不能早于开始日期" in err
    assert not target.exists()


def test_print_register_needs_output(capsys, db_url):
    code, _, err = run(
        capsys,
        "print",
        "visit-register",
        "--db",
        db_url,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    )
    assert code == 2
    assert "-o/--output" in err


def test_print_into_a_missing_folder_is_a_clear_error(capsys, db_url, tmp_path):
    code, _, err = run(
        capsys, "print", "visit-register", "--db", db_url, "--from", "2026-11-01",
        "--to", "2026-11-30", "-o", str(tmp_path / "no" / "such" / "r.pdf"),
    )  # fmt: skip
    assert code == 2  # told before any work starts
    assert "无法写入" in err and "文件夹不存在" in err


def test_print_visitor_slip(capsys, db_url, tmp_path):
    add_zhang_san(capsys, db_url, "--host", "教务处")
    target = tmp_path / "slip.pdf"
    code, out, err = run(capsys, "print", "visitor-slip", "1", "--db", db_url, "-o", str(target))
    assert code == 0, err
    assert "20261122-0001" in out
    text = pdf_text(target)
    assert "张三" in text
    assert "教务处" in text
    code, _, err = run(capsys, "print", "visitor-slip", "99", "--db", db_url, "-o", str(target))
    assert code == 1
    assert "找不到这条记录" in err


def test_export_register_has_the_row(capsys, db_url, tmp_path):
    add_zhang_san(capsys, db_url)
    target = tmp_path / "register.xlsx"
    code, _, err = run(
        capsys, "export", "visit-register", "--db", db_url,
        "--from", "2026-11-22", "--to", "2026-11-22", "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    workbook = load_workbook(target, read_only=True)
    try:
        cells = [str(c) for row in workbook.active.iter_rows(values_only=True) for c in row if c]
    finally:
        workbook.close()
    assert "张三" in cells
    assert "1101**********002X" in cells
    assert "11010519491231002X" not in cells


def test_db_upgrade_check_backup_restore(capsys, tmp_path):
    url = sqlite_url(tmp_path / "fresh" / "x.sqlite3")
    code, out, _ = run(capsys, "db", "upgrade", "--db", url)
    assert (code, "已建立新数据库" in out) == (0, True)
    code, out, _ = run(capsys, "db", "upgrade", "--db", url)
    assert (code, "无需升级" in out) == (0, True)
    code, out, _ = run(capsys, "db", "check", "--db", url)
    assert (code, "检查通过" in out) == (0, True)

    add_zhang_san(capsys, url)
    backup = tmp_path / "fresh" / "one.backup"  # inside the data folder: not encrypted
    code, out, _ = run(capsys, "db", "backup", "--db", url, str(backup))
    assert code == 0
    assert str(backup) in out

    add_zhang_san(capsys, url, "--name", "李四")
    code, out, err = run(capsys, "db", "restore", "--db", url, str(backup))
    assert code == 0, err
    assert "另存为" in out
    kept = Path(out.split("另存为：")[1].strip())
    assert kept.is_file()
    code, out, _ = run(capsys, "visits", "list", "--db", url, "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["张三"]


def test_db_backup_default_folder_is_beside_the_database(capsys, db_url, sqlite_path):
    code, _, _ = run(capsys, "db", "backup", "--db", db_url)
    assert code == 0
    assert list((sqlite_path.parent / "backups").glob("xinfang-*.backup"))


def test_db_restore_from_missing_file(capsys, db_url, tmp_path):
    code, _, err = run(capsys, "db", "restore", "--db", db_url, str(tmp_path / "nope.backup"))
    assert code == 2
    assert "找不到备份文件" in err


def test_db_restore_from_a_damaged_file(capsys, db_url, tmp_path):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "db", "restore", "--db", db_url, str(junk))
    assert code == 1
    assert "备份文件无法使用" in err


def test_db_check_reports_a_damaged_file(capsys, tmp_path, db_url, sqlite_path):
    for n in range(150):
        add_zhang_san(capsys, db_url, "--unit", f"单位{n}" * 20)
    damaged = sqlite_path.parent / "damaged.sqlite3"
    run(capsys, "db", "backup", "--db", db_url, str(damaged))
    data = bytearray(damaged.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = bytes(range(256)) * 16
    damaged.write_bytes(bytes(data))
    code, out, _ = run(capsys, "db", "check", "--db", sqlite_url(damaged))
    assert code == 1
    assert "已损坏" in out


def test_db_check_of_a_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "db", "check", "--db", sqlite_url(tmp_path / "none.sqlite3"))
    assert code == 1
    assert "数据库文件不存在" in err


def test_newer_database_is_refused_with_exit_1(capsys, db_url, sqlite_db):
    from sqlalchemy import text

    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    sqlite_db.dispose()
    code, _, err = run(capsys, "visits", "list", "--db", db_url)
    assert code == 1
    assert "更新版本" in err


def test_demo_writes_realistic_visits_and_sets_the_unit(capsys, db_url):
    code, out, err = run(capsys, "demo", "--db", db_url, "--visits", "300", "--seed", "7")
    assert code == 0, err
    assert "300" in out
    assert "邹坞镇中心小学" in out
    code, out, _ = run(
        capsys, "visits", "list", "--db", db_url, "--format", "json", "--include-voided"
    )
    rows = json.loads(out)
    assert len(rows) == 300
    assert all("*" in r["id_number"] for r in rows if r["id_number"])


def test_demo_needs_a_count(capsys, db_url):
    code, _, err = run(capsys, "demo", "--db", db_url)
    assert code == 2
    assert "--visits" in err
    code, _, err = run(capsys, "demo", "--db", db_url, "--visits", "-5")
    assert code == 2


def test_default_database_is_the_windows_file_in_the_data_folder(capsys, data_dir):
    code, _, err = run(capsys, "visits", "add", "--name", "张三", "--reason", "咨询")
    assert code == 0, err
    assert (data_dir / DB_FILE_NAME).is_file()
    _, out, _ = run(
        capsys, "visits", "list", "--db", sqlite_url(data_dir / DB_FILE_NAME), "--format", "json"
    )
    assert [r["name"] for r in json.loads(out)] == ["张三"]


def test_storage_error_exit_code_on_unreachable_server(capsys):
    code, _, err = run(
        capsys, "visits", "list", "--db", "postgresql+psycopg://nobody:x@127.0.0.1:1/none"
    )
    assert code == 1
    assert "无法连接数据库服务器" in err


@pytest.mark.postgres
def test_cli_on_postgresql(capsys, pg_url, data_dir):
    tmp_path = data_dir / "backups"  # the data folder's own backups: not encrypted
    add_zhang_san(capsys, pg_url)
    code, out, _ = run(capsys, "visits", "list", "--db", pg_url, "--search", "张三")
    assert code == 0
    assert "张三" in out
    code, out, _ = run(capsys, "db", "backup", "--db", pg_url, str(tmp_path / "pg.backup"))
    assert code == 0
    add_zhang_san(capsys, pg_url, "--name", "李四")
    code, out, err = run(capsys, "db", "restore", "--db", pg_url, str(tmp_path / "pg.backup"))
    assert code == 0, err
    code, out, _ = run(capsys, "visits", "list", "--db", pg_url, "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["张三"]


def test_console_script_runs_as_a_real_process(tmp_path, data_dir):
    # The script installed beside this interpreter (the venv's), not an older one on PATH.
    beside_python = Path(sys.executable).with_name("xinfang")
    script = str(beside_python) if beside_python.exists() else shutil.which("xinfang")
    assert script, "the xinfang console script is not installed"
    env = dict(os.environ, XINFANG_DATA_DIR=str(data_dir))
    added = subprocess.run(
        [script, "visits", "add", "--name", "王五", "--reason", "维修", "--phone", "13700001111"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f"来访编号：{date.today():%Y%m%d}-0001" in added.stdout
    assert (data_dir / DB_FILE_NAME).is_file()
    bad = subprocess.run(
        [script, "visits", "add", "--name", "王五", "--reason", "x", "--id-number", "123"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "身份证号" in bad.stderr
