"""The open page's row stays on show in the page list when Check (F7) opens the Problems
panel below and the list gets shorter: the row was left under the list's bottom edge, and the
author no longer saw which page was open (opensource-guide, 350 articles)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from shared_sites import copy_shared_site
from window_helpers import open_site


def test_the_open_row_stays_on_show_when_problems_open(
    qtbot, quiet_window, tmp_path: Path
) -> None:  # noqa: ANN001
    site = copy_shared_site("opensource-guide", tmp_path, "guide")
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, site)
    assert window.open_document(site / "_articles" / "finding-users.md")
    window.problems_dock.hide()
    view = window.library.view
    qtbot.waitUntil(lambda: view.currentIndex().isValid(), timeout=5000)
    # The open row at the list's bottom edge, as after scrolling down to it.
    view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtBottom)
    qtbot.wait(50)
    place = view.visualRect(view.currentIndex())
    assert 0 <= place.top() and place.bottom() <= view.viewport().height()
    before = view.viewport().height()

    window.editor.setFocus()
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: view.viewport().height() < before - 40, timeout=5000)

    def on_show() -> bool:
        place = view.visualRect(view.currentIndex())
        return place.top() >= 0 and place.bottom() <= view.viewport().height()

    qtbot.waitUntil(on_show, timeout=3000)
