"""Reference-style links are found as before, in one fast pass: the pattern starts at the "["
(the engine skips ahead to each one) and reads the "!" of an image behind it; a page's link
reference definitions are read once for its links and its images."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.checks import content_links
from editor_app.core.checks.page import make_page
from editor_app.core.document import Document
from editor_app.core.validate import validate_document

# The pattern as it was (the "!" before the "[", looked for at every position).
_FORMER = re.compile(r"(?<![\]\\])(!?)\[([^\[\]\n]*)\](?:\[([^\[\]\n]*)\]|(?![(\[:]))")


def _uses(pattern: re.Pattern, text: str, is_image: Callable[[str | None], bool]) -> list:
    """(an image?, text, label, line, end) of each use."""
    return [
        (is_image(m.group(1)), m.group(2), m.group(3)) + (text.count("\n", 0, m.start()), m.end())
        for m in pattern.finditer(text)
    ]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="![]()\\:a \n", max_size=40))
def test_the_same_uses_as_the_former_pattern(text: str) -> None:
    # The former pattern's group 1 is "!" for an image; the new one's is set (empty).
    now = _uses(content_links._REF_USE, text, lambda g: g is not None)
    assert now == _uses(_FORMER, text, lambda g: g == "!")


def test_the_pattern_starts_at_the_bracket() -> None:
    assert content_links._REF_USE.pattern.startswith(r"\[")


def test_definitions_read_once_for_links_and_images(monkeypatch) -> None:
    calls = []
    real = content_links.reference_definitions
    monkeypatch.setattr(
        content_links, "reference_definitions", lambda s: calls.append(1) or real(s)
    )
    text = (
        "---\ntitle: T\n---\n\nRead [click here][r] and see ![DSC01234.jpg][p] too.\n\n"
        "[r]: https://example.org/report\n[p]: /img/p.jpg\n"
    )
    problems = validate_document(Document.from_text(text, Path("page.md")), content=True)
    codes = {p.code for p in problems}
    assert "link-text-unclear" in codes or any("click here" in p.message for p in problems)
    assert len(calls) == 1


def test_references_read_in_one_pass_for_links_and_images(monkeypatch) -> None:
    # On a page that defines references, the reference pattern runs over the page once, its
    # images and its links both kept from that pass.
    passes = []
    pattern = content_links._REF_USE

    class Counted:
        def finditer(self, text: str):
            passes.append(1)
            return pattern.finditer(text)

    monkeypatch.setattr(content_links, "_REF_USE", Counted())
    text = (
        "---\ntitle: T\n---\n\nRead [the report][r] and see ![A chart][p] too.\n\n"
        "[r]: https://example.org/report\n[p]: /img/p.jpg\n"
    )
    page = make_page("page.md", None, None, text)
    assert [link.url for link in content_links.page_links(page)] == ["https://example.org/report"]
    assert [image.src for image in content_links.page_images(page)] == ["/img/p.jpg"]
    assert [image.line for image in content_links.page_images(page)] == [5]
    assert len(passes) == 1
