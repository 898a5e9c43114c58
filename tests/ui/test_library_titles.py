"""Titles written with HTML character references (a translated Jekyll site writes
`Tu C&oacute;digo de Conducta`) are listed, searched and named as a reader sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.library import DocumentList


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    shutil.copytree(source / "_articles" / "es", dest / "_articles" / "es")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_the_list_shows_and_finds_titles_as_readers_see_them(qtbot, guide: Path) -> None:
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.set_site(Site.open(guide))
    widget.choose_largest_collection()
    qtbot.waitUntil(lambda: widget.proxy.rowCount() > 5, timeout=10000)
    titles = [widget.proxy.index(r, 0).data() for r in range(widget.proxy.rowCount())]
    assert "Tu Código de Conducta" in titles
    assert not any("&oacute;" in t or "&aacute;" in t for t in titles)
    widget.search.setText("código de conducta")
    assert [p.name for p in widget.paths()] == ["code-of-conduct.md"]


def test_the_window_names_the_page_as_readers_see_it(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    page = guide / "_articles" / "es" / "code-of-conduct.md"
    assert window.open_folder(guide, then_open=page)
    qtbot.waitUntil(lambda: "Tu Código de Conducta" in window.windowTitle(), timeout=10000)
    assert "&oacute;" not in window.windowTitle()
