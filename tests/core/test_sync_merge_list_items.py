"""Saved edits in two different items of one list (one paragraph: no blank line between
its items), one by each author: merged at Get latest (`merge_saved_pages`: line by line where
the paragraph merge left a choice), not a choice."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.disk_merge import merge_saved_pages

PAGE = "_resources/ai-white-paper-2023.md"
FIRST = b"Near-term harms and benefits must not be overlooked"
THIRD = b"acknowledges the importance of hearing and considering public voice."


def _base() -> bytes:
    base = (shared_site_path("connectedbydata") / PAGE).read_bytes()
    assert FIRST in base and THIRD in base
    return base


def test_two_items_of_one_list_edited_apart_are_merged() -> None:
    base = _base()
    mine = base.replace(FIRST, FIRST.replace(b"Near-term", b"Near-term (and present)"))
    theirs = base.replace(THIRD, THIRD.replace(b"public voice.", b"public voice (Ben)."))
    result = merge_saved_pages(base, mine, theirs, PAGE)
    assert result.conflicts == []
    expected = mine.replace(THIRD, THIRD.replace(b"public voice.", b"public voice (Ben)."))
    assert result.data == expected


def test_neighbouring_items_edited_apart_are_merged() -> None:
    base = b"Intro.\n\n* one\n* two\n* three\n\nEnd.\n"
    mine = base.replace(b"* one", b"* one!")
    theirs = base.replace(b"* two", b"* two?")
    result = merge_saved_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == b"Intro.\n\n* one!\n* two?\n* three\n\nEnd.\n"


def test_the_same_item_edited_on_both_sides_is_a_choice() -> None:
    base = _base()
    mine = base.replace(FIRST, FIRST.replace(b"Near-term", b"Near-term (mine)"))
    theirs = base.replace(FIRST, FIRST.replace(b"Near-term", b"Near-term (theirs)"))
    result = merge_saved_pages(base, mine, theirs, PAGE)
    assert [c.kind for c in result.conflicts] == ["paragraph"]
    assert result.data == mine
