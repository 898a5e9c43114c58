"""Setting a field of a JSON header (Hugo's `{ ... }`, Eleventy's `---json`): the exact bytes.

Written against the mutants of `document_json.with_value` that got through the other document
tests (the property tests reach these cases only now and then). A replaced value laid out over
lines keeps the layout of the old one, indented from its key's line; a new member follows the
last one with the file's own separator, or on a line of its own in an object written over
lines; an empty object gets its first member on a line of its own. Equivalent mutants, with
why:

- `json.dumps(key, ensure_ascii=None)`: None is false, as False is.
- In an empty object, `text.rindex("{")` and `text.index("}")`: an empty object that reads
  holds one brace of each; and the new member's value written with its old text, indentation
  or line ending spelt otherwise (`None`, `"XXXX"`, `"XX  XX"`): the member has no
  old text, so its value is written on one line, where none of them is used.
- A new member after others, its value written with no indentation or line ending (`None`),
  or with old text `"XXXX"`: the same, a new member's value is written on one line.
"""

from __future__ import annotations

import pytest

from editor_app.core.document import Document


def set_field(text: str, key: str, value: object) -> str:
    doc = Document.from_text(text)
    assert doc.error is None and doc.front_matter_format == "json"
    doc.set(key, value)
    assert Document.from_text(doc.text).get(key) == value
    return doc.text


# --- a value replaced: a list or a group over lines keeps the old one's layout


@pytest.mark.parametrize(
    ("text", "key", "value", "expected"),
    [
        (  # two spaces a level
            '{\n  "title": "A",\n  "tags": [\n    "a",\n    "b"\n  ]\n}\nBody\n',
            "tags",
            ["x", "y"],
            '{\n  "title": "A",\n  "tags": [\n    "x",\n    "y"\n  ]\n}\nBody\n',
        ),
        (  # tabs
            '{\n\t"title": "A",\n\t"tags": [\n\t\t"a"\n\t]\n}\nBody\n',
            "tags",
            ["x", "y"],
            '{\n\t"title": "A",\n\t"tags": [\n\t\t"x",\n\t\t"y"\n\t]\n}\nBody\n',
        ),
        (  # Windows line endings, the list first
            '{\r\n  "tags": [\r\n    "a"\r\n  ],\r\n  "title": "A"\r\n}\r\nBody\r\n',
            "tags",
            ["x"],
            '{\r\n  "tags": [\r\n    "x"\r\n  ],\r\n  "title": "A"\r\n}\r\nBody\r\n',
        ),
        (  # a group indented four more than its key
            '{\n  "params": {\n      "a": 1\n  },\n  "title": "A"\n}\nBody\n',
            "params",
            {"a": 2, "b": [1]},
            '{\n  "params": {\n      "a": 2,\n      "b": [\n          1\n      ]\n  },\n'
            '  "title": "A"\n}\nBody\n',
        ),
        (  # Eleventy's ---json, four spaces
            '---json\n{\n    "title": "A",\n    "tags": [\n        "a"\n    ]\n}\n---\nBody\n',
            "tags",
            ["x"],
            '---json\n{\n    "title": "A",\n    "tags": [\n        "x"\n    ]\n}\n---\nBody\n',
        ),
        (  # a list written on one line stays on one line
            '{\n  "tags": ["a"],\n  "title": "A"\n}\nBody\n',
            "tags",
            ["x", "é"],
            '{\n  "tags": ["x", "é"],\n  "title": "A"\n}\nBody\n',
        ),
    ],
)
def test_a_replaced_value_keeps_its_layout_from_its_keys_line(
    text: str, key: str, value: object, expected: str
) -> None:
    assert set_field(text, key, value) == expected


# --- a member added after the others


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}\nBody\n', '{"a": 1, "c": 3}\nBody\n'),
        ('{"a"  :  1}\nBody\n', '{"a"  :  1, "c"  :  3}\nBody\n'),
        ('{"a": 1, "b": 2}\nBody\n', '{"a": 1, "b": 2, "c": 3}\nBody\n'),
        ('{\n  "a": 1\n}\nBody\n', '{\n  "a": 1,\n  "c": 3\n}\nBody\n'),
        ('{\n\t"a": 1\n}\nBody\n', '{\n\t"a": 1,\n\t"c": 3\n}\nBody\n'),
        ('{\r\n  "a": 1\r\n}\r\nBody\r\n', '{\r\n  "a": 1,\r\n  "c": 3\r\n}\r\nBody\r\n'),
        # the file's own separator between its last two members, blank line or space included
        ('{\n  "a": 1,\n\n  "b": 2\n}\nBody\n', '{\n  "a": 1,\n\n  "b": 2,\n\n  "c": 3\n}\nBody\n'),
        ('{\n  "a": 1 ,\n  "b": 2\n}\nBody\n', '{\n  "a": 1 ,\n  "b": 2 ,\n  "c": 3\n}\nBody\n'),
    ],
)
def test_a_new_member_follows_the_last_one_as_the_file_writes_members(
    text: str, expected: str
) -> None:
    assert set_field(text, "c", 3) == expected


def test_a_new_list_after_a_list_over_lines_is_written_on_one_line() -> None:
    text = '{\n  "a": 1,\n  "b": [\n    1\n  ]\n}\nBody\n'
    assert set_field(text, "c", [1, 2]) == (
        '{\n  "a": 1,\n  "b": [\n    1\n  ],\n  "c": [1, 2]\n}\nBody\n'
    )


def test_a_new_members_name_keeps_its_accents() -> None:
    assert set_field('{"a": 1}\nBody\n', "é", 1) == '{"a": 1, "é": 1}\nBody\n'


# --- the first member of an empty object, on a line of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}\n\nBody\n", '{\n  "tags": ["x", "é"]\n}\n\nBody\n'),
        ("{ }\r\n\r\nBody\r\n", '{\r\n  "tags": ["x", "é"]\r\n}\r\n\r\nBody\r\n'),
        ("---json\n{}\n---\nBody\n", '---json\n{\n  "tags": ["x", "é"]\n}\n---\nBody\n'),
        ("---json\n\n{}\n---\nBody\n", '---json\n\n{\n  "tags": ["x", "é"]\n}\n---\nBody\n'),
    ],
)
def test_the_first_member_of_an_empty_object_is_written_on_its_own_line(
    text: str, expected: str
) -> None:
    assert set_field(text, "tags", ["x", "é"]) == expected


@pytest.mark.parametrize(("value", "written"), [(None, "null"), ("", '""'), (0, "0")])
def test_the_first_member_of_an_empty_object_has_the_value_given(
    value: object, written: str
) -> None:
    assert set_field("{}\nBody\n", "é", value) == f'{{\n  "é": {written}\n}}\nBody\n'
