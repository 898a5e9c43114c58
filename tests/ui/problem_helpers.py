"""Setup shared by the Problems panel's tests: a case study with an unclear link, open and
checked (F7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"
PLANTED_LINK = "The page's plan, for the public: [click here](https://example.org/plan)."


def open_checked_case_study(qtbot, window: MainWindow, site_copy: Path) -> Path:  # noqa: ANN001
    """The case study with `PLANTED_LINK` added at its end, open in `window` and checked with
    F7 (its problems shown); its path."""
    page = site_copy / CASE_STUDY
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n" + PLANTED_LINK + "\n", encoding="utf-8")
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    return page
