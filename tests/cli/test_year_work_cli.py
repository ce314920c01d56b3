"""xinfang forums and xinfang reports: the same services from the console, Chinese errors."""

from __future__ import annotations

import json

from pypdf import PdfReader

from xinfang_desktop.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_forums_from_the_console(sqlite_db, tmp_path, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    code, out, err = run(
        capsys, "forums", "add", "--db", url, "--date", "2026-11-20", "--kind", "退休教工",
        "--place", "会议室", "--host", "王建国", "--count", "18",
        "--opinion", "希望改善活动室", "--opinion", "取暖费报销慢",
    )  # fmt: skip
    assert code == 0, err
    assert "意见 2 条" in out
    code, out, _ = run(capsys, "forums", "list", "--db", url, "--format", "json")
    forums = json.loads(out)
    assert forums[0]["kind"] == "退休教工" and len(forums[0]["opinions"]) == 2
    opinion = forums[0]["opinions"][0]["id"]
    code, out, _ = run(capsys, "forums", "done", "--db", url, str(opinion), "--date", "2026-11-22")
    assert code == 0 and "已落实（2026年11月22日）" in out
    pdf = tmp_path / "座谈会.pdf"
    code, out, _ = run(capsys, "forums", "print", "--db", url, str(forums[0]["id"]), "-o", str(pdf))
    assert code == 0
    assert "座谈会记录" in PdfReader(str(pdf)).pages[0].extract_text()
    code, _, err = run(capsys, "forums", "print", "--db", url, "99", "-o", str(pdf))
    assert code == 2 and "找不到" in err
    code, _, err = run(
        capsys, "forums", "add", "--db", url, "--date", "2026-11-20", "--kind", "退休教工",
        "--place", "", "--host", "王", "--count", "18",
    )  # fmt: skip
    assert code == 2 and "地点" in err


def test_reports_from_the_console(sqlite_db, tmp_path, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    code, out, err = run(
        capsys, "reports", "add", "--db", url, "--occurred", "2026-11-23 07:30",
        "--reported", "2026-11-23 09:45", "--to", "区教育局信访办", "--method", "电话",
        "--reporter", "刘信访", "--title", "校门口家长聚集", "--content", "约二十名家长聚集",
    )  # fmt: skip
    assert code == 0, err
    assert "报送用时 2小时15分钟，超过2小时时限" in out
    code, out, _ = run(capsys, "reports", "list", "--db", url, "--open")
    assert "校门口家长聚集" in out and "续报中" in out
    code, out, err = run(
        capsys, "reports", "update", "--db", url, "1", "--at", "2026-11-23 11:00",
        "--content", "事件平息", "--final",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "reports", "list", "--db", url, "--open")
    assert "没有信息报送记录" in out
    pdf = tmp_path / "报送单.pdf"
    assert run(capsys, "reports", "print", "--db", url, "1", "-o", str(pdf))[0] == 0
    assert "终报" in PdfReader(str(pdf)).pages[0].extract_text()
    code, _, err = run(
        capsys, "reports", "add", "--db", url, "--occurred", "2026-11-23 07:30",
        "--reported", "2026-11-23 06:00", "--to", "局", "--method", "电话",
        "--reporter", "刘", "--title", "t", "--content", "c",
    )  # fmt: skip
    assert code == 2 and "不能早于事件发生时间" in err
    code, _, err = run(capsys, "reports", "add", "--db", url, "--occurred", "昨天")
    assert code == 2


def test_the_help_names_both_areas_in_chinese(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "座谈会" in out and "信息报送" in out


def test_the_plan_from_the_console(sqlite_db, tmp_path, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    code, _, err = run(capsys, "plan", "show", "--db", url, "--year", "2026")
    assert code == 2 and "还没有工作计划" in err
    assert (
        run(capsys, "plan", "new", "--db", url, "--year", "2026", "--title", "2026年计划")[0] == 0
    )
    code, out, err = run(
        capsys, "plan", "add", "--db", url, "--year", "2026", "--goal", "每周一开例会",
        "--check", "weekly_meeting", "--timing", "每周一",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, "plan", "add", "--db", url, "--year", "2026", "--goal", "摸排", "--check",
        "screening",
    )  # fmt: skip
    assert code == 2 and "目标数值：请填写间隔天数" in err
    code, out, _ = run(
        capsys, "plan", "add", "--db", url, "--year", "2026", "--goal", "修订应急预案",
        "--due", "2026-03-31",
    )  # fmt: skip
    manual_id = out.split("项目序号 ")[1].split("。")[0]
    code, out, _ = run(capsys, "plan", "show", "--db", url, "--year", "2026", "--format", "json")
    items = json.loads(out)["items"]
    assert [i["check"] for i in items] == ["weekly_meeting", "manual"]
    assert run(capsys, "plan", "done", "--db", url, manual_id, "--date", "2026-03-20")[0] == 0
    assert run(capsys, "plan", "done", "--db", url, str(items[0]["id"]))[0] == 2
    pdf = tmp_path / "计划.pdf"
    assert run(capsys, "plan", "print", "--db", url, "--year", "2026", "-o", str(pdf))[0] == 0
    assert "信访工作计划及落实情况" in PdfReader(str(pdf)).pages[0].extract_text()
    code, out, _ = run(capsys, "plan", "copy", "--db", url, "--from", "2026", "--to", "2027")
    assert code == 0 and "2 项" in out


def test_the_plan_exports_to_a_workbook_with_text_kept_as_text(sqlite_db, tmp_path, capsys):
    from openpyxl import load_workbook

    url = sqlite_db.url.render_as_string(hide_password=False)
    run(capsys, "plan", "new", "--db", url, "--year", "2026", "--title", "2026年计划")
    run(capsys, "plan", "add", "--db", url, "--year", "2026", "--goal", "=1+1", "--check",
        "weekly_meeting")  # fmt: skip
    target = tmp_path / "计划.xlsx"
    assert run(capsys, "plan", "export", "--db", url, "--year", "2026", "-o", str(target))[0] == 0
    sheet = load_workbook(target).active
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    assert cells["=1+1"].data_type == "s"  # a petitioner's text never runs as a formula
    assert cells[1].data_type == "n"
    assert sheet.page_setup.orientation == "landscape"
    assert run(capsys, "plan", "export", "--db", url, "--year", "2026", "-o", str(tmp_path))[0] == 2
