"""A header that cannot be read: the line the author is sent to, small headers and big ones.

Written against the mutants of `tools/mutation.py document-read` that got through the other
document tests (`document_read.header_problem` and `_around_error`). Headers over 20,000
characters are explained from the lines around the error (`_around_error`): its excerpt is
pinned exactly below, as its docstring states it, since a wider or narrower one would only
cost time. Equivalent mutants of these two functions, grouped, with why:

- `_around_error`: `min(mark.line, len(lines) + 1)` (a mark is never past the last line);
  `first >= 0` in the walk up and `or True` / `first >= 0` in the offset (from line 0 the
  offset is 0 either way).
- `header_problem`: `start = 1` when the whole header is read again after the excerpt read
  fine (only the C loader's mark is used then); `getattr(shown, "position")` without a
  default and `return 1` for a pure-Python error without a mark (its errors carry a mark,
  or a position for a character not allowed); `count("\\n", None, ...)` for 0; `or` for
  `and` in the C-loader-only test (an error other than YAML's is never met with a YAML one
  there); where the C loader's error has no problem mark (`context_mark` spelt otherwise or
  asked of None, `else 1`, `or True`): its errors always carry one, and `getattr(exc, "problem_mark")`
  without a default: an error only the C loader raises is a marked one.
"""

from __future__ import annotations

import pytest
import yaml

from editor_app.core.document import Document
from editor_app.core.document_read import _around_error
from editor_app.core.document_yaml_text import SafeLoader

FILLER = "".join(f"field{i}: value {i}\n" for i in range(1_500))  # 30,780 characters
TAB_IN_BLOCK = (
    "The header cannot be read on this line (found a tab character where an indentation space "
    "is expected)."
)
COLON_IN_LIST = "The header cannot be read on this line (found unexpected ':')."


def loader_error(fm: str) -> Exception:
    try:
        yaml.load(fm, Loader=SafeLoader)
    except Exception as exc:  # whatever the C loader raises is explained
        return exc
    raise AssertionError("the header reads fine")


# --- mistakes only the C loader (as Jekyll's) objects to: the pure-Python parser reads them


@pytest.mark.parametrize(
    ("mistake", "message", "line_in_mistake"),
    [("t: |\n  \tx", TAB_IN_BLOCK, 1), ("tags: [c:c:]", COLON_IN_LIST, 0)],
)
@pytest.mark.parametrize("before", ["", "\n", "x: 1\n", FILLER, FILLER + "\n"])
def test_a_mistake_only_the_c_loader_sees_is_placed_on_its_line(
    mistake: str, message: str, line_in_mistake: int, before: str
) -> None:
    doc = Document.from_text("---\n" + before + mistake + "\n" + "---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        2 + before.count("\n") + line_in_mistake,
        message,
    )


def test_a_mistake_after_blank_lines_is_counted_from_the_first() -> None:
    doc = Document.from_text("---\n\ntitle: 'x\n---\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        3,
        "A quotation mark opened on this line is never closed. "
        "Add the closing quote at the end of the value.",
    )
    doc = Document.from_text("---\n\n\nx: 1\ntitle: x: y\n---\n")
    assert doc.error is not None and doc.error.line == 5


# --- the excerpt of a big header: from the last plain `name: value` line before the error
# to the next one after it, with the offset of its first character


def excerpt(fm: str, first: int, last: int) -> tuple[str, int]:
    lines = fm.split("\n")
    return "\n".join(lines[first:last]), sum(len(line) + 1 for line in lines[:first])


@pytest.mark.parametrize(
    ("fm", "first", "last"),
    [
        # the line before the error is plain: from it to the first plain line two after it
        (FILLER + "title: 'never closed\nnext: 1\n" + FILLER, 1499, 1502),
        # indented lines before and after the error are part of it
        (FILLER + "group:\n  a: 1\n  b: [x\nnext: 1\n" + FILLER, 1500, 1504),
        (FILLER + "title: 'never closed\n  more\n  more2\nnext: 1\n" + FILLER, 1499, 1503),
        # up to the header's end
        (FILLER + "next: 1\n  bad: 1\n", 1500, 1503),
        (FILLER + "title: 'x", 1499, 1501),
        # the plain line found is the header's second
        ("a: 1\nb: 2\ntitle: 'x\n" + FILLER, 1, 4),
    ],
)
def test_a_big_headers_error_is_read_from_the_lines_around_it(
    fm: str, first: int, last: int
) -> None:
    assert _around_error(loader_error(fm), fm) == excerpt(fm, first, last)


@pytest.mark.parametrize(
    "fm",
    [
        # no plain line between the first and the error: the whole header
        "group:\n" + "".join(f"  k{i}: v\n" for i in range(3000)) + "  bad: [x\n",
        "group:\n" + "".join(f"  k{i}: v\n" for i in range(3000)) + "  bad: [x\nnext: 1\n" + FILLER,
        # an anchor before the excerpt: an alias after it would not read alone
        "a: &x 1\n" + FILLER + "title: 'x\n" + FILLER,
        # small headers are read whole
        "a: 1\nb: 2\ntitle: 'x\nc: 3\n",
    ],
)
def test_a_header_is_read_whole_when_its_lines_alone_would_not_do(fm: str) -> None:
    assert _around_error(loader_error(fm), fm) == (fm, 0)


def test_exactly_20000_characters_is_not_yet_big() -> None:
    fm = "a: 1\nb: 2\nt: 'x\n"
    fm += "y" * (20_000 - len(fm))
    assert _around_error(loader_error(fm), fm) == (fm, 0)
    bigger = fm + "\nc: 3"
    assert _around_error(loader_error(bigger), bigger) == excerpt(bigger, 1, 4)


def test_an_error_without_a_place_is_read_whole() -> None:
    big = FILLER + "date: 2025-02-30\n"
    assert _around_error(ValueError("day is out of range for month"), big) == (big, 0)
    assert _around_error(yaml.MarkedYAMLError("while reading", None, "odd"), big) == (big, 0)
