"""Opening "More fields" brings its fields into view: at 1024x700 the settings pane showed the
button and half a line of its note, the fields hidden below until the author scrolled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from shared_sites import copy_shared_site

POST = "_posts/2025-01-27-jekyll-4-4-0-released.markdown"


def _shown_in(area, widget) -> bool:  # noqa: ANN001 - QScrollArea, QWidget
    """The widget is wholly inside the scroll area's view."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def test_opening_more_fields_shows_them(qtbot, tmp_path: Path, quiet_window) -> None:  # noqa: ANN001
    site = copy_shared_site("jekyll-docs", tmp_path, "jekyll")
    window = quiet_window
    window.showNormal()
    window.resize(1024, 680)
    assert window.open_folder(site, then_open=site / POST)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=30000)
    form, area = window.form, window.form_area
    more = form.more_fields
    assert more is not None and not more.opened
    qtbot.wait(100)  # the pane fitted to the fields shown
    assert area.viewport().height() < form.sizeHint().height() + more.rows.sizeHint().height()

    qtbot.mouseClick(more.toggle, Qt.MouseButton.LeftButton)
    qtbot.wait(200)  # laid out (a field not yet placed sits at the top, "in view")

    first = more.rows.itemAt(0, more.rows.ItemRole.FieldRole).widget()
    assert first.y() > 0
    qtbot.waitUntil(lambda: _shown_in(area, first), timeout=3000)
    assert _shown_in(area, more.toggle)  # what was clicked stays in sight too
