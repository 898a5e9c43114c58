"""A suggested edit on words chosen with the white space beside them (a drag rarely stops on a
word's first letter) keeps that space in the page when the new words leave it out: accepting
it never joins two words."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core import review
from editor_app.core.document import Document

PAGE = "_resources/legitimate-interests-briefing-paper.md"
SENTENCE = "is one of six lawful bases under which"


def suggest_and_accept(tmp_path: Path, chosen: str, new: str) -> str:
    page = tmp_path / "page.md"
    shutil.copyfile(shared_site_path("connectedbydata") / PAGE, page)
    body = Document.load(page).body
    start = body.index(chosen)
    made = review.make_suggestion(body, start, start + len(chosen), new, "Ed Editor")
    review.NoteStore(page).add_suggestion(made)
    review.accept_suggestion(page, made.id, "Ada Author")
    return Document.load(page).body


def test_the_space_before_the_chosen_words_stays(tmp_path: Path) -> None:
    body = suggest_and_accept(tmp_path, " lawful bases und", "legal bases und")
    assert "is one of six legal bases under which" in body


def test_the_space_after_them_stays_and_one_typed_is_taken(tmp_path: Path) -> None:
    body = suggest_and_accept(tmp_path, "lawful ", "legal")
    assert "six legal bases" in body
    body = suggest_and_accept(tmp_path, " lawful", " statutory")
    assert "six statutory bases" in body


def test_a_deletion_takes_the_space_chosen_with_the_words(tmp_path: Path) -> None:
    body = suggest_and_accept(tmp_path, " lawful", "")
    assert "six bases under" in body
