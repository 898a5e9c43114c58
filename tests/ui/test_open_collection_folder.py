"""Opening one collection's folder of a site (File > Open Folder on `_people`) lists that
collection's pages: the site opened on the collection last shown (or the largest), and the
author saw none of the pages of the folder just chosen."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


def test_a_collection_folder_opens_on_its_pages(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    window.library.set_collection("resources")  # the author's last choice on this site
    window.sites.on_collection_chosen("resources")

    open_site(qtbot, window, site_copy / "_people")
    assert window.site.root == site_copy.resolve() or window.site.root == site_copy
    assert window.library.current_collection() == "people"

    # The site's own folder opens on the collection last chosen, as before.
    window.sites.on_collection_chosen("resources")
    open_site(qtbot, window, site_copy)
    assert window.library.current_collection() == "resources"
