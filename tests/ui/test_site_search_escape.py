"""Escape in the Search Site panel closes it and brings the document list back, as Escape
closes the find bar and the review queue; it did nothing, and the search kept the list's
place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

PAGE = "_resources/case-study-cag.md"


def test_escape_in_the_search_box_closes_the_search(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    assert window.open_document(site_copy / PAGE)
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.site_tools.panel
    qtbot.waitUntil(lambda: panel.box.hasFocus(), timeout=5000)
    assert not window.library.isVisible()
    qtbot.keyClicks(panel.box, "health")
    qtbot.keyClick(panel.box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library.isVisible(), timeout=5000)
    assert not window.site_tools.dock.isVisible()
    assert window.editor.hasFocus()  # back to the page being written


def test_escape_in_the_results_closes_the_search(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    window.site_tools.show_search()
    panel = window.site_tools.panel
    with qtbot.waitSignal(panel.searchFinished, timeout=10000):
        qtbot.keyClicks(panel.box, "health")
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library.isVisible(), timeout=5000)
    assert not window.site_tools.dock.isVisible()
