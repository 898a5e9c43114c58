"""`editor-app review` refusals the note and suggestion actions share: words given with --on
that stand more than once in the page, and a review record that cannot be read."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from cli_helpers import run

from editor_app.core import review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND  # noqa: E402


@pytest.fixture
def in_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(site_copy)
    return site_copy


@pytest.mark.parametrize(
    ("action", "nothing_done"),
    [
        (["note", "--text", "Which one?"], "no note was added"),
        (["suggest", "--replace", "a"], "nothing was suggested"),
    ],
)
def test_words_there_more_than_once_ask_for_nth(
    in_site: Path, capsys, action: list[str], nothing_done: str
) -> None:
    assert Document.load(in_site / BRAND).body.count(" the ") > 1
    before = (in_site / BRAND).read_bytes()
    name, *rest = action
    code, out, err = run(capsys, "review", name, BRAND, "--on", "the", *rest)
    assert code == 2 and out == ""
    assert re.fullmatch(
        rf"editor-app: {re.escape(BRAND)}: The words “the” appear (\d+) times in the text of "
        rf"the page; add --nth 1 to \1 to choose one; {nothing_done}\n",
        err,
    ), err
    assert (in_site / BRAND).read_bytes() == before
    assert not review.notes_path(in_site / BRAND).exists()
    # With --nth saying which one, the action is done.
    code, _out, err = run(capsys, "review", name, BRAND, "--on", "the", "--nth", "2", *rest)
    assert code == 0, err


@pytest.mark.parametrize("action", ["notes", "suggestions", "history"])
def test_an_unreadable_review_record_is_refused_in_one_line(
    in_site: Path, capsys, action: str
) -> None:
    record = review.notes_path(in_site / BRAND)
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text("notes: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, "review", action, BRAND)
    assert code == 2 and out == ""
    assert err == (
        f"editor-app: {BRAND}: The review notes file is damaged (line 2) and was left untouched.\n"
    )
    assert record.read_text(encoding="utf-8") == "notes: [unclosed\n", "left as it was"
