"""Keys typed in the text that belong to the window reach the window: Ctrl+Shift+F (Search
Site) opened the editor's own find bar (Ctrl+F), and the site search never came."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import click_document, open_site

PAGE = "_resources/case-study-dfe.md"


def test_ctrl_shift_f_in_the_text_opens_search_site(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    window.editor.setFocus()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.site_tools.dock.isVisible())
    assert not window.editor.find_bar.isVisible()


def test_ctrl_f_still_opens_the_find_bar(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.find_bar.isVisible()
    assert not window.site_tools.dock.isVisible()
