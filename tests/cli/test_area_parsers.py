"""A command builds only its own area's parser (cli/main.py AREA_MODULES); what it accepts and
how it explains itself must not differ from the parser of every area."""

from __future__ import annotations

import argparse

import pytest

from xinfang_desktop.cli.main import AREA_MODULES, build_parser, main, named_area


def _areas(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _helps(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, str]:
    """Every (sub)command's help text, by its path."""
    found = {prefix: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_helps(sub, f"{prefix} {name}".strip()))
    return found


def test_the_table_names_every_area_of_the_full_parser_in_its_order():
    assert list(_areas(build_parser())) == list(AREA_MODULES)


@pytest.mark.parametrize("area", list(AREA_MODULES))
def test_an_area_built_alone_is_the_area_of_the_full_parser(area):
    alone = _areas(build_parser(area))
    assert area in alone
    full = _helps(_areas(build_parser())[area])
    assert _helps(alone[area]) == full


def test_the_named_area_is_the_first_word_that_is_not_an_option():
    assert named_area(["visits", "list", "--date", "2026-01-01"]) == "visits"
    assert named_area(["--help"]) is None
    assert named_area(["visitz", "list"]) is None
    assert named_area([]) is None


def test_an_unknown_area_lists_every_area(capsys):
    assert main(["visitz"]) == 2
    message = capsys.readouterr().err
    for area in AREA_MODULES:
        assert f"'{area}'" in message


@pytest.mark.parametrize("help_flag", ["-h", "--help"])
def test_help_asked_before_the_area_lists_every_area(capsys, help_flag):
    # `xinfang -h visits` is the program's help, not the visits command's: it listed only
    # visits, as if the program had no other command.
    assert main([help_flag, "visits"]) == 0
    listing = capsys.readouterr().out
    for area in AREA_MODULES:
        assert area in listing


def test_a_double_dash_before_the_area_is_refused_naming_every_area(capsys):
    assert main(["--", "visits", "list"]) == 2
    message = capsys.readouterr().err
    for area in AREA_MODULES:
        assert f"'{area}'" in message
