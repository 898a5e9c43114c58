"""At 1024 wide the review window's queue keeps its half after a decision: the buttons under
the page (Undo, Send back, Approve; Publish for an approved Jekyll draft) stay short, what
Undo takes back named in its tip, so the row never widens the page's side and the queue's
Review column still shows "sent back" whole (it was elided to "sent ba…"). Nor does the
queue, read again, bring back a column it left out too narrow for its heading (Qt measures a
hidden heading as 0), pushing Review past the edge. The window as a 1024x700 screen places
it: 942x644."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core.site import Site
from editor_app.ui.review import ReviewPanel
from editor_app.ui.review.window import ReviewWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402

BRIEFING = "_resources/legitimate-interests-briefing-paper.md"  # a long title


def _window(qtbot, site_copy: Path, settings) -> ReviewWindow:  # noqa: ANN001
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(942, 644)  # as placed on a 1024x700 screen
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    return window


def _queue_keeps_its_half(panel: ReviewPanel) -> None:
    queue, page = panel.splitter.sizes()
    assert queue >= page - 40, (queue, page)
    table = panel.table
    shown = [c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)]
    widths = [table.columnWidth(c) for c in shown]
    assert sum(widths) <= table.viewport().width(), (shown, widths, table.viewport().width())


def test_after_a_send_back_the_queue_keeps_its_half(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    monkeypatch.setattr(ReviewPanel, "ask_send_back_note", classmethod(lambda c, p, t="": "Add the date."))
    window = _window(qtbot, site_copy, settings)
    panel = window.panel
    path = site_copy / BRIEFING
    assert panel.select_path(path)
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.send_back_current()
    qtbot.wait(50)
    _queue_keeps_its_half(panel)
    assert panel.undo_button.text() == "Undo send back"
    assert "Legitimate interests briefing paper" in panel.undo_button.toolTip()


def test_an_approved_draft_offers_publish_in_the_same_room(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    text = page.read_text(encoding="utf-8")  # a warning, so Approve would read long
    page.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    monkeypatch.setattr(ReviewPanel, "ask_approval", classmethod(lambda c, p, t, f: (False, "")))
    monkeypatch.setattr(ReviewPanel, "ask_publish", classmethod(lambda c, p, t, target: False))
    window = _window(qtbot, site_copy, settings)
    panel = window.panel
    assert panel.select_path(page)
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.approve_current()
    assert panel.select_path(page)
    qtbot.wait(50)
    assert panel.publish_button.isVisible()
    assert not panel.approve_button.isVisible()  # approved, unchanged: nothing to approve again
    _queue_keeps_its_half(panel)
