"""CSV/TSV of the command line: formula-like text neutralised, a BOM for CSV, exports audited."""

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.services import audit
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor

ADMIN = Actor("测试", Role.ADMIN)


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def logged(url: str) -> list[tuple[str, str]]:
    db = Database(url)
    try:
        return [(e.action, e.target_kind) for e in audit.list_entries(db, ADMIN)]
    finally:
        db.dispose()


def test_cases_list_tsv_neutralises_formulas_and_is_audited(capsys, db_url):
    code, _, err = run(capsys, "db", "upgrade", "--db", db_url)
    assert code == 0, err
    db = Database(db_url)
    try:
        register_case(
            db,
            ADMIN,
            CaseDraft(
                channel="来信",
                received_on=date.today(),
                petitioners=(PetitionerDraft("=1+1"),),
                request='=HYPERLINK("http://x","点我")',
            ),
            now=datetime.now(),
        )
    finally:
        db.dispose()
    code, out, err = run(capsys, "cases", "list", "--db", db_url)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out), delimiter="\t"))
    assert rows[0][:4] == ["编号", "收到日期", "渠道", "信访人"]
    assert rows[1][3] == "'=1+1"
    assert rows[1][6] == '\'=HYPERLINK("http://x","点我")'
    assert logged(db_url)[0] == ("export", "case")


def test_visits_csv_has_a_bom_and_is_audited(capsys, db_url):
    code, _, err = run(
        capsys, "visits", "add", "--db", db_url, "--name", "@张三", "--reason=-咨询",
        "--time", "2026-11-22 09:30",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "visits", "list", "--db", db_url, "--format", "csv")
    assert code == 0, err
    assert out.startswith("\ufeff")
    (row,) = csv.DictReader(io.StringIO(out.removeprefix("\ufeff")))
    assert row["姓名"] == "'@张三" and row["来访事由"] == "'-咨询"
    assert logged(db_url)[0] == ("export", "visit")
    # Looking at the list on screen is not an export.
    run(capsys, "visits", "list", "--db", db_url)
    assert logged(db_url)[0] == ("export", "visit")
    assert sum(1 for entry in logged(db_url) if entry == ("export", "visit")) == 1
