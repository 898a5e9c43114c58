"""A value written in single quotes, as Jekyll's posts quote their titles, is written by one
rule wherever it is written: `set`, a new page, a field quoted like the other pages'."""

from __future__ import annotations

import pytest

from editor_app.core.document import Document
from editor_app.core.document_yaml_text import single_quoted
from editor_app.core.field_place import quote_like_the_others
from editor_app.core.new_page_header import _scalar

VALUES = ["It's mine", "a: b", "- leading dash", "'quoted'", '"double"', "x #y", "a''b", "yes"]


@pytest.mark.parametrize("value", VALUES)
def test_single_quotes_read_back_the_same_everywhere(value: str) -> None:
    written = single_quoted(value)
    assert written is not None and written.startswith("'")
    assert _scalar(value, "'") == written
    doc = Document.from_bytes(f"---\ntitle: {written}\n---\nbody\n".encode())
    assert doc.error is None and doc.front_matter["title"] == value
    plain = value.replace("'", "")  # one a plain line can hold: quoted as the others are
    if plain != plain.strip() or plain.startswith(("-", '"')) or ": " in plain or " #" in plain:
        return
    doc = Document.from_bytes(f"---\nk: {plain}\n---\nbody\n".encode())
    if doc.front_matter["k"] != plain:  # `yes` reads as true: no text to quote
        return
    assert quote_like_the_others(doc, "k", "'")
    assert doc.raw_front_matter == f"k: {single_quoted(plain)}\n"


def test_what_only_double_quotes_can_write_is_not_single_quoted() -> None:
    assert single_quoted("a\nb") is None and single_quoted("bom\ufeff") is None
    assert _scalar("a\nb", "'") == '"a\\nb"'
