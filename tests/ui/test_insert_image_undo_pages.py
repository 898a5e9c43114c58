"""A picture Insert Image copied, its insert undone, then another page shown and this one
again: Redo is gone with the page, and the picture was deleted on Undo, so the link brought
back another way (pasted) named a file gone. The file now stays while the window is open, and
is taken back when it closes only if no page names it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from window_helpers import click_document, open_site

A_PAGE = "_resources/2023-03-31-governance-board-minutes.md"
B_PAGE = "_resources/2024-02-29-governance-board-minutes.md"


def _insert_and_undo(qtbot, window, site: Path, tmp_path: Path, name: str) -> tuple[str, Path]:  # noqa: ANN001
    """On page A: a picture inserted at the end, its line copied, then Ctrl+Z until it is gone."""
    source = tmp_path / "camera" / name
    source.parent.mkdir(exist_ok=True)
    shutil.copyfile(next((site / "assets" / "resources").glob("*.png")), source)
    click_document(qtbot, window, site / A_PAGE)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    url = editor.insert_image(source)
    assert url is not None
    copied = site / url.lstrip("/")
    assert copied.is_file()
    QApplication.clipboard().setText(f"![A bus stop]({url})")
    while url in editor.markdown():
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(700)  # the author looks a moment before going on
    return url, copied


def test_a_link_pasted_back_after_leaving_the_page_finds_its_picture(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    url, copied = _insert_and_undo(qtbot, window, site_copy, tmp_path, "bus-stop-2033.png")
    click_document(qtbot, window, site_copy / B_PAGE)
    click_document(qtbot, window, site_copy / A_PAGE)
    editor = window.editor
    assert not editor.document().isRedoAvailable()  # gone with the page
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert url in editor.markdown()
    assert copied.is_file()  # the link names a picture that is there
    assert window.save_document()
    window.close()
    assert copied.is_file()  # the saved page names it


def test_an_undone_picture_is_taken_back_when_the_window_closes(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    _url, copied = _insert_and_undo(qtbot, window, site_copy, tmp_path, "bus-stop-2034.png")
    click_document(qtbot, window, site_copy / B_PAGE)
    assert copied.is_file()
    window.close()
    assert not copied.exists()  # nothing names it: the undone insert leaves nothing behind
