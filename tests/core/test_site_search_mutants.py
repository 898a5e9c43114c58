"""Search Site (`core/site_search.py`) at its edges: which field a hit names, the body as read
from the file (never its header), and each snippet to the character: where it starts and
ends, its "…" marks, and a page's own HTML cut at the snippet's start.

Mutants named as equivalent (no test can tell them apart):
- The caches' `__init__` (run when the module is loaded, before any mutant is switched on);
  a cache never kept, kept as None, or looked up by another key or slot (only slower: the
  fields and bodies are worked out again, the same).
- `_BodyCache.get`'s "XXXX" for a file gone or unreadable: a query is case-folded, so it
  never finds the capitals of "XXXX"; the body itself is only shown when the folded one holds
  the words.
- `_body_text` decoding "UTF-8" (the same codec).
- `_Word.search` without its substring screen (the pattern answers the same, slower).
- `search` sorting the (rank, order, entry) rows whole: the order numbers differ, so entries
  are never compared.
- `_hit` counting each word twice (only compared with each other).
- `_snippet`: `positions` is never empty (a snippet is made of a text holding a word), so its
  fallback start is never used; `start >= 0` or `> 1` before looking back for a space (at 0,
  or at 1 with a space at 0, the start stays where it is); `rfind` from `None` rather than 0,
  or up to `SNIPPET_CHARS / 2` rather than `// 2` (the same for whole numbers); a `<` found
  at or after a `>` only when neither is before the start (then a tag opening the text is
  whole in the snippet or runs past its end, and is left out either way); `>` looked for from
  1 (a `>` at 0 comes before any `<`).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core import site_search
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.site_search import search


def snippet(text: str, word: str) -> str:
    return site_search._snippet(text, text.casefold(), [site_search._Word(word)])


def _site(root: Path, pages: dict[str, bytes | str]) -> Site:
    (root / "_config.yml").write_text("collections: [notes]\n", encoding="utf-8")
    for name, content in pages.items():
        path = root / "_notes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
    return Site.open(root)


# -- which field a hit names -----------------------------------------------------------------


def test_a_title_holding_a_word_is_named_though_another_field_holds_more(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {"a.md": "---\ntitle: Zanzibar notes\nsummary: Zanzibar harbour trip\n---\nText.\n"},
    )
    (hit,) = search(site, "zanzibar harbour")
    assert (hit.field, hit.snippet, hit.collection) == ("title", "Zanzibar notes", "notes")


def test_the_field_with_most_words_is_named_the_first_among_equals(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "most.md": "---\ntitle: A\nplace: harbour zanzibar\nnote: zanzibar\n---\n",
            "equal.md": "---\ntitle: B\nplace: zanzibar\nnote: zanzibar too\n---\n",
        },
    )
    hits = {h.path.name: h for h in search(site, "zanzibar harbour")}
    assert set(hits) == {"most.md"}
    assert (hits["most.md"].field, hits["most.md"].collection) == ("place", "notes")
    (hit,) = search(site, "too")
    assert hit.field == "note"
    hits = {h.path.name: h for h in search(site, "zanzibar")}
    assert (hits["most.md"].field, hits["equal.md"].field) == ("place", "place")


def test_a_field_changed_on_disk_is_searched_as_it_is_now(tmp_path: Path) -> None:
    site = _site(tmp_path, {"a.md": "---\ntitle: A\nplace: Zanzibar\n---\nText.\n"})
    assert [h.field for h in search(site, "zanzibar")] == ["place"]
    path = tmp_path / "_notes" / "a.md"
    doc = Document.load(path)
    doc.set("place", "Mombasa")
    doc.save()
    site.update_entry(path)
    assert search(site, "zanzibar") == []
    assert [h.field for h in search(site, "mombasa")] == ["place"]


# -- the body, as read from the file -----------------------------------------------------------


def test_a_body_snippet_keeps_its_capitals_when_searched_again(tmp_path: Path) -> None:
    site = _site(tmp_path, {"a.md": "---\ntitle: A\n---\nOff to Zanzibar.\n"})
    for _ in range(2):
        (hit,) = search(site, "zanzibar")
        assert (hit.field, hit.snippet, hit.collection) == ("body", "Off to Zanzibar.", "notes")


def test_the_header_s_keys_and_comments_are_not_the_body(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {"a.md": "---\ntitle: A\nquokka_count: 3\n# checked by Wallaby\n---\nPlain text.\n"},
    )
    for word in ("quokka", "wallaby", "checked"):
        assert search(site, word) == [], word
    assert [h.snippet for h in search(site, "plain")] == ["Plain text."]


def test_a_page_without_header_is_all_body_its_byte_order_mark_left_out(tmp_path: Path) -> None:
    site = _site(tmp_path, {"bare.md": "\ufeffXanadu and zanzibar\n".encode()})
    (hit,) = search(site, "zanzibar")
    assert (hit.field, hit.snippet) == ("body", "Xanadu and zanzibar")


def test_a_body_that_is_not_utf8_is_searched_all_the_same(tmp_path: Path) -> None:
    site = _site(tmp_path, {"latin.md": b"---\ntitle: A\n---\nCaf\xe9 in zanzibar\n"})
    (hit,) = search(site, "zanzibar")
    assert hit.field == "body" and hit.snippet == "Caf\ufffd in zanzibar"


def test_a_page_whose_header_never_ends_has_no_body_to_search(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "open.md": "---\ntitle: Open\nnote: xxxx\nzanzibar trip\n",
            "b.md": "---\ntitle: B\n---\nZanzibar.\n",
        },
    )
    assert [h.path.name for h in search(site, "zanzibar")] == ["b.md"]
    assert search(site, "xxxx") == []


# -- snippets, to the character ------------------------------------------------------------------


def test_a_long_text_s_snippet_starts_at_a_word_before_the_match_and_is_marked_cut() -> None:
    text = "alpha " * 20 + "zanzibar " + "omega " * 30
    assert snippet(text, "zanzibar") == "…" + "alpha " * 7 + "zanzibar " + "omega " * 11 + "ome…"


def test_a_match_near_the_start_shows_the_text_from_its_start() -> None:
    text = "zanzibar " + "filler " * 30
    assert snippet(text, "zanzibar") == "zanzibar " + "filler " * 15 + "filler…"


def test_a_text_of_exactly_a_snippet_s_length_is_shown_whole() -> None:
    text = "a " * 55 + "zanzibar  "
    assert len(text) == site_search.SNIPPET_CHARS
    assert snippet(text, "zanzibar") == "a " * 55 + "zanzibar"


def test_a_snippet_cuts_a_long_word_when_no_space_is_near() -> None:
    text = "x" * 100 + "-zanzibar " + "y " * 50
    assert snippet(text, "zanzibar") == "…" + "x" * 39 + "-zanzibar " + "y " * 35 + "y…"
    # A space exactly half a snippet before the match is too far to start at.
    text = "lead " + "b" * 58 + "-zanzibar" + " tail" * 30
    assert snippet(text, "zanzibar") == "…" + "b" * 39 + "-zanzibar" + " tail" * 14 + " t…"


def test_a_snippet_starts_after_a_space_opening_the_text() -> None:
    text = " " + "a" * 43 + "-zanzibar" + " tail" * 20
    assert snippet(text, "zanzibar") == "…" + "a" * 43 + "-zanzibar" + " tail" * 13 + " ta…"
    text = "a" * 40 + "-zanzibar" + " tail" * 20
    assert snippet(text, "zanzibar").startswith("…" + "a" * 39 + "-zanzibar tail")


def test_a_snippet_starting_inside_a_tag_shows_the_words_after_it() -> None:
    tag = '<a class="link external" title="one two three four">'
    text = "Intro <b>bold</b> " + "word " * 11 + tag + "Zanzibar</a> is <em>here</em> and "
    text += "more " * 30
    shown = snippet(text, "zanzibar")
    assert shown.startswith("…Zanzibar is here and more more"), shown
    assert shown.endswith("…") and '"' not in shown and "=" not in shown
    # The same with the tag opening the text.
    text = tag + "Zanzibar</a> is here " + "more " * 30
    assert snippet(text, "zanzibar").startswith("…Zanzibar is here more"), snippet(text, "zanzibar")


def test_a_snippet_wholly_inside_a_tag_shows_no_words() -> None:
    text = "Intro text here. " + '<img alt="a long description of the old harbour of zanzibar'
    text += ' at dusk" src="' + "x" * 200 + '"> after'
    assert snippet(text, "zanzibar").strip("…") == ""


def test_a_title_the_index_cannot_show_is_still_searched(tmp_path: Path) -> None:
    # YAML reads `2024-05-01` as a date: the page is named by its file, "Weekly".
    site = _site(tmp_path, {"weekly.md": "---\ntitle: 2024-05-01\n---\nText.\n"})
    (hit,) = search(site, "2024-05-01")
    assert (hit.title, hit.field, hit.snippet) == ("Weekly", "title", "2024-05-01")
    # Found by the name it is shown by, too.
    (hit,) = search(site, "weekly")
    assert (hit.title, hit.field, hit.snippet) == ("Weekly", "title", "Weekly")
    site = _site(tmp_path, {"weekly.md": "---\ntitle: [Zanzibar, Notes]\n---\nText.\n"})
    (hit,) = search(site, "zanzibar")
    assert (hit.field, hit.snippet) == ("title", "Zanzibar, Notes")
