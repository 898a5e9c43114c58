"""A member of a group of settings the page did not have (Eleventy navigation's Summary on
eleventy-website's filters.md), typed into and emptied again: the page stayed changed, with
`excerpt:` (or `"excerpt": null`) left in its header. Like a field, it is taken away again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site


def test_a_summary_typed_and_taken_back_leaves_the_page_as_saved(
    qtbot, quiet_window, tmp_path: Path
) -> None:
    site = copy_shared_site("eleventy-website", tmp_path)
    page = site / "src" / "docs" / "filters.md"
    saved = page.read_bytes()
    assert b"excerpt" not in saved
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(page)
    group = window.form.widgets["eleventyNavigation"]
    summary = group.children_["excerpt"].focus_target()
    summary.setFocus()
    qtbot.keyClicks(summary, "Filters change values")
    assert "excerpt" in window.current_document().front_matter["eleventyNavigation"]
    summary.selectAll()
    qtbot.keyClick(summary, Qt.Key.Key_Delete)
    assert summary.toPlainText() == ""
    assert "excerpt" not in window.current_document().front_matter["eleventyNavigation"]
    assert window.current_document().text.encode("utf-8") == saved
    assert not window.isWindowModified()
