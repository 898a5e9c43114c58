"""How the rules see one page (`checks/page.py`): the split into header and body with the
file's line numbers, the header read (YAML, TOML, JSON) or its error placed on its line, the
lines of the fields, and how a file's bytes become text.

Equivalent survivors of mutation testing (`tools/mutation.py checks-engine`), no test can
tell them apart:
- `read_file`: `getattr(os, "O_NONBLOCK", 0)` defaults (the flag exists here); the size of
  each read and the short-read test (`1 >> 20`): only the number of reads changes, the bytes
  read are the same;
- `bad_byte_line`: the byte-order-mark test (the mark is valid UTF-8 and holds no line break,
  so the line is the same with it kept), counting from `None` for `0`, "UTF-8" for "utf-8";
- `make_page`: `_LONG_NUMBER`'s bounds between 4000 and 4300 digits and its `if m else 0`
  (Python refuses only numbers of more than 4300 digits, which the pattern always finds);
- `field_of_indented_line`: `page.field_line(None)` asked when no key is above (it answers
  None all the same), `split(" #")` with another or no limit (only the part before the first
  ` #` is read);
- `_split`: `nl <= 0` / `nl < 1` (a header's first line break comes after its `---`), the
  closing line sought from the start (no line break comes before the first), `end <= 0` /
  `end < 1` (the closing line's end comes after it);
- `make_page`'s `mtime` default (every caller that checks uniqueness passes the file's; the
  page made for a header's sections reaches no rule), its test for a TOML or JSON header
  with `or` for `and` or with "X" among the first characters (`split_other` finds no header
  in a YAML page or a text starting with X either), and its handing `_friendly_yaml_error` no
  error (as below: the header is read again, the same line and words);
- `decode`: codec names in capitals ("UTF-32", "UTF-16", "UTF-8", "CP1252": the same codecs;
  the message says the name in capitals either way), counting lines from `None` for `0`;
- `Page.may_repeat_keys`' cheap test counting one line more or using `<` (`fm[+1:]`,
  `fm[-2:]`, `"XX\nXX"`): it only lets more headers through to the exact count of key lines;
- `Page.body_line`: counting from `None` for `0` (the same start);
- `field_at_line`: `best_line <= k` for `<` (no two keys share a line), `best_line` starting at
  1 (no key sits on line 1, the header's opening line), `and` for the first `or` (a line
  before the header or a page without one has no key at or above it either way);
- `_friendly_yaml_error` handing `header_problem` no error: it reads the header again and
  finds the same line and words (the error only matters for a header that the C loader alone
  rejects, and for saving time on a big header).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor_app.core.checks.page import (
    _split,
    bad_byte_line,
    decode,
    field_at_line,
    field_of_indented_line,
    make_page,
    read_file,
)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("no header", (False, False, "", 0, "no header", 1)),
        ("----\nx", (False, False, "", 0, "----\nx", 1)),  # a rule, not a header
        ("---x\na: 1\n---\n", (False, False, "", 0, "---x\na: 1\n---\n", 1)),
        ("---", (True, True, "", 2, "", 2)),
        ("---\ntitle: x\n", (True, True, "title: x\n", 2, "", 4)),
        ("---\ntitle: x\nb: 2", (True, True, "title: x\nb: 2", 2, "", 4)),
        ("---\na: 1\n---\nbody\n", (True, False, "a: 1\n", 2, "body\n", 4)),
        ("---\na: 1\n...\nb", (True, False, "a: 1\n", 2, "b", 4)),
        ("---\na: 1\n---  \nb\n", (True, False, "a: 1\n", 2, "b\n", 4)),
        ("---\na: 1\n---", (True, False, "a: 1\n", 2, "", 4)),
        ("--- \na: 1\nb: 2\n---\n\nbody", (True, False, "a: 1\nb: 2\n", 2, "\nbody", 5)),
        ("---\n---\nbody", (True, False, "", 2, "body", 3)),
        ("---\na: ---\n---x\n---\nz", (True, False, "a: ---\n---x\n", 2, "z", 5)),
    ],
)
def test_a_page_is_split_into_header_and_body_with_their_lines(text: str, split: tuple) -> None:
    assert _split(text) == split


def test_bom_and_crlf_are_dropped_but_a_lone_cr_is_kept() -> None:
    page = make_page("a.md", None, None, "\ufeff---\r\ntitle: A\r\n---\r\nx\ry\r\n")
    assert page.text == "---\ntitle: A\n---\nx\ry\n"
    assert page.has_front_matter and not page.unclosed
    assert page.data == {"title": "A"}
    assert page.body == "x\ry\n" and page.body_start_line == 4
    assert page.fm_text == "title: A\n" and page.fm_first_line == 2
    assert page.field_line("title") == 2
    plain = make_page("b.md", None, None, "\ufeffno header")
    assert plain.text == "no header" and not plain.has_front_matter and plain.body_start_line == 1


def test_the_page_keeps_what_it_was_given() -> None:
    page = make_page("_notes/a.md", Path("/s/_notes/a.md"), "notes", "---\na: 1\n---\n", mtime=5.0)
    assert (page.rel, page.path, page.collection, page.mtime) == (
        "_notes/a.md",
        Path("/s/_notes/a.md"),
        "notes",
        5.0,
    )
    assert page.format == "yaml" and page.yaml_error is None and not page.not_mapping


def test_the_index_data_is_used_instead_of_reading_the_header_again() -> None:
    given = {"title": "From the index"}
    page = make_page("a.md", None, None, "---\ntitle: [broken\n---\n", data=given)
    assert page.data is given and page.yaml_error is None
    unclosed = make_page("a.md", None, None, "---\ntitle: x\n", data=given)
    assert unclosed.unclosed and unclosed.data == {}
    none = make_page("a.md", None, None, "body only", data=given)
    assert none.data == {} and not none.has_front_matter


def test_an_empty_or_null_header_reads_as_no_fields() -> None:
    for text in ("---\n---\n", "---\n  \n---\n", "---\n~\n---\n", "---\n# only a note\n---\n"):
        page = make_page("a.md", None, None, text)
        assert page.data == {} and page.yaml_error is None and not page.not_mapping, text


def test_a_header_that_is_a_list_is_no_mapping() -> None:
    page = make_page("a.md", None, None, "---\n- a\n- b\n---\n")
    assert page.not_mapping and page.data == {} and page.yaml_error is None
    scalar = make_page("a.md", None, None, "---\njust text\n---\n")
    assert scalar.not_mapping and scalar.data == {}


def test_a_yaml_error_is_placed_on_its_file_line_in_plain_words() -> None:
    page = make_page("a.md", None, None, "---\ntitle: x\nbad: [1\nc: 2\n---\nbody\n")
    assert page.data == {} and not page.not_mapping
    assert page.yaml_error == (
        3,
        "A list opened with a bracket '[' (or a brace '{') on this line is never closed. "
        "Add the missing ']' (or '}'), or put the value in quotes.",
    )
    braced = make_page("a.md", None, None, "\n".join(["---", "{a: 1}: 2", "---", ""]))
    assert braced.yaml_error is not None and braced.yaml_error[0] == 2
    assert braced.yaml_error[1].startswith("A value starting with '{' needs quotes")


@pytest.mark.parametrize(
    ("before", "line"), [("", 2), ("a: 1\n", 3), ("a: 1\nb: 2\n", 4), ("\n", 3)]
)
def test_a_number_too_long_to_read_is_said_on_its_line(before: str, line: int) -> None:
    page = make_page("a.md", None, None, "---\n" + before + "n: " + "9" * 5000 + "\n---\n")
    assert page.data == {}
    assert page.yaml_error == (
        line,
        "This line holds a number too long to be read (thousands of digits). If it is "
        "meant as text, put it in quotes.",
    )


def test_a_value_its_tag_cannot_make_is_a_header_error() -> None:
    page = make_page("a.md", None, None, "---\ntitle: x\nn: !!int 12x\n---\nbody\n")
    assert page.data == {}
    assert page.yaml_error == (
        3,
        "The value '12x' is marked as a whole number (!!int) but is not one. Correct the "
        "value, or remove the mark.",
    )


def test_an_impossible_date_stays_text_to_report() -> None:
    page = make_page("a.md", None, None, "---\nd: 2024-02-30\ne: 2024-02-03\n---\n")
    import datetime as dt

    assert page.data == {"d": "2024-02-30", "e": dt.date(2024, 2, 3)}
    assert page.yaml_error is None


def test_toml_and_json_headers_are_read_with_their_lines() -> None:
    toml = make_page("a.md", None, None, '+++\ntitle = "x"\n+++\nbody\n')
    assert (toml.format, toml.has_front_matter, toml.unclosed) == ("toml", True, False)
    assert (toml.fm_first_line, toml.body_start_line, toml.body) == (2, 4, "body\n")
    assert toml.data == {"title": "x"} and toml.field_line("title") == 2
    assert toml.fm_text == 'title = "x"\n'
    json = make_page("a.md", None, None, '{"title": "x",\n"b": 2\n}\nbody\n')
    assert (json.format, json.fm_first_line, json.body_start_line) == ("json", 1, 4)
    assert json.data == {"title": "x", "b": 2} and json.field_line("b") == 2
    assert json.body == "body\n"


def test_a_toml_header_given_by_the_index_or_broken_or_unclosed() -> None:
    given = make_page("a.md", None, None, '+++\ntitle = "x\n+++\n', data={"title": "idx"})
    assert given.data == {"title": "idx"} and given.yaml_error is None
    broken = make_page("a.md", None, None, '+++\ntitle = "x\n+++\nbody\n')
    assert broken.data == {} and broken.yaml_error is not None
    assert broken.yaml_error[0] == 2 and "TOML" in broken.yaml_error[1]
    unclosed = make_page("a.md", None, None, '+++\ntitle = "x"\n')
    assert unclosed.format == "toml" and unclosed.unclosed and unclosed.has_front_matter
    assert unclosed.data == {} and unclosed.key_lines == {}
    # `+` or `{` that opens no header: the page is plain text
    plain = make_page("a.md", None, None, "+ a list item\n")
    assert plain.format == "yaml" and not plain.has_front_matter


def test_field_lines_take_the_last_of_a_repeated_key_and_read_quoted_keys() -> None:
    text = (
        "---\ntitle: one\n# title: a note\n  inner: 1\n\"quoted key\": 2\n'it''s': 3\n"
        "\tindented: 4\ntitle: two\nurl: http://x\n-dash: 5\n---\nbody\n"
    )
    page = make_page("a.md", None, None, text, data={"title": "two"})
    assert page.key_lines == {
        "title": [2, 8],
        "quoted key": [5],
        "it's": [6],
        "url": [9],
        "-dash": [10],
    }
    assert page.field_line("title") == 8
    assert page.field_line("inner") is None and page.field_line("missing") is None
    assert page.may_repeat_keys()


def test_a_line_finder_is_asked_first_and_the_scan_is_the_fallback() -> None:
    page = make_page("a.md", None, None, "---\na: 1\nb: 2\n---\n")
    asked: list[str] = []

    def line_of(name: str) -> int | None:
        asked.append(name)
        return 40 if name == "a" else None

    page.line_of = line_of
    assert page.field_line("a") == 40
    assert page.field_line("b") == 3
    assert asked == ["a", "b"]


def test_no_field_lines_without_a_closed_header() -> None:
    assert make_page("a.md", None, None, "---\na: 1\n").key_lines == {}
    assert make_page("a.md", None, None, "a: 1\n").key_lines == {}


def test_repeated_keys_are_told_cheaply() -> None:
    assert not make_page("a.md", None, None, "---\na: 1\nb: 2\n---\n").may_repeat_keys()
    assert make_page("a.md", None, None, "---\na: 1\na: 2\n---\n", data={"a": 2}).may_repeat_keys()
    # more lines than names, none repeated
    nested = make_page("a.md", None, None, "---\na:\n  - 1\n  - 2\nb: x\n---\n")
    assert not nested.may_repeat_keys()
    # no final newline in the header text
    page = make_page("a.md", None, None, "x")
    page.has_front_matter, page.fm_text, page.data = True, "a: 1\na: 2", {"a": 2}
    assert page.may_repeat_keys()
    page.fm_text, page.data = "a: 1\nb: 2", {"a": 1, "b": 2}
    assert not page.may_repeat_keys()
    # after the scan, its result answers
    scanned = make_page("a.md", None, None, "---\na: 1\nb:\n  c: 1\n  d: 2\n---\n")
    assert scanned.key_lines == {"a": [2], "b": [3]}
    assert not scanned.may_repeat_keys()


def test_body_lines_count_from_the_line_after_the_header() -> None:
    page = make_page("a.md", None, None, "---\na: 1\n---\nfirst\nsecond\nthird")
    assert page.body_line(0) == 4
    assert page.body_line(page.body.index("second")) == 5
    assert page.body_line(page.body.index("third")) == 6


def test_the_field_at_a_line_and_of_an_indented_line() -> None:
    text = (
        "---\ntitle: A\ntopics:\n  - Work\n  - Play\nmeta:\n  title: inner\nd: |\n  text: x\n"
        "e: 1\n  own: 2\nf: # a group\n  g: 3\n---\nbody\n"
    )
    page = make_page("a.md", None, None, text, data={"title": "A"})
    assert [field_at_line(page, i) for i in range(0, 17)] == [
        None,
        None,
        "title",
        "topics",
        "topics",
        "topics",
        "meta",
        "meta",
        "d",
        "d",
        "e",
        "e",
        "f",
        "f",
        None,
        None,
        None,
    ]
    assert [field_of_indented_line(page, i) for i in (4, 5, 7, 9, 11, 13)] == [
        "topics",
        "topics",
        "meta",
        "d",
        "own",
        "f",
    ]
    assert field_at_line(make_page("a.md", None, None, "title: x\n"), 1) is None


def test_an_indented_quoted_key_under_a_value_is_its_own_field() -> None:
    text = "---\na: 1\n  \"q k\": 2\n  'r''s': 3\n---\n"
    page = make_page("a.md", None, None, text, data={"a": 1})
    assert field_of_indented_line(page, 3) == "q k"
    assert field_of_indented_line(page, 4) == "r''s"


def test_bytes_become_text_with_where_the_bad_byte_was() -> None:
    assert decode(b"\xef\xbb\xbfok") == ("ok", None, None)
    assert decode("é\n".encode("utf-16")) == ("é\n", "saved as UTF-16", 1)
    assert decode("a".encode("utf-32")) == ("a", "saved as UTF-32", 1)
    assert decode(b"a\nb\n\xe9t\xe9") == ("a\nb\nété", "not UTF-8", 3)
    assert decode(b"\xff\xfe\x00\xd8") == ("ÿþ\x00Ø", "not UTF-8", 1)  # no UTF-16 either
    assert decode(b"ok\n\x81") == ("ok\n\ufffd", "not UTF-8", 2)
    assert decode(b"\nA\n\x81") == ("\nA\n\ufffd", "not UTF-8", 3)  # a first line left blank
    assert bad_byte_line(b"\xef\xbb\xbfa\n\n\xff") == 3
    assert bad_byte_line(b"\xef\xbb\xbf") is None and bad_byte_line("é".encode()) is None
    assert bad_byte_line(b"\xef\xbb") == 1


def test_a_file_is_read_whole_and_a_pipe_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    data = bytes(range(256)) * (5 * 4096 + 3)  # 2.5 MB: several reads
    big.write_bytes(data)
    assert read_file(big) == data
    exact = tmp_path / "exact.md"
    exact.write_bytes(b"x" * (1 << 20))
    assert read_file(exact) == b"x" * (1 << 20)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert read_file(empty) == b""
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    with pytest.raises(OSError) as caught:
        read_file(pipe)
    assert caught.value.errno == errno.EINVAL
    assert caught.value.strerror == "not an ordinary file: a pipe, a device or a folder"
    with pytest.raises(OSError):
        read_file(tmp_path)


@pytest.mark.parametrize(
    ("opening", "field"),
    [
        ("|", "d"),
        (">", "d"),
        ("|-", "d"),
        (">-", "d"),
        ("|+", "d"),
        (">+", "d"),
        ("|  # a note", "d"),
        ("x", "own"),
        ("|2", "own"),
        ("'|'", "own"),
    ],
)
def test_a_block_opened_by_the_key_above_holds_the_indented_line(opening: str, field: str) -> None:
    page = make_page("a.md", None, None, f"---\nd: {opening}\n  own: 2\n---\n", data={"d": 1})
    assert field_of_indented_line(page, 3) == field


def test_a_big_endian_utf16_file_is_read_and_said() -> None:
    assert decode(b"\xfe\xff\x00\xe9\x00\n") == ("é\n", "saved as UTF-16", 1)


def test_the_bad_bytes_line_right_after_a_bom_or_a_first_newline() -> None:
    assert bad_byte_line(b"\xef\xbb\xbf\n\xff") == 2
    assert bad_byte_line(b"\n\xff") == 2
    assert bad_byte_line(b"\xff\n") == 1


@pytest.mark.parametrize(
    ("above", "field"),
    [
        ("d: # a # b", "d"),  # the first ` #` starts the note
        ("d: # see: below", "d"),
        ("d: |: x", "own"),
        ("d: x:y", "own"),
    ],
)
def test_the_rest_of_the_key_line_above(above: str, field: str) -> None:
    page = make_page("a.md", None, None, f"---\n{above}\n  own: 2\n---\n", data={"d": 1})
    assert field_of_indented_line(page, 3) == field


def test_indented_lines_with_odd_spaces_or_no_key_above() -> None:
    formfeed = make_page("a.md", None, None, "---\na: 1\n\x0cown: 2\n---\n", data={"a": 1})
    assert field_of_indented_line(formfeed, 3) == "a"  # only spaces and tabs indent
    xs = make_page("a.md", None, None, "---\na: 1\n  XXown: 2\n---\n", data={"a": 1})
    assert field_of_indented_line(xs, 3) == "XXown"
    first = make_page("a.md", None, None, "---\n  own: 1\nb: 2\n---\n", data={"b": 2})
    assert field_of_indented_line(first, 2) == "own"


def test_a_line_finder_pointing_at_no_key_line_or_past_the_header() -> None:
    page = make_page("a.md", None, None, "---\na: 1\nplain words\n  own: 2\n---\n", data={"a": 1})
    page.line_of = lambda name: 3  # a line with no `:`
    assert field_of_indented_line(page, 4) == "a"
    past = make_page("a.md", None, None, "---\na: 1\n  own: 2\n---\n", data={"a": 1})
    past.line_of = lambda name: 2 + 3  # just past the header's lines
    assert field_of_indented_line(past, 3) == "own"


def test_an_indented_empty_quoted_key_belongs_to_the_key_above() -> None:
    page = make_page("a.md", None, None, '---\na: 1\n  "": 2\n---\n', data={"a": 1})
    assert field_of_indented_line(page, 3) == "a"


def test_a_body_that_starts_with_an_empty_line() -> None:
    page = make_page("a.md", None, None, "---\na: 1\n---\n\nsecond")
    assert page.body == "\nsecond" and page.body_line(1) == 5 and page.body_line(0) == 4


def test_key_lines_go_on_after_a_stray_line_and_read_any_first_letter() -> None:
    text = "---\na: 1\n- stray item\nX: 2\nb c: 3\nXmas: 4\nz\n---\n"
    page = make_page("a.md", None, None, text, data={"a": 1})
    assert page.key_lines == {"a": [2], "X": [4], "b c": [5], "Xmas": [6]}
