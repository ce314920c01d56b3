"""xinfang stats: the same figures as the service, in three formats, and clear errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from xinfang_desktop.cli.main import main
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor

ADMIN = Actor("刘主任", Role.ADMIN)


@pytest.fixture
def db_url(sqlite_db):
    for n, channel in enumerate(("来信", "来信", "来电")):
        register_case(
            sqlite_db,
            ADMIN,
            CaseDraft(channel, date(2026, 11, 2 + n), (PetitionerDraft(f"信访人{n}"),), "事项"),
        )
    return sqlite_db.url.render_as_string(hide_password=False)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_table_csv_and_json_agree(capsys, db_url):
    period = ("--from", "2026-11-01", "--to", "2026-11-30", "--db", db_url)
    code, out, _ = run(capsys, "stats", *period)
    assert code == 0
    assert "信访事项：3 件 3 人次，办结 0 件，办结率 0.0%" in out
    assert "来信\t2\t66.7%\t2\t0\t0.0%\t0\t—" in out
    assert "合计\t3\t100.0%\t3\t0\t0.0%\t0\t—" in out
    code, out, _ = run(capsys, "stats", *period, "--format", "csv")
    # A BOM first, or Excel on Chinese Windows reads the UTF-8 as GBK.
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0][0] == "渠道" and rows[1][:2] == ["来信", "2"] and rows[-1][:2] == ["合计", "3"]
    code, out, _ = run(capsys, "stats", *period, "--format", "json", "--by", "category")
    data = json.loads(out)
    assert data["totals"]["cases"] == 3 and data["totals"]["closure_rate"] == 0.0
    assert data["rows"] == [
        {
            "label": "（未填）",
            "cases": 3,
            "persons": 3,
            "share": 100.0,
            "closed": 0,
            "closed_on_time": 0,
            "closure_rate": 0.0,
            "on_time_rate": None,
        }
    ]


def test_the_same_shares_in_table_csv_and_json(capsys, db_url):
    """The 占比 a user reads in the terminal is the one a script reads from csv or json."""
    period = ("--from", "2026-11-01", "--to", "2026-11-30", "--db", db_url)
    _, table, _ = run(capsys, "stats", *period)
    table_shares = {
        line.split("\t")[0]: line.split("\t")[2]
        for line in table.splitlines()
        if line.count("\t") == 7 and not line.startswith("渠道")
    }
    _, out, _ = run(capsys, "stats", *period, "--format", "csv")
    csv_shares = {row[0]: row[2] for row in list(csv.reader(io.StringIO(out)))[1:]}
    _, out, _ = run(capsys, "stats", *period, "--format", "json")
    json_shares = {row["label"]: f"{row['share']:.1f}%" for row in json.loads(out)["rows"]}
    assert table_shares == csv_shares == {"来信": "66.7%", "来电": "33.3%", "合计": "100.0%"}
    assert json_shares == {"来信": "66.7%", "来电": "33.3%"}


def test_a_period_that_has_not_started_is_refused(capsys, db_url):
    code, _, err = run(
        capsys, "stats", "--from", "2099-01-01", "--to", "2099-01-31", "--db", db_url
    )
    assert code == 2 and "统计时期尚未开始" in err


def test_bad_periods_and_options_are_usage_errors(capsys, db_url):
    code, _, err = run(
        capsys, "stats", "--from", "2026-12-01", "--to", "2026-11-01", "--db", db_url
    )
    assert code == 2 and "结束日期不能早于开始日期" in err
    code, _, err = run(
        capsys, "stats", "--from", "2026-13-01", "--to", "2026-11-01", "--db", db_url
    )
    assert code == 2 and "日期“2026-13-01”不对" in err
    code, _, _ = run(capsys, "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "x")
    assert code == 2


def test_print_and_export_the_statistics_report(capsys, db_url, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from xinfang_desktop.db.engine import Database
    from xinfang_desktop.services import audit

    pdf = tmp_path / "统计表.pdf"
    code, _, err = run(
        capsys, "print", "stats", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(pdf),
        "--db", db_url,
    )  # fmt: skip
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("信访统计表", "一、总体情况", "3 件 3 人次", "二、同比、环比", "按渠道统计",
                     "来信", "来电", "第 1 页 共 2 页", "填表人", "五、走势"):  # fmt: skip
        assert expected in text, expected
    xlsx = tmp_path / "统计表.xlsx"
    code, _, err = run(
        capsys, "export", "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--by",
        "category", "-o", str(xlsx), "--db", db_url,
    )  # fmt: skip
    assert code == 0, err
    cells = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row]
    assert "类别" in cells and "（未填）" in cells
    db = Database(db_url)
    try:
        logged = [(e.action, e.target_kind) for e in audit.list_entries(db, ADMIN)][:2]
    finally:
        db.dispose()
    assert logged == [("export", "statistics"), ("print", "statistics")]


def test_print_and_export_the_quarters_analysis_and_the_annual_tables(capsys, db_url, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    analysis_pdf = tmp_path / "analysis.pdf"
    code, out, _ = run(
        capsys, "print", "analysis", "--quarter", "2026Q4", "-o", str(analysis_pdf), "--db", db_url
    )
    assert code == 0 and "已生成信访工作分析报告" in out
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(analysis_pdf).pages)
    assert "2026年第四季度" in text and "受理信访事项3件3人次" in text
    annual_xlsx = tmp_path / "annual.xlsx"
    code, _, _ = run(
        capsys, "export", "annual", "--year", "2026", "-o", str(annual_xlsx), "--db", db_url
    )
    assert code == 0
    handling = load_workbook(annual_xlsx)["办理情况"]
    assert handling["A4"].value == "收到信访事项（件）" and handling["B4"].value == 3
    annual_pdf = tmp_path / "annual.pdf"
    code, _, _ = run(
        capsys, "print", "annual", "--year", "2026", "-o", str(annual_pdf), "--db", db_url
    )
    assert code == 0 and annual_pdf.read_bytes().startswith(b"%PDF")
    span = tmp_path / "span.xlsx"
    argv = ["export", "analysis", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(span)]
    assert run(capsys, *argv, "--db", db_url)[0] == 0
    assert load_workbook(span).sheetnames[0] == "总体情况"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["print", "analysis", "--quarter", "2026Q0"], "季度应写成如 2026Q4 的形式"),
        (["print", "analysis", "--from", "2026-11-01"], "请同时给出 --to"),
        (["export", "annual", "--year", "1999"], "年份应在 2000 至 2100 之间"),
    ],
)
def test_bad_report_requests_are_told_in_chinese(capsys, db_url, tmp_path, argv, message):
    target = tmp_path / ("out.pdf" if argv[0] == "print" else "out.xlsx")
    code, _, err = run(capsys, *argv, "-o", str(target), "--db", db_url)
    assert code != 0 and message in err
    assert not target.exists()
