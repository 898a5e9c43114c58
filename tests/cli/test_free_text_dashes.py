"""A title, a note, a reason or a message that starts with a dash is taken as given after its
option (`new --title ---`, `review note --text -TODO`, `sync push -m "-fix"`):
argparse took it for an option and refused the command. A word that is one of the command's
own options is still read as one, and its missing value said."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import build_parser, main
from editor_app.cli.free_text import with_free_text_joined
from editor_app.core.document import Document


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def test_a_title_of_dashes_makes_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "opensource-guide")
    assert main(["new", "articles", "--title", "---", str(root)]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.parent == root / "_articles"
    assert Document.load(created).front_matter["title"] == "---"
    assert main(["new", "articles", "--title", "-hidden gems", str(root)]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.name == "hidden-gems.md"
    assert "\ntitle: -hidden gems\n" in created.read_text(encoding="utf-8")


def test_an_option_after_title_is_still_an_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "opensource-guide")
    before = sorted(p.name for p in (root / "_articles").iterdir())
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "articles", "--title", "--section", str(root)])
    assert exit_info.value.code == 2
    assert "argument --title: expected one argument" in capsys.readouterr().err
    assert sorted(p.name for p in (root / "_articles").iterdir()) == before


def test_a_note_starting_with_a_dash_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "hugo-docs")
    page = root / "content/en/quick-reference/emojis.md"
    assert main(["review", "note", str(page), "--text", "-TODO"]) == 0
    capsys.readouterr()
    assert main(["review", "notes", str(page)]) == 0
    assert "\n    -TODO\n" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "field", "value"),
    [
        (["sync", "push", "-m", "-fix"], "message", "-fix"),
        (["sync", "push", "--message", "--- draft"], "message", "--- draft"),
        (["sync", "note", "draft/x", "--text", "-- see"], "text", "-- see"),
        (["review", "approve", "p.md", "--reason", "-ok"], "reason", "-ok"),
        (["review", "suggest", "p.md", "--on", "-a", "--replace", "-b"], "replace", "-b"),
        (["import", "a.docx", "--title", "-x"], "title", "-x"),
    ],
)
def test_other_free_text_options_take_dashes(argv: list[str], field: str, value: str) -> None:
    parser = build_parser()
    command = parser
    for word in argv[:2]:
        choices = next(
            (a.choices for a in command._actions if hasattr(a, "choices") and a.choices), {}
        )
        if isinstance(choices, dict) and word in choices:
            command = choices[word]
    args = parser.parse_args(with_free_text_joined(command, argv))
    assert getattr(args, field) == value


def test_rename_takes_values_starting_with_a_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `rename topics Health -Health` was "unrecognized arguments: -Health".
    root = _copy(tmp_path, "connectedbydata")
    page = root / "_resources/case-study-cag.md"
    before = page.read_bytes()
    assert b"\n  - Health\n" in before
    assert main(["rename", "topics", "Health", "-Health", str(root)]) == 0
    assert page.read_bytes() == before.replace(b"\n  - Health\n", b"\n  - -Health\n")
    capsys.readouterr()
    assert main(["rename", "topics", "-Health", "Health", str(root), "--dry-run"]) == 0
    assert "_resources/case-study-cag.md" in capsys.readouterr().out
    # A mistyped option is still one, and said as typed.
    with pytest.raises(SystemExit):
        main(["rename", "topics", "a", "b", str(root), "-x"])
    assert "unrecognized arguments: -x " in capsys.readouterr().err
