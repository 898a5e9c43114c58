"""A page closed with Ctrl+W from its text: the keyboard goes to the document list, so Down
and Enter open the next page. It went to the list's "Show:" chooser, where Down changed the
kind of page listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


def test_ctrl_w_leaves_the_keyboard_in_the_list(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    window.showNormal()
    window.activateWindow()
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    assert window.open_document(site_copy / "_resources/case-study-dfe.md")
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    kind = window.library.current_collection()
    window.close_action.trigger()  # File > Close (Ctrl+W)
    qtbot.waitUntil(lambda: window.current_document() is None)
    assert QApplication.focusWidget() is window.library.view
    qtbot.keyClick(window.library.view, Qt.Key.Key_Down)
    assert window.library.current_collection() == kind


def test_a_site_opened_gives_the_keyboard_to_the_list(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:  # noqa: ANN001
    """At the start the Show: chooser had the keyboard: the first Down listed another kind."""
    window = quiet_window
    window.showNormal()
    window.activateWindow()
    window.library.collection_box.setFocus()
    open_site(qtbot, window, site_copy)
    kind = window.library.current_collection()
    assert QApplication.focusWidget() is window.library.view
    qtbot.keyClick(window.library.view, Qt.Key.Key_Down)
    assert window.library.current_collection() == kind
