"""Every place the keyboard stops in the window, a page open on connectedbydata and hugo-docs,
has a name a screen reader says: the list, each box of the form, the text, the preview. The
widget inside the preview that takes the keyboard said nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.preview import HAVE_WEBENGINE

PAGES = [
    ("connectedbydata", "_resources/2023-03-31-governance-board-minutes.md"),
    ("hugo-docs", "content/en/getting-started/usage.md"),
]


def unnamed_stops(window: MainWindow) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not takes_tab or widget.focusProxy() is not None or not widget.isVisible():
            continue
        if widget.visibleRegion().isEmpty():  # kept by Qt for later, never on show
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


@pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")
@pytest.mark.parametrize(("site", "page"), PAGES)
def test_every_keyboard_stop_has_a_name(
    qtbot, quiet_window: MainWindow, tmp_path: Path, site: str, page: str
) -> None:
    folder = copy_shared_site(site, tmp_path)
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, folder)
    click_document(qtbot, window, folder / page)
    qtbot.waitUntil(lambda: window.preview.backend == "web", timeout=30000)
    view = window.preview.view
    qtbot.waitUntil(lambda: view.focusProxy() is not None, timeout=30000)
    qtbot.wait(200)
    assert unnamed_stops(window) == []
