"""TOML, JSON and `---json` headers as the rules see them: where each part of the page starts,
the line and words of a header that cannot be read, and the line of each key, pinned exactly
(mutation testing of `core/checks/other_headers.py`, `tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- `split_other`: `nl <= 0` / `nl < 1` for `nl < 0` (a first line that is empty can be no
  header either way); searching for the closing line from 0 or from the end of the first line
  (the opening line has no line break before it), and the closing search done even without a
  line break (there is then no line break to find); `nl > 0` / `nl >= 1` for `nl >= 0` in the
  unclosed case (the first line is `+++` or `---json`, so the break is at 3 or more);
  `end <= 0` / `end < 1` and `rest_start <= 0` / `rest_start < 1` (both follow a header
  that is at least 4 characters long); `unclosed=False` left to its default.
- `parse_other`: the JSON reader's error always has a `lineno`, so its default (1, 2, None or
  none) is never used; a TOML message never ends with a dot or starts with one, so
  `rstrip(".")` may become `rstrip()`, `rstrip("XX.XX")` or `lstrip(".")`.
- `scan_other_keys`: `in_table = None` for `False` at the start (both false).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.other_headers import (
    OtherHeader,
    parse_other,
    scan_other_keys,
    split_other,
)
from editor_app.core.validate import validate_paths

# -- where the header, the body and their lines are --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TOML: the header's text keeps its last line break; the body starts after `+++`.
        (
            '+++\ntitle = "a"\n+++\nBody\nmore\n',
            OtherHeader("toml", 'title = "a"\n', 2, "Body\nmore\n", 4),
        ),
        # Spaces after the opening and closing `+++` are allowed; the body's first line may be
        # empty.
        (
            "+++ \nx = 1\ny = 2\n+++\t\n\nbody",
            OtherHeader("toml", "x = 1\ny = 2\n", 2, "\nbody", 5),
        ),
        # Closed on the last line, with no line break after it: no body.
        ("+++\na=1\n+++", OtherHeader("toml", "a=1\n", 2, "", 4)),
        # Never closed: the rest of the file is the header, its body empty.
        ("+++\ntitle = 1\n", OtherHeader("toml", "title = 1\n", 2, "", 2, unclosed=True)),
        ("+++", OtherHeader("toml", "", 2, "", 2, unclosed=True)),
        ("---json", OtherHeader("json", "", 2, "", 2, unclosed=True)),
        # Eleventy's `---json` fence, written either way, closed by `---`.
        ('---json\n{"a": 1}\n---  \nB', OtherHeader("json", '{"a": 1}\n', 2, "B", 4)),
        ("--- json\n{}\n---", OtherHeader("json", "{}\n", 2, "", 4)),
        # Hugo's JSON header: the object itself, the body after its line.
        ('{"a": 1}\nBody\nmore', OtherHeader("json", '{"a": 1}', 1, "Body\nmore", 2)),
        ('{\n  "a":\n    1\n}\nBody\n', OtherHeader("json", '{\n  "a":\n    1\n}', 1, "Body\n", 5)),
        ('{ "a": [1]}', OtherHeader("json", '{ "a": [1]}', 1, "", 2)),
        # An object that never ends: all of it is the header (to report), no body.
        ('{"a": 1\nBody', OtherHeader("json", '{"a": 1\nBody', 1, "", 1)),
    ],
)
def test_a_header_and_its_body_are_split_at_their_lines(text: str, expected: OtherHeader) -> None:
    assert split_other(text) == expected


@pytest.mark.parametrize(
    "text", ["{x}", "{}", "---JSON\n{}\n---\n", "--- JSON\n{}\n---\n", " +++\na = 1\n+++\n", ""]
)
def test_text_that_is_no_toml_or_json_header_is_left_to_the_yaml_reader(text: str) -> None:
    assert split_other(text) is None


# -- a header that cannot be read ---------------------------------------------------------------


def _parsed(fmt: str, text: str, first_line: int = 2) -> tuple:
    return parse_other(OtherHeader(fmt, text, first_line, "", first_line + 2))


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        # The reader names the line: counted from the header's first line.
        ("[a]\nx = 1\n[a]\n", 4, "cannot declare ('a',) twice"),
        # The reader says "at end of document": the header's last line, as the window says.
        ("a = 1\nb\n", 3, "expected '=' after a key in a key/value pair"),
        ("a = ", 2, "invalid value"),
        ("a = 1\nb = [1,\n", 3, "invalid value"),
        ("a = 1\nb = [1,\n  \n", 4, "invalid value"),
        ("\na = [1,\n\n\n", 3, "invalid value"),
        ('a = """\nX\n', 3, "unterminated string"),
    ],
)
def test_a_toml_mistake_is_placed_on_its_line_in_plain_words(
    text: str, line: int, what: str
) -> None:
    assert _parsed("toml", text) == (
        None,
        (
            line,
            f"The header (written in TOML) cannot be read on this line: {what}. "
            'Check the quotes and the = sign (title = "My page").',
        ),
    )


def test_an_impossible_toml_date_is_said_to_be_one_on_its_line() -> None:
    assert _parsed("toml", "title = 'x'\nd = 2024-02-30\n", first_line=5) == (
        None,
        (
            6,
            "The date on this line does not exist or is not written as year-month-day. "
            "Correct it, for example 2025-02-28.",
        ),
    )


def test_a_json_mistake_is_placed_on_its_line() -> None:
    assert _parsed("json", '{"a":\n 1,,}', first_line=3) == (
        None,
        (
            4,
            "The header (written in JSON) cannot be read on this line. Check the quotes, colons "
            'and commas ("title": "My page",).',
        ),
    )


def test_a_header_that_is_no_group_of_fields_gives_no_fields() -> None:
    assert _parsed("json", "[1, 2]\n") == ({}, None)
    assert _parsed("json", '{"a": [1]}\n') == ({"a": [1]}, None)
    assert _parsed("toml", "a = 1\n") == ({"a": 1}, None)


def test_a_toml_page_that_ends_badly_is_reported_on_the_last_header_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('+++\ntitle = "Tides"\ndraft\n+++\nText.\n', encoding="utf-8")
    (problem,) = validate_paths([page], content=False)
    assert (problem.line, problem.code) == (3, "yaml-syntax")
    assert "end of document" not in problem.message


# -- the line of each key -------------------------------------------------------------------------


def test_toml_keys_and_tables_are_found_on_their_lines_in_every_quoting() -> None:
    text = (
        'title = "T"\n'
        '"double quoted" = 1\n'
        "'single quoted' = 2\n"
        "dotted.part = 3\n"
        "[params]\n"
        "inside = 4\n"
        '["quoted table"]\n'
        "[['listed table']]\n"
        "title = 5\n"
    )
    assert scan_other_keys("toml", text, 10) == {
        "title": [10],
        "double quoted": [11],
        "single quoted": [12],
        "dotted": [13],
        "params": [14],
        "quoted table": [16],
        "listed table": [17],
    }


def test_a_key_repeated_at_the_top_of_a_toml_header_lists_each_line() -> None:
    assert scan_other_keys("toml", "a = 1\nb = 2\na = 3\n", 2) == {"a": [2, 4], "b": [3]}


def test_only_the_top_level_keys_of_a_json_header_are_found() -> None:
    text = (
        '{\n  "title": "T",\n  "params": {\n    "inside": 1,\n    "title": 2\n  },\n  "a\\"b": 3\n}'
    )
    assert scan_other_keys("json", text, 1) == {"title": [2], "params": [3], 'a\\"b': [7]}
