"""A TOML table edited from the form (the whole group given again) changes only its changed
lines: the other keys keep their indentation, quotes, comments and order."""

from __future__ import annotations

from editor_app.core.document import Document

PAGE = (
    '+++\ntitle = "A"\n[params]\n  foo = "x" # kept\n  bar = 1\n  lit = \'raw\'\n'
    "  [params.deep]\n    z = 2\n+++\nbody\n"
)
SAME = {"foo": "x", "bar": 1, "lit": "raw", "deep": {"z": 2}}


def test_a_changed_key_of_an_indented_table_keeps_the_lines_around_it() -> None:
    doc = Document.from_text(PAGE)
    doc.set("params", {**SAME, "foo": "y"})
    assert doc.to_bytes().decode() == PAGE.replace('foo = "x"', 'foo = "y"')


def test_a_nested_table_key_changes_alone() -> None:
    doc = Document.from_text(PAGE)
    doc.set("params", {**SAME, "deep": {"z": 3}})
    assert doc.to_bytes().decode() == PAGE.replace("z = 2", "z = 3")


def test_a_number_turned_true_is_written_as_true() -> None:
    doc = Document.from_text(PAGE)
    doc.set("params", {**SAME, "bar": True})
    assert doc.to_bytes().decode() == PAGE.replace("bar = 1", "bar = true")


def test_a_removed_key_takes_only_its_line_and_a_new_one_lines_up() -> None:
    doc = Document.from_text(PAGE)
    values = {k: v for k, v in SAME.items() if k != "foo"} | {"new": True}
    doc.set("params", values)
    text = doc.to_bytes().decode()
    assert 'foo = "x"' not in text
    assert "\n  bar = 1\n  lit = 'raw'\n  new = true\n" in text
    assert text.endswith("  [params.deep]\n    z = 2\n+++\nbody\n")
    assert Document.from_text(text).front_matter["params"] == values


def test_a_crlf_table_edit_keeps_every_line_ending() -> None:
    crlf = PAGE.replace("\n", "\r\n")
    doc = Document.from_text(crlf)
    doc.set("params", {**SAME, "foo": "y"})
    assert doc.to_bytes().decode() == crlf.replace('foo = "x"', 'foo = "y"')


def test_a_table_given_as_something_else_is_written_anew() -> None:
    doc = Document.from_text(PAGE)
    doc.set("params", "plain")
    assert doc.to_bytes().decode() == '+++\ntitle = "A"\nparams = "plain"\n+++\nbody\n'
