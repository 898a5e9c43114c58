"""Opening a page: the bytes decoded, the header found, the document's state pinned exactly.

Written against the mutants of `tools/mutation.py document-read` that got through the other
document tests (`document.py`, `document_decode.py`, `document_read.py`). The equivalent
mutants of those modules (no test could tell them apart) are listed here, grouped, with why:

- `Document.from_text` encoding its text as "UTF-8" instead of "utf-8", and `decode_page`
  decoding with "UTF-8": Python's codec names are not case-sensitive.
- `decode_page`: the `encoding == "utf-8"` test after a UTF-8 byte-order mark that does not
  decode, spelt otherwise ("UTF-8", "XXutf-8XX"): `continue` and `break` then only differ in
  trying the UTF-16 marks, which cannot match bytes starting with the UTF-8 mark; the final
  `AssertionError`'s words (Latin-1 decodes any bytes: never raised).
- `_utf16_without_bom`: `len(sample) / 2` for `// 2` (the sample's length is even there), and
  `_looks_binary`'s `/ 20` for `// 20` (a whole number is above the one exactly when it is
  above the other).
- `_load_text`: the lines searched for a closer even when the opening line is the whole text
  (`or True`): the rest is empty, and so are its lines.
- `_parse_front_matter`: where a header that is a list or a single value is reported when no
  line holds a character (`or True`, `else 3`): such a header always has one.
- `_parse_other_format`: a JSON header whose members cannot be located (`CANNOT_LOCATE` made
  None): every object `json.loads` reads is located member by member; and
  `_other_format_spans`' positions for TOML keys other than the key's own (only the key's
  line is used: TOML edits go through tomlkit), a JSON member's colon and kind (only `toml`
  is told apart), and `[], True` where members cannot be located (the header is read-only
  first, for the reason above).
- `_structure`: `events = ""` (the loop always sets it), and the second parse with tabs made
  spaces (`"\\t"` or `" "` spelt otherwise, `break` on the first failure) and `editable`'s
  starting value: the header was read by the C loader, whose parser `_events` asks first,
  so the first parse never fails on a header that has no error.
- `value_source`: `strip("XX \\t-XX")`: what precedes a value on its key's line holds the
  colon, which is not stripped either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.document import Document, ReadOnlyError
from editor_app.core.document_decode import BINARY_REASON, decode_page
from editor_app.core.safe_files import UnsafeTarget

# --- a new document is an empty page


def test_a_new_document_is_exactly_an_empty_file_read() -> None:
    blank, empty = Document(), Document.from_bytes(b"")
    assert vars(blank) == vars(empty)
    assert blank.path is None and blank.original == b"" and blank.to_bytes() == b""
    assert (blank.encoding, blank.has_bom, blank.newline) == ("utf-8", False, "\n")
    assert blank.has_front_matter is False and blank.front_matter == {}
    assert blank.front_matter_format == "yaml" and blank.error is None
    assert blank.decode_error is None and blank.read_only_reason is None
    assert (blank.text, blank.body, blank.is_modified) == ("", "", False)


def test_a_new_document_takes_a_body_and_a_field() -> None:
    doc = Document()
    doc.body = "One\nTwo\n"
    assert doc.to_bytes() == b"One\nTwo\n"
    doc.set("title", "Hello")
    assert doc.to_bytes() == b"---\ntitle: Hello\n---\nOne\nTwo\n"
    assert doc.field_line("title") == 2
    assert doc.fields_read_only_reason is None


def test_a_new_document_with_only_a_field() -> None:
    doc = Document()
    doc.set("title", "Hello")
    assert doc.text == "---\ntitle: Hello\n---\n"
    assert doc.field_line("title") == 2 and doc.body_start_line == 4


# --- from text: the path and the byte-order mark


def test_a_document_from_text_keeps_its_path() -> None:
    assert Document.from_text("x\n", "posts/a.md").path == Path("posts/a.md")
    assert Document.from_text("x\n").path is None


def test_a_byte_order_mark_typed_in_the_text_is_written_back_as_one() -> None:
    doc = Document.from_text("\ufeff---\ntitle: A\n---\nBody\n")
    assert doc.has_bom is True
    assert doc.original == b"\xef\xbb\xbf---\ntitle: A\n---\nBody\n"
    assert doc.text == "---\ntitle: A\n---\nBody\n" and doc.get("title") == "A"
    doc.set("title", "B")
    assert doc.to_bytes() == b"\xef\xbb\xbf---\ntitle: B\n---\nBody\n"


def test_text_without_a_byte_order_mark_has_none() -> None:
    doc = Document.from_text("---\ntitle: A\n---\n")
    assert doc.has_bom is False
    assert doc.original == b"---\ntitle: A\n---\n"


# --- loading and saving


def test_a_page_linked_from_outside_the_site_is_not_read(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside.md"
    site.mkdir()
    outside.write_bytes(b"---\ntitle: private\n---\n")
    (site / "page.md").symlink_to(outside)
    with pytest.raises(UnsafeTarget):
        Document.load(site / "page.md", inside=site)
    assert Document.load(site / "page.md").get("title") == "private"  # no site: read through


def test_a_read_only_document_changed_anyway_is_not_saved_and_says_why() -> None:
    doc = Document.from_text("---\ntitle: A\n---\n")
    doc.set("title", "B")
    doc.read_only_reason = "Another program holds this page."
    with pytest.raises(ReadOnlyError) as refused:
        doc.to_bytes()
    assert str(refused.value) == "Another program holds this page."


def test_a_character_the_old_encoding_cannot_hold_is_named() -> None:
    doc = Document.from_bytes("---\ntitle: caf\xe9\n---\n".encode("cp1252"))
    assert doc.encoding == "cp1252"
    doc.set("title", "Ω")
    with pytest.raises(ValueError) as refused:
        doc.to_bytes()
    assert str(refused.value) == (
        "The character 'Ω' cannot be saved in this file's older text encoding (cp1252)."
    )


# --- decoding: UTF-16 without a mark, marks that do not decode


def test_a_utf16_mark_before_a_nul_character_is_not_taken_for_utf32() -> None:
    data = b"\xff\xfe\x00\x00" + "hi".encode("utf-16-le")  # not UTF-32: 0x00690068 is too big
    decoded = decode_page(data)
    assert (decoded.text, decoded.encoding, decoded.bom) == ("\x00hi", "utf-16-le", b"\xff\xfe")
    assert Document.from_bytes(data).to_bytes() == data


def test_two_bytes_are_too_few_to_tell_utf16() -> None:
    decoded = decode_page(b"a\x00")
    assert (decoded.text, decoded.encoding, decoded.note) == ("a\x00", "utf-8", None)


def test_a_long_utf16_page_is_told_from_its_first_4096_bytes() -> None:
    # the 2049th character is U+0100, whose low byte is zero: outside the sample looked at
    text = "a" * 2048 + "\u0100b"
    decoded = decode_page(text.encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == (text, "utf-16-le")


def test_utf16_needs_at_least_three_latin_characters_in_ten() -> None:
    # 3 of 10 characters with a zero high byte: UTF-16 (the other 7 are CJK characters)
    decoded = decode_page(b"A\x00" * 3 + b"BC" * 7)
    assert (decoded.text, decoded.encoding) == ("AAA" + "\u4342" * 7, "utf-16-le")
    decoded = decode_page(b"\x00A" * 3 + b"CB" * 7)
    assert (decoded.text, decoded.encoding) == ("AAA" + "\u4342" * 7, "utf-16-be")
    # 12 of 50: text with a few zero bytes, read as UTF-8
    data = b"A\x00" * 12 + b"BC" * 38
    decoded = decode_page(data)
    assert (decoded.text, decoded.encoding) == (data.decode("utf-8"), "utf-8")
    data = b"\x00A" * 12 + b"CB" * 38
    assert decode_page(data).encoding == "utf-8"


def test_bytes_that_look_like_utf16_but_do_not_decode_fall_back() -> None:
    data = b"a\x00b\x00\x01\xd8c\x00"  # a lone surrogate (U+D801)
    decoded = decode_page(data)
    assert decoded.text == data.decode("cp1252") and decoded.encoding == "cp1252"
    assert decoded.note == (
        "This file is not valid UTF-8 (byte 0xD8 at position 5); it was read as Windows-1252."
    )
    assert decoded.read_only_reason == BINARY_REASON


def test_utf16_holding_a_nul_character_after_the_sample_is_not_utf16() -> None:
    data = b"a\x00" * 2048 + b"\x00\x00" + b"b\x00"
    decoded = decode_page(data)
    assert (decoded.text, decoded.encoding) == (data.decode("utf-8"), "utf-8")


_MARKED = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
]


@given(st.text(), st.sampled_from(_MARKED))
def test_text_with_a_byte_order_mark_opens_as_written_and_saves_the_same(
    text: str, marked: tuple[bytes, str]
) -> None:
    mark, encoding = marked
    if encoding == "utf-16-le" and text.startswith("\x00"):
        text = "a" + text  # FF FE 00 00 is UTF-32's mark (pinned above)
    data = mark + text.encode(encoding)
    doc = Document.from_bytes(data)
    assert (doc.text, doc.encoding, doc.has_bom) == (text, encoding, True)
    assert doc.to_bytes() == data
    if "\x00" in text:  # a zero character is binary data, shown read-only (test_zero_bytes.py)
        assert doc.read_only_reason is not None
        return
    if not doc.has_front_matter:  # (an unclosed header refuses body edits)
        doc.body = "\u00e9\n" + doc.body
        again = Document.from_bytes(doc.to_bytes())
        assert (again.body, again.encoding, again.has_bom) == (doc.body, encoding, True)


# --- finding the header


@pytest.mark.parametrize("closer", ["---\xa0", "---X", "--- x", "----", "---X\t"])
def test_only_a_line_of_three_dashes_closes_the_header(closer: str) -> None:
    doc = Document.from_text(f"---\ntitle: A\n{closer}\n")
    assert doc.has_front_matter is True
    assert doc.raw_front_matter == f"title: A\n{closer}\n"
    assert doc.body == "" and doc.text == f"---\ntitle: A\n{closer}\n"
    assert doc.front_matter == {}
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        1,
        "The page settings start with --- on line 1 but have no closing --- line.",
    )


def test_a_closer_with_spaces_and_tabs_after_it_closes() -> None:
    doc = Document.from_text("---\ntitle: A\n--- \t\r\nBody\n")
    assert doc.error is None and doc.get("title") == "A" and doc.body == "Body\n"


def test_an_unclosed_toml_header_says_which_marker_is_missing() -> None:
    doc = Document.from_text('+++\ntitle = "A"\n')
    assert doc.front_matter == {} and doc.body == ""
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        1,
        "The page settings start with +++ on line 1 but have no closing +++ line.",
    )


def test_a_page_without_a_header_has_none() -> None:
    doc = Document.from_text("Just text.\n")
    assert doc.has_front_matter is False
    assert doc.front_matter == {} and doc.front_matter_format == "yaml"
    assert doc.body == "Just text.\n" and doc.body_start_line == 1


@pytest.mark.parametrize("language", ["yaml", "yml", "YAML", "Yml"])
def test_a_header_may_name_yaml_as_its_language(language: str) -> None:
    doc = Document.from_text(f"---{language}\ntitle: A\n---\nBody\n")
    assert doc.error is None and doc.front_matter == {"title": "A"}
    assert doc.front_matter_format == "yaml"
    doc.set("title", "B")
    assert doc.text == f"---{language}\ntitle: B\n---\nBody\n"


def test_an_eleventy_json_header_is_json() -> None:
    doc = Document.from_text('---json\n{"title": "A"}\n---\nBody\n')
    assert doc.error is None and doc.front_matter == {"title": "A"}
    assert doc.front_matter_format == "json"
    doc.set("title", "B")
    assert doc.text == '---json\n{"title": "B"}\n---\nBody\n'


def test_a_header_in_another_language_is_told_and_not_read() -> None:
    doc = Document.from_text("---coffee\ntitle: 'A'\n---\nBody\n")
    assert doc.front_matter == {} and doc.body == "Body\n"
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        1,
        "Page settings written in coffee cannot be edited here.",
    )
    assert doc.fields_read_only_reason == "Page settings written in coffee cannot be edited here."


def test_a_header_that_is_a_list_is_reported_on_its_first_line_of_content() -> None:
    doc = Document.from_text("---\n\n# the tags\n  - a\n  - b\n---\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        4,
        "The page settings must be names with values, but they are a list.",
    )
    doc = Document.from_text("---\n# a comment\n\njust words\n---\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        4,
        "The page settings must be names with values, but they are a single value.",
    )


def test_a_header_that_cannot_be_read_locates_no_field() -> None:
    doc = Document.from_text("---\ntitle: A\ndate: 2025-02-30\n---\n")
    assert doc.error is not None and doc.error.line == 3
    assert doc.field_line("title") is None and doc.field_line("date") is None
    assert doc.duplicate_keys == [] and doc.value_source("title") is None


def test_a_toml_header_nested_past_what_can_be_edited_opens_read_only() -> None:
    value = "[" * 101 + "]" * 101
    doc = Document.from_text(f'+++\ntitle = "A"\ndeep = {value}\n+++\nBody\n')
    assert doc.error is None and doc.get("title") == "A"
    reason = (
        "These page settings (TOML) are written in a way that cannot be edited field by field "
        "without changing other lines, so they open read-only; edit them as text."
    )
    assert doc.fields_read_only_reason == reason
    with pytest.raises(Exception, match="cannot be edited field by field"):
        doc.set("title", "B")
    assert doc.text == f'+++\ntitle = "A"\ndeep = {value}\n+++\nBody\n'


def test_get_gives_the_default_for_a_missing_field() -> None:
    doc = Document.from_text("---\ntitle: A\n---\n")
    assert doc.get("missing", "none given") == "none given"
    assert doc.get("missing") is None and doc.get("title", "x") == "A"
