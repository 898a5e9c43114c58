"""Every command's --help says what it does and its exit codes (scripts and CI rely on them):
`new`, `import`, `export` and `review` said neither, or not the codes."""

from __future__ import annotations

import pytest

from editor_app.cli import SUBCOMMANDS, main


def _help(capsys: pytest.CaptureFixture[str], command: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines where it likes


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_each_help_says_what_it_does_and_its_exit_codes(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    text = _help(capsys, command)
    description = text.split(" positional arguments:")[0].split(" options:")[0]
    assert "]" in description  # the usage line, then the description after it
    said = description[description.rindex("]") :]
    assert len(said.split()) > 12, f"{command} --help has no description: {text[:300]}"
    # Said in the description, or after the options (sync lists its codes there).
    assert "Exit 0" in text or "Exit codes: 0" in text, f"{command} --help: {text}"
    assert " 2 when" in text or "; 2 " in text, f"{command} --help: {text}"


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("new", "Exit 0 when made, 2 when nothing was made"),
        ("import", "Exit 0 when imported"),
        ("export", "Exit 0 when written"),
        ("review", "1 when approve leaves a page unapproved"),
    ],
)
def test_the_commands_that_lacked_them_say_them(
    capsys: pytest.CaptureFixture[str], command: str, words: str
) -> None:
    assert words in _help(capsys, command)
