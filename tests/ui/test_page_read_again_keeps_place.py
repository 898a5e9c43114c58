"""A page changed on disk while open without unsaved words is read again where the author was:
after Accept of a suggested edit (the file rewritten) the editor went back to the top of the
page, the passage just decided out of sight."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from window_helpers import check_disk_now, open_site

from editor_app.ui.main_window import MainWindow

USAGE = "content/en/getting-started/usage.md"


def test_the_page_read_again_stays_where_it_was(
    qtbot, quiet_window: MainWindow, tmp_path: Path
) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1024, 700)
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / USAGE
    open_site(qtbot, window, root)
    assert window.open_document(page)
    editor = window.editor
    text = editor.toPlainText()
    passage = text.index("### Automatic redirection")
    cursor = editor.textCursor()
    cursor.setPosition(passage)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    bar = editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = bar.value()
    # Another program (here: Accept of a suggestion) changes words after the passage.
    data = page.read_bytes()
    page.write_bytes(data.replace(b"[^1]: The Git repository", b"[^1]: The git folder", 1))
    check_disk_now(window)
    qtbot.waitUntil(lambda: "git folder" in window.current_document().body, timeout=5000)
    assert editor.textCursor().position() == passage
    assert bar.value() == top
