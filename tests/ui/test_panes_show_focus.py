"""The page list and the Markdown text show that they hold the keyboard with the preview's
frame in the highlight colour: the text showed it only by its caret, and the list's selected
row looked the same with or without the keyboard, so moving between panes with the keyboard
left the author guessing where it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import click_document, open_site

from editor_app.ui.focus_frame import FocusFrame
from editor_app.ui.main_window import MainWindow

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def _frame_of(pane) -> FocusFrame:  # noqa: ANN001
    frames = [f for f in pane.findChildren(FocusFrame) if f.parent() is pane]
    assert frames, f"{pane.accessibleName()} has no focus frame"
    return frames[0]


def test_list_and_text_are_framed_while_they_hold_the_keyboard(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    listed, text = window.library.view, window.editor
    list_frame, text_frame = _frame_of(listed), _frame_of(text)

    listed.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(listed.hasFocus)
    qtbot.waitUntil(list_frame.isVisible)
    assert list_frame.geometry() == listed.rect()
    assert not text_frame.isVisible()

    # Tab on from the list through the form reaches the text.
    for _ in range(40):
        if text.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert text.hasFocus()
    qtbot.waitUntil(text_frame.isVisible)
    assert text_frame.geometry() == text.rect()
    assert not list_frame.isVisible()


def test_shift_f6_from_the_text_shows_the_form_box_it_reaches(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    """The form's first box (Layout, a list to choose from) looked the same with the keyboard
    as without it."""
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.editor.hasFocus)
    qtbot.keyClick(window.editor, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    box = QApplication.focusWidget()
    assert box is not None and window.form.isAncestorOf(box)
    frame = _frame_of(box)
    qtbot.waitUntil(frame.isVisible)
    assert frame.geometry() == box.rect()
    qtbot.keyClick(box, Qt.Key.Key_F6)  # back to the text: the box's frame goes
    qtbot.waitUntil(lambda: not frame.isVisible())
