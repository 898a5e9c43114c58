"""The review window offers Undo of a send back beside the page sent back: with another page
of the queue shown, "Undo send back" stood beside that page's own Send back and Approve, as if
about a page never sent back. Choosing the page again offers it again."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.ui.review import ReviewPanel
from editor_app.ui.review.window import ReviewWindow

BRIEFING = "_resources/legitimate-interests-briefing-paper.md"
BRAND = "_resources/brand-narrative.md"  # the other page of connectedbydata's queue


def test_undo_send_back_is_offered_beside_its_page(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    monkeypatch.setattr(
        ReviewPanel, "ask_send_back_note", classmethod(lambda c, p, t="": "Add the date.")
    )
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    panel = window.panel
    assert panel.select_path(site_copy / BRIEFING)
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        assert panel.send_back_current()
    assert panel.undo_button.isEnabled() and panel.undo_button.text() == "Undo send back"

    assert panel.select_path(site_copy / BRAND)
    assert not panel.undo_button.isEnabled()
    assert panel.undo_button.text() == "Undo"

    assert panel.select_path(site_copy / BRIEFING)
    assert panel.undo_button.isEnabled() and panel.undo_button.text() == "Undo send back"
    assert "Legitimate interests briefing paper" in panel.undo_button.toolTip()
