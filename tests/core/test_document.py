"""The lossless document model: every real file round-trips, and edits touch only their lines."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_sites import SHARED_SITES, shared_site_path

from editor_app.core.document import Document, FrontMatterError, parse_cli_value

REAL_SITE = SHARED_SITES / "connectedbydata"
REAL_FILES = sorted(REAL_SITE.glob("_*/*.md")) if REAL_SITE.is_dir() else []


def changed_lines(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    """Lines removed and lines added between two versions of a file."""
    a = before.decode("utf-8", "replace").splitlines(keepends=True)
    b = after.decode("utf-8", "replace").splitlines(keepends=True)
    removed, added = [], []
    for line in difflib.unified_diff(a, b, n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line[0] == "-" else added).append(line[1:])
    return removed, added


def other_value(value: object) -> object:
    """A different value of a similar kind, for the change-one-field checks."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return value + " (changed: yes)"
    if isinstance(value, int):
        return value + 1
    if isinstance(value, dt.date):
        return dt.date(2020, 1, 2)
    if value is None:
        return "Now filled in"
    return "Replaced"


# -- the real site -----------------------------------------------------------------------------


def test_real_site_is_present() -> None:
    shared_site_path("connectedbydata")  # a clean clone has none: skipped, not failed
    assert len(REAL_FILES) > 100, "the real fixture site is missing"


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_file_round_trips_and_edits_are_minimal(path: Path) -> None:
    original = path.read_bytes()
    doc = Document.load(path)
    assert doc.error is None
    assert doc.to_bytes() == original
    assert not doc.is_modified

    # Every field set to its current value: nothing changes at all.
    for key, value in list(doc.front_matter.items()):
        doc.set(key, value)
    assert doc.to_bytes() == original

    for key, value in list(doc.front_matter.items()):
        if isinstance(value, list | dict):
            continue
        edited = Document.from_bytes(original)
        new = other_value(value)
        edited.set(key, new)
        removed, added = changed_lines(original, edited.to_bytes())
        assert len(removed) == 1 and len(added) == 1, (key, removed, added)
        assert Document.from_bytes(edited.to_bytes()).get(key) == new

        edited = Document.from_bytes(original)
        edited.remove(key)
        removed, added = changed_lines(original, edited.to_bytes())
        assert added == [] and removed, key
        assert key not in Document.from_bytes(edited.to_bytes()).front_matter

    edited = Document.from_bytes(original)
    edited.set("reviewed-by", "Sam: editor")
    removed, added = changed_lines(original, edited.to_bytes())
    assert removed == [] and len(added) == 1
    assert Document.from_bytes(edited.to_bytes()).get("reviewed-by") == "Sam: editor"


def test_real_list_item_added_changes_only_that_line(site_copy: Path) -> None:
    path = site_copy / "_projects" / "2022-dpdib.md"
    original = path.read_bytes()
    doc = Document.load(path)
    topics = doc.get("topics")
    doc.set("topics", topics + ["Health"])
    removed, added = changed_lines(original, doc.to_bytes())
    assert removed == [] and added == ["  - Health\n"]
    doc.save()
    assert Document.load(path).get("topics") == topics + ["Health"]


def test_real_crlf_file_keeps_crlf(shared_site: Path) -> None:
    original = (shared_site / "_topics" / "participation.md").read_bytes()
    doc = Document.from_bytes(original)
    assert doc.newline == "\r\n"
    doc.set("subtitle", "A new subtitle")
    doc.set("added", True)
    data = doc.to_bytes()
    assert data.count(b"\r\n") == original.count(b"\r\n") + 1
    assert b"\nadded: true\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_real_file_without_final_newline_keeps_it_that_way(shared_site: Path) -> None:
    path = shared_site / "_people" / "jeni-tennison.md"
    original = path.read_bytes()
    assert not original.endswith(b"\n")
    doc = Document.load(path)
    doc.set("title", "Jeni")
    assert not doc.to_bytes().endswith(b"\n")


def test_real_duplicate_keys_are_reported_and_the_last_is_edited(shared_site: Path) -> None:
    path = shared_site / "_projects" / "2024-jrrt-influencing.md"
    doc = Document.load(path)
    keys = [key for key, _ in doc.duplicate_keys]
    assert "topics" in keys
    lines = doc.text.splitlines()
    repeat_line = dict(doc.duplicate_keys)["topics"]
    assert lines[repeat_line - 1].startswith("topics:")
    assert doc.field_line("topics") == repeat_line
    first_line = lines.index("topics:") + 1
    assert first_line < repeat_line
    doc.set("topics", ["Justice"])
    again = Document.from_bytes(doc.to_bytes())
    assert again.get("topics") == ["Justice"]
    # the ignored, earlier copy is left as it was
    assert again.text.splitlines()[first_line - 1] == "topics:"


# -- reading any bytes -------------------------------------------------------------------------


def test_no_front_matter() -> None:
    doc = Document.from_bytes(b"# Just a page\n\nText.\n")
    assert not doc.has_front_matter and doc.error is None and doc.front_matter == {}
    assert doc.body == "# Just a page\n\nText.\n"
    assert doc.body_start_line == 1
    doc.set("title", "Just a page")
    assert doc.to_bytes() == b"---\ntitle: Just a page\n---\n# Just a page\n\nText.\n"
    assert doc.body == "# Just a page\n\nText.\n"


def test_empty_front_matter() -> None:
    doc = Document.from_bytes(b"---\n---\nBody\n")
    assert doc.has_front_matter and doc.front_matter == {} and doc.error is None
    assert doc.body == "Body\n" and doc.body_start_line == 3
    doc.set("title", "Hello")
    assert doc.to_bytes() == b"---\ntitle: Hello\n---\nBody\n"


def test_closing_delimiter_at_end_of_file() -> None:
    data = b"---\ntitle: A\n---"
    doc = Document.from_bytes(data)
    assert doc.front_matter == {"title": "A"} and doc.body == ""
    assert doc.to_bytes() == data
    doc.body = "Now a body\n"
    assert doc.to_bytes() == b"---\ntitle: A\n---\nNow a body\n"


def test_dots_close_the_front_matter_like_jekyll() -> None:
    doc = Document.from_bytes(b"---\ntitle: A\n...\nBody\n")
    assert doc.front_matter == {"title": "A"} and doc.body == "Body\n"


def test_mixed_line_endings_are_kept() -> None:
    data = b"---\r\ntitle: A\nsub: B\r\n---\r\nOne\nTwo\r\n"
    doc = Document.from_bytes(data)
    assert doc.to_bytes() == data
    assert doc.body == "One\nTwo\n"
    doc.body = doc.body
    assert doc.to_bytes() == data
    doc.set("title", "Z")
    assert doc.to_bytes() == data.replace(b"title: A", b"title: Z")


def test_bom_is_kept() -> None:
    data = "\ufeff---\ntitle: Café\n---\nBody\n".encode()
    doc = Document.from_bytes(data)
    assert doc.has_bom and doc.front_matter == {"title": "Café"}
    assert doc.text.startswith("---")
    doc.set("title", "Tea")
    assert doc.to_bytes() == "\ufeff---\ntitle: Tea\n---\nBody\n".encode()


def test_non_utf8_bytes_open_and_write_back() -> None:
    data = b"---\ntitle: Caf\xe9 \x93quoted\x94\n---\nA \x85 ellipsis\n"
    doc = Document.from_bytes(data)
    assert doc.decode_error and "UTF-8" in doc.decode_error
    assert doc.front_matter == {"title": "Café “quoted”"}
    assert doc.to_bytes() == data
    doc.set("title", "Thé")
    assert doc.to_bytes() == b"---\ntitle: Th\xe9\n---\nA \x85 ellipsis\n"


def test_non_utf8_that_cp1252_cannot_read_falls_back_to_latin1() -> None:
    data = b"---\ntitle: A\x81B\n---\n"
    doc = Document.from_bytes(data)
    assert doc.encoding == "latin-1" and doc.to_bytes() == data


def test_malformed_yaml_reports_file_line_and_keeps_text() -> None:
    text = "---\ntitle: A\nsubtitle: Data: a story\nother: 1\n---\nBody\n"
    doc = Document.from_text(text)
    assert isinstance(doc.error, FrontMatterError)
    assert doc.error.line == 3
    assert "colon" in doc.error.message
    assert doc.front_matter == {}
    assert doc.raw_front_matter == "title: A\nsubtitle: Data: a story\nother: 1\n"
    assert doc.body == "Body\n"
    assert doc.to_bytes() == text.encode()
    with pytest.raises(FrontMatterError):
        doc.set("title", "B")
    # the body stays editable, and the header can be repaired by hand
    doc.body = "New body\n"
    doc.set_raw_front_matter('title: A\nsubtitle: "Data: a story"\nother: 1\n')
    assert doc.error is None and doc.get("subtitle") == "Data: a story"
    assert doc.to_bytes().endswith(b"---\nNew body\n")


@pytest.mark.parametrize(
    ("header", "line", "words"),
    [
        ('title: A\nsubtitle: "never closed\nother: 1\n', 3, "quotation mark"),
        ("title: A\ntopics: [Health\n", 3, "bracket"),
        ("title: A\ntopics:\n\t- Health\n", 4, "tab"),
        ('title: "A" and more\n', 2, "more text after a quoted value"),
        ("title: `A`\n", 2, "needs quotes"),
        ("title: A\x07\n", 2, "control character"),
    ],
)
def test_yaml_problems_in_plain_words_with_the_file_line(
    header: str, line: int, words: str
) -> None:
    doc = Document.from_text("---\n" + header + "---\nBody\n")
    assert doc.error is not None
    assert doc.error.line == line
    assert words in doc.error.message
    assert str(doc.error).startswith(f"line {line}: ")


def test_unclosed_front_matter_is_an_error_not_a_page() -> None:
    doc = Document.from_text("---\ntitle: A\nBody text\n")
    assert doc.error is not None and doc.error.line == 1
    with pytest.raises(FrontMatterError):
        doc.set("title", "B")
    doc.set_text("---\ntitle: A\n---\nBody text\n")
    assert doc.error is None and doc.get("title") == "A"


def test_unsafe_tags_are_an_error_and_nothing_is_constructed() -> None:
    doc = Document.from_text("---\ntitle: A\nx: !!python/object/apply:os.system ['true']\n---\n")
    assert doc.error is not None and doc.error.line == 3
    assert doc.front_matter == {}


def test_duplicate_keys_last_wins() -> None:
    doc = Document.from_text("---\ntitle: A\nsub: x\ntitle: B\n---\n")
    assert doc.get("title") == "B"
    assert doc.duplicate_keys == [("title", 4)]
    assert doc.field_line("title") == 4
    doc.set("title", "C")
    assert doc.text == "---\ntitle: A\nsub: x\ntitle: C\n---\n"
    doc.remove("title")
    assert doc.text == "---\nsub: x\n---\n"


@pytest.mark.parametrize("header", ["- a\n- b\n", "just words\n", "42\n"])
def test_front_matter_that_is_not_a_mapping_is_an_error(header: str) -> None:
    doc = Document.from_text("---\n" + header + "---\n")
    assert doc.error is not None and doc.error.line == 2
    assert doc.front_matter == {}


def test_toml_front_matter_is_read_and_edited() -> None:
    doc = Document.from_text('+++\ntitle = "A"\n+++\nBody\n')
    assert doc.error is None and doc.get("title") == "A"
    doc.set("title", "B")
    assert doc.text == '+++\ntitle = "B"\n+++\nBody\n'
    broken = Document.from_text('+++\ntitle = A\n+++\nBody\n')
    assert broken.error is not None and broken.error.line == 2
    with pytest.raises(FrontMatterError):
        broken.set("title", "B")


# -- surgical writes ---------------------------------------------------------------------------


def edit(text: str, field: str, value: object) -> str:
    doc = Document.from_text(text)
    doc.set(field, value)
    assert Document.from_text(doc.text).get(field) == value
    return doc.text


def test_block_list_keeps_the_files_indentation() -> None:
    text = "---\ntopics:\n    - Health\n    - Justice\ntitle: A\n---\n"
    assert (
        edit(text, "topics", ["Health", "Work", "Justice"])
        == "---\ntopics:\n    - Health\n    - Work\n    - Justice\ntitle: A\n---\n"
    )
    assert edit(text, "topics", ["Health"]) == "---\ntopics:\n    - Health\ntitle: A\n---\n"
    assert edit(text, "topics", []) == "---\ntopics: []\ntitle: A\n---\n"


def test_new_list_uses_the_files_list_style() -> None:
    text = "---\nroles:\n- staff\ntitle: A\n---\n"
    assert edit(text, "topics", ["Health", "Data: law"]).endswith(
        'title: A\ntopics:\n- Health\n- "Data: law"\n---\n'
    )


def test_new_list_items_are_quoted_like_the_existing_ones() -> None:
    text = '---\ntags:\n  - "a"\n  - "b"\nflow: [\'x\', y]\n---\n'
    assert '  - "a"\n  - "c"\n  - "b"\n' in edit(text, "tags", ["a", "c", "b"])
    assert "flow: ['x', 'z']\n" in edit(text, "flow", ["x", "z"])


def test_flow_list_stays_a_flow_list() -> None:
    text = "---\ntopics: [Justice, Health]  # main ones\n---\n"
    assert (
        edit(text, "topics", ["Justice", "Health, care"])
        == '---\ntopics: [Justice, "Health, care"]  # main ones\n---\n'
    )


def test_folded_and_literal_block_scalars() -> None:
    text = "---\ndescription: >-\n  A long\n  folded text\nnext: 1\n---\n"
    assert edit(text, "description", "Short") == "---\ndescription: >-\n  Short\nnext: 1\n---\n"
    text = "---\nnotes: |\n  Line 1\n  Line 2\n\n# a comment\nnext: 1\n---\n"
    assert (
        edit(text, "notes", "One\nTwo\n")
        == "---\nnotes: |\n  One\n  Two\n\n# a comment\nnext: 1\n---\n"
    )


def test_multiline_quoted_string_is_replaced_whole() -> None:
    text = '---\ntitle: "A long\n  quoted title"\nnext: 1\n---\n'
    assert edit(text, "title", "Short") == '---\ntitle: "Short"\nnext: 1\n---\n'


def test_comment_lines_after_a_key_are_kept() -> None:
    text = "---\ntitle: A # the title\n# about the next one\nnext: 1\n---\n"
    assert (
        edit(text, "title", "B")
        == "---\ntitle: B # the title\n# about the next one\nnext: 1\n---\n"
    )
    doc = Document.from_text(text)
    doc.remove("title")
    assert doc.text == "---\n# about the next one\nnext: 1\n---\n"


def test_quoting_style_is_kept_and_quotes_only_when_needed() -> None:
    # Two of c's neighbours write plain, two quote: plain new text stays plain.
    text = "---\na: 'single'\nb: \"double\"\nc: plain\nd: more\ne: text\n---\n"
    assert "a: 'it''s'\n" in edit(text, "a", "it's")
    assert 'b: "plain enough"\n' in edit(text, "b", "plain enough")
    assert "c: still plain\n" in edit(text, "c", "still plain")
    assert 'c: "Data: a story"\n' in edit(text, "c", "Data: a story")
    assert 'c: "true"\n' in edit(text, "c", "true")
    assert 'c: "#hashtag"\n' in edit(text, "c", "#hashtag")
    assert "c: Über café\n" in edit(text, "c", "Über café")
    # Where most neighbours quote, the new text is quoted as they are (double on a tie).
    text = "---\na: 'single'\nb: \"double\"\nc: plain\n---\n"
    assert 'c: "now quoted"\n' in edit(text, "c", "now quoted")


def test_scalar_kinds() -> None:
    text = "---\ndraft: false\nempty:\ncount: 1\n---\n"
    assert "draft: true\n" in edit(text, "draft", True)
    assert "empty: now\n" in edit(text, "empty", "now")
    assert "count:\n" in edit(text, "count", None)
    assert "count: 2.5\n" in edit(text, "count", 2.5)
    assert "empty: 2025-05-19\n" in edit(text, "empty", dt.date(2025, 5, 19))
    assert "empty: 2025-05-19 10:30:00\n" in edit(text, "empty", dt.datetime(2025, 5, 19, 10, 30))


def test_same_value_changes_nothing_compared_as_parsed_values() -> None:
    text = "---\ndate: 2025-05-09\nflag: yes\ncount: 007\n---\n"
    doc = Document.from_text(text)
    doc.set("date", dt.date(2025, 5, 9))
    doc.set("flag", True)
    doc.set("count", 7)
    assert not doc.is_modified
    # a string is not a date: it is written quoted, so it reads back as the text given
    doc.set("date", "2025-05-09")
    assert 'date: "2025-05-09"\n' in doc.text


def test_new_key_is_appended_at_the_end_of_the_front_matter() -> None:
    text = "---\ntitle: A\n# trailing comment\n---\nBody\n"
    assert (
        edit(text, "author", "Sam") == "---\ntitle: A\n# trailing comment\nauthor: Sam\n---\nBody\n"
    )
    assert 'title: A\n"odd: key": 1\n' in edit("---\ntitle: A\n---\n", "odd: key", 1)


def test_nested_mapping_value() -> None:
    text = "---\ntitle: A\n---\n"
    value = {"name": "Sam", "links": ["a", "b"]}
    assert Document.from_text(edit(text, "author", value)).get("author") == value


def test_body_setter_never_touches_front_matter() -> None:
    text = "---\r\ntitle:   A   \r\n---\r\nOne\r\nTwo\r\n"
    doc = Document.from_text(text)
    doc.body = "One\nTwo and more\n"
    assert doc.text == "---\r\ntitle:   A   \r\n---\r\nOne\r\nTwo and more\r\n"
    doc.body = "One\nTwo\n"
    assert not doc.is_modified


def test_save_writes_atomically_and_resets_modified(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"---\ntitle: A\n---\nBody\n")
    doc = Document.load(path)
    doc.set("title", "B")
    assert doc.is_modified
    doc.save()
    assert path.read_bytes() == b"---\ntitle: B\n---\nBody\n"
    assert not doc.is_modified
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_parse_cli_value() -> None:
    assert parse_cli_value("[Justice, Health]") == ["Justice", "Health"]
    assert parse_cli_value("true") is True
    assert parse_cli_value("2025-05-19") == dt.date(2025, 5, 19)
    assert parse_cli_value('"quoted"') == "quoted"
    assert parse_cli_value("") is None
    assert parse_cli_value("12") == 12
    with pytest.raises(ValueError):
        parse_cli_value("Data: a story")
    with pytest.raises(ValueError):
        parse_cli_value("[unclosed")


# -- property tests ----------------------------------------------------------------------------

KEYS = st.from_regex(r"[a-z][a-z0-9_-]{0,12}", fullmatch=True)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    TEXT,
    st.sampled_from(["true", "no", "null", "2025-05-19", "a: b", "#x", "- y", "'q'", '"', "é ü"]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=4))
# No zero character: a page holding one is binary data, read-only (test_zero_bytes.py).
BODIES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80
).filter(lambda b: not b.startswith(("---", "+++")))


@st.composite
def documents(draw: st.DrawFn) -> tuple[bytes, dict]:
    data = draw(st.dictionaries(KEYS, VALUES, max_size=6))
    header = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=60) if data else ""
    body = draw(BODIES)
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    text = ("---\n" + header + "---\n" + body).replace("\r\n", "\n").replace("\n", nl)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + text).encode("utf-8"), data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_round_trip(sample: tuple[bytes, dict]) -> None:
    data, fields = sample
    doc = Document.from_bytes(data)
    assert doc.error is None
    assert doc.to_bytes() == data
    assert doc.front_matter.keys() == fields.keys()
    for key, value in list(doc.front_matter.items()):
        doc.set(key, value)
    assert doc.to_bytes() == data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), KEYS, VALUES)
def test_set_then_parse_gives_the_value_and_leaves_other_lines(
    sample: tuple[bytes, dict], key: str, value: object
) -> None:
    data, _ = sample
    doc = Document.from_bytes(data)
    fields = dict(doc.front_matter)  # as read (PyYAML's own dump does not always round-trip)
    before_lines = {k: doc.field_line(k) for k in fields}
    before_text = doc.text.splitlines(keepends=True)
    doc.set(key, value)
    again = Document.from_bytes(doc.to_bytes())
    assert again.error is None
    assert again.get(key) == value and key in again.front_matter
    for other, other_value_ in fields.items():
        if other != key:
            assert again.get(other) == other_value_
    assert again.body == Document.from_bytes(data).body
    # lines of the fields before the edited one are untouched, byte for byte
    after_text = again.text.splitlines(keepends=True)
    edited_line = before_lines.get(key) or len(before_text)
    for line_no in before_lines.values():
        if line_no is not None and line_no < edited_line:
            assert after_text[line_no - 1] == before_text[line_no - 1]
    assert again.has_bom == data.startswith(b"\xef\xbb\xbf")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), BODIES)
def test_setting_the_body_keeps_the_front_matter_bytes(
    sample: tuple[bytes, dict], body: str
) -> None:
    data, _ = sample
    doc = Document.from_bytes(data)
    header = doc.text[: len(doc.text) - len(doc.body.replace("\n", doc.newline))]
    doc.body = body
    assert Document.from_bytes(doc.to_bytes()).body == body.replace("\r\n", "\n")
    assert doc.text.startswith(header.rstrip("\r\n"))
    assert (
        Document.from_bytes(doc.to_bytes()).front_matter == Document.from_bytes(data).front_matter
    )


# Front matter as people write it by hand (the styles met on Jekyll, Eleventy and Hugo sites),
# combined at random: the edits must stay minimal whatever the neighbours look like.
HAND_WRITTEN = [
    "title: Hello World\n",
    'title: "Quoted: colon"\n',
    "title: 'It''s single'\n",
    "subtitle:   spaced value   \n",
    "date: 2019-01-01 10:00:00 +0100\n",
    "date: 2020-02-03\n",
    "lastmod: 2020-01-01T10:00:00Z\n",
    'tags: [a, b, "c d"]\n',
    "tags:\n- a\n- b\n",
    "topics:\n  - a\n  - 'b'\n",
    "categories: jekyll update\n",
    "permalink: /blog/:title/\n",
    'image:\n  path: /x.png\n  alt: "x"\n',
    "excerpt: >\n  multi\n  line text\n",
    "summary: |\n  Para one.\n\n  Para two.\n",
    "note: |-\n    indented\n",
    "# a comment line\n",
    "key: value # trailing comment\n",
    "empty:\n",
    'emptyq: ""\n',
    "tilde: ~\n",
    "eleventyNavigation:\n  key: Home\n  order: 1\n",
    "draft: true\n",
    "weight: 10\n",
    "redirect_from:\n  - /old/\n  - /older/\n",
    "authors:\n  - name: A\n    url: x\n  - name: B\n",
    "description: This is\n  continued on a line\n",
    "pi: 3.14\n",
    "unicode: Zoë café — “quotes”\n",
    "emptylist: []\n",
    "inline: {a: 1, b: two}\n",
    "url: https://example.com/a?b=c#d\n",
    "list_comments:\n  # first\n  - one\n  # second\n  - two\n",
    "\n",
    "   \n",
    'quoted_multi: "first line\n  second line"\n',
    "time: 10:30\n",
    'at: "@handle"\n',
]
NEW_VALUES = st.one_of(
    SCALARS,
    st.dictionaries(KEYS, st.one_of(SCALARS, st.lists(SCALARS, max_size=2)), max_size=3),
    st.lists(st.one_of(TEXT, st.sampled_from(["a: b", "#x", "- y", "ok"])), max_size=3),
    st.sampled_from(["multi\nline\n", "two\nlines", "x", ""]),
)


@st.composite
def hand_written(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(HAND_WRITTEN), min_size=1, max_size=8, unique=True))
    keys = [p.split(":")[0] for p in parts if ":" in p and not p.startswith("#")]
    if len(keys) != len(set(keys)):
        parts = list(dict((p.split(":")[0], p) for p in parts).values())
    closing = draw(st.sampled_from(["---\n", "---", "...\n"]))
    body = "" if closing == "---" else draw(st.sampled_from(["", "Body\n", "Text\n\nMore"]))
    text = "---\n" + "".join(parts) + closing + body
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hand_written(), st.data())
def test_hand_written_front_matter_edits_are_minimal(text: str, data: st.DataObject) -> None:
    raw = text.encode()
    doc = Document.from_bytes(raw)
    assert doc.error is None and doc.to_bytes() == raw
    fields = dict(doc.front_matter)
    for key, value in fields.items():
        doc.set(key, value)
    assert doc.to_bytes() == raw

    key = data.draw(st.sampled_from(sorted(fields) + ["brand-new"]))
    value = data.draw(NEW_VALUES)
    doc.set(key, value)
    again = Document.from_bytes(doc.to_bytes())
    assert again.get(key) == value
    assert {k: v for k, v in again.front_matter.items() if k != key} == {
        k: v for k, v in fields.items() if k != key
    }
    removed, added = changed_lines(raw, doc.to_bytes())
    if key == "brand-new":
        assert removed == []
    elif (
        (type(value) is not type(fields[key]) or value != fields[key])
        and not isinstance(value, list | dict | str)
        and not isinstance(fields[key], list | dict | str)
    ):
        # a one-line value replacing a one-line value: only its own line changes
        assert len(added) <= 1 and len(removed) == 1

    if key in fields:
        doc = Document.from_bytes(raw)
        doc.remove(key)
        removed, added = changed_lines(raw, doc.to_bytes())
        assert added == [] and key not in Document.from_bytes(doc.to_bytes()).front_matter


def test_raw_front_matter_repair_reads_like_the_saved_file() -> None:
    doc = Document.from_text("Body\n")
    doc.set_raw_front_matter("title: A")
    assert doc.text == "---\ntitle: A\n---\nBody\n" and doc.get("title") == "A"
    toml = Document.from_text('+++\ntitle = "A"\n+++\nBody\n')
    toml.set_raw_front_matter('title = "B"\n')  # a TOML header stays TOML
    assert toml.error is None and toml.text == '+++\ntitle = "B"\n+++\nBody\n'
    closed_early = Document.from_text("---\ntitle: A\n---\nBody\n")
    closed_early.set_raw_front_matter("title: A\n---\nextra: 1\n")
    assert closed_early.get("title") == "A" and "extra" not in closed_early.front_matter
    assert Document.from_text(closed_early.text).front_matter == closed_early.front_matter


def test_tab_after_the_colon_reads_and_edits_like_jekyll() -> None:
    text = "---\ntitle:\tHello\ntopics:\n  - a\n---\n"
    doc = Document.from_text(text)
    assert doc.error is None and doc.get("title") == "Hello"
    doc.set("topics", ["a", "b"])
    assert doc.text == "---\ntitle:\tHello\ntopics:\n  - a\n  - b\n---\n"
    doc.set("title", "Bye")
    assert doc.text.startswith("---\ntitle:\tBye\n")


def test_compact_front_matter_is_read_but_not_edited_field_by_field() -> None:
    doc = Document.from_text("---\n{title: A, draft: true}\n---\nBody\n")
    assert doc.error is None and doc.get("title") == "A"
    with pytest.raises(FrontMatterError, match="edit them as text"):
        doc.set("title", "B")
    assert not doc.is_modified


def test_list_edits_add_and_drop_whole_lines_keeping_other_line_endings() -> None:
    data = b"---\r\ntitle: A\nlist:\r\n  - a\n  - b\r\n---\nBody\r\n"
    doc = Document.from_bytes(data)
    doc.set("list", ["a", "c", "b"])
    assert doc.to_bytes() == b"---\r\ntitle: A\nlist:\r\n  - a\n  - c\r\n  - b\r\n---\nBody\r\n"
    doc.set("list", ["c", "b"])
    assert doc.to_bytes() == b"---\r\ntitle: A\nlist:\r\n  - c\r\n  - b\r\n---\nBody\r\n"
    text = "---\nl:\n  - a # one\n  # about b\n  - b\n  # trailing\nx: 1\n---\n"
    assert edit(text, "l", ["a", "b", "c"]) == (
        "---\nl:\n  - a # one\n  # about b\n  - b\n  - c\n  # trailing\nx: 1\n---\n"
    )


def test_nested_mapping_is_edited_key_by_key() -> None:
    text = (
        '---\ntitle: A\nimage:\n  path: /x.png\n  alt: "x"  # the alt text\n'
        "  nested:\n    a: 1\n    b: [1, 2]\nnext: 1\n---\n"
    )
    value = {"path": "/y.png", "alt": "x", "nested": {"a": 2, "b": [1, 2]}}
    after = edit(text, "image", value)
    removed, added = changed_lines(text.encode(), after.encode())
    assert removed == ["  path: /x.png\n", "    a: 1\n"]
    assert added == ["  path: /y.png\n", "    a: 2\n"]
    after = edit(after, "image", {"path": "/y.png", "caption": "Hi: there"})
    assert '  caption: "Hi: there"\n' in after and "alt" not in after and "nested" not in after


def test_objects_in_a_list_stay_in_block_style() -> None:
    text = "---\nauthors:\n  - name: A\n    url: x\n  - name: B\nnext: 1\n---\n"
    value = [{"name": "A", "url": "x"}, {"name": "B"}, {"name": "C", "url": "z"}]
    assert edit(text, "authors", value) == (
        "---\nauthors:\n  - name: A\n    url: x\n  - name: B\n  - name: C\n    url: z\nnext: 1\n---\n"
    )


def test_unclosed_list_is_placed_where_it_opens_like_the_validator_does(tmp_path) -> None:
    from editor_app.core.validate import validate_paths

    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Broken\ntopics: [Housing\nstatus: draft\n---\nBody\n")
    doc = Document.load(page)
    assert doc.error is not None and doc.error.line == 3
    [problem] = [p for p in validate_paths([page]) if p.code == "yaml-syntax"]
    assert problem.line == doc.error.line
