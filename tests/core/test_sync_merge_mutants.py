"""Get latest's page merge at its edges, each a behaviour an author meets (found by mutation
testing of core/sync_merge.py: `tools/mutation.py disk-merge`).

Named as equivalent or left (no test tells them apart, or the difference is no bug):
- `_merge_fields`: `None if items is None` dropped: `_merge_list` answers None only when
  comparing items raises TypeError, which no value read from settings does.
- `_as_text`, `merge_pages`: `_bytes(m, None)`, and `mine` passed as None to `_as_text`: the
  fallback is used only when the merged text cannot be
  written in the page's encoding, which a page read from that encoding merged with text
  read the same way does not reach.
- `_merge_text`: `_header_then_paragraphs` for a body too (a body whose first line is `---`
  merged line by line up to the next `---`: finer, never wrong), and `"XXXX".join(t)` in the
  test for a clash of blank lines only (a paragraph left blank on one side and split into
  several blank pieces on the other: not reached from a page).
- `_header_then_paragraphs`: the closing line looked for from the third line on: differs only
  for an empty settings block (`---` then `---`) in a page merged as text.
- `merge_pages`: the path's default (every caller names the page), the shortcut when one side
  is unchanged spelt `and` (the whole merge then gives that side's bytes, only slower),
  `conflicts = ` for `+=` (nothing recorded before the fields), `_bytes(m, None)` as above.
- `merge_sequences`: `zip(strict=...)` over three stretches already of one length.
- `paragraphs_of`: `rindex` for `index` (the text stripped of line breaks at its ends occurs in
  it once).
"""

from __future__ import annotations

import datetime

from editor_app.core.document import Document
from editor_app.core.sync_merge import Conflict, merge_pages, merge_sequences

BASE = b"---\ntitle: A page\ntags: [a, b]\nauthor: Ann\n---\nOne.\n\nTwo two.\n\nThree.\n"


def test_neighbouring_paragraphs_edited_on_each_side_settle_one_by_one() -> None:
    base = ["A", "\n\n", "B"]
    mine = ["A mine", "\n\n", "B"]
    theirs = ["A", "\n\n\n", "B theirs"]
    assert merge_sequences(base, mine, theirs) == [
        ("ok", ["A mine"], []),
        ("ok", ["\n\n\n"], []),
        ("ok", ["B theirs"], []),
    ]
    clash = merge_sequences(base, ["A mine", "\n\n", "B"], ["A theirs", "\n\n\n", "B"])
    assert clash == [
        ("conflict", ["A mine"], ["A theirs"]),
        ("ok", ["\n\n\n"], []),
        ("ok", ["B"], []),
    ]


def test_a_paragraph_both_changed_is_recorded_with_both_texts_and_where_it_is() -> None:
    mine = BASE.replace(b"Two two.", b"Two mine.")
    theirs = BASE.replace(b"Two two.", b"Two theirs.")
    result = merge_pages(BASE, mine, theirs, "notes/p.md")
    assert result.data == mine
    assert [(c.path, c.kind, c.where, c.mine, c.theirs, c.offset) for c in result.conflicts] == [
        ("notes/p.md", "paragraph", "body", "Two mine.", "Two theirs.", len("One.\n\n"))
    ]


def test_a_field_both_changed_is_recorded_in_words_and_values() -> None:
    removed = merge_pages(
        BASE,
        BASE.replace(b"author: Ann\n", b""),
        BASE.replace(b"author: Ann", b"author: Bo"),
        "p.md",
    )
    (c,) = removed.conflicts
    assert (c.path, c.kind, c.where, c.mine, c.theirs) == (
        "p.md",
        "field",
        "author",
        "(not set)",
        "Bo",
    )
    assert c.mine_value is None and c.theirs_value == "Bo"
    assert c.extra == {"mine_missing": True, "theirs_missing": False}
    lists = merge_pages(
        BASE,
        BASE.replace(b"tags: [a, b]", b"tags: []"),
        BASE.replace(b"tags: [a, b]", b"tags: other"),
        "p.md",
    )
    (c,) = lists.conflicts
    assert (c.mine, c.theirs, c.mine_value, c.theirs_value) == (
        "(empty list)",
        "other",
        [],
        "other",
    )
    emptied = merge_pages(
        BASE,
        BASE.replace(b"tags: [a, b]", b"tags: [a, c]"),
        BASE.replace(b"tags: [a, b]", b"tags:"),
        "p.md",
    )
    (c,) = emptied.conflicts
    assert (c.mine, c.theirs, c.theirs_value) == ("a, c", "(empty)", None)
    assert c.extra == {"mine_missing": False, "theirs_missing": False}
    mine_emptied = merge_pages(
        BASE,
        BASE.replace(b"author: Ann", b"author:"),
        BASE.replace(b"author: Ann", b"author: Bo"),
        "p.md",
    )
    (c,) = mine_emptied.conflicts
    assert (c.mine, c.theirs, c.mine_value) == ("(empty)", "Bo", None)


def test_an_empty_setting_added_on_the_other_side_comes_in() -> None:
    mine = BASE.replace(b"Three.", b"Three, mine.")
    theirs = BASE.replace(b"author: Ann\n", b"author: Ann\nsubtitle:\n")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.conflicts == []
    assert Document.from_bytes(result.data).front_matter["subtitle"] is None
    assert b"Three, mine." in result.data


def test_every_setting_the_other_side_changed_comes_in() -> None:
    mine = BASE.replace(b"Three.", b"Three, mine.")
    theirs = BASE.replace(b"title: A page", b"title: Their page").replace(b"Ann", b"Bo")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == theirs.replace(b"Three.", b"Three, mine.")


def test_a_text_setting_made_a_list_on_both_sides_keeps_every_item_once() -> None:
    base = BASE.replace(b"tags: [a, b]", b"tags: a")
    mine = base.replace(b"tags: a", b"tags: [a, b]")
    theirs = base.replace(b"tags: a", b"tags: [a, c]")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert Document.from_bytes(result.data).front_matter["tags"] == ["a", "b", "c"]


def test_a_list_made_text_on_the_other_side_is_a_clash() -> None:
    mine = BASE.replace(b"tags: [a, b]", b"tags: [a, b, c]")
    theirs = BASE.replace(b"tags: [a, b]", b"tags: ab")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert [c.where for c in result.conflicts] == ["tags"]
    assert result.data == mine


def test_a_toml_page_that_cannot_be_read_merges_its_settings_line_by_line() -> None:
    base = b'+++\ntitle = "A page\nauthor = "Ann"\n+++\nOne.\n'
    mine = base.replace(b"title = ", b"title  = ")
    theirs = base.replace(b'"Ann"', b'"Bo"')
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == mine.replace(b'"Ann"', b'"Bo"')


def test_a_yaml_page_ending_its_settings_with_dots_merges_them_line_by_line() -> None:
    base = b"---\ntitle: [A page\nauthor: Ann\n...\nOne.\n"
    mine = base.replace(b"title: [A", b"title: [The")
    theirs = base.replace(b"Ann", b"Bo")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == mine.replace(b"Ann", b"Bo")
    clash = merge_pages(base, mine, base.replace(b"title: [A", b"title: [Their"), "notes/p.md")
    assert [(c.path, c.where) for c in clash.conflicts] == [("notes/p.md", "text")]


def test_pages_both_added_that_cannot_be_read_merge_as_text() -> None:
    mine = b"---\ntitle: [x\n---\nMine.\n"
    theirs = b"---\ntitle: [x\n---\nTheirs.\n"
    result = merge_pages(None, mine, theirs, "p.md")
    assert b"Mine." in result.data and b"Theirs." in result.data, "nothing either wrote lost"


def test_settings_the_other_side_gave_a_page_without_any_come_with_its_edits() -> None:
    base = b"Just text.\n\nMore.\n"
    mine = b"Just text.\n\nMore, edited.\n"
    theirs = b"---\ntitle: Added\n---\nJust text.\n\nMore.\n"
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == b"---\ntitle: Added\n---\nJust text.\n\nMore, edited.\n"


def test_a_clash_kept_for_later_reads_back_the_same() -> None:
    conflict = Conflict(
        "p.md",
        "field",
        "date",
        "2025-01-03",
        "2025-02-01",
        mine_value=datetime.date(2025, 1, 3),
        theirs_value={"when": (1, 2.5, True, None), 3: ["x"]},
        extra={"mine_missing": False},
    )
    data = conflict.to_json()
    assert data["mine_value"] == "2025-01-03"
    assert data["theirs_value"] == {"when": [1, 2.5, True, None], "3": ["x"]}
    back = Conflict.from_json({**data, "unknown": "ignored"})
    assert back.to_json() == data
    assert (back.path, back.where, back.mine, back.theirs) == (
        "p.md",
        "date",
        "2025-01-03",
        "2025-02-01",
    )
    assert back.extra == {"mine_missing": False}


def test_paragraphs_keep_their_own_first_and_last_characters() -> None:
    from editor_app.core.sync_merge import paragraphs_of

    assert paragraphs_of(" \n\nA\n\n ") == [" ", "\n\n", "A", "\n\n", " "]
    assert paragraphs_of("X marks.\n\nY\nX") == ["X marks.", "\n\n", "Y\nX"]


def test_a_field_the_other_side_removed_and_this_side_changed_is_recorded_as_removed() -> None:
    result = merge_pages(
        BASE,
        BASE.replace(b"author: Ann", b"author: Bo"),
        BASE.replace(b"author: Ann\n", b""),
        "p.md",
    )
    (c,) = result.conflicts
    assert (c.mine, c.theirs, c.mine_value, c.theirs_value) == ("Bo", "(not set)", "Bo", None)
    assert c.extra == {"mine_missing": False, "theirs_missing": True}


def test_a_clash_of_indented_or_split_paragraphs_keeps_their_text_exactly() -> None:
    base = b"---\ntitle: A\n---\nOne.\n\n    code line\n\nXmas X\n"
    mine = base.replace(b"    code line", b"    code mine").replace(b"Xmas X", b"Xmas mine X")
    theirs = base.replace(b"    code line", b"    code theirs").replace(
        b"Xmas X", b"Xmas\n\ntheirs X"
    )
    result = merge_pages(base, mine, theirs, "p.md")
    assert [(c.mine, c.theirs) for c in result.conflicts] == [
        ("    code mine", "    code theirs"),
        ("Xmas mine X", "Xmas\n\ntheirs X"),
    ]


def test_a_clash_after_other_changes_says_where_it_starts_in_the_merged_text() -> None:
    mine = BASE.replace(b"One.", b"One, mine.").replace(b"Three.", b"Three mine.")
    theirs = BASE.replace(b"Three.", b"Three theirs.")
    result = merge_pages(BASE, mine, theirs, "p.md")
    (c,) = result.conflicts
    assert c.offset == len("One, mine.\n\nTwo two.\n\n")


def test_compact_settings_both_changed_in_one_line_are_a_clash_of_the_page() -> None:
    base = b"---\n{title: A, subtitle: x}\n---\nOne.\n"
    mine = base.replace(b"title: A", b"title: M")
    theirs = base.replace(b"subtitle: x", b"subtitle: t")
    result = merge_pages(base, mine, theirs, "notes/p.md")
    assert result.data == mine
    assert [(c.path, c.kind, c.where) for c in result.conflicts] == [
        ("notes/p.md", "paragraph", "text")
    ]
