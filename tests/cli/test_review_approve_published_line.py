"""Approving a Jekyll page kept off the site by `published: false` gives it back as it
publishes: a published line the page did not have before (set for the review, or written by a
Word import) goes again, rather than staying as `published: true`; a line the committed page
had becomes `published: true`. What changed is said in plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import commit, run

from editor_app.cli import main
from editor_app.core import gitutil
from editor_app.core.document import Document

PAGE = "_articles/how-to-contribute.md"


def test_a_published_line_set_for_the_review_goes_when_approved(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = guide / PAGE
    original = path.read_bytes()
    assert b"published:" not in original
    assert main(["set", PAGE, "published=false"]) == 0
    code, out, _err = run(capsys, "review", "approve", PAGE)
    assert code == 0 and out == f"{PAGE}: published: false (line removed)\n"
    assert path.read_bytes() == original  # as it was, and as it publishes
    code, out, _err = run(capsys, "review", "undo", PAGE)
    assert code == 0 and out.endswith(f"{PAGE}: published: false (line put back)\n")
    assert Document.load(path).get("published") is False


def test_approve_in_json_gives_the_values_and_null_for_a_line_removed(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", PAGE, "published=false"]) == 0
    code, out, _err = run(capsys, "review", "approve", PAGE, "--format", "json")
    assert code == 0
    assert json.loads(out)["changes"] == [
        {"field": "published", "kind": "removed", "old": False, "new": None}
    ]


def test_a_word_import_approved_has_no_published_line(
    guide: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("A first paragraph of words.")
    word.save(str(tmp_path / "notes.docx"))
    assert main(["import", str(tmp_path / "notes.docx"), "articles", "--title", "Notes"]) == 0
    page = "_articles/notes.md"
    assert Document.load(guide / page).get("published") is False
    capsys.readouterr()
    code, out, _err = run(capsys, "review", "approve", page)
    # The import's empty fields are Check's warnings, said after it (they do not hold it back).
    said, _, warned = out.partition(f"{page}: approved with ")
    assert code == 0 and said == f"{page}: published: false (line removed)\n"
    assert warned.startswith("3 warnings from Check:")
    assert "published" not in Document.load(guide / page).front_matter


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_published_line_the_committed_page_lacked_goes_too(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = guide / PAGE
    original = path.read_bytes()
    commit(guide, PAGE)
    assert main(["set", PAGE, "published=false"]) == 0
    assert run(capsys, "review", "approve", PAGE)[0] == 0
    assert path.read_bytes() == original


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_published_line_the_committed_page_had_becomes_true(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = guide / PAGE
    assert main(["set", PAGE, "published=false"]) == 0
    commit(guide, PAGE)  # the site's own published line, kept in its history
    before = path.read_bytes()
    code, out, _err = run(capsys, "review", "approve", PAGE)
    assert code == 0 and out == f"{PAGE}: published: false -> true\n"
    assert path.read_bytes() == before.replace(b"published: false", b"published: true", 1)
    code, out, _err = run(capsys, "review", "undo", PAGE)
    assert code == 0 and out.endswith(f"{PAGE}: published: true -> false\n")
    assert path.read_bytes() == before
    code, out, _err = run(capsys, "review", "approve", PAGE, "--json")
    assert code == 0
    assert json.loads(out)["changes"] == [
        {"field": "published", "kind": "changed", "old": False, "new": True}
    ]
