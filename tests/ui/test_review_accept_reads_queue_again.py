"""Accepting a suggested edit in the review window reads the queue again: a better title
accepted shows in the queue and above the page (they kept the old one), the page stays
chosen, and the Approve button counts the page's problems as they are now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from review_helpers import open_panel

from editor_app.core import review
from editor_app.ui.review import ITEM_ROLE, ReviewPanel

BRAND = "_resources/brand-narrative.md"  # status: draft, nothing open


def test_an_accepted_title_shows_in_the_queue(qtbot, site_copy: Path, settings, monkeypatch):  # noqa: ANN001
    path = site_copy / BRAND
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    monkeypatch.setattr(
        ReviewPanel,
        "ask_setting_suggestion",
        classmethod(lambda cls, parent, values, labels: ("title", "Our brand narrative")),
    )
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    (made,) = review.NoteStore(path).suggestions
    shown = panel.notes.suggestions
    assert shown.select(made.id)
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    assert panel.title_label.text() == "Our brand narrative"
    assert panel.current is not None and panel.current.path == path.resolve()
    titles = [
        panel.model.index(row, 0).data(ITEM_ROLE).title for row in range(panel.model.rowCount())
    ]
    assert "Our brand narrative" in titles and "Brand narrative" not in titles
    assert panel.approve_button.text() == "Approve"  # nothing open, no problem
