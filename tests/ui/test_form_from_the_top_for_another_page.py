"""Another page opened shows its form from the top, its title in sight: it opened scrolled as
far down as the last page's form was left (after a click on a problem of a field low in it)."""

from __future__ import annotations

from pathlib import Path

from window_helpers import click_document, open_site


def test_another_page_opens_with_its_form_at_the_top(
    qtbot, quiet_window, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    window.resize(1000, 560)  # a form taller than its pane
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / "_resources/case-study-cag.md")
    bar = window.form_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    click_document(qtbot, window, site_copy / "_resources/final-funder-report-mw-2026.md")
    assert bar.value() == 0
