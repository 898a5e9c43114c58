"""File > Open Folder… on a folder with no page, while Search Site held a query for the last
site: the search panel kept the old search's "No page holds all of these words.", and "No pages
found in …" was said twice, in the Problems panel and in the status line."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site


def test_another_folder_clears_the_search_and_says_no_page_once(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    window.site_tools.show_search()
    panel = window.site_tools.panel
    with qtbot.waitSignal(panel.searchFinished, timeout=10000):
        qtbot.keyClicks(panel.box, "kramdown")
    assert panel.status.text() == "No page holds all of these words."

    empty = tmp_path / "notasite"
    empty.mkdir()
    (empty / "readme.txt").write_text("hi\n", encoding="utf-8")
    open_site(qtbot, window, empty)
    assert panel.box.text() == ""  # the old site's search is not this folder's
    assert panel.status.text() == "This folder holds no page to search."
    assert "No pages found" in window.problems.summary.text()
    assert window.problems_dock.isVisible()
    assert "No pages found" not in window.statusBar().currentMessage()  # said once


def test_the_same_site_read_again_keeps_the_search(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    window.site_tools.show_search()
    panel = window.site_tools.panel
    with qtbot.waitSignal(panel.searchFinished, timeout=10000):
        qtbot.keyClicks(panel.box, "health")
    found = len(panel.hits())
    assert found > 0
    with qtbot.waitSignal(panel.searchFinished, timeout=10000):
        open_site(qtbot, window, site_copy)
    assert panel.box.text() == "health" and len(panel.hits()) == found
