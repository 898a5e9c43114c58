"""The document list's Title column takes the room; empty Date and Status columns are hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
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


def test_at_1024x700_titles_get_more_of_the_list_than_date_and_status(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    # The list's width at 1024x700 (a quarter of the window, less its frame).
    window.library.setFixedWidth(250)
    qtbot.waitUntil(lambda: view.viewport().width() < 250)
    qtbot.wait(20)
    header = view.horizontalHeader()
    # Date and Status as wide as their cells' words, the title the rest: at least half.
    assert header.sectionSize(TITLE) >= view.viewport().width() * 0.5
    assert header.sectionSize(DATE) >= view.sizeHintForColumn(DATE)
    assert header.sectionSize(STATUS) >= view.sizeHintForColumn(STATUS)


def test_a_column_the_author_sized_keeps_its_width(
    qtbot, window: MainWindow, site_copy: Path, settings
) -> None:  # noqa: ANN001
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    window.library.setFixedWidth(400)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    header = view.horizontalHeader()
    # A drag of the Status header's right edge (pressed, moved, let go).
    edge = QPoint(header.sectionViewportPosition(STATUS) + header.sectionSize(STATUS) - 1, 5)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    header.resizeSection(STATUS, 90)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    window.library.setFixedWidth(380)  # a resize refits the others
    qtbot.waitUntil(lambda: view.viewport().width() < 380)
    qtbot.wait(20)
    assert header.sectionSize(STATUS) == 90
    window.library.set_collection("people")
    window.library.set_collection("resources")
    assert header.sectionSize(STATUS) == 90
    # Remembered with the window's layout for the next start.
    window.close()
    assert int(settings.value(f"library/column{STATUS}Width")) == 90


def test_a_search_showing_only_undated_pages_keeps_the_date_column_readable(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    """The list searched down to a page with no date: the Date column shrank to its least
    width and its header read "D"."""
    (site_copy / "_resources" / "zz-undated.md").write_text(
        "---\nlayout: resource\ntitle: Zebra notes\n---\nBody.\n", encoding="utf-8"
    )
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    header = view.horizontalHeader()
    qtbot.wait(20)
    full = header.sectionSize(DATE)
    assert full >= view.fontMetrics().horizontalAdvance("2025-12-03")
    qtbot.keyClicks(window.library.search, "Zebra")
    qtbot.waitUntil(lambda: len(window.library.paths()) == 1)
    qtbot.wait(20)
    assert not view.isColumnHidden(DATE)
    assert header.sectionSize(DATE) == full


def test_the_chosen_page_stays_in_sight_when_the_list_is_sorted(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    """Sorted by title, the page open (near the top by date) was left off screen."""
    page = site_copy / "_resources" / "strategic-roadmap-2026-2027.md"
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    window.library.setFixedHeight(300)  # room for a dozen rows
    assert window.open_document(page)
    assert view.currentIndex().isValid()
    header = view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(TITLE) + 10, header.height() // 2),
    )
    qtbot.wait(20)
    assert header.sortIndicatorSection() == TITLE
    current = view.currentIndex()
    assert current.isValid() and Path(window.library.paths()[current.row()]) == page.resolve()
    assert view.viewport().rect().contains(view.visualRect(current).center())


def test_a_page_that_cannot_be_read_says_so_whole_beside_the_date(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    """At 1024x700 Date and Status share half of a narrow list: "cannot read" was cut to
    "cannot r…". Now the Status says "can't read", whole, and its tooltip says why."""
    (site_copy / "_resources" / "zz-broken.md").write_text(
        '---\ntitle: "Zz broken\n---\nBody.\n', encoding="utf-8"
    )
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")
    view = window.library.view
    window.library.setFixedWidth(250)  # the list's width at 1024x700
    qtbot.waitUntil(lambda: view.viewport().width() < 250)
    qtbot.wait(20)
    header = view.horizontalHeader()
    model = view.model()
    row = next(r for r in range(model.rowCount()) if "zz-broken" in str(window.library.paths()[r]))
    cell = model.index(row, STATUS)
    assert cell.data() == "can't read"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("This page's settings cannot be read")
    words = view.fontMetrics().horizontalAdvance("can't read")
    assert header.sectionSize(STATUS) >= words + 6
    # The date keeps room for a whole date too; the title a fair share of the list.
    assert header.sectionSize(DATE) >= view.fontMetrics().horizontalAdvance("2025-12-03")
    assert header.sectionSize(TITLE) >= view.viewport().width() * 0.35
