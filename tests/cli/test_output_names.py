"""Every command that writes a file (-o) refuses a name that does not fit what it writes,
before any work: an Excel workbook saved as x.txt opened as garbage with no word of why."""

from __future__ import annotations

import argparse

import pytest

from xinfang_desktop.cli.main import build_parser, main


def _writing_commands() -> list[list[str]]:
    found = []

    def walk(parser, path):
        if any("-o" in a.option_strings for a in parser._actions):
            found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(build_parser(), [])
    return found


def _suffix(command: list[str]) -> str:
    if command == ["export", "work-summary"]:
        return ".docx"
    return ".pdf" if "print" in command else ".xlsx"


def test_every_writing_command_is_a_print_or_an_export():
    commands = _writing_commands()
    assert len(commands) >= 25
    assert all("print" in c or "export" in c for c in commands), commands


@pytest.mark.parametrize("command", _writing_commands(), ids=" ".join)
def test_a_wrong_file_name_is_refused_before_any_work(command, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XINFANG_DATA_DIR", str(tmp_path / "data"))
    wrong = tmp_path / "导出.txt"
    parser = build_parser()
    # The command's other required options, filled with values that parse.
    filled = {
        "--from": "2026-11-01", "--to": "2026-11-30", "--year": "2026", "--date": "2026-11-23",
        "--case": "1", "--kind": None, "--quarter": "2026Q4", "--month": "2026-11",
        "--week": "2026-11-23",
    }  # fmt: skip
    argv = [*command, "-o", str(wrong)]
    sub = parser
    for word in command:
        (action,) = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        sub = action.choices[word]
    for action in sub._actions:
        if action.required and action.option_strings and "-o" not in action.option_strings:
            option = action.option_strings[-1]
            value = filled.get(option)
            if value is None and action.choices:
                value = next(iter(action.choices))
            argv += [option, value or "1"]
        elif action.required and not action.option_strings and action.dest not in ("area",):
            argv.append(next(iter(action.choices)) if action.choices else "1")
    for group in sub._mutually_exclusive_groups:
        if group.required:
            option = group._group_actions[0].option_strings[-1]
            argv += [option, filled.get(option) or "1"]
    code = main(argv)
    message = capsys.readouterr().err
    assert code == 2, message
    assert f"文件名应以 {_suffix(command)} 结尾" in message, message
    assert not wrong.exists()
    assert not (tmp_path / "data").exists()  # refused before the database was opened
