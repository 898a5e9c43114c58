"""The Problems panel fits its rows after a Check that found none: at 1024x700 an author
checked a clean page (F7: "No problems found", the panel one line high), then the whole site
(Shift+F7), and the panel stayed a strip showing one row and a half of the site's problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

CLEAN_PAGE = "_people/adele-walton.md"


def _rows_on_show(window) -> int:  # noqa: ANN001
    tree = window.problems.tree
    shown = tree.viewport().rect()
    count = tree.topLevelItemCount()
    return sum(shown.contains(tree.visualItemRect(tree.topLevelItem(i))) for i in range(count))


def test_the_whole_sites_problems_show_after_a_clean_page(
    qtbot,  # noqa: ANN001
    site_copy: Path,
    quiet_window,  # noqa: ANN001
) -> None:
    window = quiet_window
    window.resize(1024, 700)
    page = site_copy / CLEAN_PAGE
    assert window.open_folder(site_copy, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.problems_height.settled, timeout=5000)
    assert window.problems.tree.isHidden()  # "No problems found": the summary line alone

    with qtbot.waitSignal(window.problemsShown, timeout=120000):
        qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.problems_height.settled, timeout=5000)
    assert window.problems.tree.topLevelItemCount() >= 4
    qtbot.waitUntil(lambda: _rows_on_show(window) >= 3, timeout=3000)
    assert window.problems_dock.height() <= window.height() // 3
