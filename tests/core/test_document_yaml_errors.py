"""A header that cannot be read is explained once: the window's banner and the validator say the
same thing, on the same line, in words an author can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.validate import validate_document, validate_site

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"

# Broken headers of the hostile corpus, each with words its explanation must hold (a header
# holding a zero byte is binary data, reported once as such: test_zero_bytes.py).
BROKEN = {
    "malformed-yaml.md": "quotation mark opened on this line is never closed",
    "bad-indentation.md": "colon followed by a space",
    "control-chars.md": "invisible control character",
    "key-is-a-list.md": "needs quotes",
    "unknown-tags.md": "type marker",
    "python-object-apply.md": "type marker",
    "deep-nesting.md": "nested too deeply",
}
# Parser words an author should never have to read.
JARGON = ("<block end>", "<scalar>", "found character", "stream", "constructor", "tag:yaml")


def _said(doc: Document) -> tuple[int, str]:
    """What the validator says about the document's header: (line, message)."""
    [problem] = [p for p in validate_document(doc) if p.code == "yaml-syntax"]
    return problem.line, problem.message


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_banner_and_validator_say_the_same_for_the_hostile_corpus(name: str) -> None:
    doc = Document.load(HOSTILE / name)
    assert doc.error is not None
    assert _said(doc) == (doc.error.line, doc.error.message)
    assert BROKEN[name] in doc.error.message
    assert not any(word in doc.error.message for word in JARGON)
    assert doc.error.message.endswith(".")


def test_whole_site_validation_says_what_the_banner_says(tmp_path: Path) -> None:
    """The same words when the corpus is checked as a site (index, then the rules)."""
    from editor_app.core.site import Site

    for name in BROKEN:
        (tmp_path / name).write_bytes((HOSTILE / name).read_bytes())
    problems = {p.path: p for p in validate_site(Site.open(tmp_path)) if p.code == "yaml-syntax"}
    assert sorted(problems) == sorted(BROKEN)
    for name, problem in problems.items():
        error = Document.load(tmp_path / name).error
        assert error is not None
        assert (problem.line, problem.message) == (error.line, error.message)


@pytest.mark.parametrize(
    ("header", "line", "words"),
    [
        # The C and the Python parser word this one differently; the explanation does not.
        ('title: "A" and more\n', 2, "more text after a quoted value"),
        ("title: x\ntopics: [Housing\nstatus: y\n", 3, "bracket"),
        ("title: x\nauthor: 'Jo\nstatus: y\n", 3, "quotation mark"),
        ("title: @home\n", 2, "starting with '@' needs quotes"),
        ("title: `code`\n", 2, "starting with '`' needs quotes"),
        ("title: {{ page.x }}\n", 2, "site code such as {{ ... }}"),
        ("title: x\njust words\nstatus: y\n", 3, "not a 'name: value' pair"),
        ("title: x\ntopics:\n  - a\n - b\n", 5, "does not line up"),
        ('title: "a \\q b"\n', 2, "backslash"),
    ],
)
def test_each_kind_of_mistake_is_named_with_its_fix(header: str, line: int, words: str) -> None:
    doc = Document.from_text("---\n" + header + "---\nBody\n")
    assert doc.error is not None and doc.error.line == line
    assert words in doc.error.message
    assert _said(doc) == (doc.error.line, doc.error.message)
    assert not any(word in doc.error.message for word in JARGON)


_PIECES = st.sampled_from(
    [
        "title",
        "topics",
        ":",
        ": ",
        " ",
        "  ",
        "\n",
        "- ",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        ",",
        "#",
        "@",
        "*",
        "&a ",
        "!x ",
        "|",
        ">",
        "\\",
        "a",
        "b c",
        "\t",
        "\x07",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join))
def test_any_broken_header_gets_one_explanation(header: str) -> None:
    doc = Document.from_text("---\n" + header + "\n---\nBody\n")
    problems = [p for p in validate_document(doc) if p.code == "yaml-syntax"]
    if doc.error is None or not problems:
        return  # readable, or not a YAML mistake (a list for a header, a tab line...)
    [problem] = problems
    assert problem.message == doc.error.message
    assert problem.line == doc.error.line


_FILLER = "".join(f"field{i}: value {i}\n" for i in range(1_500))  # over 20,000 characters


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join), st.booleans())
def test_a_big_headers_error_is_explained_from_its_lines_the_same_as_from_all(
    header: str, filler_after: bool
) -> None:
    """Over 20,000 characters the explanation reads only the lines around the error (the
    pure-Python parser takes seconds over 50,000 fields): same line, same words."""
    from editor_app.core import document_read

    text = "---\n" + _FILLER + header + "\n" + (_FILLER if filler_after else "") + "---\nBody\n"
    excerpt = Document.from_text(text)
    real = document_read._BIG_HEADER
    try:
        document_read._BIG_HEADER = 10**9  # the whole header, as small ones are read
        whole = Document.from_text(text)
    finally:
        document_read._BIG_HEADER = real
    if whole.error is None:
        assert excerpt.error is None
        return
    assert excerpt.error is not None
    assert (excerpt.error.line, excerpt.error.message) == (whole.error.line, whole.error.message)


def test_a_big_headers_error_is_not_read_again_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.core import document_read

    read: list[int] = []
    real = document_read.yaml_problem

    def spy(text: str, exc: BaseException):
        read.append(len(text))
        return real(text, exc)

    monkeypatch.setattr(document_read, "yaml_problem", spy)
    fields = "".join(f"field{i}: value {i}\n" for i in range(50_000))
    doc = Document.from_text("---\n" + fields + "title: 'never closed\n" + fields + "---\n")
    assert doc.error is not None and doc.error.line == 50_002
    assert "quotation mark" in doc.error.message
    assert read and max(read) < 1_000


def test_an_impossible_date_is_placed_on_its_own_line() -> None:
    from editor_app.core.document import Document

    doc = Document.from_text(
        "---\nlayout: study\ntitle: A\nreference: x\nauthor: B\ndate: 2025-02-30\n---\nBody.\n"
    )
    assert doc.error is not None
    assert doc.error.line == 6
    assert "does not exist" in doc.error.message
