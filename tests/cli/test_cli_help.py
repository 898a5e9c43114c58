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
    capsys, argv: list[str], help_named: str  # noqa: ANN001
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"(see {help_named})" in err
