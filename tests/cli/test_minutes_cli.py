"""xinfang print minutes: one meeting by date, a quarter's meetings, and clear refusals."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import leadership, meetings
from xinfang_desktop.services.people import add_person


@pytest.fixture
def db_url(sqlite_db, actor):
    wang = add_person(sqlite_db, actor, PersonDraft("王建国", post="校长", is_leader=True))
    term = leadership.found_term(sqlite_db, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(sqlite_db, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    for day in (date(2026, 10, 5), date(2026, 11, 16)):
        meetings.save_meeting(sqlite_db, actor, meetings.new_meeting(sqlite_db, actor, day))
    return sqlite_db.url.render_as_string(hide_password=False)


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def test_print_one_meeting_and_a_quarter(capsys, db_url, tmp_path):
    one = tmp_path / "one.pdf"
    assert main(["print", "minutes", "--date", "2026-11-16", "-o", str(one), "--db", db_url]) == 0
    assert "2026年11月16日（星期一）" in _text(one)
    assert "王建国（组长）" in _text(one)
    quarter = tmp_path / "q4.pdf"
    code = main(["print", "minutes", "--quarter", "2026Q4", "-o", str(quarter), "--db", db_url])
    assert code == 0
    assert "已审签的0 次例会" in capsys.readouterr().out  # both are drafts: left out
    assert "另有2次例会记录尚未审签，未编入" in _text(quarter)
    argv = ["print", "minutes", "--quarter", "2026Q4", "--include-unsigned", "-o", str(quarter)]
    assert main([*argv, "--db", db_url]) == 0
    assert "2 次例会" in capsys.readouterr().out
    assert "本期编入例会记录2次" in _text(quarter) and "草稿" in _text(quarter)
    span = tmp_path / "span.pdf"
    argv = ["print", "minutes", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(span)]
    assert main([*argv, "--include-unsigned", "--db", db_url]) == 0
    assert "本期编入例会记录1次" in _text(span)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--date", "2026-11-09"], "2026-11-09 没有例会记录"),
        (["--quarter", "2026Q5"], "季度应写成如 2026Q4 的形式"),
        (["--from", "2026-11-01"], "请同时给出 --to"),
        (["--from", "2026-11-30", "--to", "2026-11-01"], "结束日期不能早于开始日期"),
    ],
)
def test_bad_requests_are_told_in_chinese(capsys, db_url, tmp_path, argv, message):
    target = tmp_path / "x.pdf"
    code = main(["print", "minutes", *argv, "-o", str(target), "--db", db_url])
    assert code != 0
    assert message in capsys.readouterr().err
    assert not target.exists()
