"""headings: heading-skipped, heading-duplicate-title."""

from __future__ import annotations

from content_helpers import check_text, content_of  # noqa: F401


def test_headings_and_title() -> None:
    text = "---\ntitle: My page\n---\n# My page\n\n## Part\n\n#### Deep\n"
    assert check_text(text) == [(4, "heading-duplicate-title"), (8, "heading-skipped")]


def test_a_page_whose_headings_all_skip_gets_three_the_last_saying_how_many_more() -> None:
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    body = "".join(f"### Part {i}\n\nText.\n\n# Top {i}\n\n" for i in range(5))
    doc = Document.from_text("---\ntitle: T\n---\n" + body, Path("p.md"))
    found = [p for p in validate_document(doc) if p.code == "heading-skipped"]
    assert [p.line for p in found] == [4, 10, 16]
    assert found[-1].message.endswith("(2 more headings on this page skip a level.)")
