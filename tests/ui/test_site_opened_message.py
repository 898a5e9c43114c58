"""The status bar line after a site opens counts in plain English: 1 page, 1 thing."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from window_helpers import open_site


def test_a_site_of_one_page_says_1_page(qtbot, quiet_window, tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: Tiny\n", encoding="utf-8")
    page = tmp_path / "_posts" / "2024-01-01-one.md"
    page.write_text("---\ntitle: One\n---\nHello\n", encoding="utf-8")
    open_site(qtbot, quiet_window, tmp_path)
    message = quiet_window.statusBar().currentMessage()
    assert ": 1 page." in message, message


def test_one_thing_noticed_is_not_1_things(qtbot, quiet_window, tmp_path: Path) -> None:
    guide = shared_site_path("opensource-guide")
    site = tmp_path / "opensource-guide"
    shutil.copytree(guide, site, ignore=shutil.ignore_patterns(".git"))
    open_site(qtbot, quiet_window, site)
    assert len(quiet_window.sites.site_notes()) == 1  # the card picture that is not there
    message = quiet_window.statusBar().currentMessage()
    assert "1 thing noticed about the site" in message, message
    assert "pages." in message
