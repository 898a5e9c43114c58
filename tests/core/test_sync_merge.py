"""Merging two edited copies of a page: fields and paragraphs, never conflict markers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.sync_merge import merge_pages, merge_sequences, paragraphs_of

BASE = b"""---
title: "A page"
subtitle: First
tags: [a, b]
date: 2025-01-02
---
One.

Two two.

Three.
"""


def test_paragraphs_give_the_text_back() -> None:
    text = "One.\n\n\nTwo\nlines.\n  \nThree"
    assert "".join(paragraphs_of(text)) == text
    assert paragraphs_of(text) == ["One.", "\n\n\n", "Two\nlines.", "\n  \n", "Three"]
    assert paragraphs_of("\nOne.\n") == ["\n", "One.", "\n"]
    assert paragraphs_of("\n\n") == ["\n\n"]


def test_fields_and_paragraphs_from_both_sides() -> None:
    mine = BASE.replace(b"subtitle: First", b"subtitle: Mine").replace(b"Three.", b"Three!")
    theirs = BASE.replace(b'title: "A page"', b'title: "Their page"').replace(b"One.", b"Uno.")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == (
        BASE.replace(b"subtitle: First", b"subtitle: Mine")
        .replace(b"Three.", b"Three!")
        .replace(b'title: "A page"', b'title: "Their page"')
        .replace(b"One.", b"Uno.")
    )


def test_list_items_added_on_both_sides_are_all_kept() -> None:
    mine = BASE.replace(b"tags: [a, b]", b"tags: [a, b, mine]")
    theirs = BASE.replace(b"tags: [a, b]", b"tags: [b, theirs]")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.conflicts == []
    assert Document.from_bytes(result.data).get("tags") == ["b", "mine", "theirs"]


def test_same_field_keeps_mine_and_records_both() -> None:
    mine = BASE.replace(b"date: 2025-01-02", b"date: 2025-01-03")
    theirs = BASE.replace(b"date: 2025-01-02", b"date: 2025-02-01")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.data == mine
    (c,) = result.conflicts
    assert (c.kind, c.where, c.mine, c.theirs) == ("field", "date", "2025-01-03", "2025-02-01")
    assert c.choices == ("mine", "theirs")


def test_field_removed_there_and_left_here_goes() -> None:
    theirs = BASE.replace(b"subtitle: First\n", b"")
    mine = BASE.replace(b"Two two.", b"Two too.")
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.data == mine.replace(b"subtitle: First\n", b"")


def test_windows_line_endings_stay() -> None:
    base = BASE.replace(b"\n", b"\r\n")
    mine = base.replace(b"One.", b"One!")
    theirs = BASE.replace(b"Three.", b"Three?")  # their copy came with Unix line endings
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == base.replace(b"One.", b"One!").replace(b"Three.", b"Three?")


def test_unreadable_settings_merge_as_text() -> None:
    base = b"---\ntitle: [broken\n---\nOne.\n\nTwo.\n"
    mine = base.replace(b"One.", b"One!")
    theirs = base.replace(b"Two.", b"Two!")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.data == b"---\ntitle: [broken\n---\nOne!\n\nTwo!\n"


def test_both_added_at_the_end_keeps_both() -> None:
    mine = BASE + b"\nMine at the end.\n"
    theirs = BASE + b"\nTheirs at the end.\n"
    result = merge_pages(BASE, mine, theirs, "p.md")
    assert result.conflicts == []
    assert b"Mine at the end." in result.data and b"Theirs at the end." in result.data


words = st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), min_size=0, max_size=12)


@given(base=words, mine_edit=st.integers(0, 100), their_edit=st.integers(0, 100), new=words)
def test_merge_of_separate_edits_has_both(
    base: list[str], mine_edit: int, their_edit: int, new: list[str]
) -> None:
    """Editing two separate places gives both edits; an unchanged side gives the other."""
    items = [f"{w}{i}" for i, w in enumerate(base)]  # distinct paragraphs
    assert _flatten(merge_sequences(items, items, items)) == items
    if len(items) < 4:
        return
    i = mine_edit % (len(items) // 2)
    j = len(items) // 2 + 1 + their_edit % (len(items) - len(items) // 2 - 1)
    mine = items[:i] + ["MINE"] + items[i + 1 :]
    theirs = items[:j] + [f"THEIRS{k}" for k in range(len(new))] + items[j + 1 :]
    merged = merge_sequences(items, mine, theirs)
    assert all(state == "ok" for state, _m, _t in merged)
    expected = items[:i] + ["MINE"] + items[i + 1 : j] + theirs[j : j + len(new)] + items[j + 1 :]
    assert _flatten(merged) == expected
    assert _flatten(merge_sequences(items, mine, items)) == mine
    assert _flatten(merge_sequences(items, items, theirs)) == theirs


def _flatten(pieces: list[tuple[str, list[str], list[str]]]) -> list[str]:
    return [x for _state, m, _t in pieces for x in m]


def test_compact_settings_merge_as_text() -> None:
    base = b"---\n{title: A, subtitle: x}\n---\nOne.\n\nTwo.\n"
    mine = base.replace(b"One.", b"One!")
    theirs = base.replace(b"subtitle: x", b"subtitle: y")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == b"---\n{title: A, subtitle: y}\n---\nOne!\n\nTwo.\n"


def test_toml_settings_merge_field_by_field() -> None:
    base = b'+++\ntitle = "A"\nsubtitle = "x"\n+++\nOne.\n\nTwo.\n'
    mine = base.replace(b'title = "A"', b'title = "B"')
    theirs = base.replace(b'subtitle = "x"', b'subtitle = "y"').replace(b"Two.", b"Two!")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == b'+++\ntitle = "B"\nsubtitle = "y"\n+++\nOne.\n\nTwo!\n'


fields = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), min_size=2, max_size=5, unique=True)
sentences = st.lists(
    st.text(alphabet="abcdefgh ", min_size=1, max_size=20).map(str.strip).filter(bool),
    min_size=2,
    max_size=8,
    unique=True,
)


@given(names=fields, body=sentences, pick=st.integers(0, 1000), crlf=st.booleans())
def test_page_edits_in_different_places_all_survive(
    names: list[str], body: list[str], pick: int, crlf: bool
) -> None:
    """Mine changes one field and one paragraph, theirs another field and another paragraph:
    the merge has all four changes, and every other byte as it was."""
    head = "".join(f"{n}: value {n}\n" for n in names)
    text = f"---\n{head}---\n" + "\n\n".join(f"Para {i}: {s}." for i, s in enumerate(body)) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    base = text.encode()
    f_mine, f_theirs = names[pick % len(names)], names[(pick + 1) % len(names)]
    p_mine = pick % len(body)
    p_theirs = (p_mine + 1) % len(body)

    def edit(data: bytes, field: str, para: int, who: str) -> bytes:
        data = data.replace(f"{field}: value {field}".encode(), f"{field}: {who}".encode())
        return data.replace(f"Para {para}: ".encode(), f"Para {para} ({who}): ".encode())

    mine, theirs = edit(base, f_mine, p_mine, "mine"), edit(base, f_theirs, p_theirs, "theirs")
    result = merge_pages(base, mine, theirs, "p.md")
    assert result.conflicts == []
    assert result.data == edit(mine, f_theirs, p_theirs, "theirs")


def test_additions_at_both_ends_of_real_pages() -> None:
    """Cases from a copy of Hugo's documentation: text added at the top here, at the end there."""
    template = b"---\ntitle: {{ .Name | title }}\ndraft: true\n---\n"  # not YAML: read as text
    mine = template + b"Editor intro.\n\n"
    theirs = template + b"\nAdded by the author.\n"
    result = merge_pages(template, mine, theirs, "archetypes/default.md")
    assert result.conflicts == []
    assert b"Editor intro." in result.data and b"Added by the author." in result.data
    table = b"---\n_comment: keep\n---\n\nPath|Match\n:--|:--\n`a`|`true`\n"
    mine = table.replace(b"---\n\nPath", b"---\nEditor intro.\n\n\nPath")
    theirs = table + b"\nAdded by the author.\n"
    result = merge_pages(table, mine, theirs, "content/glob.md")
    assert result.conflicts == []
    assert result.data == mine + b"\nAdded by the author.\n"
