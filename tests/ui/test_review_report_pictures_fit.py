"""The review report fits its pane: a page's wide picture shrinks to the pane's width (Qt's
HTML has no max-width), so the report wraps and never scrolls sideways. opensource-guide's
Persian "starting a project" scrolled by the licence picker's 886 pixels; its English twin
too. In the review window as a 1024x700 screen places it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow

PAGES = ("_articles/fa/starting-a-project.md", "_articles/starting-a-project.md")


@pytest.mark.parametrize("page", PAGES)
def test_the_report_of_a_page_with_a_wide_picture_wraps(  # noqa: ANN001
    qtbot, tmp_path: Path, settings, page: str
) -> None:
    root = tmp_path / "opensource-guide"
    shutil.copytree(shared_site_path("opensource-guide"), root)
    path = root / page
    text = path.read_text(encoding="utf-8")  # kept off the site: in the review queue
    path.write_text(text.replace("---\n", "---\npublished: false\n", 1), encoding="utf-8")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(942, 644)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=60000):
        window.set_site(Site.open(root))
    panel = window.panel
    assert panel.select_path(path)
    panel.tabs.setCurrentWidget(panel.report)
    qtbot.mouseClick(panel.report_one_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=30000)
    view = panel.report_view
    assert "<img" in panel.report.report_text  # the picture is in the report, and fits
    qtbot.wait(50)
    assert view.document().idealWidth() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
