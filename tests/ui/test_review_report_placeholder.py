"""The review window's Report tab says how to make a report while none is made, rather than
a blank pane under greyed Save and Print buttons."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402
from review_site import BRAND  # noqa: E402


def test_the_report_tab_says_how_to_make_one(qtbot, site_copy: Path, settings) -> None:
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(site_copy / BRAND)
    view = panel.report_view
    assert view.toPlainText() == "" and not panel.pdf_button.isEnabled()
    assert view.placeholderText() == "Press “Report on this page” to see it here."
    qtbot.mouseClick(panel.report_one_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=20000)
    assert "Brand narrative" in view.toPlainText()
