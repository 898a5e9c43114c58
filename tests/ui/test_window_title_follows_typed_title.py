"""The window's title named the page by its saved title until the page was saved: a title
typed into the form changed nothing there. It follows the typing now, marked unsaved with
"*"; Undo brings the saved title back. The page list's row keeps the saved title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import window_on_site


def test_the_window_title_follows_the_title_typed(qtbot, settings, site_copy: Path) -> None:  # noqa: ANN001
    page = site_copy / "_resources" / "case-study-cag.md"
    window = window_on_site(qtbot, settings, site_copy, page, size=(1024, 700))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    saved = window.current_document().front_matter["title"]
    assert window.windowTitle().startswith(saved)
    assert not window.isWindowModified()

    box = window.form.widgets["title"].focus_target()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    box.selectAll()
    qtbot.keyClicks(box, "Citizens agree")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Citizens agree"), timeout=5000)
    assert window.windowTitle().startswith("Citizens agree[*]")  # Qt shows the "*" there
    assert window.isWindowModified()
    assert page.read_text(encoding="utf-8").count("Citizens agree") == 0

    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.save_action.trigger()  # saved: the title stays, the mark goes
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    assert window.windowTitle().startswith("Citizens agree")
    window.close()
