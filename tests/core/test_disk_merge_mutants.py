"""Combine both's edges, each a behaviour an author meets (found by mutation testing of
core/disk_merge.py: `tools/mutation.py disk-merge`).

Named as equivalent (no test can tell them apart, the result is the same):
- `_merge_lines`: `settle(None, m, t)` for a stretch: with no base to compare, a stretch both
  changed alike is still settled, and any other goes to the word merge, which settles a side
  left unchanged itself.
- `put_back_settings`: the fields' `get` default `_ABSENT` spelt `None` where a page's field
  cannot hold None on one side while missing on the other, and every other spelling of the
  absence compares the same (kept only where a test tells an empty field from none).
- `_merge_lines`: `zip(strict=...)` over lines already of one length.
- `put_back_settings`: `break` for `continue` after a field that cannot take its value back
  (no field of a page that held it refuses it again).
- `keep_version`: `range(1000)` (a number 0 names the file as 1 does, which exists: the next
  is tried), `range(1, 1001)` (a thousand kept versions of one page
  in one minute), the error's wording when that many exist, `mkdir(parents=...)` where the
  data folder's parent exists (the user's data folder always does).
- `merge_page_bytes`: the page's name passed on or not (Combine both's clashes name no page:
  one page is open, and only `where` is shown).
- `merge_page_texts` (for tests): the encoding's spelling, `surrogatepass` (no test text holds
  a lone surrogate).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor_app.core.disk_merge import (
    keep_version,
    kept_versions_folder,
    merge_page_bytes,
    merge_page_texts,
    put_back_settings,
)
from editor_app.core.document import Document

HEADER = "---\ntitle: Notes\nweight: 1\nauthor: Ann\n---\n"


def test_a_line_both_added_alike_in_a_paragraph_both_changed_is_there_once() -> None:
    base = HEADER + "One two three.\nMiddle.\nEnd.\n"
    mine = HEADER + "One two three!\nMiddle.\nAdded by both.\nEnd.\n"
    theirs = HEADER + "Uno two three.\nMiddle.\nAdded by both.\nEnd.\n"
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == HEADER + "Uno two three!\nMiddle.\nAdded by both.\nEnd.\n"


def test_different_lines_both_added_at_one_place_in_a_changed_paragraph_are_both_kept() -> None:
    base = HEADER + "One two three.\nMiddle.\nEnd.\n"
    mine = HEADER + "One two three!\nMiddle.\nMine added.\nEnd.\n"
    theirs = HEADER + "Uno two three.\nMiddle.\nTheirs added.\nEnd.\n"
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == HEADER + "Uno two three!\nMiddle.\nMine added.\nTheirs added.\nEnd.\n"


def test_a_number_both_changed_differently_keeps_the_authors_and_says_so() -> None:
    base = HEADER + "Text.\n"
    mine = base.replace("weight: 1", "weight: 2")
    theirs = base.replace("weight: 1", "weight: 3")
    merged = merge_page_texts(base, mine, theirs)
    assert not merged.clean and merged.where == ["“weight”"]
    assert merged.text == mine


def test_a_setting_both_added_with_different_words_keeps_the_authors_and_says_so() -> None:
    base = HEADER + "Text.\n"
    mine = base.replace("author: Ann\n", "author: Ann\nsummary: Data for all\n")
    theirs = base.replace("author: Ann\n", "author: Ann\nsummary: Data for some\n")
    merged = merge_page_texts(base, mine, theirs)
    assert not merged.clean and merged.where == ["“summary”"]
    assert merged.text == mine


def test_an_empty_setting_the_disk_added_goes_again_with_undo_after_an_edit() -> None:
    # The settings were edited since (field by field): `subtitle:` (empty) the disk added
    # must still go, told apart from no subtitle at all.
    mine = HEADER + "Text.\n"
    combined = mine.replace("author: Ann\n", "author: Ann\nsubtitle:\n")
    doc = Document.from_text(combined)
    doc.set("title", "Mine since")
    assert put_back_settings(doc, combined, mine) == ["subtitle"]
    assert "subtitle" not in doc.front_matter and doc.front_matter["title"] == "Mine since"
    assert put_back_settings(doc, mine, combined) == ["subtitle"]
    assert doc.front_matter["subtitle"] is None


def test_a_setting_emptied_by_the_author_since_stays_empty() -> None:
    # The author emptied the field after the combine: theirs now, not put back.
    mine = HEADER + "Text.\n"
    combined = mine.replace("author: Ann", "author: Bo")
    doc = Document.from_text(combined)
    doc.set("author", None)
    assert put_back_settings(doc, combined, mine) == []
    assert doc.front_matter["author"] is None


def test_settings_put_back_one_by_one_go_on_past_one_the_author_changed() -> None:
    mine = HEADER + "Text.\n"
    combined = mine.replace("title: Notes", "title: Disk").replace("weight: 1", "weight: 5")
    combined = combined.replace("author: Ann\n", "author: Ann\nextra: added\n")
    doc = Document.from_text(combined)
    doc.set("title", "Mine since")  # the first changed field: the author's now
    assert put_back_settings(doc, combined, mine) == ["weight", "extra"]
    assert doc.front_matter == {"title": "Mine since", "weight": 1, "author": "Ann"}


def test_a_kept_version_is_named_after_the_page_the_version_and_the_minute(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data" / "kept versions"  # neither exists yet
    before = time.strftime("%Y-%m-%d %H-%M")
    first = keep_version(folder, Path("/site/notes on: data?.md"), b"one", "version on disk")
    second = keep_version(folder, Path("/site/notes on: data?.md"), b"two", "version on disk")
    after = time.strftime("%Y-%m-%d %H-%M")
    names = {
        when: (
            f"notes on_ data_ (version on disk, {when}).md",
            f"notes on_ data_ (version on disk, {when} 2).md",
        )
        for when in (before, after)
    }
    assert (first.name, second.name) in names.values()
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.parent == folder


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (Path("/site/README"), "README (your version, {when}).md"),
        (Path("/site/???.markdown"), "_ (your version, {when}).markdown"),
        (Path("/site/.md"), ".md (your version, {when}).md"),
        (Path("/site/" + "a" * 90 + ".md"), "a" * 80 + " (your version, {when}).md"),
    ],
)
def test_a_kept_versions_name_is_safe_and_short(tmp_path: Path, page: Path, expected: str) -> None:
    before = time.strftime("%Y-%m-%d %H-%M")
    kept = keep_version(tmp_path, page, b"x", "your version")
    after = time.strftime("%Y-%m-%d %H-%M")
    assert kept.name in {expected.format(when=before), expected.format(when=after)}


def test_a_page_named_only_with_marks_is_kept_as_page(tmp_path: Path) -> None:
    kept = keep_version(tmp_path, Path("/site/.md"), b"x", "your version")
    assert kept.read_bytes() == b"x"
    empty_stem = keep_version(tmp_path, Path(""), b"y", "your version")
    assert empty_stem.name.startswith("page (your version, ") and empty_stem.suffix == ".md"


def test_kept_versions_sit_beside_the_recovery_copies(tmp_path: Path) -> None:
    assert kept_versions_folder(tmp_path / "recovery") == tmp_path / "kept versions"
    assert kept_versions_folder(str(tmp_path / "recovery")) == tmp_path / "kept versions"


def test_a_setting_named_text_both_changed_is_a_clash_not_a_paragraph() -> None:
    base = "---\ntitle: Notes\ntext: 1\n---\nBody.\n"
    mine = base.replace("text: 1", "text: 2")
    theirs = base.replace("text: 1", "text: 3").replace("Body.", "Body, theirs.")
    merged = merge_page_texts(base, mine, theirs)
    assert not merged.clean and merged.where == ["“text”"]
    assert merged.text == mine.replace("Body.", "Body, theirs.")


def test_a_settings_line_both_changed_in_different_words_combines_when_unreadable() -> None:
    base = "---\ntitle: [The data notes\nauthor: Ann\n---\nBody.\n"
    mine = base.replace("The data notes", "The open data notes")
    theirs = base.replace("The data notes", "The data notes today")
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == base.replace("The data notes", "The open data notes today")


def test_a_line_split_in_two_on_one_side_and_changed_on_the_other_combines() -> None:
    base = HEADER + "One two three four.\nEnd.\n"
    mine = HEADER + "One two\nthree four.\nEnd.\n"
    theirs = HEADER + "One two three four!\nEnd, theirs.\n"
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean and merged.conflicts == [] and merged.where == []
    assert merged.text == HEADER + "One two\nthree four!\nEnd, theirs.\n"


def test_a_setting_named_body_both_changed_is_a_clash_not_the_text() -> None:
    base = "---\ntitle: Notes\nbody: 1\n---\nBody.\n"
    mine = base.replace("body: 1", "body: 2")
    theirs = base.replace("body: 1", "body: 3").replace("Body.", "Body, theirs.")
    merged = merge_page_texts(base, mine, theirs)
    assert not merged.clean and merged.where == ["“body”"]
    assert merged.text == mine.replace("Body.", "Body, theirs.")


def test_a_title_combined_with_a_character_the_pages_encoding_lacks_keeps_the_authors() -> None:
    # The author's page is in Windows-1252; the other program wrote UTF-8 with an arrow the
    # author's encoding cannot hold: the title is a clash, the author's title stays.
    base = "---\ntitle: Café notes on data\n---\nBody.\n".encode("cp1252")
    mine = "---\ntitle: Café notes on open data\n---\nBody.\n".encode("cp1252")
    theirs = "---\ntitle: Café notes on data →\n---\nBody.\n".encode()
    merged = merge_page_bytes(base, mine, theirs, "notes.md")
    assert not merged.clean and merged.where == ["“title”"]
    assert merged.data == mine
    # With the text merged line by line too, the author's title is the one written.
    base, mine, theirs = (
        page.replace(b"Body.\n", b"First line.\nSecond line.\n") for page in (base, mine, theirs)
    )
    mine = mine.replace(b"First line.", b"First line, mine.")
    theirs = theirs.replace(b"Second line.", b"Second line, theirs.")
    merged = merge_page_bytes(base, mine, theirs, "notes.md")
    assert not merged.clean and merged.where == ["“title”"]
    assert merged.data == mine.replace(b"Second line.", b"Second line, theirs.")
