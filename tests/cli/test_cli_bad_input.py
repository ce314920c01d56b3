"""Inputs that once ended in raw tracebacks: each now gets a Chinese message and exit 1 or 2,
and anything unforeseen is caught at the top with the details in the log only."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from xinfang_desktop.cli import main as cli_main
from xinfang_desktop.cli.main import main
from xinfang_desktop.db.engine import sqlite_url


@pytest.fixture
def db_url(sqlite_path: Path) -> str:
    return sqlite_url(sqlite_path)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["stats", "--from", "0001-01-01", "--to", "0001-12-31"], "1900 年到 2099 年之间"),
        (["visits", "list", "--date", "9999-12-31"], "1900 年到 2099 年之间"),
        (["visits", "list", "--limit", "9" * 30], "数值太大"),
        (["print", "visitor-slip", "9" * 20, "-o", "{tmp}/slip.pdf"], "数值太大"),
        (["export", "annual", "--year", "0", "-o", "{tmp}/a.xlsx"], "年份 0 超出范围"),
        (
            [
                "export",
                "visit-register",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "-o",
                "{tmp}",
            ],
            "是一个文件夹",
        ),
        (
            [
                "export",
                "visit-register",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "-o",
                "/proc/x.xlsx",
            ],
            "这个位置不能建立文件",
        ),
        (
            [
                "print",
                "visit-register",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "-o",
                "{tmp}/no-such-folder/x.pdf",
            ],
            "文件夹不存在",
        ),
        (["import", "cases", "/etc/passwd"], "不是 Excel 工作簿"),
        (["visits", "list", "--search", "张\x00三"], "控制字符"),
        (["visits", "list", "--search", "\ud800"], "控制字符"),
    ],
)
def test_bad_command_line_input_is_told_in_chinese(capsys, db_url, tmp_path, argv, expected):
    argv = [part.replace("{tmp}", str(tmp_path)) for part in argv]
    try:
        code = main([*argv, "--db", db_url])
    except SystemExit as stop:  # pragma: no cover - main() must not let one out
        pytest.fail(f"SystemExit {stop.code}")
    _, err = capsys.readouterr()
    assert code in (1, 2)
    assert expected in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo://x", "不支持的数据库类型“foo”"),
        ("notaurl", "数据库地址无法识别"),
        ("sqlite://", "内存数据库"),  # in memory: "saved", and nothing kept
        # sqlite:///~/… is expanded to the home folder (tests/db/test_thorough_checks.py).
    ],
)
def test_database_urls_that_cannot_hold_the_data_are_refused(capsys, tmp_path, url, expected):
    code = main(["visits", "add", "--name", "张三", "--reason", "咨询", "--db", url])
    _, err = capsys.readouterr()
    assert code == 2
    assert expected in err and "Traceback" not in err
    assert not (Path.cwd() / "~").exists()


def test_an_unexpected_error_is_a_chinese_message_and_the_details_stay_out_of_sight(
    capsys, db_url, monkeypatch, caplog
):
    def broken(db, actor, query):
        raise RuntimeError("张三 13800138000 11010519491231002X")

    monkeypatch.setattr("xinfang_desktop.services.visit_search.iter_visit_ids", broken)
    with caplog.at_level(logging.ERROR, logger="xinfang.cli"):
        code = cli_main.main(["visits", "list", "--db", db_url])
    _, err = capsys.readouterr()
    assert code == 1
    assert "程序内部出错" in err and "RuntimeError" in err
    assert "13800138000" not in err and "Traceback" not in err
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged and "visit_commands.py" in logged
    for secret in ("张三", "13800138000", "11010519491231002X"):
        assert secret not in logged
    assert _has_chinese(err)
