"""Two edits of one line merged word by word (Combine both, core/word_merge.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from editor_app.core.disk_merge import merge_page_texts
from editor_app.core.word_merge import MOST_PIECES, merge_words, three_way_chunks, words_of

HEADER = "---\ntitle: Notes\n---\n"

# Texts with words, spaces, tabs, punctuation, non-ASCII letters and line breaks.
texts = st.text(alphabet="ab cé,.;:!?'’\"()-\t\n", max_size=40)
separators = st.sampled_from([" ", "  ", ", ", "; ", " – ", ": ", "\t", "’s ", " (", ") "])


def test_edits_at_both_ends_of_a_line_combine() -> None:
    base = "The Health Research Authority’s group reviews each application.\n"
    mine = "A Health Research Authority’s group reviews each application.\n"
    theirs = "The Health Research Authority’s group reviews each new application.\n"
    assert merge_words(base, mine, theirs) == (
        "A Health Research Authority’s group reviews each new application.\n"
    )


def test_whitespace_and_punctuation_kept_exactly() -> None:
    base = "One,  two;\tthree  (four) — five!\n"
    mine = "One,  TWO;\tthree  (four) — five!\n"
    theirs = "One,  two;\tthree  (four) — FIVE!!\n"
    assert merge_words(base, mine, theirs) == "One,  TWO;\tthree  (four) — FIVE!!\n"


def test_neighbouring_words_changed_on_each_side_clash() -> None:
    # Only a space between the two changes: "rouge vert" is a phrase neither side wrote.
    assert merge_words("red green blue", "rouge green blue", "red vert blue") is None


def test_words_changed_on_each_side_with_a_word_between_combine() -> None:
    assert merge_words("red green blue", "rouge green blue", "red green bleu") == "rouge green bleu"


def test_the_same_word_changed_both_ways_clashes() -> None:
    assert merge_words("a cat sat", "a dog sat", "a cow sat") is None


def test_different_words_put_at_the_same_place_clash() -> None:
    assert merge_words("Paragraph 2 says", "Paragraph 2 now says", "Paragraph 2 also says") is None


def test_a_word_removed_on_one_side_and_changed_on_the_other_clashes() -> None:
    assert merge_words("keep this word here", "keep word here", "keep that word here") is None


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    assert merge_words("a cat sat", "a dog sat", "a dog sat") == "a dog sat"


def test_words_of_gives_the_text_back() -> None:
    text = "Hello,  wörld!\t(it’s) — 3.5%\n"
    assert "".join(words_of(text)) == text
    assert words_of("it’s ok") == ["it", "’", "s", " ", "ok"]


@given(texts)
def test_a_line_merged_with_itself_is_itself(text: str) -> None:
    assert merge_words(text, text, text) == text


@given(texts, texts)
def test_one_side_unchanged_gives_the_other(base: str, other: str) -> None:
    assert merge_words(base, base, other) == other
    assert merge_words(base, other, base) == other
    assert merge_words(base, other, other) == other


@given(texts, texts, texts)
def test_chunks_give_each_side_back(base: str, mine: str, theirs: str) -> None:
    chunks = three_way_chunks(words_of(base), words_of(mine), words_of(theirs))
    assert "".join("".join(b) for b, _m, _t in chunks) == base
    assert "".join("".join(m) for _b, m, _t in chunks) == mine
    assert "".join("".join(t) for _b, _m, t in chunks) == theirs


@st.composite
def line_and_two_edits(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A line of distinct words; the author and the other program each replace some words,
    never the same ones nor side by side (an unchanged word between a change of each): the
    line with both edits is the expected merge."""
    count = draw(st.integers(min_value=2, max_value=10))
    words = [f"w{n}{draw(st.text(alphabet='xyz', max_size=3))}" for n in range(count)]
    seps = [draw(separators) for _ in range(count - 1)] + [draw(st.sampled_from(["", ".\n"]))]
    mine_at = draw(st.sets(st.integers(0, count - 1), min_size=1))
    apart = [n for n in range(count) if not {n - 1, n, n + 1} & mine_at]
    assume(apart)
    theirs_at = draw(st.sets(st.sampled_from(apart), min_size=1))

    def line(changes: dict[int, str]) -> str:
        return "".join(
            changes.get(n, w) + s for n, (w, s) in enumerate(zip(words, seps, strict=True))
        )

    mine = {n: f"Mine{n}" for n in mine_at}
    theirs = {n: f"Theirs{n}" for n in theirs_at}
    return line({}), line(mine), line(theirs), line({**mine, **theirs})


@settings(max_examples=150)
@given(line_and_two_edits())
def test_edits_to_different_words_both_kept(case: tuple[str, str, str, str]) -> None:
    base, mine, theirs, both = case
    assert merge_words(base, mine, theirs) == both
    assert merge_words(base, theirs, mine) == both


def _new_words(text: str, base: str) -> Counter[str]:
    return Counter(w for w in words_of(text) if w.strip()) - Counter(
        w for w in words_of(base) if w.strip()
    )


@settings(max_examples=200)
@given(texts, texts, texts)
def test_no_word_either_side_wrote_is_lost(base: str, mine: str, theirs: str) -> None:
    """Merged, the words each side added are all there; a clash says so (None)."""
    merged = merge_words(base, mine, theirs)
    if merged is not None:
        got = Counter(w for w in words_of(merged) if w.strip())
        assert not _new_words(mine, base) - got
        assert not _new_words(theirs, base) - got


word_lists = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "é", "x"]), max_size=6)


@settings(max_examples=150, deadline=None)
@given(word_lists, word_lists, word_lists, word_lists)
def test_a_page_line_edited_on_both_sides(
    base_words: list[str], mine_words: list[str], theirs_words: list[str], rest: list[str]
) -> None:
    """In a page: merged cleanly, both sides' new words are in the text; a clash keeps the
    author's line, and the merge is not clean (the window keeps the disk version whole)."""
    line = " ".join(["Start", *base_words, "end."])
    mine_line = " ".join(["Start", *mine_words, "end."])
    theirs_line = " ".join(["Start", *theirs_words, "end."])
    tail = "\n\n" + " ".join(rest) + "\n"
    merged = merge_page_texts(
        HEADER + line + tail, HEADER + mine_line + tail, HEADER + theirs_line + tail
    )
    got = merged.text[len(HEADER) :].split("\n")[0]
    if merged.clean:
        assert not _new_words(mine_line, line) - Counter(words_of(got))
        assert not _new_words(theirs_line, line) - Counter(words_of(got))
    else:
        assert got == mine_line


def _long_line(count: int) -> list[str]:
    return [("the", "data", "of", "public", f"w{n}")[n % 5] for n in range(count)]


@pytest.mark.timeout(20)
def test_a_long_line_edited_close_together_merges_in_good_time() -> None:
    """What the three share at the start and the end is set aside before matching."""
    words = _long_line(100_000)
    mine, theirs = list(words), list(words)
    mine[50_000], theirs[50_010] = "MINE", "THEIRS"
    both = list(mine)
    both[50_010] = "THEIRS"
    assert merge_words(" ".join(words), " ".join(mine), " ".join(theirs)) == " ".join(both)


@pytest.mark.timeout(20)
def test_a_long_stretch_changed_on_both_sides_is_a_clash_not_a_wait() -> None:
    words = _long_line(20_000)
    mine = [w if n % 7 else "M" for n, w in enumerate(words)]
    theirs = [w if n % 11 else "T" for n, w in enumerate(words)]
    assert len(words) * 2 > MOST_PIECES
    assert merge_words(" ".join(words), " ".join(mine), " ".join(theirs)) is None
