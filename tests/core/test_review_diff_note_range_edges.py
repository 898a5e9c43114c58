"""Where a note shows in the Drafts dialog's comparison when its range runs to or past its
paragraph's end: marked up to the paragraph's end only, and a note starting at that end (in
the blank line between paragraphs) is in no paragraph."""

from __future__ import annotations

from editor_app.core.review.diff import diff_versions, newer_side_place

OLD = "---\ntitle: T\n---\nFirst words here.\n\nSecond words there.\n"
NEW = "---\ntitle: T\n---\nFirst words changed.\n\nSecond words changed too.\n"
BODY = "First words changed.\n\nSecond words changed too.\n"


def test_a_note_running_past_its_paragraph_is_marked_to_its_end() -> None:
    diff = diff_versions(OLD, NEW)
    start = BODY.index("changed.")
    place = newer_side_place(diff, BODY, start, len(BODY))
    assert place is not None
    _row, cell_start, cell_end = place
    assert "First words changed."[cell_start:cell_end] == "changed."
    assert cell_end == len("First words changed.")


def test_a_note_starting_at_its_paragraphs_end_is_in_no_paragraph() -> None:
    diff = diff_versions(OLD, NEW)
    end_of_first = len("First words changed.")
    assert newer_side_place(diff, BODY, end_of_first, end_of_first + 1) is None
