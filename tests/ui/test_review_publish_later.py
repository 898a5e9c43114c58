"""A Jekyll draft approved, its "Publish the draft?" answered Later, is published from the
review window with Publish… (shown for an approved draft alone), not by approving it again:
asked as after approving, then moved into _posts with no second approval."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from review_helpers import open_panel

from editor_app.core import review
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def test_publish_an_approved_draft_later(
    qtbot, site_copy: Path, settings: QSettings, monkeypatch
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    asked: list[str] = []

    def later_then_publish(cls, parent, title, target) -> bool:  # noqa: ANN001
        asked.append(target)
        return len(asked) > 1  # Later when approving; Publish when asked again

    monkeypatch.setattr(ReviewPanel, "ask_publish", classmethod(later_then_publish))
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(page)
    assert not panel.publish_button.isVisibleTo(panel)  # waiting: approve it first
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.approve_current()
    assert panel.select_path(page)
    assert panel.publish_button.isVisibleTo(panel)
    published: list[tuple[Path, Path]] = []
    panel.published.connect(lambda old, new: published.append((old, new)))
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    (moved,) = list((site_copy / "_posts").glob("*data-trusts.md"))
    assert [Path(new) for _old, new in published] == [moved]
    assert not page.exists()
    assert len(asked) == 2
    # One approval: publishing did not approve it again.
    assert [d.decision for d in review.NoteStore(moved).decisions] == ["approved"]
