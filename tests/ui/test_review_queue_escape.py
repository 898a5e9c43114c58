"""Escape closes the review queue window, as it does a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow


def test_escape_closes_the_review_queue(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=20000):
        window.set_site(Site.open(site_copy))
    window.show()
    qtbot.waitExposed(window)
    table = window.panel.queue.table  # the queue's list has the keys, as after a click
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
