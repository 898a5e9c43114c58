"""The document list's Title column takes the room; empty Date and Status columns are hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    assert header.sectionSize(TITLE) >= view.viewport().width() * 0.5
    assert header.sectionSize(DATE) + header.sectionSize(STATUS) <= view.viewport().width() * 0.5
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
