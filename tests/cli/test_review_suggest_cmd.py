"""`editor-app review` approval gate, undo and suggested edits, on copies of real sites.

Every check on the file is a byte comparison: an accepted suggestion changes exactly its
words, a rejected one nothing, an undone approval gives back the file as it was.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from cli_helpers import run

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND, replace_in  # noqa: E402

GUIDE_PAGE = "_articles/how-to-contribute.md"
OLD = "a short public facing story"


@pytest.fixture
def in_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(site_copy)
    return site_copy


def only_once(body: str, data: bytes) -> str:
    """Three plain words of the page that appear once in its text and once in the file."""
    for line in body.splitlines():
        words = line.split()
        for i in range(len(words) - 2):
            three = " ".join(words[i : i + 3])
            if re.fullmatch(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", three) and body.count(three) == 1:
                if data.count(three.encode()) == 1:
                    return three
    raise AssertionError("no plain words to suggest on")


# -- the approval gate ---------------------------------------------------------------------------


def test_approve_is_refused_while_errors_and_open_notes_remain(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    replace_in(path, "date: 2022-08-11", "date: soon")  # not a date: an error
    assert (
        run(capsys, "review", "note", BRAND, "--on", OLD, "--text", "Who?", "--author", "Ada")[0]
        == 0
    )
    before = path.read_bytes()

    code, out, err = run(capsys, "review", "approve", BRAND)
    assert code == 1 and err == ""
    assert "not approved: 2 things to deal with first" in out
    assert "Error on line 6:" in out
    assert "Open note by Ada (on “a short public facing story”): Who?" in out
    assert path.read_bytes() == before
    data = json.loads(run(capsys, "review", "approve", BRAND, "--json")[1])
    assert data["approved"] is False and [b["kind"] for b in data["blockers"]] == ["error", "note"]

    code, out, err = run(capsys, "review", "approve", BRAND, "--anyway")  # no reason
    assert code == 2 and out == "" and err.count("\n") == 1 and "--reason" in err
    assert path.read_bytes() == before

    code, out, err = run(
        capsys, "review", "approve", BRAND, "--anyway", "--reason", "Date checked by phone",
        "--author", "Ada",
    )  # fmt: skip
    assert code == 0 and out == f"{BRAND}: status: draft -> final\n"
    assert path.read_bytes() == before.replace(b"status: draft", b"status: final", 1)
    decision = review.NoteStore(path).decisions[-1]
    assert (decision.decision, decision.anyway, decision.reason, decision.by) == (
        "approved", True, "Date checked by phone", "Ada",
    )  # fmt: skip
    assert len(decision.despite) == 2
    code, out, _err = run(capsys, "review", "history", BRAND)
    assert "approved by Ada" in out and "approved anyway: Date checked by phone" in out

    # Undo gives back the file byte for byte; a second undo has nothing to undo.
    code, out, _err = run(capsys, "review", "undo", BRAND)
    assert code == 0 and "status: final -> draft" in out
    assert path.read_bytes() == before
    code, _out, err = run(capsys, "review", "undo", BRAND)
    assert code == 2 and "already undone" in err


def test_approve_on_another_site_waits_for_the_open_note(guide: Path, capsys) -> None:
    path = guide / GUIDE_PAGE
    assert main(["set", GUIDE_PAGE, "published=false"]) == 0
    run(capsys, "review", "note", GUIDE_PAGE, "--text", "Check the links.", "--author", "Ada")
    before = path.read_bytes()
    code, out, _err = run(capsys, "review", "approve", GUIDE_PAGE)
    assert code == 1 and "Open note by Ada: Check the links." in out
    assert path.read_bytes() == before
    code, out, _err = run(
        capsys, "review", "approve", GUIDE_PAGE, "--anyway", "--reason", "Links fixed later"
    )
    # The page had no published line: approving takes the one set for the review away again.
    assert code == 0 and out == f"{GUIDE_PAGE}: published: false (line removed)\n"
    assert path.read_bytes() == before.replace(b"published: false\n", b"", 1)
    assert review.NoteStore(path).decisions[-1].reason == "Links fixed later"


def test_a_hugo_draft_is_approved_by_clearing_draft(hugo: Path, capsys) -> None:
    page = "content/en/about/introduction.md"
    assert main(["set", page, "draft=true"]) == 0
    path = hugo / page
    rows = json.loads(run(capsys, "review", "queue", "--json")[1])
    assert [(r["path"], r["status"]) for r in rows] == [(page, "unpublished")]
    run(capsys, "review", "note", page, "--text", "Check the intro.", "--author", "Ada")
    before = path.read_bytes()
    code, out, _err = run(capsys, "review", "approve", page)
    assert code == 1 and "Open note by Ada: Check the intro." in out
    assert path.read_bytes() == before
    code, out, _err = run(capsys, "review", "approve", page, "--anyway", "--reason", "Fine")
    # The page had no draft line: approving takes the one set for the review away again.
    assert code == 0 and out == f"{page}: draft: true (line removed)\n"
    assert path.read_bytes() == before.replace(b"draft: true\n", b"", 1)
    assert run(capsys, "review", "undo", page)[0] == 0
    assert path.read_bytes() == before


def test_send_back_then_the_author_edits_shows_in_the_queue(in_site: Path, capsys) -> None:
    run(capsys, "review", "send-back", BRAND, "--reason", "Shorter, please.")
    assert review.page_state(in_site / BRAND).state == "sent back"
    rows = {r["path"]: r for r in json.loads(run(capsys, "review", "queue", "--json")[1])}
    assert rows[BRAND]["state"] == "sent back" and rows[BRAND]["state_reason"] == "Shorter, please."
    assert "draft (sent back)" in run(capsys, "review", "queue")[1]
    replace_in(in_site / BRAND, OLD, "a short story")
    assert review.page_state(in_site / BRAND).state == "changed since sent back"
    # Undo takes back the decision and its message.
    assert run(capsys, "review", "undo", BRAND)[0] == 0
    assert review.page_state(in_site / BRAND).state == "waiting"
    assert review.NoteStore(in_site / BRAND).notes == []


# -- suggested edits ------------------------------------------------------------------------------


def suggestion_id(out: str) -> str:
    return re.search(r"suggestion (\w+)", out).group(1)


@pytest.mark.parametrize(
    ("option", "new", "expected"),
    [
        ("--replace", "a short public story", "a short public story"),
        ("--replace", "", ""),
        ("--insert-after", "for everyone", OLD + " for everyone"),
        ("--insert-before", "new", "new " + OLD),
    ],
)
def test_an_accepted_suggestion_changes_exactly_those_words(
    in_site: Path, capsys, option: str, new: str, expected: str
) -> None:
    path = in_site / BRAND
    before = path.read_bytes()
    code, out, err = run(capsys, "review", "suggest", BRAND, "--on", OLD, option, new)
    assert code == 0, err
    assert path.read_bytes() == before  # suggesting never touches the page
    code, out, err = run(capsys, "review", "accept", BRAND, suggestion_id(out)[:6])
    assert code == 0, err
    gone = OLD if expected else OLD + " "  # a deletion between two spaces leaves one
    assert path.read_bytes() == before.replace(gone.encode(), expected.encode(), 1)
    assert "(line 12)" in out


def test_on_another_site_accept_changes_the_words_and_reject_changes_nothing(
    guide: Path, capsys
) -> None:
    path = guide / GUIDE_PAGE
    before = path.read_bytes()
    words = only_once(Document.load(path).body, before)
    code, out, err = run(capsys, "review", "suggest", GUIDE_PAGE, "--on", words, "--replace", "X Y")
    assert code == 0, err
    first = suggestion_id(out)
    out = run(
        capsys, "review", "suggest", GUIDE_PAGE, "--field", "title", "--replace", "Contribute"
    )[1]
    second = suggestion_id(out)
    listed = json.loads(run(capsys, "review", "suggestions", GUIDE_PAGE, "--json")[1])
    assert [(s["old"], s["new"], s["field"], s["found"]) for s in listed] == [
        (words, "X Y", None, True),
        ("How to Contribute to Open Source", "Contribute", "title", True),
    ]
    assert run(capsys, "review", "reject", GUIDE_PAGE, second)[0] == 0
    assert path.read_bytes() == before
    assert run(capsys, "review", "accept", GUIDE_PAGE, first)[0] == 0
    assert path.read_bytes() == before.replace(words.encode(), b"X Y", 1)
    code, _out, err = run(capsys, "review", "accept", GUIDE_PAGE, second)
    assert code == 2 and "already rejected" in err


def test_a_suggestion_on_a_page_setting(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    before = path.read_bytes()
    out = run(
        capsys,
        "review",
        "suggest",
        BRAND,
        "--field",
        "title",
        "--on",
        "Brand",
        "--replace",
        "Our brand",
    )[1]
    assert "in title" in out
    assert run(capsys, "review", "accept", BRAND, suggestion_id(out))[0] == 0
    assert path.read_bytes() == before.replace(
        b"title: Brand narrative", b"title: Our brand narrative", 1
    )


def test_suggestions_survive_edits_elsewhere_and_refuse_edited_words(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    out = run(capsys, "review", "suggest", BRAND, "--on", OLD, "--replace", "a story")[1]
    kept = suggestion_id(out)
    out = run(
        capsys,
        "review",
        "suggest",
        BRAND,
        "--on",
        "brand narrative",
        "--nth",
        "1",
        "--replace",
        "story",
    )[1]
    edited = suggestion_id(out)
    # The author edits above both, then the words of the second.
    replace_in(path, "Over the last month", "Over the last two months")
    replace_in(path, "brand narrative", "brand story")
    before = path.read_bytes()
    code, _out, err = run(capsys, "review", "accept", BRAND, edited)
    assert code == 2 and "were changed since" in err and path.read_bytes() == before
    assert run(capsys, "review", "accept", BRAND, kept)[0] == 0
    assert path.read_bytes() == before.replace(OLD.encode(), b"a story", 1)


def test_suggest_refuses_words_not_there_or_repeated(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    code, out, err = run(
        capsys, "review", "suggest", BRAND, "--on", "no such words", "--replace", "x"
    )
    assert code == 2 and out == "" and "not in the text of the page" in err
    code, _out, err = run(
        capsys, "review", "suggest", BRAND, "--on", "brand narrative", "--replace", "x"
    )
    assert code == 2 and "--nth" in err
    code, _out, err = run(capsys, "review", "suggest", BRAND, "--on", OLD, "--replace", OLD)
    assert code == 2 and "same as the old ones" in err
    assert not review.notes_path(path).exists()
