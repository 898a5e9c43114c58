"""The problem list says whose problems it shows, also once the author opens another page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import click_document, open_site

PAGE = "_resources/2023-03-31-governance-board-minutes.md"
OTHER = "_resources/case-study-dfe.md"


def test_a_page_check_is_not_called_this_page_once_another_page_is_open(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / PAGE)
    with qtbot.waitSignal(window.problemsShown, timeout=5000):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    assert window.problems.summary.text().startswith("This page:")

    click_document(qtbot, window, site_copy / OTHER)
    qtbot.waitUntil(lambda: window.current_document().path == (site_copy / OTHER).resolve())
    summary = window.problems.summary.text()
    assert not summary.startswith("This page"), summary
    assert "2023-03-31-governance-board-minutes.md" in summary
    assert "Found 1 warning" in summary


def test_a_whole_site_check_stays_whole_site_when_a_page_opens(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.problemsShown, timeout=60000):
        window.checks.validate_whole_site()
    whole = window.problems.summary.text()
    assert whole.startswith("Whole site:")
    click_document(qtbot, window, site_copy / OTHER)
    qtbot.waitUntil(lambda: window.current_document().path == (site_copy / OTHER).resolve())
    assert window.problems.summary.text() == whole
