"""Moving through the page list with the arrow keys opens the page reached, so the highlighted
row and the open page agree (the row moved, the page stayed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import click_document, open_site

PAGE = "_resources/case-study-dfe.md"


def test_down_arrow_opens_the_next_page(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    lst = window.library
    row = lst.view.currentIndex().row()
    expected = Path(lst.paths()[row + 1]).resolve()
    lst.view.setFocus()
    qtbot.keyClick(lst.view, Qt.Key.Key_Down)
    assert lst.view.currentIndex().row() == row + 1
    qtbot.waitUntil(lambda: window.current_document().path == expected)


def test_holding_the_key_opens_only_where_it_stops(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    opened: list[Path] = []
    window.documentOpened.connect(opened.append)
    lst = window.library
    row = lst.view.currentIndex().row()
    lst.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(lst.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(opened) == 1)
    qtbot.wait(400)
    assert len(opened) == 1
    assert lst.view.currentIndex().row() == row + 3


def test_typing_the_start_of_a_title_opens_that_page(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    lst = window.library
    lst.view.setFocus()
    qtbot.keyClicks(lst.view, "Annual")  # "Annual Report 2023-2024"
    row = lst.view.currentIndex()
    assert row.data().startswith("Annual")
    expected = Path(lst.paths()[row.row()]).resolve()
    qtbot.waitUntil(lambda: window.current_document().path == expected, timeout=3000)
