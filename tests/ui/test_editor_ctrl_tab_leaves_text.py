"""With the keyboard alone the author could not leave the page's text: Tab types a tab there
(as it should) and Ctrl+Tab did nothing. Ctrl+Tab now goes on to the document list, Ctrl+Shift+Tab
back to the page's settings, and neither changes the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_tab_leaves_the_text_both_ways(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    open_site(qtbot, window, site_copy)
    page = site_copy / "_resources/case-study-dfe.md"
    assert window.open_document(page)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.editor)
    # On to the next part: the list (when shown), else the settings' first field; never
    # into the preview, whose Tab goes from link to link.
    ahead = QApplication.focusWidget()
    assert window.isAncestorOf(ahead) and not window.preview.isAncestorOf(ahead)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.editor)
    behind = QApplication.focusWidget()
    assert behind is not ahead and window.isAncestorOf(behind)
    assert not window.preview.isAncestorOf(behind)
    assert not window.current_document().is_modified
    # Tab alone still types in the text.
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert window.editor.hasFocus() and window.current_document().is_modified
