"""The settings pane ends between two rows when the form scrolls: at 1440x900 an opensource-guide
article's pane cut its 'Related' row's 'Add a value…' box in half, at 1024x700 another row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget
from shared_sites import copy_shared_site
from window_helpers import click_document, window_on_site

from editor_app.ui.main_window import MainWindow

PAGES = ["_articles/ar/starting-a-project.md", "_articles/starting-a-project.md"]


def _cut_rows(w: MainWindow) -> list[str]:
    """Labels, boxes and buttons the pane's bottom edge passes through."""
    form, viewport = w.form, w.form_area.viewport()
    top = -w.form.mapTo(w.form_area.viewport(), QPoint(0, 0)).y()  # scrolled by
    bottom = top + viewport.height()
    cut = []
    for child in form.findChildren(QWidget):
        if not child.isVisibleTo(form) or any(
            isinstance(c, QWidget) and not c.isWindow() and c.isVisibleTo(form)
            for c in child.children()
        ):
            continue
        y = child.mapTo(form, QPoint(0, 0)).y()
        if y < bottom < y + child.height():
            cut.append(f"{type(child).__name__} {y}..{y + child.height()} (edge {bottom})")
    return cut


def _settle(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    """Wait until the pane's height stops changing (its fitting runs after the layout)."""
    heights = [-1]

    def still() -> bool:
        qtbot.wait(120)
        heights.append(w.centre_splitter.sizes()[0])
        return heights[-1] == heights[-2]

    qtbot.waitUntil(still, timeout=5000)


@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)])
def test_the_settings_pane_does_not_end_through_a_row(
    qtbot, settings: QSettings, tmp_path: Path, size: tuple[int, int]
) -> None:
    site = copy_shared_site("opensource-guide", tmp_path)
    w = window_on_site(qtbot, settings, site, size=size)
    for page in PAGES:
        click_document(qtbot, w, site / page)
        qtbot.wait(80)
        assert w.form.sizeHint().height() > w.centre_splitter.sizes()[0]  # it scrolls
        # Once laid out (the image's thumbnail comes in a moment later).
        qtbot.waitUntil(lambda: _cut_rows(w) == [], timeout=3000)


def test_the_pane_ends_under_a_row_when_the_problems_panel_opens(
    qtbot, settings: QSettings, tmp_path: Path
) -> None:
    site = copy_shared_site("opensource-guide", tmp_path)
    page = site / "_articles/fa/starting-a-project.md"
    w = window_on_site(qtbot, settings, site, page, size=(1024, 700))
    qtbot.wait(80)
    before = w.centre_splitter.sizes()[0]
    w.problems_dock.show()  # as Check (F7) opens it: the pane gets less room
    for height in (150, 230, 190):
        w.resizeDocks([w.problems_dock], [height], Qt.Orientation.Vertical)
        _settle(qtbot, w)
        assert _cut_rows(w) == [], height
    qtbot.waitUntil(lambda: w.centre_splitter.sizes()[0] < before, timeout=3000)
    qtbot.waitUntil(lambda: _cut_rows(w) == [], timeout=3000)
