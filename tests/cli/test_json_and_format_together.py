"""`--json` and `--format` given together: one rule for every command that takes both (they
come from `cli/common.format_option`): the last one given counts, as `--help` says. Walks
every command and subcommand, so a command that grows its own `--json` is caught."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from editor_app.cli import build_parser


def _commands(
    parser: argparse.ArgumentParser, name: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, sub in action.choices.items():
                yield from _commands(sub, f"{name} {word}".strip())
    yield name, parser


def _taking_both() -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for name, parser in _commands(build_parser()):
        options = {opt for action in parser._actions for opt in action.option_strings}
        if {"--json", "--format"} <= options:
            found.append((name, parser))
    return found


def _parsed(parser: argparse.ArgumentParser, options: list[str]) -> argparse.Namespace:
    """The options parsed with a word for each positional argument the command needs."""
    needed = [
        "x"
        for action in parser._actions
        if not action.option_strings
        and action.nargs not in ("?", "*", argparse.REMAINDER)
        and not isinstance(action, argparse._SubParsersAction)
    ]
    return parser.parse_args([*options, *needed])


def test_the_commands_taking_both_are_found() -> None:
    names = [name for name, _ in _taking_both()]
    assert "review queue" in names and "sync status" in names
    assert len(names) >= 8


@pytest.mark.parametrize(
    ("name", "parser"),
    _taking_both(),
    ids=lambda v: str(v).replace(" ", "-") if isinstance(v, str) else "",
)
def test_the_last_of_json_and_format_counts(name: str, parser: argparse.ArgumentParser) -> None:
    assert _parsed(parser, []).format == "text"
    assert _parsed(parser, ["--json"]).format == "json"
    assert _parsed(parser, ["--json", "--format", "text"]).format == "text"
    assert _parsed(parser, ["--format", "text", "--json"]).format == "json"
    assert _parsed(parser, ["--format", "json", "--format", "text"]).format == "text"
    json_help = next(a.help for a in parser._actions if "--json" in a.option_strings)
    assert "last" in json_help, name
