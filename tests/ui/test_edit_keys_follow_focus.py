"""Cut, Copy, Paste and Select All act where the keyboard is: with the page list in hand,
Ctrl+V pasted into the page's text unseen, and Ctrl+A then Ctrl+X emptied it. In the text and
in a settings box they work as before, from the keys and from the Edit menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import open_site

BODY = "Some words.\n"


def _open(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-hello.md"
    page.write_text(f"---\ntitle: Hello\n---\n{BODY}", encoding="utf-8")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    open_site(qtbot, window, root)
    assert window.open_document(page)


def test_keys_in_the_page_list_leave_the_text_alone(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    window = quiet_window
    _open(qtbot, window, tmp_path)
    QApplication.clipboard().setText("PASTED ")
    view = window.library.view
    view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_V, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_A, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_X, ctrl)
    assert window.current_document().body == BODY
    assert not window.current_document().is_modified


def test_the_text_and_a_settings_box_still_cut_and_paste(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    window = quiet_window
    _open(qtbot, window, tmp_path)
    QApplication.clipboard().setText("PASTED ")
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    window.paste_action.trigger()  # Edit > Paste with the text in hand
    assert window.current_document().body == "PASTED " + BODY
    title = window.form.widgets["title"].focus_target()
    title.setFocus()
    window.select_all_action.trigger()
    assert title.selectedText() == "Hello"
    window.cut_action.trigger()
    assert title.text() == "" and QApplication.clipboard().text() == "Hello"
    assert window.current_document().body == "PASTED " + BODY  # the text untouched
