"""Text of several lines typed a key at a time (as the form's long text writes it at each
keystroke) ends as the same header as the whole text set at once (as `editor-app set`
writes it), and reads back as typed. A line of spaces typed on the way (`one\\n `) was
written as the last line of a `|-` block; the next keystroke took it for a blank line after
the field and left it behind, and the text then stayed in quotes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document

HEADERS = {
    "yaml": "---\ntitle: A\ndescription: old\nx: 1\n---\nBody\n",
    "yaml block": "---\ntitle: A\ndescription: |\n  old\n  text\nx: 1\n---\nBody\n",
    "yaml quotes": '---\ntitle: A\ndescription: old\nx: "a\\nb"\n---\nBody\n',
    "toml": '+++\ntitle = "A"\ndescription = "old"\nx = 1\n+++\nBody\n',
    "json": '{\n  "title": "A",\n  "description": "old",\n  "x": 1\n}\nBody\n',
}


def typed(header: str, value: str) -> Document:
    doc = Document.from_text(header)
    for end in range(1, len(value) + 1):
        doc.set("description", value[:end])
    return doc


def test_a_line_of_spaces_on_the_way_leaves_nothing_behind() -> None:
    doc = typed(HEADERS["yaml"], "line one\n  line two")
    assert doc.text == "---\ntitle: A\ndescription: |-\n  line one\n    line two\nx: 1\n---\nBody\n"


@settings(max_examples=80, deadline=None)
@given(
    kind=st.sampled_from(sorted(HEADERS)),
    # Several lines: one-line text keeps the quotes a passing value needed (`:` then `:a`),
    # which the form undoes on its own when a field is typed anew.
    value=st.text(
        alphabet=st.sampled_from(list("ab :#\"'-\n\t") + ["é"]), min_size=1, max_size=14
    ).filter(lambda text: "\n" in text.strip("\n")),
)
def test_typed_a_key_at_a_time_as_set_at_once(kind: str, value: str) -> None:
    at_once = Document.from_text(HEADERS[kind])
    at_once.set("description", value)
    by_keys = typed(HEADERS[kind], value)
    assert by_keys.front_matter["description"] == value
    # A block's header keeps its own order of indicators when restyled (`|` gets `|-2`) and
    # new blocks write the digit first (`|2-`): the same header either way.
    assert same_header_order(by_keys.text) == same_header_order(at_once.text)


def same_header_order(text: str) -> str:
    return re.sub(r"\|([-+])([1-9])", r"|\2\1", text)
