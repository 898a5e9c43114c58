"""A page with an open note opens the Review notes panel by itself. At 1024x700 beside the
page it squeezed the three panes (the list's titles ~90 px, the form's Title box cut, the text
290 px wide): in a narrow window it opens under the page instead, a tab beside Problems; in a
wide one it stays beside the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.cli import main

BRAND = "_resources/brand-narrative.md"


def _noted(site: Path) -> Path:
    page = site / BRAND
    args = ["review", "note", str(page), "--on", "a short public facing story", "--text", "Shorter."]
    assert main(args) == 0
    return page


def test_at_1024x700_the_notes_open_under_the_page(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    window.showNormal()
    window.resize(1024, 680)
    page = _noted(site_copy)
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    dock = window.review.notes_dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    qtbot.wait(50)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.editor.width() >= 330  # beside the page it left the text 290 px
    assert window.library.width() >= 250
    # A whole-site Check shows Problems in the same place, a tab beside the notes.
    window.checks.validate_whole_site()
    qtbot.waitUntil(lambda: "Whole site" in window.problems.summary.text(), timeout=60000)
    assert window.problems_dock in window.tabifiedDockWidgets(dock)
    assert window.problems.tree.width() > 600  # its problems readable, not side by side


def test_in_a_wide_window_the_notes_open_beside_the_page(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    window.showNormal()
    window.resize(1440, 900)
    page = _noted(site_copy)
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    dock = window.review.notes_dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
