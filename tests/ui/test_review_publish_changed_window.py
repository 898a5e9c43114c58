"""The review window offers to publish a Jekyll draft as it approves it; when the draft is
changed while the question is open (the author saves newer words), Publish is refused as on
the command line, in one line, and nothing is moved: the newer words were not approved. The
window says what to do in its own terms (press Approve), not the command line's."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from review_helpers import approve_then_publish

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def test_a_draft_changed_before_publish_is_not_published(
    qtbot, site_copy: Path, settings: QSettings, monkeypatch
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT

    def author_saves() -> None:
        page.write_bytes(page.read_bytes().replace(b"A draft.", b"Newer, unreviewed words."))

    errors, published = approve_then_publish(
        qtbot, site_copy, page, settings, monkeypatch, meanwhile=author_saves
    )
    assert published == []
    assert len(errors) == 1 and "\n" not in errors[0]
    # The core's words, with the window's way to approve: no command line named here.
    assert errors[0] == (
        "“Notes on data trusts”: changed since it was approved, so nothing was moved: "
        "look at it and approve it again (press Approve), then publish it."
    )
    assert "editor-app" not in errors[0]
    assert b"Newer, unreviewed words." in page.read_bytes()
    assert not list((site_copy / "_posts").glob("*data-trusts.md"))
