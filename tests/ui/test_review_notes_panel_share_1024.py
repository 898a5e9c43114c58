"""At 1024x700, after a Word import (a note and four suggested edits), the Review notes panel
under the page showed one suggested edit and the next one's header, a notes box as tall as
the suggestions' list, and two rows of buttons and a check box under them; the text above kept
about nine lines. Wide under the page, each list's buttons now stand on its summary's row, the
notes box is as tall as its note, and the suggested edits show two whole and half the next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.core import review
from editor_app.core.document import Document

PAGE = "_resources/public-stats-examples.md"
EDITS = [
    ("an overview of", "a short list of"),
    ("What should we add?", ""),
    ("Get in touch!", "Please get in touch!"),
    ("In February", "Last February"),
]


def _imported(site: Path) -> Path:
    """The page as a Word import leaves it: one note, four suggested edits."""
    page = site / PAGE
    body = Document.from_bytes(page.read_bytes()).body
    at = body.index("Design Lab")
    store = review.NoteStore(page)
    store.add(review.make_note(body, at, at + len("Design Lab"), "Link it here?", "Rae"))
    for old, new in EDITS:
        review.suggest(page, old, new, author="Rae")
    return page


def test_at_1024x700_the_suggested_edits_have_room(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    window.showNormal()
    window.resize(1024, 680)
    page = _imported(site_copy)
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    dock = window.review.notes_dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    panel = window.review.notes
    edits = panel.suggestions.list
    qtbot.waitUntil(lambda: edits.count() == 4, timeout=5000)

    # The page's text above keeps ten lines or more (the dock is sized once shown).
    def lines() -> int:
        return window.editor.viewport().height() // window.editor.fontMetrics().lineSpacing()

    qtbot.waitUntil(lambda: lines() >= 10, timeout=3000)
    # Two suggested edits whole in view, and part of the third.
    row = edits.visualItemRect(edits.item(2))
    assert row.top() < edits.viewport().height(), (row, edits.viewport().height())
    assert edits.visualItemRect(edits.item(1)).bottom() <= edits.viewport().height()
    # The notes box no taller than its one note needs; the suggestions' list the taller.
    assert panel.list.height() < edits.height()
    # Each list's buttons on its summary's row, not on rows of their own under it.
    def top_in(widget) -> int:  # noqa: ANN001
        return widget.mapTo(panel, widget.rect().topLeft()).y()

    summary = panel.suggestions.summary
    accept = panel.suggestions.accept_button
    assert abs(top_in(accept) - top_in(summary)) < summary.height() + 10
    assert top_in(panel.resolve_button) < top_in(panel.list)


def test_in_a_narrow_side_panel_the_buttons_stay_under_the_lists(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    window.showNormal()
    window.resize(1440, 900)
    page = _imported(site_copy)
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    dock = window.review.notes_dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    panel = window.review.notes
    qtbot.wait(100)
    assert panel.width() < panel.WIDE
    assert panel.resolve_button.y() > panel.list.y()  # under the notes, the summary its width
