"""The line and word matching of Combine both (`three_way.kept_items_quick`, from the runs of
equal items on long sequences: `kept_items_from_runs`) finds the very pairs difflib's
`SequenceMatcher(None, a, b).get_matching_blocks()` finds (its popular-item shortcut kept), as
it did when it called difflib alone; only faster on long pages with many edits. Checked on
generated sequences (few distinct items, so runs repeat and tie; long enough for difflib's
popular items) and on whole Combine both merges."""

from __future__ import annotations

import sys
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import disk_merge, word_merge
from editor_app.core.three_way import FEW_ITEMS, kept_items_from_runs, kept_items_quick

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from merge import made_up_page, two_edits  # noqa: E402


def with_difflib(base: list, other: list) -> dict[int, int]:
    """What `kept_items_quick` was: difflib's own matching."""
    found: dict[int, int] = {}
    for a, b, n in SequenceMatcher(None, base, other).get_matching_blocks():
        for d in range(n):
            found[a + d] = b + d
    return found


@st.composite
def edited_pair(draw: st.DrawFn, most: int = 450) -> tuple[list[int], list[int]]:
    """A sequence of few distinct items and an edited copy of it (or another one)."""
    letters = draw(st.integers(1, 40))
    items = st.integers(0, letters)
    base = draw(st.lists(items, max_size=most))
    if draw(st.booleans()):
        return base, draw(st.lists(items, max_size=most))
    other = list(base)
    for _ in range(draw(st.integers(0, 25))):
        at = draw(st.integers(0, len(other)))
        what = draw(st.sampled_from(["add", "remove", "change"]))
        if what == "add" or not other:
            other.insert(at, draw(items))
        elif what == "remove":
            del other[min(at, len(other) - 1)]
        else:
            other[min(at, len(other) - 1)] = draw(items)
    return base, other


@settings(max_examples=600)
@given(edited_pair())
def test_the_same_pairs_as_difflib(pair: tuple[list[int], list[int]]) -> None:
    base, other = pair
    assert kept_items_from_runs(base, other) == with_difflib(base, other)
    assert kept_items_from_runs(other, base) == with_difflib(other, base)
    assert kept_items_quick(base, other) == with_difflib(base, other)


@settings(max_examples=40)
@given(edited_pair(most=FEW_ITEMS))
def test_the_same_pairs_on_either_side_of_few_items(pair: tuple[list[int], list[int]]) -> None:
    base, other = pair
    assert kept_items_quick(base, other) == with_difflib(base, other)


@settings(max_examples=60)
@given(st.lists(st.sampled_from(["", "a", "b", "---", "x y"]), min_size=200, max_size=700))
def test_the_same_pairs_where_most_items_are_popular(lines: list[str]) -> None:
    other = lines[::-1][:150] + lines[150:]
    assert kept_items_from_runs(lines, other) == with_difflib(lines, other)


@pytest.fixture
def combine_with_difflib(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    def merge(base: bytes, mine: bytes, theirs: bytes) -> disk_merge.PageMerge:
        with monkeypatch.context() as m:
            m.setattr(word_merge, "kept_items_quick", with_difflib)
            return disk_merge.merge_page_bytes(base, mine, theirs)

    return merge


@settings(max_examples=80)
@given(
    st.lists(
        st.sampled_from(["One line.", "Two words.", "", "A list:", "- item", "End."]), max_size=60
    ),
    st.data(),
)
def test_combine_both_merges_the_same(lines: list[str], data: st.DataObject) -> None:
    def edit(text: list[str]) -> list[str]:
        out = list(text)
        for _ in range(data.draw(st.integers(0, 6))):
            at = data.draw(st.integers(0, len(out)))
            word = data.draw(st.sampled_from(["New.", "", "Two more words.", "- item"]))
            if out and data.draw(st.booleans()):
                out[min(at, len(out) - 1)] += " " + word
            else:
                out.insert(at, word)
        return out

    page = ["---", "title: A page", "---", *lines]
    base, mine, theirs = ("\n".join(x).encode() + b"\n" for x in (page, edit(page), edit(page)))
    now = disk_merge.merge_page_bytes(base, mine, theirs)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(word_merge, "kept_items_quick", with_difflib)
        before = disk_merge.merge_page_bytes(base, mine, theirs)
    assert (now.data, now.clean, now.where) == (before.data, before.clean, before.where)


def test_the_long_made_up_page_merges_the_same(combine_with_difflib) -> None:  # noqa: ANN001
    page = made_up_page()
    mine, theirs = two_edits(page, 300)
    now = disk_merge.merge_page_bytes(page, mine, theirs)
    before = combine_with_difflib(page, mine, theirs)
    assert (now.data, now.clean, now.where) == (before.data, before.clean, before.where)
