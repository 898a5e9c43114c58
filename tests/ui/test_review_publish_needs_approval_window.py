"""The review window offers to publish a Jekyll draft once it is approved; when the approval
could not be kept (its review record is damaged, so Approve anyway recorded nothing), Publish
is refused as on the command line, and the window says why in one line: nothing is moved."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from review_helpers import approve_then_publish

from editor_app.core import review
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def test_publish_refused_without_a_kept_approval_says_why(
    qtbot, site_copy: Path, settings: QSettings, monkeypatch
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    notes = review.notes_path(page)
    notes.parent.mkdir()
    notes.write_text("notes: [\n", encoding="utf-8")
    monkeypatch.setattr(
        ReviewPanel, "ask_approval", classmethod(lambda cls, p, t, f: (True, "record broken"))
    )
    errors, published = approve_then_publish(qtbot, site_copy, page, settings, monkeypatch)
    assert published == []
    assert len(errors) == 1 and "\n" not in errors[0]
    assert errors[0].startswith("The draft could not be published: The draft's approval cannot")
    assert "repair .review/data-trusts.md.notes.yml, approve the draft" in errors[0]
    assert page.read_bytes() == before
    assert not list((site_copy / "_posts").glob("*data-trusts.md"))
