"""Two pages with one title and one file name (the guide's best-practices.md and its
untranslated Nigerian Pidgin copy, pcm/best-practices.md) are told apart in the list by their
folder below the one they share: both read "Best Practices for Maintainers · best-practi…", cut
at the same place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.library import DocumentList

TITLE = "Best Practices for Maintainers"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles" / "pcm").mkdir(parents=True)
    for name in ("best-practices.md", "pcm/best-practices.md"):
        shutil.copy(source / "_articles" / name, dest / "_articles" / name)
    # A third page of that title under a name of its own.
    shutil.copy(source / "_articles" / "best-practices.md", dest / "_articles" / "maintainers.md")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_same_title_and_file_name_show_their_folders(qtbot, guide: Path) -> None:
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(284, 500)
    widget.show()
    widget.set_site(Site.open(guide))
    widget.choose_largest_collection()
    qtbot.waitUntil(lambda: widget.proxy.rowCount() == 3, timeout=10000)
    titles = [widget.proxy.index(r, 0).data() for r in range(widget.proxy.rowCount())]
    assert sorted(titles) == [
        f"{TITLE} · best-practices.md",
        f"{TITLE} · maintainers.md",  # its name alone tells it apart
        f"{TITLE} · pcm/best-practices.md",
    ]
    same = [t for t in titles if "best-practices" in t]
    # Cut to the list's width, as shown at 1024x700, the two still differ.
    metrics = QFontMetrics(widget.view.font())
    width = widget.view.columnWidth(0) - 8
    cut = {metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in same}
    assert len(cut) == 2
