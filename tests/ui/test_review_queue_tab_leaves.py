"""Tab leaves the review queue table (the arrows move in it), as in the page list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow


def test_tab_leaves_the_queue_and_arrows_move_in_it(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=20000):
        window.set_site(Site.open(site_copy))
    window.show()
    qtbot.waitExposed(window)
    table = window.panel.queue.table
    assert table.model().rowCount() >= 2
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the arrows move in the table

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not table, "Tab walked into the next cell instead of leaving the table"
    assert table.currentIndex().row() == 1
    assert table.currentIndex().column() == 0
