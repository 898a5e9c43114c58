"""The document list's Title column takes the room; empty Date and Status columns are hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.library_columns import STATUS
from editor_app.ui.library_keys import DATE, TITLE
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_a_narrow_list_keeps_most_of_its_width_for_titles(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    # A small screen with a dock open leaves the list about 260 pixels.
    window.library.setFixedWidth(260)
    qtbot.waitUntil(lambda: view.viewport().width() < 260)
    qtbot.wait(20)
    header = view.horizontalHeader()
    assert not view.isColumnHidden(DATE) and not view.isColumnHidden(STATUS)
    assert header.sectionSize(TITLE) >= view.viewport().width() * 0.4
    assert header.sectionSize(DATE) + header.sectionSize(STATUS) <= view.viewport().width() * 0.6
    # Wide again, Date and Status get the width of their words back.
    window.library.setFixedWidth(700)
    qtbot.waitUntil(lambda: view.viewport().width() > 600)
    qtbot.wait(20)
    assert header.sectionSize(DATE) >= view.sizeHintForColumn(DATE)
    assert header.sectionSize(TITLE) > header.sectionSize(DATE) + header.sectionSize(STATUS)


def test_columns_no_page_fills_are_hidden(qtbot, window: MainWindow, site_copy: Path) -> None:
    open_site(qtbot, window, site_copy)
    view = window.library.view
    window.library.set_collection("people")  # people have neither dates nor statuses
    assert view.isColumnHidden(DATE) and view.isColumnHidden(STATUS)
    window.library.set_collection("resources")
    assert not view.isColumnHidden(DATE) and not view.isColumnHidden(STATUS)


def test_at_1024x700_the_notes_dock_leaves_room_for_titles_and_the_form(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    window.showNormal()
    window.resize(1024, 680)
    open_site(qtbot, window, site_copy)
    assert window.open_document(site_copy / "_resources/case-study-dfe.md")
    dock = window.review.notes_dock
    dock.show()
    qtbot.waitUntil(dock.isVisible)
    # Made wide (or remembered wide), it opens again at its share of the window.
    window.resizeDocks([dock], [500], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() > 400)
    dock.hide()
    dock.show()
    qtbot.waitUntil(lambda: dock.width() <= 0.25 * window.width(), timeout=3000)
    qtbot.wait(50)
    # The form does not scroll sideways; the list's titles keep a fair share.
    assert window.form_area.horizontalScrollBar().maximum() == 0
    view = window.library.view
    assert view.horizontalHeader().sectionSize(TITLE) >= 0.35 * view.viewport().width()
    assert view.horizontalHeader().sectionSize(TITLE) >= 70
