"""The one three-way walk and its matchings (core/three_way.py), and the paragraph merge of Get
latest and Combine both (sync_merge.merge_sequences) built on them: the same pieces as before
they were made fast, on random three-way inputs.

Named as equivalent (mutation testing, `tools/mutation.py disk-merge`):
- `kept_items` numbering the items only `other` holds all alike (`setdefault(x, None)`): they
  match nothing in `base` whatever their number.
- `kept_items`' tests before searching a box on either side of a match (`or` for `and`, `<=`
  for `<`, `i - size`, `j - size`): the extra boxes are empty on one side, where no match is
  found; only slower.
- `_longest_match`: the root's `first` (-1 as +1 or -2: the root is never the state a match
  ends in); the length of a state made for a new item (None, one less, one more) and the test
  whether to split a state (`- 1 ==`): with those lengths wrong every state is split, which
  still gives the automaton of the same stretches (more states), and the lengths read while
  matching are those of split states and the root, which stay right; the split loop's end at
  -2 (step -1 is the split state just made, whose steps never lead back to the state split).
- `chunks`: the stable run looked for one item past the end (`i - o`, `<=`: no item there is
  kept), and `and` for `or` between the tests of `mine` and `theirs` when skipping base items
  both kept: the matchings keep order, so an item at or after `i` never stands before `j` in
  `mine` nor before `k` in `theirs`.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.sync_merge import merge_chunks, merge_sequences, paragraphs_of
from editor_app.core.three_way import kept_items

# Few distinct items, so that items recur (as blank-line separators do) and ties between
# equally long stretches are common: where a matching that only looks alike would differ.
items = st.sampled_from(["a", "b", "c", "\n\n", "d"])
sequences = st.lists(items, max_size=40)


def _difflib_pairs(base: list[str], other: list[str]) -> dict[int, int]:
    found: dict[int, int] = {}
    blocks = SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks()
    for a, b, n in blocks:
        for d in range(n):
            found[a + d] = b + d
    return found


def _reference_chunks(base: list[str], mine: list[str], theirs: list[str]) -> list[tuple]:
    """three_way.chunks as it was before it was made fast (difflib matching, a search from
    each unstable stretch for the next base item both sides kept). The merge's rules on the
    stretches are the merge's own (`merge_chunks`): only the walk is compared."""
    mm = _difflib_pairs(base, mine)
    mt = _difflib_pairs(base, theirs)
    out: list[tuple[list[str], list[str], list[str]]] = []
    i = j = k = 0
    while True:
        o = 0
        while i + o < len(base) and mm.get(i + o) == j + o and mt.get(i + o) == k + o:
            o += 1
        if o:
            out.append((base[i : i + o], base[i : i + o], base[i : i + o]))
            i, j, k = i + o, j + o, k + o
            continue
        ib = next(
            (n for n in range(i, len(base)) if n in mm and n in mt and mm[n] >= j and mt[n] >= k),
            None,
        )
        if ib is None:
            ib, jb, kb = len(base), len(mine), len(theirs)
        else:
            jb, kb = mm[ib], mt[ib]
        if (ib, jb, kb) == (i, j, k):
            break
        out.append((base[i:ib], mine[j:jb], theirs[k:kb]))
        i, j, k = ib, jb, kb
    return out


def _reference_merge(
    base: list[str], mine: list[str], theirs: list[str]
) -> list[tuple[str, list[str], list[str]]]:
    """merge_sequences on the reference walk's stretches."""
    return merge_chunks(_reference_chunks(base, mine, theirs))


@st.composite
def edited(draw: st.DrawFn, base: list[str]) -> list[str]:
    """`base` with some items removed, replaced or added here and there."""
    out: list[str] = []
    for item in base:
        action = draw(st.sampled_from(["keep", "keep", "keep", "drop", "change", "add"]))
        if action in ("keep", "add"):
            out.append(item)
        if action in ("change", "add"):
            out.append(draw(items))
    return out + draw(st.lists(items, max_size=3))


@st.composite
def three_ways(draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    base = draw(sequences)
    return base, draw(edited(base)), draw(edited(base))


@given(sequences, sequences)
def test_kept_items_are_difflibs_longest_block_pairs(base: list[str], other: list[str]) -> None:
    assert kept_items(base, other) == _difflib_pairs(base, other)


@given(three_ways())
def test_kept_items_of_an_edited_copy_are_difflibs(texts: tuple) -> None:
    base, mine, _ = texts
    assert kept_items(base, mine) == _difflib_pairs(base, mine)


@given(three_ways())
def test_paragraph_merge_gives_the_same_pieces_as_before(texts: tuple) -> None:
    assert merge_sequences(*texts) == _reference_merge(*texts)


@given(three_ways())
def test_paragraph_merge_keeps_every_stretch_of_both_sides(texts: tuple) -> None:
    base, mine, theirs = texts
    pieces = merge_sequences(base, mine, theirs)
    if theirs == base:
        assert [x for _, m, _ in pieces for x in m] == mine
    if mine == base:
        assert [x for _, m, _ in pieces for x in m] == theirs


def test_a_long_page_with_edits_scattered_on_both_sides_merges_as_before() -> None:
    paragraphs = [f"Paragraph {n} about the site." for n in range(400)]
    base_text = "\n\n".join(paragraphs) + "\n"
    mine_text = base_text.replace("Paragraph 7 ", "Paragraph seven ").replace(
        "Paragraph 300 ", "Paragraph three hundred "
    )
    theirs_text = base_text.replace("Paragraph 9 ", "Paragraph nine ").replace(
        "Paragraph 301 ", "Paragraph 301, new, "
    )
    base, mine, theirs = map(paragraphs_of, (base_text, mine_text, theirs_text))
    pieces = merge_sequences(base, mine, theirs)
    assert pieces == _reference_merge(base, mine, theirs)
    merged = "".join(x for _, m, _ in pieces for x in m)
    assert "Paragraph seven " in merged and "Paragraph nine " in merged
    assert "Paragraph three hundred " in merged and "Paragraph 301, new, " in merged
    assert all(state == "ok" for state, _, _ in pieces)


def _every_sequence(alphabet: str, longest: int) -> list[list[str]]:
    found: list[list[str]] = [[]]
    for _ in range(longest):
        found += [s + [c] for s in found if len(s) == len(found[-1]) for c in alphabet]
    return found


def test_kept_items_are_difflibs_for_every_short_pair() -> None:
    # Every pair of short sequences of two or three items (ties and repeats everywhere):
    # the matching the paragraph merge walks is difflib's, whatever the sample drawn above.
    two, three = _every_sequence("ab", 6), _every_sequence("abc", 3)
    assert len(two) == 127 and len(three) == 40
    for group in (two, three):
        for base in group:
            for other in group:
                assert kept_items(base, other) == _difflib_pairs(base, other), (base, other)
