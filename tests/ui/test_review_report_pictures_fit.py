"""The review report fits its pane: a page's wide picture shrinks to the pane's width (Qt's
HTML has no max-width), so the report wraps and never scrolls sideways. opensource-guide's
Persian "starting a project" scrolled by the licence picker's 886 pixels; its English twin
too. In the review window as a 1024x700 screen places it."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report_helpers import report_of_queued_page

PAGES = ("_articles/fa/starting-a-project.md", "_articles/starting-a-project.md")


@pytest.mark.parametrize("page", PAGES)
def test_the_report_of_a_page_with_a_wide_picture_wraps(  # noqa: ANN001
    qtbot, tmp_path: Path, settings, page: str
) -> None:
    window = report_of_queued_page(qtbot, tmp_path, settings, page)
    panel = window.panel
    view = panel.report_view
    assert "<img" in panel.report.report_text  # the picture is in the report, and fits
    qtbot.wait(50)
    assert view.document().idealWidth() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
