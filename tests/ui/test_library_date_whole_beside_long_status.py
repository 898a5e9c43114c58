"""On a 1024-pixel window the list's dates stay whole beside a long status ('final · approved'
once a page is approved in review): the Status column was kept wide enough for "can't read"
even where every page could be read, and the date was cut to '2026-05-…'."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.library_columns import STATUS
from editor_app.ui.library_keys import DATE
from editor_app.ui.main_window import MainWindow


def test_the_dates_stay_whole_beside_a_long_status(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    page = site_copy / "_resources/case-study-cag.md"
    page.write_bytes(page.read_bytes().replace(b"status: final", b"status: final-approved-twice"))
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    window.library.setFixedWidth(280)  # the list's width at 1024 x 700
    qtbot.waitUntil(lambda: view.viewport().width() < 280)
    qtbot.wait(20)
    header = view.horizontalHeader()
    date_words = view.fontMetrics().horizontalAdvance("2026-05-30")
    assert not view.isColumnHidden(STATUS)
    assert header.sectionSize(DATE) > date_words, "the date is cut"
