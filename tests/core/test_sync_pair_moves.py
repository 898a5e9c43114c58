"""`sync_moves.pair_moves`, the one rule of what a move is, at its edges: a page with exactly
half its lines the same is a move ("half or more"), and a page added is the new place of one
removed page only, however many removed pages are like it."""

from __future__ import annotations

from editor_app.core.sync_moves import pair_moves


def test_a_page_with_half_its_lines_the_same_is_a_move() -> None:
    before = b"Title line\nA first paragraph.\n"
    after = b"Title line\nAnother paragraph altogether\n"
    assert pair_moves({"old.md": before}, {"new.md": after}) == {"old.md": "new.md"}


def test_a_page_added_is_the_new_place_of_one_removed_page_only() -> None:
    text = b"One line.\nTwo lines.\nThree lines.\n"
    moves = pair_moves({"a.md": text, "b.md": text}, {"c.md": text})
    assert list(moves.values()) == ["c.md"]
    assert len(moves) == 1


def test_a_removed_page_goes_to_the_added_page_most_like_it() -> None:
    text = b"Alpha.\nBeta.\nGamma.\nDelta.\n"
    moves = pair_moves(
        {"one.md": text},
        {"same.md": text, "close.md": text.replace(b"Delta", b"Epsilon")},
    )
    assert moves == {"one.md": "same.md"}
