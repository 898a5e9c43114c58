"""The page list's search matches folders as well as titles ("ar/" lists opensource-guide's
Arabic articles); its box said only "Search titles…". It says so now, in the placeholder,
tooltip and accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.library import DocumentList


def test_the_search_box_says_it_matches_folders_and_does(qtbot) -> None:
    guide = shared_site_path("opensource-guide")
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.set_site(Site.open(guide))
    assert "folders" in widget.search.placeholderText()
    assert "folder" in widget.search.toolTip()
    assert "folders" in widget.search.accessibleName()

    qtbot.keyClicks(widget.search, "ar/")
    shown = widget.proxy.rowCount()
    assert 0 < shown < widget.model.total()
    paths = [str(widget.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) or "")
             for row in range(shown)]
    assert shown == 12, paths
