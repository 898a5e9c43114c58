"""Review > Review Notes (or View) opened the notes panel where it was last, beside the page,
in a 1024 px window too, squeezing the list, the form and the text. Opened by hand it follows
the rule of its opening by itself (under the page in a window narrower than 1280 px, beside
it in a wide one), unless the author moved it this session: then it opens where they put it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def _window_at(qtbot, window, site: Path, width: int, height: int):  # noqa: ANN001, ANN202
    window.showNormal()
    window.resize(width, height)
    open_site(qtbot, window, site)
    assert window.open_document(site / "_resources/brand-narrative.md")
    return window.review.notes_dock


def _open_by_hand(qtbot, window) -> None:  # noqa: ANN001
    dock = window.review.notes_dock
    assert not dock.isVisible()
    window.review.menu.actions()[1].trigger()  # Review > Review Notes
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    qtbot.wait(50)


def test_opened_by_hand_at_1024_the_notes_go_under_the_page(qtbot, quiet_window, site_copy: Path) -> None:  # noqa: ANN001
    window = quiet_window
    dock = _window_at(qtbot, window, site_copy, 1024, 680)
    assert window.dockWidgetArea(dock) == RIGHT  # where it is on a first start
    _open_by_hand(qtbot, window)
    assert window.dockWidgetArea(dock) == BOTTOM
    assert window.editor.width() >= 330
    assert window.library.width() >= 250


def test_placed_by_the_author_it_opens_where_they_put_it(qtbot, quiet_window, site_copy: Path) -> None:  # noqa: ANN001
    window = quiet_window
    dock = _window_at(qtbot, window, site_copy, 1024, 680)
    _open_by_hand(qtbot, window)
    window.addDockWidget(RIGHT, dock)  # as a drag back beside the page docks it
    dock.close()
    _open_by_hand(qtbot, window)
    assert window.dockWidgetArea(dock) == RIGHT


def test_in_a_wide_window_opened_by_hand_beside_the_page(qtbot, quiet_window, site_copy: Path) -> None:  # noqa: ANN001
    window = quiet_window
    dock = _window_at(qtbot, window, site_copy, 1024, 680)
    _open_by_hand(qtbot, window)
    dock.close()
    window.resize(1440, 900)
    qtbot.wait(50)
    _open_by_hand(qtbot, window)
    assert window.dockWidgetArea(dock) == RIGHT
