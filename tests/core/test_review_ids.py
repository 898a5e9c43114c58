"""A note's, suggested edit's and decision's id is made and shown with one length
(review.ID_LENGTH) wherever it is quoted."""

from __future__ import annotations

from datetime import UTC, datetime

from editor_app.core import review
from editor_app.core.review.common import new_id
from editor_app.core.review.suggestions import Suggestion


def test_ids_are_made_and_shown_with_one_length() -> None:
    made = new_id()
    assert len(made) == review.ID_LENGTH and review.shown_id(made) == made
    edit = Suggestion(replacement="Some", author="Ed", date=datetime.now(UTC), quote="Words")
    assert len(edit.id) == review.ID_LENGTH
    # An id another tool wrote longer is shown as long as ours.
    assert review.shown_id("0123456789abcdef0123") == "0123456789ab"
