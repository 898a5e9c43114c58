"""`editor-app --help` gives one usage for both ways to run it, and a mistyped option inside a
command points to that command's own help."""

from __future__ import annotations

import pytest

from editor_app.cli import main


def test_help_has_one_usage_with_the_window_and_the_commands(capsys) -> None:  # noqa: ANN001
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.count("usage:") == 1
    usage = out.split("\n\n")[0]
    assert "editor-app [FOLDER | PAGE.md] [--self-test]" in usage
    assert "editor-app COMMAND" in usage
    for command in ("validate", "set", "review", "sync", "import", "export"):
        assert f"    {command} " in out
    assert "--self-test" in out and "editor-app COMMAND --help" in out


@pytest.mark.parametrize(
    ("argv", "help_named"),
    [
        (["set", "--bogus", "page.md", "title=A"], "editor-app set --help"),
        (["set", "page.md", "title=A", "--zz"], "editor-app set --help"),
        (["review", "approve", "--bogus", "page.md"], "editor-app review approve --help"),
        (["validate", ".", "--frmat", "json"], "editor-app validate --help"),
    ],
)
def test_a_mistyped_option_points_to_the_commands_help(
    capsys,
    argv: list[str],
    help_named: str,  # noqa: ANN001
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"(see {help_named})" in err


def _every_argument(parser, command: str = "editor-app"):  # noqa: ANN001, ANN202
    """Each (command, argument) of the parser and of its subcommands, at any depth."""
    import argparse

    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, subparser in action.choices.items():
                yield from _every_argument(subparser, f"{command} {name}")
        elif not isinstance(action, argparse._HelpAction):  # noqa: SLF001
            yield command, action


def test_every_argument_of_every_command_says_what_it_is_for() -> None:
    import argparse

    from editor_app.cli import build_parser

    arguments = list(_every_argument(build_parser()))
    assert len(arguments) > 100  # every command's, not only the top level's
    unexplained = [
        f"{command} {'/'.join(action.option_strings) or action.metavar or action.dest}"
        for command, action in arguments
        if action.help is not argparse.SUPPRESS and not (action.help or "").strip()
    ]
    assert unexplained == []


def test_the_page_and_site_arguments_are_explained_in_the_commands_help(capsys) -> None:  # noqa: ANN001
    for argv in (["set", "--help"], ["schema", "--help"], ["review", "approve", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        positional = out.split("positional arguments:")[1].split("options:")[0]
        named = [line for line in positional.splitlines() if line[:2] == "  " and line[2:3] != " "]
        assert named and all(len(line.split()) > 1 for line in named)  # a name, then its help


def test_the_version_is_printed(capsys) -> None:  # noqa: ANN001
    # `editor-app --version` said "unrecognized arguments"; a bug report asks for it first.
    from editor_app import __version__

    for option in ("--version", "-V"):
        assert main([option]) == 0
        assert capsys.readouterr().out == f"editor-app {__version__}\n"
    main(["--help"])
    assert "--version" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("set", "only those fields' lines change"),
        ("rename", "Exit 0 when done, 1 when some files could not be changed"),
        ("rename-file", "Pages that may still link to an old address another way are named"),
    ],
)
def test_set_rename_and_rename_file_say_what_they_do(capsys, command: str, says: str) -> None:  # noqa: ANN001
    # Their --help went straight to the arguments: what the command does, and its exit codes,
    # were only in the README.
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert says in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    "command", ["render", "set", "schema", "rename", "rename-file", "validate"]
)
def test_the_commands_help_says_what_it_does_and_its_exit_codes(capsys, command: str) -> None:  # noqa: ANN001
    # render and schema had a usage and arguments only: what a script may rely on was unsaid.
    with pytest.raises(SystemExit):
        main([command, "--help"])
    description = capsys.readouterr().out.split("\n\n")[1]
    assert "Exit 0 when" in description and "2 when" in description
