"""The Problems list, reached with F6 (or Tab), put the keyboard on the row's first cell: a
narrow column with no header, holding the severity icon, which a screen reader named with
nothing. It lands on the row's message now, and every column is named in the header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import new_shown_window

CASE_STUDY = "_resources/case-study-cag.md"


def test_f6_lands_on_the_message_of_a_named_column(qtbot, settings, site_copy: Path) -> None:  # noqa: ANN001
    page = site_copy / CASE_STUDY
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("status: final", "status: finall", 1), encoding="utf-8")
    window = new_shown_window(qtbot, settings, size=(1024, 700))
    assert window.open_folder(site_copy, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    tree = window.problems.tree
    qtbot.waitUntil(tree.isVisible, timeout=5000)
    assert tree.topLevelItemCount() >= 1

    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    for _ in range(8):  # F6 goes round the window's parts until the Problems list
        if tree.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert tree.hasFocus()
    current = tree.currentIndex()
    assert current.isValid() and current.column() == 3
    assert "finall" in current.data(Qt.ItemDataRole.AccessibleTextRole)
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert all(headers), headers

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the next row (if any): its message too
    assert tree.currentIndex().column() == 3
    window.close()
