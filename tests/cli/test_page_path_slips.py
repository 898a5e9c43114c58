"""A page path with a slip (`anna-stere.md`) was answered "No such file or directory" alone;
the file meant is named now, and a folder given for a page says to give a file in it, for
set, render and rename-file alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    "argv",
    [["set", "{}", "title=x"], ["render", "{}"], ["rename-file", "{}", "--to-date"]],
)
def test_the_file_meant_is_named(
    guide: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    slip = "_articles/how-to-contribut.md"
    assert main([a.format(slip) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.endswith("(did you mean _articles/how-to-contribute.md?)\n"), err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [["set", "_articles", "title=x"], ["render", "_articles"], ["rename-file", "_articles", "--to-date"]],
)  # fmt: skip
def test_a_folder_given_for_a_page_says_so(
    guide: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.endswith("; give a page's file in it\n") and err.count("\n") == 1, err


def test_nothing_near_is_not_guessed(guide: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", "_articles/zzz.md", "title=x"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: cannot read _articles/zzz.md: no such file or folder\n"
    )


@pytest.mark.parametrize("argv", [["set", "{}", "title=x"], ["render", "{}"]])
def test_an_unreadable_page_is_not_taken_for_a_slip(
    guide: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """A page there but unreadable was answered "permission denied (did you mean
    _articles/how-to-contribute.md?)", naming the very file given."""
    from editor_app.core.document import Document

    def refused(path: object) -> Document:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Document, "load", staticmethod(refused))
    page = "_articles/how-to-contribute.md"
    before = (guide / page).read_bytes()
    assert main([a.format(page) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"editor-app: cannot read {page}: permission denied. Ask "), err
    assert "did you mean" not in err and err.count("\n") == 1
    assert (guide / page).read_bytes() == before


def test_a_post_renamed_to_its_day_is_the_file_meant(
    jekyll_docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script that renamed a post to its date field's day, then names it by its old name,
    was pointed to another post spelt almost so (2025-01-27-jekyll-4-4-0-released); the post
    with the same name on another day is the one meant."""
    old = "_posts/2025-01-29-jekyll-4-4-1-released.markdown"
    assert main(["set", old, "date=2099-01-01"]) == 0
    assert main(["rename-file", old, "--to-date"]) == 0
    capsys.readouterr()
    assert main(["set", old, "title=x"]) == 2
    assert capsys.readouterr().err == (
        f"editor-app: cannot read {old}: no such file or folder (did you mean "
        "_posts/2099-01-01-jekyll-4-4-1-released.markdown?)\n"
    )
