"""headings: heading-skipped, heading-duplicate-title."""

from __future__ import annotations

from content_helpers import check_text, content_of  # noqa: F401


def test_headings_and_title() -> None:
    text = "---\ntitle: My page\n---\n# My page\n\n## Part\n\n#### Deep\n"
    assert check_text(text) == [(4, "heading-duplicate-title"), (8, "heading-skipped")]
