"""In place of the page, the window says what to do with the list as it is: an empty kind of
page (Hugo's News section, which has none) and a search matching no title said "Choose a
document in the list", in an empty list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


def test_an_empty_list_and_a_search_finding_nothing_are_said(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:
    for page in (site_copy / "_topics").glob("*.md"):
        page.unlink()  # a kind of page the site has no page of yet
    window = quiet_window
    open_site(qtbot, window, site_copy)
    assert window.library.set_collection("topics")
    assert window.library.paths() == []
    assert window.placeholder.isVisible()
    assert "No pages of this kind yet" in window.placeholder.text()
    assert "New Document" in window.placeholder.text()

    assert window.library.set_collection("resources")
    assert "Choose a document in the list" in window.placeholder.text()
    qtbot.keyClicks(window.library.search, "zzqx nothing like this")
    qtbot.waitUntil(lambda: window.library.paths() == [])
    assert window.placeholder.text() == "No title in this list matches the search."
    window.library.search.clear()
    qtbot.keyClick(window.library.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library.paths() != [])
    assert "Choose a document in the list" in window.placeholder.text()


def test_a_folder_with_no_kind_of_page_says_to_open_the_sites_folder(
    qtbot, quiet_window: MainWindow, tmp_path: Path
) -> None:
    """An empty folder said "No pages of this kind yet. File > New Document… (Ctrl+N) makes
    one.", and File > New then said the folder has no kind of page to make."""
    window = quiet_window
    folder = tmp_path / "not-a-site"
    folder.mkdir()
    open_site(qtbot, window, folder)
    assert window.placeholder.isVisible()
    assert "New Document" not in window.placeholder.text()
    assert "Open Folder" in window.placeholder.text()
