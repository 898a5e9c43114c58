"""Headers the form cannot show, and header mistakes without a place of their own.

Written against the mutants of `tools/mutation.py document-read` that got through the other
document tests: `DocumentReading._load_text`'s branch for Eleventy's JavaScript settings
(`---js`, `---javascript`) and `header_problem`'s last resort, the line shown when neither a
date nor a type mark places a mistake. Equivalent mutants, with why:

- `_load_text`: the `---js` error made with `fixable=None` instead of False: the window asks
  only whether the error is one to fix (`if doc.error.fixable`), None and False alike say no.
- `header_problem`: the named ones in test_document_mutants_read_errors.py's docstring.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.validate import validate_paths

JS_MESSAGE = (
    "The page settings are JavaScript code (---js), which Eleventy runs when it builds the "
    "site: the form cannot show them."
)
JS_PAGE = '---{language}\nmodule.exports = {{\n  title: "Authors",\n}};\n---\n\nThe authors.\n'


@pytest.mark.parametrize("language", ["js", "JS", "javascript", "JavaScript", "JAVASCRIPT"])
def test_javascript_settings_are_told_as_code_not_as_a_mistake(language: str) -> None:
    text = JS_PAGE.format(language=language)
    doc = Document.from_text(text)
    assert doc.has_front_matter is True
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (1, JS_MESSAGE)
    assert not doc.error.fixable  # nothing is wrong: the window offers no fix
    assert doc.front_matter == {} and doc.get("title") is None
    assert doc.body == "\nThe authors.\n"
    # the code is kept as written, and saved byte for byte
    assert doc.raw_front_matter == 'module.exports = {\n  title: "Authors",\n};\n'
    assert doc.text == text and doc.to_bytes() == text.encode("utf-8")


def test_javascript_settings_are_not_read_as_another_language() -> None:
    doc = Document.from_text("---jsx\nx\n---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        1,
        "Page settings written in jsx cannot be edited here.",
    )
    assert doc.error.fixable


# --- header_problem's last resort


def test_a_mistake_nothing_places_is_shown_on_the_header_first_line() -> None:
    # A number too long for Python is neither a date that does not exist nor a value its
    # type mark cannot make: nothing places it, and the header's first line is shown.
    doc = Document.from_text("---\ntitle: A\nn: " + "1" * 5000 + "\n---\nBody\n")
    assert doc.error is not None
    assert doc.error.line == 2
    assert doc.body == "Body\n" and doc.front_matter == {}


def test_an_impossible_time_is_shown_on_its_own_line_in_plain_words() -> None:
    doc = Document.from_text("---\ntitle: A\nd: 2025-01-01 25:00:00\n---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        3,
        "The time in 2025-01-01 25:00:00 on this line does not exist: an hour goes from 0 to "
        "23. Correct it, for example 2025-01-01 18:30:00.",
    )
    assert doc.body == "Body\n" and doc.front_matter == {}


@pytest.mark.parametrize("before", ["", "title: A\n"])
def test_a_date_mark_on_a_value_that_is_no_date_is_explained_on_its_line(before: str) -> None:
    # PyYAML's date reading fails on `2025-13` with a Python AttributeError: the page used to
    # stop the validator and the window with that error instead of being explained.
    doc = Document.from_text(f"---\n{before}d: !!timestamp 2025-13\n---\nBody\n")
    assert doc.error is not None
    assert (doc.error.line, doc.error.message) == (
        2 + before.count("\n"),
        "The value '2025-13' is marked as a date (!!timestamp) but is not one. "
        "Correct the value, or remove the mark.",
    )
    assert doc.body == "Body\n"


def test_the_validator_explains_a_date_mark_on_a_value_that_is_no_date(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("---\ntitle: A\nd: !!timestamp 2025-13\n---\nBody\n")
    found = [(p.line, p.message) for p in validate_paths([tmp_path / "page.md"], content=False)]
    assert (
        3,
        "The value '2025-13' is marked as a date (!!timestamp) but is not one. "
        "Correct the value, or remove the mark.",
    ) in found
