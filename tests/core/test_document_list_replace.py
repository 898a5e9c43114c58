"""A list field set through `Document.set` changes only that field's lines, whatever the old
value looked like: a block list with odd spacing, comments and blank lines, CRLF line endings,
or a text written on the line after the key (`tags:` then `  -a` with no space after the dash
is the text "-a", not a list), which used to leave a blank line behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.document import Document


def _header(lines: list[str], nl: str = "\n") -> str:
    return "".join(line + nl for line in lines)


def _set(header: str, field: str, value: object, nl: str = "\n") -> str:
    doc = Document.from_text("---" + nl + header + "---" + nl + "Body" + nl)
    doc.set(field, value)
    text = doc.text
    assert text.startswith("---" + nl)
    assert text.endswith("---" + nl + "Body" + nl)
    return text[len("---" + nl) : -len("---" + nl + "Body" + nl)]


@pytest.mark.parametrize(
    ("before", "value", "after"),
    [
        # a text on the next line (the dash with no space is part of the text) made a list
        (["tags:", "  -a", "after: 1"], ["a", "b"], ["tags:", "  - a", "  - b", "after: 1"]),
        (["tags:", "  -a"], ["a"], ["tags:", "  - a"]),
        # ... emptied, or made a group
        (["tags:", "  -a", "after: 1"], None, ["tags:", "after: 1"]),
        (["tags:", "  -a", "after: 1"], {"x": 1}, ["tags:", "  x: 1", "after: 1"]),
        # a comment on the key's line stays, the value goes under it
        (["tags: # one word", "  -a", "after: 1"], ["a"], ["tags: # one word", "  - a", "after: 1"]),
        # spaces after the colon, a blank line before the text: all the field's own lines
        (["tags:   ", "  -a", "after: 1"], ["a"], ["tags:", "  - a", "after: 1"]),
        (["tags:", "", "  -a", "after: 1"], ["a"], ["tags:", "  - a", "after: 1"]),
        # the same text written as text again keeps its place on the next line
        (["tags:", "  -a", "after: 1"], "b", ["tags:", "  b", "after: 1"]),
        # new items take the prefix of the site's other lists
        (
            ["people:", "    -   Ann", "tags:", "  -a", "after: 1"],
            ["a"],
            ["people:", "    -   Ann", "tags:", "    -   a", "after: 1"],
        ),
        # a block list with odd spacing and comments: unchanged items keep their lines
        (
            ["tags:", "- a # one", "# between", "-   b", "after: 1"],
            ["a", "z", "b"],
            ["tags:", "- a # one", "# between", "- z", "-   b", "after: 1"],
        ),
        (
            ["tags:", "  -  a", "", "  - b   # two", "after: 1"],
            ["a", "b", "c"],
            ["tags:", "  -  a", "", "  - b   # two", "  -  c", "after: 1"],
        ),
        (
            ["tags:", "  - a", "  - b # two", "after: 1"],
            ["b"],
            ["tags:", "  - b # two", "after: 1"],
        ),
    ],
)
def test_one_field_set_changes_only_its_lines(before, value, after) -> None:
    assert _set(_header(before), "tags", value) == _header(after)


@pytest.mark.parametrize("value", [["a", "b"], None, ["-a"]])
def test_crlf_header_keeps_crlf_and_gains_no_blank_line(value) -> None:
    before = _header(["title: T", "tags:", "  -a", "after: 1"], "\r\n")
    new = _set(before, "tags", value, "\r\n")
    assert "\n" not in new.replace("\r\n", "")
    assert "\r\n\r\n" not in new
    assert new.startswith("title: T\r\ntags:")
    assert new.endswith("\r\nafter: 1\r\n")
    assert yaml.safe_load(new)["tags"] == value


def test_real_page_with_a_dash_written_without_its_space(shared_site: Path, tmp_path: Path) -> None:
    """A real resource page whose topic was typed `-Work`: picking topics in the form rewrites
    the topics lines only, with no blank line, and the rest of the file stays byte for byte."""
    page = tmp_path / "worker-power-ai-cwu.md"
    shutil.copyfile(shared_site / "_resources" / "worker-power-ai-cwu.md", page)
    original = page.read_bytes()
    assert b"topics:\n  - Work\n" in original
    typed = original.replace(b"topics:\n  - Work\n", b"topics:\n  -Work\n")
    page.write_bytes(typed)
    doc = Document.load(page)
    assert doc.front_matter["topics"] == "-Work"
    doc.set("topics", ["Work", "Justice"])
    doc.save()
    assert page.read_bytes() == original.replace(
        b"topics:\n  - Work\n", b"topics:\n  - Work\n  - Justice\n"
    )


# --- generated block lists and next-line texts -------------------------------------------------

_WORDS = st.sampled_from(["a", "b", "c", "Health", "Work", "two words", "yes", "1", "a: b", "-x"])
_SPACES = st.sampled_from(["", " ", "  ", "    "])
_COMMENT = st.sampled_from(["", " # note", "   #x"])


@st.composite
def _old_field(draw: st.DrawFn) -> list[str]:
    """The lines of a 'tags' field as people write them: a block list with odd spacing,
    comments and blank lines between items, or a text ("-a") on the line after the key."""
    lines = ["tags:" + draw(st.sampled_from(["", "  "])) + draw(_COMMENT)]
    indent = draw(_SPACES)
    if draw(st.booleans()):
        # a text must be indented under its key (a list need not)
        lines.append((indent or " ") + "-" + draw(st.sampled_from(["a", "Work", "x y"])))
        return lines
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["", indent + "# between", "# left"])))
        item = draw(st.sampled_from(["a", "b", "c", "Health", '"quoted"', "'single'"]))
        gap = draw(st.sampled_from([" ", "  ", "   "]))
        lines.append(indent + "-" + gap + item + draw(_COMMENT))
    return lines


@given(
    field=_old_field(),
    value=st.lists(_WORDS, min_size=1, max_size=5),
    nl=st.sampled_from(["\n", "\r\n"]),
)
def test_generated_list_replacement_touches_only_the_field(field, value, nl) -> None:
    head = ["title: T", "people:", "  - Ann"]
    tail = ["after: 1", "other:", "  - z"]
    before = _header(head + field + tail, nl)
    new = _set(before, "tags", value, nl)
    data = yaml.safe_load(new)
    assert data["tags"] == value
    assert {k: v for k, v in data.items() if k != "tags"} == {
        "title": "T",
        "people": ["Ann"],
        "after": 1,
        "other": ["z"],
    }
    # the lines before and after the field are the same bytes
    assert new.startswith(_header(head + ["tags:"], nl)[: -len(nl)])
    assert new.endswith(_header(tail, nl))
    # one line ending throughout, and no blank line the field did not have
    assert "\n" not in new.replace(nl, "")
    assert new.count(nl + nl) <= before.count(nl + nl)
