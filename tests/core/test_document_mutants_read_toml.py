"""Hugo's TOML header (`+++`): where each key sits, its errors, and edits in CRLF and mixed files.

Written against the mutants of `tools/mutation.py document-read` that got through the other
document tests (`document_toml.py`). Equivalent mutants of that module, grouped, with why:

- `parse`: `m.group(2)` for `m.group(1)` as the test that a line was given (both are set
  together), and the message's final full stop stripped otherwise (`rstrip(None)`,
  `lstrip(".")`, `rstrip("XX.XX")`): the standard reader's messages end with neither.
- `_code_of`'s code joined with "XXXX": only its brackets are counted.
- `_keep_line_endings`: the last line's break dropped when nothing after the edit matched
  (`not tail`, seven spellings): a TOML header always ends with a line break, so the empty
  text after it always matches, as it does when `tail` starts at 1.
- `key_offsets`: `in_table = None` at the start (false as well).
- `without_key` passing None for the file's line ending: a removal writes no new line, so
  no line takes it.

Found on the way and fixed: a new table added to a CRLF header got an LF blank line before
it; a key after an array of multi-line strings, or after a multi-line string closed before
a comment quoting its delimiter, was not located, so removing it did nothing.
"""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core import document_toml
from editor_app.core.document import Document


def edited(page: str, field: str, value: object) -> str:
    doc = Document.from_text(page)
    doc.set(field, value)
    return doc.text


# --- where each top-level key sits


@pytest.mark.parametrize(
    ("header", "offsets"),
    [
        (
            'title = "A"\n[params]\nx = 1\n  [ more ]\ny = 2\n[[list]]\nz = 3\n[params.deep]\n',
            [("title", 0), ("params", 12), ("more", 29), ("list", 44)],
        ),
        ("  a = 1\n  b = 2\n", [("a", 2), ("b", 10)]),
        # a comment holding a bracket and a second '#' after an array's opening line
        ("a = [ # see [1 # two\n  1,\n]\nb = 2\n", [("a", 0), ("b", 28)]),
        # `1.5,` inside an array of inline tables is no key
        ("a = [\n  {b = 1},\n  1.5,\n]\nc = 2\n", [("a", 0), ("c", 26)]),
        # multi-line strings, opened and closed on one line or over several
        ('a = """one line"""\nb = 1\n', [("a", 0), ("b", 19)]),
        ("a = '''one line'''\nb = 1\n", [("a", 0), ("b", 19)]),
        ('a = """\nb = 1\n"""\nc = 2\n', [("a", 0), ("c", 18)]),
        ("a = '''\nb = 1\n'''\nc = 2\n", [("a", 0), ("c", 18)]),
        # an array of multi-line strings, a comment quoting the delimiter, '#' in a string
        ('a = ["""x\ny""", """z\nw"""]\nb = 1\n', [("a", 0), ("b", 27)]),
        ('a = ["""x\ny"""]\nb = 1\n', [("a", 0), ("b", 16)]),
        ('a = """x\ny"""  # not """\nb = 1\n', [("a", 0), ("b", 25)]),
        ('a = "# no comment ["\nb = 1\n', [("a", 0), ("b", 21)]),
        ('a = """x""" # [\nb = 1\n', [("a", 0), ("b", 16)]),
    ],
)
def test_each_top_level_key_is_found_on_its_line(header: str, offsets: list) -> None:
    assert document_toml.key_offsets(header) == offsets
    doc = Document.from_text(f"+++\n{header}+++\nBody\n")
    assert doc.error is None
    for key, at in offsets:
        assert doc.field_line(key) == header.count("\n", 0, at) + 2


# --- errors on their line, in plain words


QUOTE = (
    "A quotation mark opened on this line is never closed. "
    "Add the closing quote at the end of the value."
)


@pytest.mark.parametrize(
    ("header", "line", "message"),
    [
        ('title = "A"\nb = """abc\n', 3, QUOTE),
        ('title = "A\nb = 1\n', 2, QUOTE),
        (
            "a = 1\nb = [\n  1,\n",
            4,
            "This line of the page settings (written in TOML) cannot be read: Invalid value. "
            "Check the quotes, the '=' between name and value, and the brackets.",
        ),
        (
            'a = "x"\nb = {c = 1\n',
            3,
            "This line of the page settings (written in TOML) cannot be read: Unclosed inline "
            "table. Check the quotes, the '=' between name and value, and the brackets.",
        ),
    ],
)
def test_a_toml_error_is_told_on_its_line(header: str, line: int, message: str) -> None:
    doc = Document.from_text(f"+++\n{header}+++\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (line, message)


# --- edits keep every other line, with its own line ending


@pytest.mark.parametrize(
    ("page", "field", "value", "result"),
    [
        ("+++\r\na = 1\r\nb = 2\r\n+++\r\nBody\r\n", "b", 3, "+++\r\na = 1\r\nb = 3\r\n+++\r\nBody\r\n"),
        # a mostly-LF file: the edit's lines take LF, the one CRLF line stays
        ("+++\na = 1\nb = 2\r\nc = 3\n+++\nBody\n", "c", 4, "+++\na = 1\nb = 2\r\nc = 4\n+++\nBody\n"),
        ("+++\na = 1\nb = 2\r\nc = 3\n+++\nBody\n", "d", 4, "+++\na = 1\nb = 2\r\nc = 3\nd = 4\n+++\nBody\n"),
        # a mostly-CRLF file: its LF lines (trailing space, a comment ending in X) stay LF
        ("+++\r\na = 1 \nb = 2\r\nc = 3\r\n+++\r\n", "c", 4, "+++\r\na = 1 \nb = 2\r\nc = 4\r\n+++\r\n"),
        ("+++\r\nc = 3\r\na = 1 \nb = 2\r\n+++\r\n", "c", 4, "+++\r\nc = 4\r\na = 1 \nb = 2\r\n+++\r\n"),
        ("+++\r\na = 1 # X\nb = 2\r\nc = 3\r\n+++\r\n", "c", 4, "+++\r\na = 1 # X\nb = 2\r\nc = 4\r\n+++\r\n"),
        ("+++\r\nc = 3\r\na = 1 # X\nb = 2\r\n+++\r\n", "c", 4, "+++\r\nc = 4\r\na = 1 # X\nb = 2\r\n+++\r\n"),
        # what follows the new value on its line is kept: a space, a comment
        ("+++\r\na = 1 \r\n+++\r\n", "a", 5, "+++\r\na = 5 \r\n+++\r\n"),
        ("+++\r\nb = 2 # X\r\n+++\r\n", "b", 9, "+++\r\nb = 9 # X\r\n+++\r\n"),
        # a new table: every new line, the blank one before it too, in the file's CRLF
        (
            "+++\r\na = 1\r\n+++\r\n", "p", {"x": 1, "y": "z"},
            '+++\r\na = 1\r\n\r\n[p]\r\nx = 1\r\ny = "z"\r\n+++\r\n',
        ),
        (
            "+++\r\na = 1\r\n[q]\r\nb = 2\r\n+++\r\n", "p", {"x": 1},
            "+++\r\na = 1\r\n[q]\r\nb = 2\r\n\r\n[p]\r\nx = 1\r\n+++\r\n",
        ),
        (
            '+++\ntitle = "A"\n+++\n', "params", {"a": 1, "b": [1, 2]},
            '+++\ntitle = "A"\n\n[params]\na = 1\nb = [1, 2]\n+++\n',
        ),
    ],
)  # fmt: skip
def test_a_toml_edit_changes_only_its_lines(
    page: str, field: str, value: object, result: str
) -> None:
    assert edited(page, field, value) == result


@pytest.mark.parametrize(
    ("page", "field", "result"),
    [
        (
            "+++\r\na = 1\r\n\r\nb = 2\r\n\r\nc = 3\r\n+++\r\n", "b",
            "+++\r\na = 1\r\n\r\n\r\nc = 3\r\n+++\r\n",
        ),
        ("+++\r\na = 1\r\n# c\r\n# c\r\nb = 2\r\n+++\r\n", "b", "+++\r\na = 1\r\n# c\r\n# c\r\n+++\r\n"),
        ("+++\na = 1\nb = 2\r\nc = 3\n+++\n", "c", "+++\na = 1\nb = 2\r\n+++\n"),
        # a table whose line repeats the one before it
        (
            "+++\r\ndraft = false\r\n[params]\r\ndraft = false\r\n+++\r\n", "params",
            "+++\r\ndraft = false\r\n+++\r\n",
        ),
    ],
)  # fmt: skip
def test_a_toml_field_removed_takes_only_its_lines(page: str, field: str, result: str) -> None:
    doc = Document.from_text(page)
    doc.remove(field)
    assert doc.text == result


def test_a_field_after_multi_line_strings_in_an_array_is_removed() -> None:
    page = '+++\na = ["""x\ny""", """z\nw"""]\nb = 1\nc = 2\n+++\nBody\n'
    doc = Document.from_text(page)
    assert (doc.field_line("b"), doc.field_line("c")) == (5, 6)
    doc.remove("b")
    assert doc.text == '+++\na = ["""x\ny""", """z\nw"""]\nc = 2\n+++\nBody\n'


def test_toml_has_no_empty_value() -> None:
    doc = Document.from_text('+++\ntitle = "A"\n+++\n')
    with pytest.raises(ValueError) as refused:
        doc.set("x", None)
    assert str(refused.value) == (
        'TOML page settings have no empty value; remove the field, or set it to "".'
    )
    with pytest.raises(ValueError):
        doc.set("p", {"a": None})
    assert doc.text == '+++\ntitle = "A"\n+++\n'


_KEYS = st.sampled_from(["title", "date", "draft", "weight", "slug", "tags"])
_VALUES = st.one_of(
    st.integers(-5, 5),
    st.booleans(),
    st.text("ab é\"'\\", max_size=6),
    st.lists(st.text("ab", max_size=3), max_size=3),
    st.dictionaries(st.sampled_from(["x", "y"]), st.integers(0, 3), min_size=1, max_size=2),
)


@given(
    st.dictionaries(_KEYS, st.integers(0, 9), min_size=1, max_size=4),
    st.sampled_from(["\r\n", "\n"]),
    _KEYS,
    _VALUES,
)
def test_a_toml_edit_writes_every_line_in_the_files_line_ending(
    fields: dict, newline: str, field: str, value: object
) -> None:
    header = "".join(f"{k} = {v}{newline}" for k, v in fields.items())
    page = f"+++{newline}{header}+++{newline}Body{newline}"
    doc = Document.from_text(page)
    doc.set(field, value)
    text = doc.text
    expected = dict(fields, **{field: value})
    assert tomllib.loads(doc.raw_front_matter) == expected
    lines = text.split("\n")
    assert lines[-1] == ""
    assert all(line.endswith("\r") == (newline == "\r\n") for line in lines[:-1])
    # the lines of the other fields are kept as they were
    for k, v in fields.items():
        if k != field:
            assert f"{k} = {v}{newline}" in text
