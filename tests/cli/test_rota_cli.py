"""`xinfang rota …`, `xinfang print rota|duties`, `xinfang export rota`."""

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pools_leave_generate_publish_print_and_export(capsys, sqlite_path: Path, tmp_path):
    url = sqlite_url(sqlite_path)
    db = Database(url)
    actor = Actor("测试", Role.ADMIN)
    for i, name in enumerate(["王建国", "李红梅", "张志强"]):
        add_person(db, actor, PersonDraft(name, phone=f"1380533000{i}", is_leader=True))
    for name in ["赵敏", "钱多多", "孙晓东", "李娜", "王师傅", "李师傅", "张师傅"]:
        add_person(db, actor, PersonDraft(name))
    db.dispose()

    code, out, err = run(
        capsys, "rota", "pool", "带班领导", "王建国", "李红梅", "张志强", "--db", url
    )
    assert code == 0 and "带班领导轮值名单（3 人）" in out
    code, _, err = run(capsys, "rota", "pool", "带班领导", "赵敏", "--db", url)
    assert code == 2 and "不是校级领导" in err
    code, _, err = run(capsys, "rota", "pool", "保安", "赵敏", "--db", url)
    assert code == 2 and "没有“保安”这个值班角色" in err
    run(capsys, "rota", "pool", "staff", "赵敏", "钱多多", "孙晓东", "李娜", "--db", url)
    run(capsys, "rota", "pool", "门卫", "王师傅", "李师傅", "张师傅", "--db", url)
    code, out, err = run(
        capsys, "rota", "leave", "--person", "赵敏", "--from", "2026-12-01", "--to",
        "2026-12-05", "--reason", "病假", "--db", url,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "rota", "generate", "--from", "2026-12-01", "--to", "2026-12-31",
                         "--db", url)  # fmt: skip
    assert code == 0, err
    assert "已生成值班表“2026年12月值班表”（编号 1，草稿）" in out
    assert "公平性统计" in out and "带班领导：最多与最少相差" in out
    code, out, err = run(capsys, "rota", "generate", "--from", "2026-12-20", "--to", "2027-01-10",
                         "--dry-run", "--db", url)  # fmt: skip
    assert code == 0 and "2027年" in out and "试排（未保存）" in out
    code, _, err = run(capsys, "rota", "generate", "--from", "2026-12-20", "--to", "2026-12-10",
                       "--db", url)  # fmt: skip
    assert code == 2 and "结束日期不能早于开始日期" in err
    code, out, _ = run(capsys, "rota", "publish", "1", "--db", url)
    assert code == 0 and "第 1 版" in out
    code, out, _ = run(capsys, "rota", "list", "--db", url)
    assert "2026年12月值班表" in out and "已发布第1版" in out

    pdf = tmp_path / "rota.pdf"
    code, out, err = run(capsys, "print", "rota", "--month", "2026-12", "-o", str(pdf), "--db", url)
    assert code == 0, err
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and "2026年12月值班表" in reader.pages[0].extract_text()
    code, _, err = run(capsys, "print", "rota", "--month", "2026-13", "-o", str(pdf), "--db", url)
    assert code == 2 and "YYYY-MM" in err
    duties = tmp_path / "duties.pdf"
    code, out, err = run(capsys, "print", "duties", "--person", "李娜", "--from", "2026-12-01",
                         "--to", "2026-12-31", "-o", str(duties), "--db", url)  # fmt: skip
    assert code == 0, err
    assert "李娜的值班安排" in PdfReader(duties).pages[0].extract_text()
    book_path = tmp_path / "rota.xlsx"
    code, out, err = run(capsys, "export", "rota", "--rota", "1", "-o", str(book_path), "--db", url)
    assert code == 0, err
    assert load_workbook(book_path)["值班表"].max_row == 3 + 31
    # The Excel export is on record as an export (导出), the PDF as a print (打印).
    from xinfang_desktop.services import audit

    db = Database(url)
    try:
        rota_entries = [
            entry.action for entry in audit.list_entries(db, actor) if entry.target_kind == "rota"
        ]
    finally:
        db.dispose()
    assert rota_entries[0] == "export" and "print" in rota_entries[1:]
