"""The Problems panel opened before any Check says how to check, not "No problems found.":
the open page's form showed two warnings (Date, Author) while the panel said there were none."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import shared_site_path

POST = "_posts/2016-08-24-jekyll-admin-initial-release.markdown"


def test_the_panel_says_how_to_check_until_a_check_runs(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    jekyll = shared_site_path("jekyll-docs")
    site = tmp_path / "jekyll-docs"
    shutil.copytree(jekyll, site, ignore=shutil.ignore_patterns(".git"))
    window = quiet_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_folder(site, then_open=site / POST)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.toggle_problems_action.trigger()  # View > Problems (Ctrl+4)
    assert window.problems_dock.isVisible()
    summary = window.problems.summary.text()
    assert "No problems" not in summary and "F7" in summary
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.problems.problems()
    assert "Found" in window.problems.summary.text()
