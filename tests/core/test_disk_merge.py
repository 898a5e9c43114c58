"""Combining the author's unsaved page with the file another program changed on disk."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.disk_merge import keep_version, merge_page_texts

HEADER = "---\ntitle: Notes\ntags:\n  - a\n  - b\nauthor: Ann\n---\n"
BODY = "".join(f"Paragraph {n} says something.\n\n" for n in range(6))
PAGE = HEADER + BODY

words = st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=20).map(str.strip).filter(bool)


def _page(lines: list[str]) -> str:
    return HEADER + "".join(line + "\n" for line in lines)


@st.composite
def page_and_two_edits(draw: st.DrawFn) -> tuple[list[str], int, str, int, str]:
    count = draw(st.integers(min_value=3, max_value=12))
    lines = [f"line {n}: {draw(words)}" for n in range(count)]
    # Not neighbours: whole neighbouring lines rewritten on each side, no unchanged word
    # between, are a phrase over the line break (a clash, the test below).
    pair = st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True)
    i, j = draw(pair.filter(lambda p: abs(p[0] - p[1]) > 1))
    return lines, i, f"mine {draw(words)}", j, f"theirs {draw(words)}"


@settings(max_examples=80, deadline=None)
@given(page_and_two_edits())
def test_edits_to_different_lines_both_kept(case: tuple[list[str], int, str, int, str]) -> None:
    lines, i, mine_line, j, theirs_line = case
    mine, theirs = list(lines), list(lines)
    mine[i], theirs[j] = mine_line, theirs_line
    merged = merge_page_texts(_page(lines), _page(mine), _page(theirs))
    both = list(lines)
    both[i], both[j] = mine_line, theirs_line
    assert merged.clean
    assert merged.text == _page(both)


def test_neighbouring_lines_rewritten_on_each_side_clash() -> None:
    lines = ["line 0: a", "line 1: b", "line 2: c"]
    mine, theirs = list(lines), list(lines)
    mine[0], theirs[1] = "mine x", "theirs y"
    merged = merge_page_texts(_page(lines), _page(mine), _page(theirs))
    assert not merged.clean
    assert "mine x\nline 1: b\n" in merged.text  # the author's lines kept there


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=8), st.lists(words, min_size=1, max_size=8))
def test_one_side_unchanged_gives_the_other(base: list[str], other: list[str]) -> None:
    assert merge_page_texts(_page(base), _page(base), _page(other)).text == _page(other)
    assert merge_page_texts(_page(base), _page(other), _page(base)).text == _page(other)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=8),
    st.lists(words, min_size=0, max_size=8),
    st.lists(words, min_size=0, max_size=8),
)
def test_nothing_either_side_wrote_is_lost(
    base: list[str], mine: list[str], theirs: list[str]
) -> None:
    """The author's new lines are in the result; the disk's are there too, or the merge is not
    clean (the window then keeps the disk version whole)."""
    merged = merge_page_texts(_page(base), _page(mine), _page(theirs))
    got = merged.text.splitlines()
    for line in mine:
        if line not in base:
            assert line in got
    if merged.clean:
        for line in theirs:
            if line not in base:
                assert line in got


def test_same_line_changed_both_ways_keeps_mine_and_says_so() -> None:
    mine = PAGE.replace("Paragraph 2 says", "Paragraph 2 now says")
    theirs = PAGE.replace("Paragraph 2 says", "Paragraph 2 also says").replace(
        "Paragraph 5", "Paragraph five"
    )
    merged = merge_page_texts(PAGE, mine, theirs)
    assert not merged.clean
    assert merged.where == ["the text"]
    assert "Paragraph 2 now says" in merged.text and "also says" not in merged.text
    assert "Paragraph five" in merged.text  # their other change still joins


def test_fields_merge_one_by_one() -> None:
    mine = PAGE.replace("title: Notes", "title: My notes")
    theirs = PAGE.replace("author: Ann", "author: Bo")
    merged = merge_page_texts(PAGE, mine, theirs)
    assert merged.clean
    assert merged.text == PAGE.replace("title: Notes", "title: My notes").replace("Ann", "Bo")
    clash = merge_page_texts(PAGE, mine, PAGE.replace("title: Notes", "title: Their notes"))
    assert not clash.clean and clash.where == ["“title”"]
    assert "title: My notes" in clash.text


def test_two_lines_of_one_paragraph_combine() -> None:
    base = HEADER + "One line\nTwo line\nThree line\n"
    mine = base.replace("One line", "One line, mine")
    theirs = base.replace("Three line", "Three line, theirs")
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == HEADER + "One line, mine\nTwo line\nThree line, theirs\n"


def test_crlf_page_keeps_its_line_endings() -> None:
    base = PAGE.replace("\n", "\r\n").encode()
    mine = base.replace(b"Paragraph 1", b"Paragraph one")
    theirs = base.replace(b"Paragraph 4", b"Paragraph four")
    from editor_app.core.disk_merge import merge_page_bytes

    merged = merge_page_bytes(base, mine, theirs)
    assert merged.clean
    assert merged.data == base.replace(b"Paragraph 1", b"Paragraph one").replace(
        b"Paragraph 4", b"Paragraph four"
    )


def test_kept_version_never_replaces_another(tmp_path: Path) -> None:
    page = tmp_path / "site" / "notes.md"
    first = keep_version(tmp_path / "kept", page, b"one", "version on disk")
    second = keep_version(tmp_path / "kept", page, b"two", "version on disk")
    assert first != second
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.name.startswith("notes (version on disk, ")


def test_one_word_at_each_end_of_a_line_combines() -> None:
    base = HEADER + "The group reviews each application in turn.\n\nAnother paragraph.\n"
    mine = base.replace("The group", "A group")
    theirs = base.replace("in turn.", "in turn, quickly.")
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == base.replace("The group", "A group").replace("turn.", "turn, quickly.")


def test_lines_of_one_stretch_settle_one_by_one() -> None:
    """Both sides changed two neighbouring lines: the line whose words clash keeps the
    author's, the other combines word by word."""
    base = HEADER + "one two three\nfour five six\n"
    mine = HEADER + "ONE two three\nfour FIVE six\n"
    theirs = HEADER + "one two THREE\nfour 5 six\n"
    merged = merge_page_texts(base, mine, theirs)
    assert not merged.clean
    assert merged.text == HEADER + "ONE two THREE\nfour FIVE six\n"


def test_settings_put_back_byte_for_byte() -> None:
    from editor_app.core.disk_merge import put_back_settings, settings_block
    from editor_app.core.document import Document

    mine = PAGE.replace("title: Notes", "title: 'My notes'  # quoted").replace("\n", "\r\n")
    combined = mine.replace("author: Ann", "author: Bo\r\nextra: 1")
    doc = Document.from_text(mine.replace("Paragraph 3", "Paragraph three"))
    assert put_back_settings(doc, mine, combined) == ["author", "extra"]
    assert settings_block(doc.text) == settings_block(combined)
    assert "Paragraph three" in doc.text
    assert put_back_settings(doc, combined, mine) == ["author", "extra"]
    assert doc.text == mine.replace("Paragraph 3", "Paragraph three")


def test_settings_changed_since_stay_when_put_back() -> None:
    from editor_app.core.disk_merge import put_back_settings
    from editor_app.core.document import Document

    combined = PAGE.replace("author: Ann", "author: Bo").replace("title: Notes", "title: Disk")
    doc = Document.from_text(combined)
    doc.set("title", "Mine since")
    assert put_back_settings(doc, combined, PAGE) == ["author"]
    assert doc.front_matter["author"] == "Ann" and doc.front_matter["title"] == "Mine since"


def test_a_page_whose_settings_cannot_be_read_merges_by_line_too() -> None:
    base = "---\ntitle: [unclosed\n---\nFirst line.\nSecond line.\n"
    mine = base.replace("First line.", "First line, mine.")
    theirs = base.replace("Second line.", "Second line, theirs.")
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == mine.replace("Second line.", "Second line, theirs.")


def test_a_text_setting_both_changed_in_different_words_combines() -> None:
    base = PAGE.replace("title: Notes", "title: Notes on data")
    mine = base.replace("title: Notes on data", "title: Notes on open data")
    theirs = base.replace("title: Notes on data", "title: Notes on data sharing")
    merged = merge_page_texts(base, mine, theirs)
    assert merged.clean
    assert merged.text == base.replace("title: Notes on data", "title: Notes on open data sharing")
    clash = merge_page_texts(base, mine, base.replace("Notes on data", "Notes on good data"))
    assert not clash.clean and clash.where == ["“title”"]
    assert "title: Notes on open data\n" in clash.text


def test_settings_put_on_a_page_that_had_none_and_taken_away_again() -> None:
    from editor_app.core.disk_merge import put_back_settings
    from editor_app.core.document import Document

    mine = "Just text.\n"
    combined = "---\ntitle: Added\n---\nJust text.\n"
    doc = Document.from_text(mine)
    assert put_back_settings(doc, mine, combined) == ["title"]
    assert doc.text == combined and doc.front_matter == {"title": "Added"}
    assert put_back_settings(doc, combined, mine) == ["title"]
    assert doc.text == mine
