"""Keyboard only: Tab goes from the page list through the form's fields, as shown, to the
text, on every page opened. It went from the list to the form's scrolling frame (no focus
shown) and on to the text: Title, Date, Topics... could not be reached with Tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shared_sites import copy_shared_site


def _tab_from_list(qtbot, window) -> list[QWidget]:  # noqa: ANN001 - qtbot, MainWindow
    """Press Tab from the page list until the text has the focus; the widgets passed."""
    window.activateWindow()
    window.library.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.view)
    passed: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is window.editor:
            return passed
        passed.append(focus)
    raise AssertionError(f"Tab never reached the text: {[type(w).__name__ for w in passed]}")


def test_tab_reaches_each_field_in_order_then_the_text(qtbot, tmp_path: Path, quiet_window) -> None:  # noqa: ANN001
    site = copy_shared_site("connectedbydata", tmp_path, "site")
    window = quiet_window
    first = site / "_resources" / "ai-in-education.md"
    assert window.open_folder(site, then_open=first)
    qtbot.waitUntil(lambda: window.documents.doc is not None, timeout=20000)

    form = window.form
    for page in (first, site / "_resources" / "ai-white-paper-2023.md"):
        assert window.open_document(page)
        qtbot.wait(50)  # the new page's fields are chained once they are in place
        passed = _tab_from_list(qtbot, window)
        assert passed, "Tab went from the list straight to the text"
        assert all(form.isAncestorOf(w) for w in passed), "Tab left the form before the text"
        fields = [
            name
            for name, widget in form.widgets.items()
            if any(widget is w or widget.isAncestorOf(w) for w in passed)
        ]
        assert fields[:3] == ["layout", "title", "board-minutes"]
        assert {"date", "topics", "status", "image"} <= set(fields)
        # In the order shown, each field once.
        shown = [n for n in form.widgets if n in fields]
        assert fields == shown
