"""A paragraph one author adds after the page's last paragraph while the other edits that
paragraph: merged without a choice, the paragraph once (it was a choice, and keeping both
put the old paragraph in twice)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from shared_sites import shared_site_path

from editor_app.core.sync_merge import merge_pages, merge_sequences, paragraphs_of

PICTURE = "![Workshop photo](/assets/resources/Workshop-Photo.png)"


def test_picture_added_after_last_paragraph_edited_elsewhere() -> None:
    page = shared_site_path("connectedbydata") / "_resources" / "ai-in-education.md"
    base = page.read_bytes()
    last = base.decode().rstrip("\n").rsplit("\n\n", 1)[1]
    assert not base.endswith(b"\n")  # the page ends without a newline, as in the site
    theirs = base + f"\n\n{PICTURE}".encode()
    edited = last.replace("early 2026", "early 2027")
    assert edited != last
    mine = base.replace(last.encode(), edited.encode())
    result = merge_pages(base, mine, theirs, "_resources/ai-in-education.md")
    assert result.conflicts == []
    assert result.data == mine + f"\n\n{PICTURE}".encode()
    # the same with the picture on the other side
    result = merge_pages(base, theirs, mine, "_resources/ai-in-education.md")
    assert result.conflicts == []
    assert result.data == mine + f"\n\n{PICTURE}".encode()


def test_paragraph_added_before_first_edited_elsewhere() -> None:
    base = paragraphs_of("One.\n\nTwo.")
    mine = paragraphs_of("Zero.\n\nOne.\n\nTwo.")
    theirs = paragraphs_of("Uno.\n\nTwo.")
    merged = merge_sequences(base, mine, theirs)
    assert all(state == "ok" for state, _, _ in merged)
    assert "".join(p for _, m, _ in merged for p in m) == "Zero.\n\nUno.\n\nTwo."


def test_last_paragraph_removed_while_other_added_is_merged() -> None:
    # It was a choice: the paragraph added is kept, the removal too.
    base = paragraphs_of("One.\n\nTwo.")
    mine = paragraphs_of("One.")
    theirs = paragraphs_of("One.\n\nTwo.\n\nThree.")
    merged = merge_sequences(base, mine, theirs)
    assert all(state == "ok" for state, _, _ in merged)
    assert "".join(p for _, m, _ in merged for p in m) == "One.\n\nThree."


def test_last_paragraph_split_while_other_added_is_merged() -> None:
    base = paragraphs_of("One.\n\nTwo and more.\n")
    mine = paragraphs_of("One.\n\nTwo\n\nand more.\n")
    theirs = paragraphs_of("One.\n\nTwo and more.\n\nThree.\n")
    merged = merge_sequences(base, mine, theirs)
    assert all(state == "ok" for state, _, _ in merged)
    assert "".join(p for _, m, _ in merged for p in m) == "One.\n\nTwo\n\nand more.\n\nThree.\n"


def test_both_changed_the_last_paragraph_and_one_added_stays_a_choice() -> None:
    base = paragraphs_of("One.\n\nTwo.")
    mine = paragraphs_of("One.\n\nTwo, changed.\n\nThree.")
    theirs = paragraphs_of("One.\n\nTwo, edited.")
    merged = merge_sequences(base, mine, theirs)
    assert any(state == "conflict" for state, _, _ in merged)


WORDS = st.sampled_from(["Alpha.", "Beta.", "Gamma.", "Delta.", "Eps.", "Zeta."])


@given(
    base=st.lists(WORDS, min_size=1, max_size=5, unique=True),
    edit_at=st.integers(min_value=0, max_value=4),
    add_at=st.integers(min_value=0, max_value=5),
)
def test_a_paragraph_one_side_added_is_never_in_twice(
    base: list[str], edit_at: int, add_at: int
) -> None:
    edit_at %= len(base)
    add_at %= len(base) + 1
    mine = list(base)
    mine[edit_at] = mine[edit_at] + " Edited."
    theirs = list(base)
    theirs.insert(add_at, "Added here.")

    def pieces(paragraphs: list[str]) -> list[str]:
        return paragraphs_of("\n\n".join(paragraphs))

    merged = merge_sequences(pieces(base), pieces(mine), pieces(theirs))
    kept = [p for state, m, t in merged for p in (m if state == "ok" else m + t)]
    # however it is settled, even keeping both sides of a choice: no paragraph twice
    texts = [p for p in kept if p.strip()]
    assert texts.count("Added here.") == 1
    for paragraph in base:
        assert texts.count(paragraph) + texts.count(paragraph + " Edited.") == 1
