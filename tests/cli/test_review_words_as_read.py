"""`editor-app review note --on WORDS` with the words as a reader sees them (quoted from the
preview or a review report, where **bold** is bold and a link shows its words only): the note
is put on them, marks and link whole. A suggestion on such words says how the page writes
them (new words for half a link would break it); nothing is suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import review

BODY = (
    "## What happened\nCouncils share data.\n\n* First point with **bold** text\n"
    "Second point with a [link](https://example.org)\n"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    path = tmp_path / "_notes" / "case.md"
    path.write_text(f"---\ntitle: Case\n---\n{BODY}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("words", "noted"),
    [
        ("bold text", "**bold** text"),
        ("Second point with a link", "Second point with a [link](https://example.org)"),
        ("with a link", "with a [link](https://example.org)"),
    ],
)
def test_a_note_on_words_as_read(
    page: Path, capsys: pytest.CaptureFixture[str], words: str, noted: str
) -> None:
    assert main(["review", "note", str(page), "--on", words, "--text", "Why?"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "added note" in out
    (note,) = review.NoteStore(page).notes
    assert note.quote == noted


def test_words_as_read_still_need_nth_when_there_twice(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = page.read_bytes()
    assert main(["review", "note", str(page), "--on", "point with", "--text", "x"]) == 2
    assert "2 times" in capsys.readouterr().err
    assert main(["review", "note", str(page), "--on", "nowhere at all", "--text", "x"]) == 2
    assert "not in the text of the page" in capsys.readouterr().err
    assert review.NoteStore(page).notes == [] and page.read_bytes() == before


def test_a_suggestion_on_words_as_read_says_how_the_page_writes_them(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["review", "suggest", str(page), "--on", "bold text", "--replace", "strong words"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--on '**bold** text'" in err, err
    assert review.NoteStore(page).suggestions == []
