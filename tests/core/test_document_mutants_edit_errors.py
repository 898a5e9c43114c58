"""A header that cannot be read is explained in exact words, on the line the author must fix,
whichever YAML parser objected (tools/mutation.py document-edit: `document_errors.py`).

Mutation testing leaves these alive in `document_errors.py`; each is equivalent:
- `explain_yaml_error`: `exc.context or ""` -> `or "XXXX"` (the context is only searched for
  parser phrases, which "XXXX" does not hold); the column when there is no mark (0 -> 1: the
  line is then empty, so no character is read either way); `"simple key" in context or
  "could not find expected ':'" in problem` -> `and`, or either phrase changed: both parsers
  always say both (the "while scanning a simple key" context comes only with that problem).
- `yaml_error_mark`: the defaults of `getattr(exc, "context", "")`, `getattr(exc, "problem",
  "")` and their `or ""` (None, "XXXX"): an error without them (not a marked YAML error) has
  no context mark either, and a missing or empty one matches no phrase.
- `yaml_problem`: the text left out of the explanation of an error that is not YAML's (an
  impossible date, too deep a nesting: their words never quote the line), or of the C
  parser's error when the pure-Python parser reads the header (only invisible characters the
  C parser refuses get there: a byte order mark or a tab inside the header, never a quote
  followed by more text, the one explanation that reads the line).
- `FrontMatterError.__init__`: `super().__init__(None)`: `str()` of the error is its own
  "line N: message", and `args` is read nowhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from editor_app.core.document import Document
from editor_app.core.document_errors import (
    FrontMatterError,
    explain_yaml_error,
    yaml_error_mark,
    yaml_problem,
)

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"

NOT_LINED_UP = (
    "This line does not line up with the lines above it. Check the spaces at the start of the "
    "line, and that any quoted value ends with its quote."
)
NEEDS_QUOTES = (
    "A value starting with '{}' needs quotes around it. Put the whole value in double quotes."
)

# A header's lines (after the first '---'), the file line shown and the exact words.
MISTAKES = [
    ("title: x\n[a, b]: c\n", 3, NEEDS_QUOTES.format("[")),
    (
        "title: x\n{a: 1}: c\n",
        3,
        "A value starting with '{' needs quotes around it (site code such as {{ ... }} does not "
        "work in the header). Put the whole value in double quotes.",
    ),
    (
        "title: !foo x\n",
        2,
        "This value has a type marker (a word starting with !) that the header does not allow. "
        "Remove the marker, or put the whole value in quotes.",
    ),
    ("tags:\n  - a\n - b\n", 4, NOT_LINED_UP),
    ("title: [a, b]]\n", 2, NOT_LINED_UP),
    ("title: x\n- a\n", 3, NOT_LINED_UP),
    (
        "title: x\n%YAML 1.1\n",
        4,
        "This line does not line up with the lines above it. Check the spaces at the start of "
        "the line.",
    ),
    (
        "tags: - a\n",
        2,
        "A list item (- ...) is in the wrong place. Put it on its own line, indented under the "
        "name it belongs to.",
    ),
    (
        "title: x\nfirst: &a 1\nsecond: &a 2\n",
        4,
        "The same &name is used twice. Rename one of them.",
    ),
    (
        "title: 'x' y\n",
        2,
        "There is more text after a quoted value on this line. Put the whole value in double "
        "quotes, or remove the extra text.",
    ),
    (
        "title: x\nfoo\n",
        3,
        "This line is not a 'name: value' pair. Add the missing colon, or indent the line if it "
        "continues the value above.",
    ),
    (
        "title: x\n\tc: d\n",
        3,
        "This line is indented with a tab. Headers must be indented with spaces only: replace "
        "the tab with two spaces.",
    ),
    ("title: x\nlink: @home\n", 3, NEEDS_QUOTES.format("@")),
    ("title: *x\n", 2, NEEDS_QUOTES.format("*")),
    (
        "title: |x\n",
        2,
        "The header cannot be read on this line (expected chomping or indentation indicators, "
        "but found 'x').",
    ),
    (
        "when: 2025-02-30\n",
        2,
        "The date 2025-02-30 on this line does not exist: February 2025 has 28 days. Correct "
        "it, written as year-month-day, for example 2025-02-28.",
    ),
]


@pytest.mark.parametrize(("header", "line", "message"), MISTAKES)
def test_each_mistake_is_explained_in_exact_words_on_its_line(
    header: str, line: int, message: str
) -> None:
    doc = Document.from_text("---\n" + header + "---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (line, message)
    assert str(doc.error) == f"line {line}: {message}"


# The C parser words some mistakes its own way; when only it objects, or when its error is
# the one at hand, the author reads the same explanation.
SAME_FROM_BOTH_PARSERS = [
    "title: x\n[a, b]: c\n",
    "tags:\n  - a\n - b\n",
    "title: [a, b]]\n",
    "title: x\n- a\n",
    "tags: - a\n",
    "title: x\nfirst: &a 1\nsecond: &a 2\n",
    "title: 'x' y\n",
    "title: x\nfoo\n",
    "a: 'x\n",
    "a: [x\n",
    'a: "\\q"\n',
    "a: `x\n",
    "a: *x\n",
    "a: {{ x }}\n",
    "a: b: c\n",
]


def _error(text: str, loader: type) -> yaml.YAMLError:
    with pytest.raises(yaml.YAMLError) as raised:
        yaml.load(text, Loader=loader)
    return raised.value


@pytest.mark.parametrize("header", SAME_FROM_BOTH_PARSERS)
def test_both_parsers_errors_get_the_same_explanation(header: str) -> None:
    python = explain_yaml_error(_error(header, yaml.SafeLoader), header)
    c_parser = explain_yaml_error(_error(header, yaml.CSafeLoader), header)
    assert c_parser == python
    assert not python.startswith("The header cannot be read")


def test_the_c_parsers_own_wording_of_a_misplaced_list_item() -> None:
    header = "- a\nb: c\n"
    assert explain_yaml_error(_error(header, yaml.CSafeLoader), header) == (
        "This list item does not line up with the items above it. Check its indentation."
    )


def test_a_byte_order_mark_inside_the_header_is_placed_on_its_line() -> None:
    """Only the C parser refuses it (two files pasted together): its error is the one shown."""
    doc = Document.from_text("---\ntitle: x\n\ufeffsummary: y\n---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (3, NOT_LINED_UP)


def test_too_deep_a_nesting_is_shown_on_its_own_line() -> None:
    doc = Document.load(HOSTILE / "deep-nesting.md")
    assert doc.error is not None
    assert doc.error.line == 3
    assert doc.error.message == (
        "The header is nested too deeply (lists or groups inside each other, many levels "
        "down). Simplify it."
    )


def test_an_impossible_date_is_the_error_shown_whoever_found_it() -> None:
    text = "when: 2025-02-30\n"
    try:
        yaml.load(text, Loader=yaml.CSafeLoader)
    except ValueError as c_error:
        shown, message = yaml_problem(text, c_error)
    assert isinstance(shown, ValueError) and "out of range" in str(shown)
    assert message.startswith("The date 2025-02-30 on this line does not exist: February")


def _marked(
    problem: str | None,
    context: str | None = None,
    line: int | None = 0,
    column: int = 0,
    context_line: int = 0,
) -> yaml.MarkedYAMLError:
    mark = None if line is None else yaml.Mark("<header>", 0, line, column, None, None)
    context_mark = yaml.Mark("<header>", 0, context_line, 4, None, None)
    return yaml.MarkedYAMLError(context, context_mark, problem, mark)


# Errors no header leads either parser to, explained all the same (other readers of YAML,
# errors a later version of a parser may raise).
@pytest.mark.parametrize(
    ("error", "text", "message"),
    [
        (
            yaml.YAMLError("broken"),
            "",
            "The header cannot be read. Check the lines between the --- markers.",
        ),
        (ValueError("not a number"), "", "The header cannot be read (not a number)."),
        (
            ValueError("month must be in 1..12"),
            "",
            # a date the header's text does not show (another reader's): no Python words
            "A date in the header does not exist. Correct it, written as year-month-day, for "
            "example 2025-02-28.",
        ),
        (
            RecursionError("deep"),
            "",
            "The header is nested too deeply (lists or groups inside "
            "each other, many levels down). Simplify it.",
        ),
        (
            _marked(None, "while reading"),
            "a: b\n",
            "The header cannot be read on this line (unreadable).",
        ),
        (
            _marked(None, None, line=None),
            "a: b\n",
            "The header cannot be read on this line (unreadable).",
        ),
        (_marked("  odd  "), "a: b\n", "The header cannot be read on this line (odd)."),
        # the line the parser points at is past the text given: no character to quote
        (
            _marked("found character that cannot start any token", line=1),
            "a: @",
            "The header cannot be read on this line (found character that cannot start any token).",
        ),
        (
            _marked("found character that cannot start any token", line=3),
            "a: @",
            "The header cannot be read on this line (found character that cannot start any token).",
        ),
        (
            _marked("exceeded maximum nesting depth"),
            "",
            "The header is nested too deeply (lists "
            "or groups inside each other, many levels down). Simplify it.",
        ),
    ],
)
def test_errors_from_elsewhere_are_explained(error: BaseException, text: str, message: str) -> None:
    assert explain_yaml_error(error, text) == message


def test_without_the_text_no_character_is_quoted() -> None:
    error = _error("a: @home\n", yaml.SafeLoader)
    assert explain_yaml_error(error, "a: @home\n") == NEEDS_QUOTES.format("@")
    assert explain_yaml_error(error) == (
        "The header cannot be read on this line (found character '@' that cannot start any token)."
    )


@pytest.mark.parametrize(
    "problem",
    ["found unexpected end of stream", "expected the node content, but found '<stream end>'"],
)
def test_text_running_out_is_shown_where_the_unfinished_part_began(problem: str) -> None:
    """Whatever the context says, an error at the end of the text points at where the value
    that never ended was opened (line 2 here), not at the end."""
    error = _marked(problem, "while scanning a tag", line=9, column=0, context_line=2)
    mark = yaml_error_mark(error)
    assert mark is not None and (mark.line, mark.column) == (2, 4)


def test_another_error_is_shown_where_the_parser_stopped() -> None:
    error = _marked("expected a digit", "while scanning a tag", line=9, context_line=2)
    mark = yaml_error_mark(error)
    assert mark is not None and mark.line == 9
    no_problem_mark = _marked("expected a digit", "while scanning a tag", line=None, context_line=2)
    mark = yaml_error_mark(no_problem_mark)
    assert mark is not None and mark.line == 2
    assert yaml_error_mark(yaml.YAMLError("no marks")) is None


def test_a_front_matter_error_says_its_line_and_words() -> None:
    error = FrontMatterError(7, "Add the closing quote.")
    assert (error.line, error.message, str(error)) == (
        7,
        "Add the closing quote.",
        "line 7: Add the closing quote.",
    )


def test_an_unclosed_quote_is_shown_where_it_opened_even_at_a_document_separator() -> None:
    """The parser stops at the '---' line (line 1), the quote opened on line 0."""
    error = _error("a: 'x\n---\nb: c\n", yaml.SafeLoader)
    mark = yaml_error_mark(error)
    assert mark is not None and (mark.line, mark.column) == (0, 3)
