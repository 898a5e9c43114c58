"""The preview shows that it holds the keyboard: a frame in the highlight colour around it
after F6 reaches it, gone when the keyboard leaves. It has no caret, and a page without links
showed no mark anywhere, so a keyboard-only author lost track of the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.preview import HAVE_WEBENGINE

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def _press_f6(qtbot, shift: bool = False) -> None:  # noqa: ANN001 - qtbot
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, modifiers)
    qtbot.wait(50)


@pytest.mark.parametrize("backend", ["text", "web"])
def test_the_preview_is_framed_while_it_holds_the_keyboard(
    qtbot, quiet_window: MainWindow, site_copy: Path, backend: str  # noqa: ANN001
) -> None:
    if backend == "web" and not HAVE_WEBENGINE:
        pytest.skip("QtWebEngine is not installed")
    window = quiet_window
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.previewUpdated, timeout=20000):
        assert window.open_document(site_copy / PAGE)
    if backend == "web":
        qtbot.waitUntil(lambda: window.preview.backend == "web", timeout=30000)
    else:
        assert window.preview.backend == "text"
    frame = window.preview.focus_frame
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    assert not frame.isVisible()
    _press_f6(qtbot)  # text -> preview
    qtbot.waitUntil(frame.isVisible)
    assert frame.geometry() == window.preview.rect()
    _press_f6(qtbot, shift=True)  # back to the text
    qtbot.waitUntil(lambda: not frame.isVisible())
