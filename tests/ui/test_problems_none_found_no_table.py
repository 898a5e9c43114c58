"""A Check that finds nothing shows its summary line alone, the panel as short as that line:
at 1024x700 an empty table of column names took a sixth of the window under "No problems
found". The next Check that finds problems lists them again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_page_with_its_site

from editor_app.ui.main_window import MainWindow

CLEAN_PAGE = """---
layout: resource
title: "What happens when a council asks its residents first"
reference: council-asks-first
author: Jeni Tennison
date: 2025-12-07
status: draft
listed: true
link: https://example.org/report
image: 2025-06-03-dfe.png
topics:
  - Public sector
---
Camden council asked residents before buying a new data system.
"""


def _check(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    qtbot.wait(300)  # time for the panel to fit what it shows


def test_nothing_found_shows_the_summary_alone(qtbot, site_copy: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1024, 700)
    page = site_copy / "_resources" / "council-asks-first.md"
    page.write_text(CLEAN_PAGE, encoding="utf-8")
    open_page_with_its_site(qtbot, window, site_copy, page)
    _check(qtbot, window)
    problems = window.problems
    assert "No problems found" in problems.summary.text()
    assert not problems.tree.isVisible(), "an empty table under 'No problems found'"
    qtbot.waitUntil(lambda: window.problems_dock.height() < 80, timeout=3000)
    assert problems.summary.visibleRegion().boundingRect().height() == problems.summary.height()

    title = window.form.widgets["title"].focus_target()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # a page with no title: a problem
    _check(qtbot, window)
    assert problems.tree.isVisible() and problems.tree.topLevelItemCount() >= 1
    qtbot.waitUntil(lambda: window.problems_dock.height() >= 100, timeout=3000)


def test_a_folder_with_no_page_says_so_at_the_top(qtbot, tmp_path: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1440, 900)
    (tmp_path / "readme.txt").write_text("hi\n", encoding="utf-8")
    assert window.open_folder(tmp_path)
    problems = window.problems
    qtbot.waitUntil(lambda: "No pages found" in problems.summary.text(), timeout=20000)
    qtbot.waitUntil(lambda: window.problems_dock.isVisible(), timeout=5000)
    qtbot.wait(100)
    assert not problems.tree.isVisible()
    assert problems.summary.height() < 80, "the words floated in the middle of an empty panel"
