"""The review diff's edges: unreadable page settings compared as written (a page removed or
unchanged), versions given as bytes, and paragraphs that keep their leading spaces (mutation
testing of `core/review/diff.py`, `tools/mutation.py review-diff`; the equivalent survivors are
named in test_review_diff_context.py)."""

from __future__ import annotations

from editor_app.core.review import diff_versions
from editor_app.core.review.diff import FieldChange, paragraphs

BROKEN = b"---\ntitle: [Tides\n---\nBody.\n"


def test_unreadable_settings_of_a_removed_page_are_shown_as_written() -> None:
    diff = diff_versions(BROKEN, None)
    assert diff.fields == [
        FieldChange("(page settings as written)", "title: [Tides\n", "", "changed")
    ]


def test_unreadable_settings_left_as_they_were_are_no_change() -> None:
    diff = diff_versions(BROKEN, BROKEN.replace(b"Body.", b"Body, longer."))
    assert diff.fields == []
    assert diff.changed


def test_versions_given_as_bytes_are_compared_as_text() -> None:
    diff = diff_versions(
        b"---\ntitle: Tides\n---\nOld words.\n", b"---\ntitle: Waves\n---\nOld words.\n"
    )
    assert diff.fields == [FieldChange("title", "Tides", "Waves", "changed")]


def test_a_paragraph_keeps_its_leading_spaces_and_first_letter() -> None:
    assert paragraphs("\n  indented code\n\nX marks the spot\n\n\n") == [
        "  indented code",
        "X marks the spot",
    ]
    assert paragraphs("X marks the spot\n\nText ending in X") == [
        "X marks the spot",
        "Text ending in X",
    ]
