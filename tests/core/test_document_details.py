"""Document details a person sees: what `set` says about a value it cannot take, which files
open read-only as data, leap days, hand repairs of a header kept in its own style, and where a
save goes (each was a deliberate bug that got through: tools/mutation.py document)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from editor_app.core.document import Document, parse_cli_value
from editor_app.core.document_decode import ZERO_BYTES_REASON, decode_page
from editor_app.core.document_errors import ReadOnlyError, yaml_error_mark
from editor_app.core.safe_files import UnsafeTarget

# --- `editor-app set FIELD VALUE`: the value as typed


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("a: b", "'a: b' contains ': '; put the whole value in quotes"),
        (
            "[a, b",
            "'[a, b' is not a value that can be set (a list that starts with [ needs a "
            "closing ]); put it in quotes",
        ),
        (
            "{a: 1",
            "'{a: 1' is not a value that can be set (a group that starts with { needs a "
            "closing }); put it in quotes",
        ),
        (
            "a\x07b",
            "'a\\x07b' is not a value that can be set (not a valid value); put it in quotes",
        ),
    ],
)
def test_a_value_set_cannot_take_is_said_plainly(typed: str, said: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_cli_value(typed)
    assert str(refused.value) == said


def test_a_group_typed_in_braces_is_a_value() -> None:
    assert parse_cli_value(" {a: 1}") == {"a": 1}
    assert parse_cli_value("{a: 1}") == {"a": 1}
    assert parse_cli_value("  ") is None


# --- files that open read-only because they are data, not text


def _binary(data: bytes) -> bool:
    return decode_page(data).read_only_reason is not None


def test_which_legacy_files_are_data() -> None:
    text = b"caf\xe9 " + b"word " * 19  # 100 bytes, one not UTF-8
    assert not _binary(text)
    assert _binary(b"caf\xe9\x00" + text[5:])  # a NUL byte
    # Control characters: up to one in twenty is text; more is data.
    assert not _binary(text[:95] + b"\x01" * 5)
    assert _binary(text[:94] + b"\x01" * 6)
    # Tabs, line and page breaks (a classic Mac file's CR lines too) and escapes are text.
    for char in b"\t\n\x0c\r\x1b":
        assert not _binary(b"caf\xe9" + bytes([char]) * 10 + b"x" * 86), char
    # Mostly bytes beyond ASCII is data (or text in an encoding nobody could guess).
    assert _binary(b"caf\xe9" + b"\xe9\xe8" * 48)
    assert not _binary(b"\xe9" * 30 + b"x" * 70)  # 70 % ASCII: still text
    assert _binary(b"\xe9" * 31 + b"x" * 69)


def test_only_the_start_of_a_file_decides() -> None:
    start = b"caf\xe9" + b"a" * 8188  # the first 8,192 bytes are plain text
    assert not _binary(start + b"\x01" * 1000)  # control characters after them do not count
    assert _binary(start + b"\x00")  # but a zero byte anywhere is binary data: text has none


# --- dates


def test_a_leap_day_exists_and_a_missing_one_does_not() -> None:
    good = Document.from_text("---\ntitle: x\ndate: 2024-02-29\n---\nbody\n")
    assert good.error is None
    bad = Document.from_text("---\ntitle: x\ndate: 2023-02-29\n---\nbody\n")
    assert bad.error is not None and bad.error.line == 3
    # The line said is the missing date's, not an earlier leap day's.
    both = Document.from_text("---\ntitle: x\ndate: 2024-02-29\nupdated: 2023-02-29\n---\n")
    assert both.error is not None and both.error.line == 4


# --- the header repaired by hand


@pytest.mark.parametrize(
    ("page", "typed", "result"),
    [
        ("just body\n", "title: y", "---\ntitle: y\n---\njust body\n"),
        ("", "title: y", "---\ntitle: y\n---\n"),
        ("+++\ntitle = 'x'\n+++\nbody\n", "title = 'y'", "+++\ntitle = 'y'\n+++\nbody\n"),
        ("---\ntitle: x\n...\nbody\n", "title: y", "---\ntitle: y\n...\nbody\n"),
        ("---\ntitle: x\n---  \nbody\n", "title: y", "---\ntitle: y\n---  \nbody\n"),
        ("--- \ntitle: x\n--- \nbody\n", "title: y\n", "--- \ntitle: y\n--- \nbody\n"),
        ("---\ntitle: x\n---\r\nbody", "title: y", "---\ntitle: y\n---\r\nbody"),
        ("---\ntitle: x\n---", "title: y", "---\ntitle: y\n---"),
        ('---json\n{"title": "x"}\n---\nbody\n', '{"title": "y"}', '---json\n{"title": "y"}\n---\nbody\n'),
        ('{\n  "title": "x"\n}\nbody\n', '{"title": "y"}  \n\n', '{"title": "y"}  \nbody\n'),
        ('{\n  "title": "x"\n}\nbody\n', '\n{"title": "y"}', '\n{"title": "y"}\nbody\n'),
        ('{"title": "x"}', '{"title": "y"}', '{"title": "y"}\n'),
        ('{\n  "title": "x"\n}\nbody\n', '{"title": X', '{"title": X\nbody\n'),
    ],
)
def test_a_hand_repaired_header_keeps_its_delimiters(page: str, typed: str, result: str) -> None:
    doc = Document.from_text(page)
    doc.set_raw_front_matter(typed)
    assert doc.text == result


def test_replacing_the_whole_text() -> None:
    doc = Document.from_text("---\ntitle: x\n---\nbody\n")
    doc.set_text("\ufeff---\ntitle: y\n---\nbody\n")
    assert doc.text == "---\ntitle: y\n---\nbody\n" and doc.front_matter == {"title": "y"}
    data = Document.from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert data.read_only_reason is not None
    data.set_text(data.text)  # the same text: nothing to refuse
    with pytest.raises(ReadOnlyError):
        data.set_text(data.text + "x")


# --- values written in the style the old one had, or safely quoted


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("it's", "title: 'it''s'"),
        ("x\ufeffy", 'title: "x\\uFEFFy"'),
        ("a\x07b", 'title: "a\\x07b"'),
        ("a\x85b", 'title: "a\\Nb"'),
        ("a\nb", "title: |-\n  a\n  b"),
    ],
)
def test_a_single_quoted_value_stays_single_quoted_when_it_can(value: str, line: str) -> None:
    doc = Document.from_text("---\ntitle: 'old'\nn: 1\n---\nbody\n")
    doc.set("title", value)
    assert doc.raw_front_matter == line + "\nn: 1\n"
    assert doc.front_matter["title"] == value


def test_a_group_set_in_block_style() -> None:
    doc = Document.from_text("---\ntitle: x\n---\nbody\n")
    about = "word " * 30 + "MAX"  # one line however long, and its last letter kept
    doc.set("author", {"name": "Zoë", "roles": ["a", "b"], "about": about})
    assert doc.raw_front_matter == (
        "title: x\nauthor:\n  name: Zoë\n  roles:\n  - a\n  - b\n  about: " + about + "\n"
    )


LIST = "---\ntags:\n- a\n- b\n- c\nn: 1\n---\n"
GROUP = "---\nmeta:\n  x: 1\n  y: 1\n  z: 1\n---\n"


@pytest.mark.parametrize(
    ("page", "field", "value", "result"),
    [
        (LIST, "tags", ["a", "X", "c"], "---\ntags:\n- a\n- X\n- c\nn: 1\n---\n"),
        (LIST, "tags", ["a", "b", "c", "d"], "---\ntags:\n- a\n- b\n- c\n- d\nn: 1\n---\n"),
        (LIST, "tags", ["a", "c"], "---\ntags:\n- a\n- c\nn: 1\n---\n"),
        (LIST, "tags", ["Z", "a", "b", "c"], "---\ntags:\n- Z\n- a\n- b\n- c\nn: 1\n---\n"),
        (LIST, "tags", [], "---\ntags: []\nn: 1\n---\n"),
        ("---\ntags:\n  - a\n  - a\n---\n", "tags", ["a"] * 3, "---\ntags:\n  - a\n  - a\n  - a\n---\n"),
        (
            "---\ntags:\n  - 'a'\n  - 'b'\n---\n", "tags", ["a", "b", "it's"],
            "---\ntags:\n  - 'a'\n  - 'b'\n  - 'it''s'\n---\n",
        ),
        (
            "---\ntags:\n  - a # first\n  - b\n---\n", "tags", ["a", "c"],
            "---\ntags:\n  - a # first\n  - c\n---\n",
        ),
        (
            "---\ntags:\r\n  - a\r\n  - b\r\n---\r\n", "tags", ["a", "b", "c"],
            "---\ntags:\r\n  - a\r\n  - b\r\n  - c\r\n---\r\n",
        ),
        (
            "---\ntags:\n  - [1, 2]\n  - b\n---\n", "tags", [[1, 2], "c"],
            "---\ntags:\n  - [1, 2]\n  - c\n---\n",
        ),
        (GROUP, "meta", {"x": 1, "y": 7, "z": 1}, "---\nmeta:\n  x: 1\n  y: 7\n  z: 1\n---\n"),
        (
            GROUP, "meta", {"x": 1, "y": 1, "z": 1, "w": 1},
            "---\nmeta:\n  x: 1\n  y: 1\n  z: 1\n  w: 1\n---\n",
        ),
        (
            "---\nmeta:\n  x: 1\n  # note\n  y: 2\nn: 1\n---\n", "meta", {"x": 5, "y": 2, "z": 9},
            "---\nmeta:\n  x: 5\n  # note\n  y: 2\n  z: 9\nn: 1\n---\n",
        ),
        (
            "---\nmeta:\n  x: 1\n\n  y: 2\n---\n", "meta", {"x": 1, "y": 3},
            "---\nmeta:\n  x: 1\n\n  y: 3\n---\n",
        ),
        ("---\nmeta:\n    x: 1\n    y: 2\n---\n", "meta", {"y": 2}, "---\nmeta:\n    y: 2\n---\n"),
        (
            "---\nmeta: # note\n  x: 1\n  y: 2\n---\n", "meta", {"x": 1, "y": 5},
            "---\nmeta: # note\n  x: 1\n  y: 5\n---\n",
        ),
        ("---\nmeta:\n  x: 1\n  y: 2\n---", "meta", {"x": 1, "y": 4}, "---\nmeta:\n  x: 1\n  y: 4\n---"),
        (
            "---\nmeta:\n  x: 1\n  y:\n  - a\n  - b\n---\n", "meta", {"x": 1, "y": ["a", "c"]},
            "---\nmeta:\n  x: 1\n  y:\n  - a\n  - c\n---\n",
        ),
    ],
)  # fmt: skip
def test_a_list_or_group_edit_changes_only_its_lines(
    page: str, field: str, value: object, result: str
) -> None:
    doc = Document.from_text(page)
    doc.set(field, value)
    assert doc.text == result


@pytest.mark.parametrize(
    ("page", "value", "line"),
    [
        ("list: [1, 2]", [1, {"a": 1, "b": "x y"}], "list: [1, {a: 1, b: x y}]"),
        ("list: ['a', 'b']", ["a", {"k": "v"}], "list: ['a', {'k': 'v'}]"),
        ("list: {a: 1}", {"a": 2, "b": [1, 2]}, "list: {a: 2, b: [1, 2]}"),
        ("list: {'a': 'x'}", {"a": "y", "b": "z"}, "list: {a: y, b: z}"),
    ],
)
def test_a_flow_value_stays_on_its_line(page: str, value: object, line: str) -> None:
    doc = Document.from_text(f"---\n{page}\n---\n")
    doc.set("list", value)
    assert doc.raw_front_matter == line + "\n"


@pytest.mark.parametrize(
    ("value", "block"),
    [
        ("one\ntwo", "|-\n  one\n  two"),
        ("one\ntwo\n", "|\n  one\n  two"),
        ("one\ntwo\n\n", "|+\n  one\n  two\n"),
        ("one\ntwo\n\n\n", "|+\n  one\n  two\n\n"),
        ("  indented\nline", "|-2\n    indented\n  line"),
        ("a\n\nb", "|-\n  a\n\n  b"),
        ("\n\nlead", "|-\n\n\n  lead"),
        ("a\tb\nc", "|-\n  a\tb\n  c"),
        ("x\r\ny", '"x\\r\\ny"'),
        ("x\u2028y\nz", '"x\\Ly\\nz"'),
    ],
)
def test_a_block_text_keeps_its_block_style(value: str, block: str) -> None:
    doc = Document.from_text("---\nt: |\n  old\n  text\nn: 1\n---\n")
    doc.set("t", value)
    assert doc.raw_front_matter == f"t: {block}\nn: 1\n"
    assert doc.front_matter["t"] == value


@pytest.mark.parametrize(
    ("value", "block"),
    [("one two\nthree", ">-\n  one\n  two\n\n  three"), ("one\n\ntwo\n", ">\n  one\n\n\n  two")],
)
def test_a_folded_text_stays_folded(value: str, block: str) -> None:
    doc = Document.from_text("---\nt: >\n  old\n  text\nn: 1\n---\n")
    doc.set("t", value)
    assert doc.raw_front_matter == f"t: {block}\nn: 1\n"
    assert doc.front_matter["t"] == value


def test_groups_in_a_list_are_written_as_groups() -> None:
    doc = Document.from_text("---\nlist:\n  - a: 1\n    b: 2\n---\n")
    doc.set("list", [{"a": 1, "b": 3}, {"c": "é"}, {"d": "word " * 30 + "end"}])
    assert doc.raw_front_matter == (
        "list:\n  - a: 1\n    b: 3\n  - c: é\n  - d: " + "word " * 30 + "end\n"
    )


def test_an_unclosed_quote_is_placed_where_it_opens() -> None:
    with pytest.raises(yaml.YAMLError) as failed:
        yaml.load('title: "a\n\nb\nc: 1\n', Loader=yaml.SafeLoader)
    mark = yaml_error_mark(failed.value)
    assert mark is not None and mark.line == 0


def test_a_new_list_is_written_like_the_pages_lists() -> None:
    doc = Document.from_text("---\ntitle: x\n---\n")
    doc.set("tags", ["a", "b"])
    assert doc.text == "---\ntitle: x\ntags:\n  - a\n  - b\n---\n"
    doc = Document.from_text("---\ntags:\n- a\n---\n")
    doc.set("list", ["x"])
    assert doc.text == "---\ntags:\n- a\nlist:\n- x\n---\n"


def test_a_toml_field_removed_from_a_windows_file_keeps_its_line_endings() -> None:
    doc = Document.from_text("+++\r\ntitle = 'x'\r\ndraft = true\r\n+++\r\nbody\r\n")
    doc.remove("draft")
    assert doc.text == "+++\r\ntitle = 'x'\r\n+++\r\nbody\r\n"


TOML_CRLF = "+++\r\ntitle = 'x'\r\ndraft = true\r\ntags = ['a']\r\n+++\r\nbody\r\n"
TOML_MIXED = "+++\ntitle = 'x'\r\ndraft = true\ntags = ['a']\r\n+++\r\nbody\n"
TOML_MOSTLY_LF = "+++\ntitle = 'x'\r\ndraft = true\ntags = ['a']\nn = 1\n+++\nbody\n"
JSON_CRLF = '{\r\n  "title": "x",\r\n  "draft": true\r\n}\r\nbody\r\n'


@pytest.mark.parametrize(
    ("page", "field", "value", "result"),
    [
        (TOML_CRLF, "draft", False, "+++\r\ntitle = 'x'\r\ndraft = false\r\ntags = ['a']\r\n+++\r\nbody\r\n"),
        (TOML_CRLF, "title", "y", "+++\r\ntitle = 'y'\r\ndraft = true\r\ntags = ['a']\r\n+++\r\nbody\r\n"),
        (TOML_CRLF, "tags", ["a", "b"], "+++\r\ntitle = 'x'\r\ndraft = true\r\ntags = ['a', 'b']\r\n+++\r\nbody\r\n"),
        (TOML_CRLF, "new", 1, "+++\r\ntitle = 'x'\r\ndraft = true\r\ntags = ['a']\r\nnew = 1\r\n+++\r\nbody\r\n"),
        (TOML_CRLF, "tags", None, "+++\r\ntitle = 'x'\r\ndraft = true\r\n+++\r\nbody\r\n"),
        (TOML_CRLF, "title", None, "+++\r\ndraft = true\r\ntags = ['a']\r\n+++\r\nbody\r\n"),
        (TOML_MIXED, "draft", False, "+++\ntitle = 'x'\r\ndraft = false\r\ntags = ['a']\r\n+++\r\nbody\n"),
        (TOML_MIXED, "title", "y", "+++\ntitle = 'y'\r\ndraft = true\ntags = ['a']\r\n+++\r\nbody\n"),
        (TOML_MIXED, "tags", ["a", "b"], "+++\ntitle = 'x'\r\ndraft = true\ntags = ['a', 'b']\r\n+++\r\nbody\n"),
        (TOML_MIXED, "new", 1, "+++\ntitle = 'x'\r\ndraft = true\ntags = ['a']\r\nnew = 1\r\n+++\r\nbody\n"),
        (TOML_MIXED, "tags", None, "+++\ntitle = 'x'\r\ndraft = true\n+++\r\nbody\n"),
        (TOML_MIXED, "title", None, "+++\ndraft = true\ntags = ['a']\r\n+++\r\nbody\n"),
        (TOML_MOSTLY_LF, "draft", False, "+++\ntitle = 'x'\r\ndraft = false\ntags = ['a']\nn = 1\n+++\nbody\n"),
        (TOML_MOSTLY_LF, "new", 1, "+++\ntitle = 'x'\r\ndraft = true\ntags = ['a']\nn = 1\nnew = 1\n+++\nbody\n"),
        (TOML_MOSTLY_LF, "title", "y", "+++\ntitle = 'y'\r\ndraft = true\ntags = ['a']\nn = 1\n+++\nbody\n"),
        (JSON_CRLF, "draft", False, '{\r\n  "title": "x",\r\n  "draft": false\r\n}\r\nbody\r\n'),
        (JSON_CRLF, "new", 1, '{\r\n  "title": "x",\r\n  "draft": true,\r\n  "new": 1\r\n}\r\nbody\r\n'),
        (JSON_CRLF, "draft", None, '{\r\n  "title": "x"\r\n}\r\nbody\r\n'),
    ],
)  # fmt: skip
def test_a_toml_or_json_edit_keeps_each_lines_own_ending(
    page: str, field: str, value: object, result: str
) -> None:
    # None removes the field; a changed or new line takes the file's usual line ending.
    doc = Document.from_text(page)
    if value is None:
        doc.remove(field)
    else:
        doc.set(field, value)
    assert doc.text == result


TOML_RICH = """+++
title = "x"
summary = \"\"\"
title = not a key
\"\"\"
tags = [
  "a",
  "b = c",
]
  indented = 1
"quoted key" = 2
'lit' = 3
date = 2024-01-01
[params]
title = "inner"
[[cascade]]
x = 1
  [params.more]
y = 2
[[cascade]]
x = 2
+++
body
"""


def test_each_toml_field_is_found_on_its_line() -> None:
    doc = Document.from_text(TOML_RICH)
    assert doc.error is None
    assert [(key, doc.field_line(key)) for key in doc.front_matter] == [
        ("title", 2), ("summary", 3), ("tags", 6), ("indented", 10), ("quoted key", 11),
        ("lit", 12), ("date", 13), ("params", 14), ("cascade", 16),
    ]  # fmt: skip
    doc = Document.from_text(
        "+++\ntitle = 'x' # note\narr = [ [1, 2], [3,\n 4] ]\nnext = 1\nml = '''\nz = 1\n'''\n"
        "after = 2\n+++\n"
    )
    assert [(key, doc.field_line(key)) for key in doc.front_matter] == [
        ("title", 2), ("arr", 3), ("next", 5), ("ml", 6), ("after", 9),
    ]  # fmt: skip


def test_each_json_field_is_found_on_its_line() -> None:
    doc = Document.from_text(
        '{\n  "title": "x",\n  "tags": [\n    "a"\n  ],\n  "n": {"a": 1}\n}\nbody\n'
    )
    assert [(key, doc.field_line(key)) for key in doc.front_matter] == [
        ("title", 2), ("tags", 3), ("n", 6),
    ]  # fmt: skip
    assert doc.value_source("tags") == '[\n    "a"\n  ]'
    assert doc.value_source("n") == '{"a": 1}'


def test_a_body_edit_in_a_windows_file_keeps_the_lines_around_it() -> None:
    doc = Document.from_text("---\r\ntitle: x\r\n---\r\na\r\nb\r\nc\r\n")
    doc.body = "a\nX\nc\n"
    assert doc.text == "---\r\ntitle: x\r\n---\r\na\r\nX\r\nc\r\n"
    doc = Document.from_text("---\r\ntitle: x\r\n---\r\na\r\na\r\n")
    doc.body = "a\na\na\n"
    assert doc.text == "---\r\ntitle: x\r\n---\r\na\r\na\r\na\r\n"


def test_a_list_or_group_as_written() -> None:
    doc = Document.from_text(
        "---\ntitle: Laughs\ntopics:\n  - a\n  - b\nmeta:\n  x: 1\n  y: [2]\nlist: [1, 2]\n---\n"
    )
    assert doc.value_source("topics") == "- a\n- b"
    assert doc.value_source("meta") == "x: 1\ny: [2]"
    assert doc.value_source("list") == "[1, 2]"
    assert doc.value_source("title") == "Laughs"
    assert doc.value_source("missing") is None
    crlf = Document.from_text("---\r\ntopics:\r\n  - a\r\n  - b\r\n---\r\n")
    assert crlf.value_source("topics") == "- a\n- b"
    toml = Document.from_text("+++\ntitle = 'x'\n+++\n")
    assert toml.value_source("title") is None


# --- saving


def test_a_document_without_a_file_says_so() -> None:
    with pytest.raises(ValueError) as refused:
        Document.from_text("text\n").save()
    assert str(refused.value) == "This document has no file to save to."


def test_saving_under_a_new_name_makes_it_the_documents_file(tmp_path: Path) -> None:
    doc = Document.from_text("---\ntitle: x\n---\nbody\n")
    doc.set("title", "y")
    target = doc.save(tmp_path / "new.md")
    assert target == tmp_path / "new.md" and doc.path == target
    assert doc.original == target.read_bytes() == b"---\ntitle: y\n---\nbody\n"
    assert not doc.is_modified
    doc.body = "more\n"
    doc.save()
    assert target.read_bytes() == b"---\ntitle: y\n---\nmore\n"


def test_a_save_through_a_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside.md"
    site.mkdir()
    outside.write_bytes(b"---\ntitle: keep\n---\n")
    (site / "page.md").symlink_to(outside)
    doc = Document.load(site / "page.md")
    doc.set("title", "changed")
    with pytest.raises(UnsafeTarget):
        doc.save(inside=site)
    assert outside.read_bytes() == b"---\ntitle: keep\n---\n"
    doc.save()  # without a site, the link is written through, as before
    assert outside.read_bytes() == b"---\ntitle: changed\n---\n"


# Mutation testing (tools/mutation.py document) leaves these alive; each is equivalent:
# - `_dump_block`'s `sort_keys=None` (false too), `default_flow_style` left out (False is
#   PyYAML's default) and widths beyond 2**30 characters; its `rstrip(None)`: a dumped group
#   never ends in spaces (such a value is quoted);
# - `value_source`: what precedes a value on its own line is indentation, so stripping other
#   characters from it, or searching for the line's start from 1 instead of 0, is the same;
# - `set_raw_front_matter`: `or` -> `and` in two tests whose second half can only differ for
#   headers that cannot be read that way (a header always starts with its delimiter);
# - `_item_prefix`: an item's prefix always ends in its space or tab (the item starts after
#   it), and the first line of a header is a key, never an item (searching from 0, 1 or None);
# - `_item_text`'s and `_dump_block`'s PyYAML options left out or made None where they are
#   PyYAML's defaults, or widths beyond 2**30 characters;
# - in `_replaced_items` and `_replaced_map`, mutants that make the surgical edit fail (a
#   TypeError, a None) or give up: the whole value is then written again, which for the pages
#   that reach these branches is the same text (`test_an_edit_keeps_the_other_items_...`
#   pins the pages where it is not);
# - `yaml_error_mark`'s defaults for an error without `context` or `problem` (every YAML error
#   the loaders raise has both), and its "end of stream" tests where "quoted scalar", "simple
#   key" or "flow" already matched;
# - `_around_error`'s bounds of the excerpt around a big header's error: a wider or narrower
#   excerpt says the same line and words (the fixed cases above and the property test in
#   test_document_yaml_errors.py pin that), and one that reads fine falls back to the whole;
# - `block_scalar_end` and `_restyled_block`: `rstrip(None)` for `rstrip(" \t\r\n")` and
#   searches from 0, 1 or None where the first character cannot be a line break;
# - `len(sample) // 20` -> `/ 20`: a whole number of control characters is above the one
#   exactly when it is above the other;
# - in `set_raw_front_matter`, a closing line without a line break before a body (`close +=
#   nl` -> `=`/`-=`): a closer without a line break is always the file's end, never before a
#   body;
# - in `_replaced_map`, the search for the lines a nested edit left alone (head and tail
#   bounds): lines outside them are written again from the nested edit, which kept them
#   byte for byte.


# --- block texts (| and >) edited in every header style: keep, strip, indentation digit,
# a comment after the header, LF and CRLF, last in the header or followed by a blank line

BLOCK_EDITS = json.loads(
    (Path(__file__).parent / "document_cases" / "block_scalar_edits.json").read_text("utf-8")
)


@pytest.mark.parametrize(("page", "value", "result"), BLOCK_EDITS)
def test_a_block_text_edit_in_each_header_style(page: str, value: str, result: str) -> None:
    doc = Document.from_text(page)
    doc.set("t", value)
    assert doc.text == result
    assert Document.from_text(result).front_matter["t"] == value
    # Only the block's own lines change: the header's first line and the body are kept.
    assert result.startswith(page[: page.index("t: ")])
    assert result.endswith(page[page.rindex("---") :])


# --- a big header's error, explained from the lines around it (fixed cases; the property
# test in test_document_yaml_errors.py draws many more)

FILLER = "".join(f"field{i}: value {i}\n" for i in range(1_500))  # over 20,000 characters


QUOTE = "A quotation mark opened on this line is never closed. Add the closing quote at the end of the value."
BRACKET = (
    "A list opened with a bracket '[' (or a brace '{') on this line is never closed. Add the "
    "missing ']' (or '}'), or put the value in quotes."
)
COLON = (
    "This value contains a colon followed by a space, which the header cannot read. Put the "
    'whole value in double quotes, for example: title: "Part one: the start".'
)


@pytest.mark.parametrize(
    ("mistake", "message"),
    [
        ("title: 'never closed\nnext: 1", QUOTE),
        ('title: "never closed', QUOTE),
        ("tags: [a, b\nnext: 1", BRACKET),
        ("group: {a: 1\nnext: 1", BRACKET),
        ("title: a: b", COLON),
        ("  indented: 1", COLON),
        (
            "date: 2025-02-30",
            "The date 2025-02-30 on this line does not exist: February 2025 has 28 days. "
            "Correct it, written as year-month-day, for example 2025-02-28.",
        ),
        (
            "title: \x07",
            "This line holds an invisible control character, which the header cannot hold. "
            "Delete it (retyping the line removes it).",
        ),
        (
            "title: *nowhere",
            "A value starting with '*' needs quotes around it. Put the whole value in double quotes.",
        ),
        (
            "- a",
            "This line does not line up with the lines above it. Check the spaces at the start of "
            "the line, and that any quoted value ends with its quote.",
        ),
    ],
)
@pytest.mark.parametrize("filler_after", [False, True])
def test_a_big_headers_error_is_placed_and_worded_as_a_small_ones(
    mistake: str, message: str, filler_after: bool
) -> None:
    text = "---\n" + FILLER + mistake + "\n" + (FILLER if filler_after else "") + "---\nBody\n"
    doc = Document.from_text(text)
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (1502, message)


ODD_LIST = "---\ntags:\n-   a   # first\n- 'b'\n-  \"c\"\nn: 1\n---\n"
ODD_GROUP = "---\nmeta:\n  x:   1   # note\n  y: 'q'\n  # between\n  z:  \"r\"\nn: 1\n---\n"


@pytest.mark.parametrize(
    ("page", "field", "value", "result"),
    [
        (ODD_LIST, "tags", ["a", "b", "X"], "---\ntags:\n-   a   # first\n- 'b'\n-   X\nn: 1\n---\n"),
        (ODD_LIST, "tags", ["X", "b", "c"], "---\ntags:\n-   X   # first\n- 'b'\n-  \"c\"\nn: 1\n---\n"),
        (ODD_LIST, "tags", ["a", "c"], "---\ntags:\n-   a   # first\n-  \"c\"\nn: 1\n---\n"),
        (ODD_LIST, "tags", ["a", "b", "c", "d"], "---\ntags:\n-   a   # first\n- 'b'\n-  \"c\"\n-   d\nn: 1\n---\n"),
        (ODD_LIST, "tags", ["a", "b"], "---\ntags:\n-   a   # first\n- 'b'\nn: 1\n---\n"),
        (ODD_LIST, "tags", ["z", "a", "b", "c"], "---\ntags:\n-   z\n-   a   # first\n- 'b'\n-  \"c\"\nn: 1\n---\n"),
        (
            ODD_GROUP, "meta", {"x": 1, "y": "q", "z": "s"},
            "---\nmeta:\n  x:   1   # note\n  y: 'q'\n  # between\n  z:  \"s\"\nn: 1\n---\n",
        ),
        (
            ODD_GROUP, "meta", {"x": 2, "y": "q", "z": "r"},
            "---\nmeta:\n  x:   2   # note\n  y: 'q'\n  # between\n  z:  \"r\"\nn: 1\n---\n",
        ),
        (
            ODD_GROUP, "meta", {"x": 1, "z": "r"},
            "---\nmeta:\n  x:   1   # note\n  # between\n  z:  \"r\"\nn: 1\n---\n",
        ),
        (
            ODD_GROUP, "meta", {"x": 1, "y": "q", "z": "r", "w": 0},
            "---\nmeta:\n  x:   1   # note\n  y: 'q'\n  # between\n  z:  \"r\"\n  w: 0\nn: 1\n---\n",
        ),
        ("---\nmeta:\n  x: 1\n   \n  y: 2\n---\n", "meta", {"x": 1, "y": 3}, "---\nmeta:\n  x: 1\n   \n  y: 3\n---\n"),
        (
            "---\nmeta:\n  x: 1\n\n  y: 2\n\n---\n", "meta", {"x": 1, "y": 3, "w": 4},
            "---\nmeta:\n  x: 1\n\n  y: 3\n  w: 4\n\n---\n",
        ),
    ],
)  # fmt: skip
def test_an_edit_keeps_the_other_items_spacing_quotes_and_comments(
    page: str, field: str, value: object, result: str
) -> None:
    doc = Document.from_text(page)
    doc.set(field, value)
    assert doc.text == result


# --- what a header that cannot be read is told: the line and the words, exactly

HEADER_ERRORS = json.loads(
    (Path(__file__).parent / "document_cases" / "header_errors.json").read_text("utf-8")
)


@pytest.mark.parametrize(("page", "line", "message"), HEADER_ERRORS)
def test_a_broken_header_is_told_on_its_line_in_plain_words(
    page: str, line: int | None, message: str | None
) -> None:
    doc = Document.from_text(page + "Body\n")
    if line is None:
        assert doc.error is None
    else:
        assert doc.error is not None
        assert (doc.error.line, doc.error.message) == (line, message)


def test_values_a_header_cannot_hold_are_refused_in_plain_words() -> None:
    toml = Document.from_text("+++\ntitle = 'x'\n+++\n")
    with pytest.raises(ValueError) as empty:
        toml.set("title", None)
    assert str(empty.value) == (
        'TOML page settings have no empty value; remove the field, or set it to "".'
    )
    for doc in (toml, Document.from_text("---\ntitle: x\n---\n")):
        with pytest.raises(TypeError) as odd:
            doc.set("when", object())
        assert str(odd.value) == "cannot write a value of type object in the front matter"


def test_items_keys_and_odd_characters_are_quoted_only_when_needed() -> None:
    doc = Document.from_text("---\ntags:\n- a\n---\n")
    doc.set("tags", ["a: b", "[x]", "- y", "#z", "ok", " pad", "tab\there", "yes", "", "a #b", "é"])
    assert doc.raw_front_matter == (
        'tags:\n- "a: b"\n- "[x]"\n- "- y"\n- "#z"\n- ok\n- " pad"\n- "tab\\there"\n- "yes"\n'
        '- ""\n- "a #b"\n- é\n'
    )
    doc = Document.from_text("---\nlist: [a, b]\n---\n")
    doc.set("list", ["a: b", "x, y", "ok", "[z]", "yes"])
    assert doc.raw_front_matter == 'list: ["a: b", "x, y", ok, "[z]", "yes"]\n'
    doc = Document.from_text("---\ntitle: x\n---\n")
    doc.set("t", "\uffff\x7f\x01")
    assert doc.raw_front_matter == 'title: x\nt: "\\uFFFF\\x7F\\x01"\n'
    for key, line in [
        ("my key", "my key: 1"), ("a: b", '"a: b": 1'), ("#x", '"#x": 1'), ("- y", '"- y": 1'),
        ("yes", '"yes": 1'), ("é", "é: 1"), ("[k]", '"[k]": 1'),
    ]:  # fmt: skip
        doc = Document.from_text("---\ntitle: x\n---\n")
        doc.set(key, 1)
        assert doc.raw_front_matter == f"title: x\n{line}\n"


@pytest.mark.parametrize(
    ("page", "field", "value", "result"),
    [
        ("---\n  title: x\n  n: 1\n---\n", "new", 1, "---\n  title: x\n  n: 1\n  new: 1\n---\n"),
        ("---\n---\nbody\n", "new", 1, "---\nnew: 1\n---\nbody\n"),
        (
            "+++\ntitle = 'x'\n[params]\na = 1\n+++\n", "params", {"a": 2, "b": 3},
            "+++\ntitle = 'x'\n[params]\na = 2\nb = 3\n+++\n",
        ),
        ("+++\ntitle = 'x'\n[params]\na = 1\n+++\n", "params", None, "+++\ntitle = 'x'\n+++\n"),
        (
            "+++\ntitle = 'x'\n[params]\na = 1\n+++\n", "new", 1,
            "+++\ntitle = 'x'\nnew = 1\n[params]\na = 1\n+++\n",  # its line only
        ),
        (
            "+++\ntitle = 'x'\n[[cascade]]\na = 1\n+++\n", "cascade", [{"a": 2}],
            "+++\ntitle = 'x'\n[[cascade]]\na = 2\n+++\n",
        ),
        ("+++\na.b = 1\n+++\n", "a", None, "+++\n+++\n"),
        ('{"a": 1, "b": 2}\n', "a", 3, '{"a": 3, "b": 2}\n'),
        ('{"a": 1, "b": 2}\n', "b", None, '{"a": 1}\n'),
    ],
)  # fmt: skip
def test_a_field_added_or_removed_where_the_header_keeps_it(
    page: str, field: str, value: object, result: str
) -> None:
    # None removes the field.
    doc = Document.from_text(page)
    if value is None:
        doc.remove(field)
    else:
        doc.set(field, value)
    assert doc.text == result


@pytest.mark.parametrize(
    ("value", "result"),
    [
        (["a", [1, 3]], "-   a   # first\n-   [1, 3]\n"),
        (
            ["a", {"k": 2, "z": "é", "long": "w " * 50}],
            "-   a   # first\n-   k: 2\n    z: é\n    long: '" + "w " * 50 + "'\n",
        ),
        (["a", [1, 2], {"q": 1}], "-   a   # first\n- [1, 2]\n-   q: 1\n"),
        (["a", [1, 2], [1, {"k": "v"}]], "-   a   # first\n- [1, 2]\n-   [1, {k: v}]\n"),
    ],
)
def test_a_list_or_group_item_is_written_like_the_first_item(value: list, result: str) -> None:
    doc = Document.from_text("---\ntags:\n-   a   # first\n- [1, 2]\n---\n")
    doc.set("tags", value)
    assert doc.text == "---\ntags:\n" + result + "---\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding", "bom", "note"),
    [
        ("title: x\nbody é\n".encode("utf-16-le"), "title: x\nbody é\n", "utf-16-le", b"", None),
        ("title: x\nbody é\n".encode("utf-16-be"), "title: x\nbody é\n", "utf-16-be", b"", None),
        ("abc".encode("utf-16-le")[:4], "ab", "utf-16-le", b"", None),
        (b"ab\x00", "ab\x00", "utf-8", b"", None),  # odd length: not UTF-16
        (b"a\x00\x00\x00b\x00", "a\x00\x00\x00b\x00", "utf-8", b"", None),  # a NUL character
        (b"\xef\xbb\xbfplain", "plain", "utf-8", b"\xef\xbb\xbf", None),
        (
            b"\xef\xbb\xbfcaf\xe9 ok", "café ok", "cp1252", b"\xef\xbb\xbf",
            "This file is not valid UTF-8 (byte 0xE9 at position 6); it was read as Windows-1252.",
        ),
        (
            b"caf\xe9 ok", "café ok", "cp1252", b"",
            "This file is not valid UTF-8 (byte 0xE9 at position 3); it was read as Windows-1252.",
        ),
        (
            b"caf\x81 ok", "caf\x81 ok", "latin-1", b"",
            "This file is not valid UTF-8 (byte 0x81 at position 3); it was read as Latin-1.",
        ),
    ],
)  # fmt: skip
def test_how_a_pages_bytes_are_read(
    data: bytes, text: str, encoding: str, bom: bytes, note: str | None
) -> None:
    decoded = decode_page(data)
    assert (decoded.text, decoded.encoding, decoded.bom, decoded.note) == (text, encoding, bom, note)
    # Text holding a zero character is binary data, shown read-only.
    assert decoded.read_only_reason == (ZERO_BYTES_REASON if "\x00" in text else None)
