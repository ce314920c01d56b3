"""`xinfang leadership …`, `print` of the roster, assignments and ledger, Excel in and out."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.disputes import DisputeDraft
from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import disputes, leadership, screening
from xinfang_desktop.services.people import add_person


@pytest.fixture
def db_url(sqlite_path: Path, actor) -> str:
    db = Database(sqlite_url(sqlite_path))
    try:
        wang = add_person(db, actor, PersonDraft("王建国", post="校长", is_leader=True))
        term = leadership.found_term(
            db, actor, TermDraft(date.today() - timedelta(days=3), "行政会", "邹小发〔2026〕8号")
        )
        leadership.add_member(db, actor, term.id, MemberDraft(wang.id, ROLE_LEADER, "全面负责"))
        screening.ensure_default_groups(db)
        group = screening.list_groups(db)[0]
        screening.assign_group(db, actor, term.id, group.id, wang.id, assigned_on=term.founded_on)
        disputes.add_dispute(
            db,
            actor,
            DisputeDraft(
                date.today() - timedelta(days=2),
                "邻里纠纷",
                wang.id,
                (wang.id,),
                "调解",
                date.today() - timedelta(days=1),
                "low",
            ),
        )
    finally:
        db.dispose()
    return sqlite_url(sqlite_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_members_terms_and_overdue(capsys, db_url):
    code, out, _ = run(capsys, "leadership", "members", "--db", db_url)
    assert code == 0 and out.strip() == "组长　王建国（校长）　分工：全面负责"
    code, out, _ = run(capsys, "leadership", "terms", "--db", db_url)
    assert code == 0 and "行政会（邹小发〔2026〕8号）\t现任" in out
    code, out, _ = run(capsys, "leadership", "overdue", "--db", db_url)
    assert "逾期纠纷：邻里纠纷" in out
    code, out, _ = run(capsys, "leadership", "pending-cases", "--db", db_url)
    assert out.strip() == "没有待转为信访事项的摸排发现"


def test_print_roster_assignments_and_ledger(capsys, db_url, tmp_path):
    for form, expected in (
        ("leadership-roster", "信访工作领导小组名单"),
        ("leadership-duties", "全面负责"),
        ("screening-assignments", "一年级组"),
        ("dispute-ledger", "邻里纠纷"),
    ):
        output = tmp_path / f"{form}.pdf"
        code, _out, err = run(capsys, "print", form, "--db", db_url, "-o", str(output))
        assert code == 0, err
        assert expected in _pdf_text(output)
    code, _, err = run(
        capsys, "print", "leadership-roster", "--term", "99", "--db", db_url, "-o", "x.pdf"
    )
    assert code == 2 and "没有第 99 号届次" in err


def test_export_and_import_people_and_groups(capsys, db_url, tmp_path):
    people = tmp_path / "people.xlsx"
    code, out, _ = run(capsys, "export", "people", "--db", db_url, "-o", str(people))
    assert code == 0 and "（1 条）" in out
    book = Workbook()
    book.active.append(["姓名", "职务", "部门"])
    book.active.append(["李红", "副校长", "校长室"])
    book.save(tmp_path / "new.xlsx")
    code, out, _ = run(
        capsys, "import", "people", str(tmp_path / "new.xlsx"), "--dry-run", "--db", db_url
    )
    assert code == 0 and out.strip() == "导入教职工：检查通过，将新增 1 条，更新 0 条"
    code, out, _ = run(capsys, "import", "people", str(tmp_path / "new.xlsx"), "--db", db_url)
    assert out.strip() == "导入教职工：已新增 1 条，更新 0 条"
    groups = tmp_path / "groups.xlsx"
    code, out, _ = run(capsys, "export", "groups", "--db", db_url, "-o", str(groups))
    assert code == 0 and "（10 条）" in out
    code, out, _ = run(capsys, "import", "groups", str(groups), "--db", db_url)
    assert out.strip() == "导入组别：已新增 0 条，更新 0 条"
    code, _, err = run(capsys, "import", "groups", str(people), "--db", db_url)
    assert code == 2 and "表头缺少列：组名、类别" in err


def test_a_past_terms_roster_prints_its_own_members_on_its_own_dates(
    capsys, db_url, tmp_path, actor
):
    from xinfang_desktop.domain.dates import chinese_date

    db = Database(db_url)
    try:
        leadership.found_term(db, actor, TermDraft(date.today(), "行政会", "邹小发〔2026〕9号"))
    finally:
        db.dispose()
    target = tmp_path / "roster.pdf"
    code, _, err = run(capsys, "print", "leadership-roster", "--term", "1", "-o", str(target),
                       "--db", db_url)  # fmt: skip
    assert code == 0, err
    text = _pdf_text(target).replace(" ", "").replace("\n", "")
    assert "王建国" in text and "本届尚无成员" not in text
    # The first term ended the day before the second was founded.
    assert f"名单日期：{chinese_date(date.today() - timedelta(days=1))}" in text
