"""A page short enough to show whole in the editor never scrolls there, while its preview
(larger type, the title, notes) can be longer than the pane: the preview follows the caret,
so text typed at the end of the page shows in the preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from window_helpers import click_document, open_site

PAGE = "_people/alan-hudson.md"


def _caret_to(window, where: QTextCursor.MoveOperation) -> None:  # noqa: ANN001
    cursor = window.editor.textCursor()
    cursor.movePosition(where)
    window.editor.setTextCursor(cursor)


def test_the_preview_follows_the_caret_when_the_text_fits(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    window.resize(1440, 900)
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    qtbot.wait(100)
    assert window.editor.verticalScrollBar().maximum() == 0  # the whole text in view
    assert window.editor.blockCount() > 2
    _caret_to(window, QTextCursor.MoveOperation.End)
    assert window.preview.scroll_fraction() == 1.0
    _caret_to(window, QTextCursor.MoveOperation.Start)
    assert window.preview.scroll_fraction() == 0.0

