"""Hugo's Remarshal (`engines/hugo_remarshal.py`) at its edges, pinned to the byte.

What the Hugo preview's `code-toggle` boxes show for settings of every kind: each value type
in each format, keys needing quotes, nested tables and arrays of tables, text needing escapes,
and the plain-words reasons when settings cannot be read.

Mutants named as equivalent (no test can tell them apart):
- `_plain`'s `in_lists` default (every call passes it), `1e21` spelt `1e+21` (the same number).
- `dump`: `ensure_ascii=None` (false as False is), YAML's `sort_keys` and
  `default_flow_style=False` left out (PyYAML's defaults are the same), a width of `11**6` or
  `10**7` (wider than any line already).
- `_yaml_text`: resolved with `(True, True)` (a plain scalar's resolution is the same), the
  style spelt `'XX"XX'` (PyYAML writes any style it does not know in double quotes), a
  text of line breaks and spaces only tested with `strip()` (PyYAML will not write it as a
  block, and quotes it either way: pinned in `test_text_edges_in_toml_and_yaml`).
- `_GoYamlLoader.construct_mapping`: `deep` left out or true (the values built are the same,
  only when differs), a key that is a list built without its node (a TypeError either way,
  which the preview shows as written).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import pytest
import yaml

from editor_app.core.engines.hugo_remarshal import (
    MAX_VALUES,
    RemarshalError,
    dump,
    format_of,
    load,
)

_DATA = {
    "b": {"z": 1, "y": [1.5, 2.0], "x": None, "w": {"deep": "it's"}},
    "a": 'ctl\x01\x7f\t"\\',
    "t": True,
    "f": False,
    "d": dt.date(2024, 1, 2),
    "dt": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    "tm": dt.time(1, 2, 3),
    "n": None,
    "inl": [{"k": 1, "j": None}, {"m": "x"}],
    "mixed": [1, None, {"q": 2, "p": None}],
    "big": 1e21,
    "whole": 1e20,
    "key with space": 1,
    "": 2,
}


def test_toml_of_every_kind_of_value() -> None:
    text = dump(_DATA, "toml")
    assert text == (
        "'' = 2\n"
        'a = "ctl\\u0001\\u007F\\t\\"\\\\"\n'
        "big = 1e+21\n"
        "d = 2024-01-02\n"
        "dt = 2024-01-02T03:04:05+00:00\n"
        "f = false\n"
        "'key with space' = 1\n"
        "mixed = [1, {q = 2}]\n"
        "t = true\n"
        "tm = 01:02:03\n"
        "whole = 100000000000000000000\n"
        "[b]\n"
        "  y = [1.5, 2.0]\n"
        "  z = 1\n"
        "  [b.w]\n"
        '    deep = "it\'s"\n'
        "[[inl]]\n"
        "k = 1\n"
        "[[inl]]\n"
        "m = 'x'\n"
    )
    assert tomllib.loads(text)["a"] == _DATA["a"]  # DEL and control characters read back


def test_json_of_every_kind_of_value() -> None:
    text = dump({**_DATA, "html": "<a & b>"}, "json")
    assert text.startswith('{\n   "": 2,\n   "a": "ctl\\u0001\x7f\\t\\"\\\\",\n   "b": {\n')
    assert '\n      "y": [\n         1.5,\n         2\n      ],\n' in text
    assert '\n   "dt": "2024-01-02T03:04:05+00:00",\n' in text
    assert '\n   "tm": "01:02:03",\n' in text
    assert '\n   "html": "\\u003ca \\u0026 b\\u003e",\n' in text
    assert '\n   "big": 1e+21,\n' in text and '\n   "whole": 100000000000000000000\n}\n' in text
    assert '"n": null' in text and text.endswith("}\n")


def test_yaml_texts_quoted_as_go_yaml_quotes_them() -> None:
    text = dump(
        {
            "s": "a\nb",
            "sp": " a\nb",
            "nl": "\n\n",
            "y": "y",
            "N": "N",
            "tr": "true",
            "no": "no",
            "num": "1.5",
            "lt": "<a & b>",
            "plain": "plain",
            "day": dt.date(2024, 1, 2),
            "at": dt.datetime(2024, 1, 2, 3, 4, 5),
            "tm": dt.time(7, 30),
            "list": [1.0, 2.5],
        },
        "yaml",
    )
    assert text == (
        '"N": "N"\n'
        "at: 2024-01-02T03:04:05\n"
        'day: "2024-01-02"\n'
        "list:\n- 1\n- 2.5\n"
        "lt: <a & b>\n"
        "nl: '\n\n\n  '\n"
        '"no": "no"\n'
        'num: "1.5"\n'
        "plain: plain\n"
        "s: |-\n  a\n  b\n"
        "sp: ' a\n\n  b'\n"
        "tm: 07:30:00\n"
        'tr: "true"\n'
        '"y": "y"\n'
    )


def test_a_toml_local_time_is_shown_in_every_format() -> None:
    _, data = load("start = 07:30:00\n")
    assert [dump(data, fmt) for fmt in ("toml", "yaml", "json")] == [
        "start = 07:30:00\n",
        "start: 07:30:00\n",
        '{\n   "start": "07:30:00"\n}\n',
    ]


def test_yaml_read_as_go_yaml_reads_it() -> None:
    fmt, data = load("y: n\n1: 2024-01-01\nbase: &b {x: 1}\nm:\n  <<: *b\n  z: Y\n")
    assert fmt == "yaml"
    assert data == {"y": False, "1": "2024-01-01", "base": {"x": 1}, "m": {"x": 1, "z": True}}
    with pytest.raises(TypeError):  # a key that is a list (the preview shows it as written)
        load("? [a]\n: 2\n")


def test_json_numbers_are_read_as_go_reads_them() -> None:
    assert load('{"a": [1, 2], "b": 3}') == ("json", {"a": [1.0, 2.0], "b": 3.0})
    assert dump(load('{"a": [1, 2], "b": 3}')[1], "toml") == "a = [1.0, 2.0]\nb = 3\n"
    with pytest.raises(RemarshalError, match="^it is not a table of settings in YAML$"):
        load("a = 1", "yaml")


def test_the_format_is_the_first_mark_even_at_the_start() -> None:
    assert format_of("{") == "json"
    assert format_of(":{=") == "yaml"
    assert format_of("=:{") == "toml"
    assert format_of("a=1: {") == "toml"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '{"a": 1,,}',
            "it is not valid JSON (Expecting property name enclosed in double quotes, line 1)",
        ),
        (
            '{\n"a": 1,\n,}',
            "it is not valid JSON (Expecting property name enclosed in double quotes, line 3)",
        ),
        ("a: [1, 2\n", "it is not valid YAML, line 2"),
        ("a: 1\n\tb: 2\n", "it is not valid YAML, line 2"),
        ("nothing", "it holds no settings (no '=', ':' or '{')"),
        ("- a: 1\n", "it is not a table of settings in YAML"),
        ("[1, {}]", "it is not a table of settings in JSON"),
    ],
)
def test_unreadable_settings_say_why(text: str, message: str) -> None:
    with pytest.raises(RemarshalError) as e:
        load(text)
    assert str(e.value) == message


def test_unreadable_toml_and_yaml_without_a_place() -> None:
    with pytest.raises(RemarshalError, match=r"^it is not valid TOML \(.+line 1, column 14\)\)$"):
        load("title = 'Don't'\n")
    with pytest.raises(RemarshalError, match=r"^it is not valid YAML, line 1$"):
        load("a: *nowhere\n", "yaml")
    with pytest.raises(RemarshalError, match=r"^it is not valid YAML$"):  # no place known
        load("a: \x00", "yaml")
    assert load("", "toml") == ("toml", {})


def test_aliases_naming_a_list_many_times_over_stop_at_the_limit() -> None:
    rows = "a: &a [1,1,1,1,1,1,1,1,1,1]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abc", "bcd", strict=True)
    )
    _, data = load(rows + "e: [*d, *d]\n")
    with pytest.raises(
        RemarshalError, match=re.escape(f"it holds more than {MAX_VALUES:,} values")
    ):
        dump(data, "json")
    _, small = load(rows)  # 11,111 values and their lists: under the limit
    assert dump(small, "yaml").count("\n") > 10_000


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        dump({}, "xml")


def test_a_value_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError, match="set"):
        dump({"a": {1, 2}}, "json")


def test_yaml_dump_reads_back_with_the_same_loader() -> None:
    text = dump({"y": "y", "n": "n", "Y": "Y", "date": "2024-01-01"}, "yaml")
    assert yaml.safe_load(text) == {"y": "y", "n": "n", "Y": "Y", "date": "2024-01-01"}
    assert load(text, "yaml")[1] == {"y": "y", "n": "n", "Y": "Y", "date": "2024-01-01"}


def test_the_value_limit_counts_every_value_once() -> None:
    at_limit = {str(k): 1 for k in range(MAX_VALUES - 1)}  # and the table itself
    assert dump(at_limit, "json").count("\n") == MAX_VALUES + 1  # a line a key, and braces
    with pytest.raises(RemarshalError):
        dump({**at_limit, "one more": 1}, "json")
    half = [1] * (MAX_VALUES // 2)
    with pytest.raises(RemarshalError):  # the values of every table count together
        dump({"a": {"x": half}, "b": {"y": half}}, "json")


def test_whole_numbers_in_lists_of_lists() -> None:
    assert (
        dump({"a": [[1.0, 2.5]]}, "json")
        == '{\n   "a": [\n      [\n         1,\n         2.5\n      ]\n   ]\n}\n'
    )
    assert dump({"a": [[1.0]]}, "yaml") == "a:\n- - 1\n"


def test_text_edges_in_toml_and_yaml() -> None:
    assert dump({"a": "x\x7f"}, "toml") == 'a = "x\\u007F"\n'
    assert dump({"a": "\n \n", "b": "X\nX"}, "yaml") == 'a: "\\n \\n"\nb: |-\n  X\n  X\n'
    long = " ".join(["word"] * 40)
    assert dump({"a": long}, "yaml") == f"a: {long}\n"  # never folded
