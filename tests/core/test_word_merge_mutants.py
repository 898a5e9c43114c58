"""The word merge at its edges (found by mutation testing of core/word_merge.py:
`tools/mutation.py disk-merge`)."""

from __future__ import annotations

from editor_app.core.disk_merge import merge_page_texts
from editor_app.core.word_merge import MOST_PIECES, merge_words, words_of


def test_a_long_line_only_the_author_rewrote_stays_the_authors() -> None:
    # Past MOST_PIECES changed pieces a line both changed is a clash; a line only one side
    # changed is that side's, however long.
    base = " ".join(f"word{n}" for n in range(3000))
    mine = " ".join(f"mot{n}" for n in range(3000))
    assert merge_words(base, mine, base) == mine
    assert merge_words(base, base, mine) == mine
    assert merge_words(base, mine, mine) == mine
    # The same in a page: the other program changed the next line of the paragraph.
    header = "---\ntitle: Notes\n---\n"
    merged = merge_page_texts(
        header + base + "\nNext line.\n",
        header + mine + "\nNext line.\n",
        header + base + "\nNext line, changed.\n",
    )
    assert merged.clean and merged.text == header + mine + "\nNext line, changed.\n"


def test_exactly_most_pieces_changed_on_both_sides_still_merge() -> None:
    base = " ".join(f"w{n}" for n in range(MOST_PIECES // 2)) + "."
    assert len(words_of(base)) == MOST_PIECES
    mine = "first" + base[2:]  # the first word changed
    theirs = base[:-1] + "!"  # the last mark changed
    assert merge_words(base, mine, theirs) == "first" + base[2:-1] + "!"
    longer = base + " w"
    assert merge_words(longer, "first" + longer[2:], longer[:-1] + "x") is None
