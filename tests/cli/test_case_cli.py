"""`xinfang` for cases: demo, list, print a notice and the ledger, export, import."""

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import sqlite_url


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")


def test_demo_list_print_and_export(capsys, db_url, tmp_path):
    code, out, err = run(capsys, "demo", "--db", db_url, "--cases", "300", "--seed", "3")
    assert code == 0, err
    assert "完成：300 件信访事项" in out
    code, out, err = run(capsys, "cases", "list", "--db", db_url)
    assert code == 0 and "共 300 件" in err
    first_number = out.splitlines()[1].split("\t")[0]
    assert first_number.startswith("信访〔")
    code, out, err = run(capsys, "cases", "list", "--db", db_url, "--attention", "overdue")
    assert code == 0

    today = date.today()
    ledger = tmp_path / "台账.pdf"
    code, out, err = run(
        capsys,
        "print",
        "case-ledger",
        "--db",
        db_url,
        "--from",
        f"{today.replace(day=1)}",
        "--to",
        f"{today}",
        "-o",
        str(ledger),
    )
    assert code == 0, err
    assert "信访事项登记台账" in pdf_text(ledger)
    xlsx = tmp_path / "台账.xlsx"
    code, out, err = run(
        capsys,
        "export",
        "cases",
        "--db",
        db_url,
        "--from",
        f"{today.replace(day=1)}",
        "--to",
        f"{today}",
        "-o",
        str(xlsx),
    )
    assert code == 0, err
    assert load_workbook(xlsx).active["C3"].value == "编号"

    notice = tmp_path / "n.pdf"
    code, out, err = run(
        capsys,
        "print",
        "case-notice",
        "--db",
        db_url,
        "1",
        "--kind",
        "acceptance",
        "-o",
        str(notice),
    )
    if code == 0:
        assert "受理告知书" in pdf_text(notice) and "已印发" in out
        # The second print is the same document, marked as a copy; --receipt prints its 回证.
        code, out, err = run(
            capsys,
            "print",
            "case-notice",
            "--db",
            db_url,
            "1",
            "--kind",
            "acceptance",
            "-o",
            str(notice),
        )
        assert code == 0 and "已重印（副本）" in out and "副本（" in pdf_text(notice)
        code, out, err = run(
            capsys,
            "print",
            "case-notice",
            "--db",
            db_url,
            "1",
            "--kind",
            "acceptance",
            "--receipt",
            "-o",
            str(notice),
        )
        assert code == 0 and "送达回证" in pdf_text(notice)
    else:  # the first demo case may have been rejected or referred instead
        assert "还没有受理" in err
    code, out, err = run(
        capsys,
        "print",
        "case-notice",
        "--db",
        db_url,
        "信访〔1999〕第1号",
        "--kind",
        "reply",
        "-o",
        str(notice),
    )
    assert code == 2 and "找不到信访事项" in err


def test_demo_needs_a_count(capsys, db_url):
    code, _, err = run(capsys, "demo", "--db", db_url)
    assert code == 2 and "--visits" in err and "--cases" in err


def test_import_dry_run_then_commit(capsys, db_url, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["日期", "当事人", "反映问题", "来源"])
    sheet.append(["2026-03-02", "张三", "要求公开食堂收费", "来信"])
    sheet.append(["不知道", "李四", "", "飞鸽"])
    path = tmp_path / "old.xlsx"
    book.save(path)
    code, out, err = run(
        capsys,
        "import",
        "cases",
        "--db",
        db_url,
        str(path),
        "--dry-run",
        "--map",
        "当事人=petitioner",
    )
    assert code == 2
    assert "第 3 行：收到日期“不知道”看不懂" in err
    assert "第 3 行：渠道“飞鸽”不认识" in err
    assert "第 3 行：请填写信访请求" in err
    assert "没有导入任何一行" in err
    code, out, err = run(
        capsys, "import", "cases", "--db", db_url, str(path), "--map", "当事人=petitioner"
    )
    assert code == 2
    code, out, err = run(capsys, "cases", "list", "--db", db_url)
    assert "共 0 件" in err

    sheet.delete_rows(3)
    book.save(path)
    code, out, err = run(
        capsys,
        "import",
        "cases",
        "--db",
        db_url,
        str(path),
        "--dry-run",
        "--map",
        "当事人=petitioner",
    )
    assert code == 0 and "检查通过：1 行" in out
    code, out, err = run(
        capsys, "import", "cases", "--db", db_url, str(path), "--map", "当事人=petitioner"
    )
    assert code == 0 and "已导入 1 件" in out, err
    code, out, err = run(capsys, "import", "cases", "--db", db_url, str(path), "--map", "x")
    assert code == 2 and "列名=字段" in err


def test_import_a_2010_ledger_then_stats_show_its_own_totals(capsys, db_url, tmp_path):
    from tests.services.test_case_import import ledger_2010

    path = ledger_2010(tmp_path / "2010.xlsx")
    code, out, err = run(capsys, "import", "cases", "--db", db_url, str(path), "--dry-run")
    assert code == 0, err
    assert "内容摘要→信访请求" in out and "办理状态→办理状态" in out
    assert "共 501 件，其中办结 484 件（办结日期不详 484 件），重信重访 47 件。" in out
    code, out, err = run(capsys, "import", "cases", "--db", db_url, str(path))
    assert code == 0 and "已导入 501 件" in out, err
    code, out, err = run(
        capsys, "stats", "--db", db_url, "--from", "2010-01-01", "--to", "2010-12-31"
    )
    assert code == 0, err
    assert "信访事项：501 件 501 人次，办结 484 件" in out and "重信重访 47 件" in out
    code, out, err = run(capsys, "cases", "list", "--db", db_url, "--attention", "overdue")
    assert "共 6 件" in err


def test_import_visits_with_chinese_map_and_dry_run(capsys, db_url, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["日子", "来访人", "来意", "身份证号码"])
    sheet.append(["2019-03-04", "张三", "找班主任", "11010519491231002X"])
    path = tmp_path / "visits.xls.xlsx"
    book.save(path)
    code, out, err = run(capsys, "import", "visits", "--db", db_url, str(path), "--dry-run")
    assert code == 2 and "找不到这些必需的列：来访日期" in err
    code, out, err = run(
        capsys, "import", "visits", "--db", db_url, str(path), "--dry-run", "--map", "日子=来访日期"
    )
    assert code == 0 and "检查通过：1 行" in out, err
    code, out, err = run(
        capsys, "import", "visits", "--db", db_url, str(path), "--map", "日子=来访日期"
    )
    assert code == 0 and "已导入 1 条来访登记" in out, err
    code, out, err = run(capsys, "visits", "list", "--db", db_url, "--date", "2019-03-04")
    assert "张三" in out and "1101**********002X" in out and "11010519491231002X" not in out
