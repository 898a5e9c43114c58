"""`editor-app review approve` refused: each open note and suggestion says the file line it
is on now, in the JSON (`line`, and `where` in words, saying why when there is no line) as in
the text, where the line leads it, as Check's errors name theirs; and its id, with the command
that deals with it ("Resolve them" alone left the editor asking how)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_helpers import run

from editor_app.core import review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND  # noqa: E402

OLD = "a short public facing story"


@pytest.fixture
def in_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(site_copy)
    return site_copy


def file_line(path: Path, words: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i + 1 for i, line in enumerate(lines) if words in line)


def test_blocking_notes_and_suggestions_say_their_line(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    on_words = file_line(path, OLD)
    assert (
        run(capsys, "review", "note", BRAND, "--on", OLD, "--text", "Who?", "--author", "Ada")[0]
        == 0
    )
    run(capsys, "review", "note", BRAND, "--text", "Lovely overall.", "--author", "Ada")
    run(capsys, "review", "suggest", BRAND, "--field", "title", "--replace", "Our brand")
    before = path.read_bytes()

    code, out, _err = run(capsys, "review", "approve", BRAND, "--json")
    assert code == 1 and path.read_bytes() == before
    blockers = json.loads(out)["blockers"]
    title_line = Document.load(path).field_line("title")
    assert [(b["kind"], b["line"], b["where"]) for b in blockers] == [
        ("note", on_words, f"line {on_words}"),
        ("note", None, "the whole page"),  # no line: said why
        ("suggestion", title_line, f"the setting title, line {title_line}"),
    ]

    code, out, _err = run(capsys, "review", "approve", BRAND)
    assert code == 1
    assert f"  - Line {on_words}: Open note by Ada (on “{OLD}”): Who? (note " in out
    assert "  - Whole page: Open note by Ada: Lovely overall. (note " in out
    assert f"  - Setting title, line {title_line}: Open suggestion by " in out


def test_a_note_whose_words_were_edited_says_near_which_line(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    run(capsys, "review", "note", BRAND, "--on", OLD, "--text", "Who?", "--author", "Ada")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(OLD, "a brief story for the public", 1), encoding="utf-8")
    line = file_line(path, "a brief story for the public")

    blockers = json.loads(run(capsys, "review", "approve", BRAND, "--json")[1])["blockers"]
    assert (blockers[0]["line"], blockers[0]["where"]) == (
        line,
        f"near line {line} (the quoted words were edited since)",
    )


def test_the_refusal_says_how_to_deal_with_each_by_its_id(in_site: Path, capsys) -> None:
    run(capsys, "review", "note", BRAND, "--on", OLD, "--text", "Who?", "--author", "Ada")
    run(capsys, "review", "suggest", BRAND, "--field", "title", "--replace", "Our brand")
    (note,) = review.NoteStore(in_site / BRAND).open_notes()
    (suggestion,) = review.NoteStore(in_site / BRAND).open_suggestions()

    code, out, _err = run(capsys, "review", "approve", BRAND)
    assert code == 1
    assert f": Who? (note {note.id})\n" in out
    assert f"(suggestion {suggestion.id})\n" in out
    assert f"Resolve a note: editor-app review resolve {BRAND} NOTE_ID\n" in out
    assert f"Accept a suggested edit: editor-app review accept {BRAND} ID (or reject it)\n" in out
    assert f"Or approve anyway: editor-app review approve {BRAND} --anyway" in out
    blockers = json.loads(run(capsys, "review", "approve", BRAND, "--json")[1])["blockers"]
    assert [b["id"] for b in blockers] == [note.id, suggestion.id]

    # Dealt with by the ids said, it is approved.
    assert run(capsys, "review", "resolve", BRAND, note.id)[0] == 0
    assert run(capsys, "review", "accept", BRAND, suggestion.id)[0] == 0
    assert run(capsys, "review", "approve", BRAND)[0] == 0
