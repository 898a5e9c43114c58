"""The settings pane is as tall as the page's fields, at most as tall as the author made it:
a page of five fields kept two fifths of a 1024x700 window, an empty band above a squeezed
text; the author's own height comes back for a page with more fields, and after a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from window_helpers import click_document, window_on_site

from editor_app.ui.main_window import MainWindow

TOPIC = "_topics/civil-society.md"
CASE_STUDY = "_resources/case-study-cag.md"


def _window(qtbot, settings: QSettings, site: Path) -> MainWindow:  # noqa: ANN001
    return window_on_site(qtbot, settings, site, size=(1024, 700))


def _form_height(w: MainWindow) -> int:
    return w.centre_splitter.sizes()[0]


def _settled_height(qtbot, w: MainWindow) -> int:  # noqa: ANN001
    """The pane's height once it stops changing (it ends under a whole row, laid out)."""
    heights = [-1]

    def settled() -> bool:
        heights.append(_form_height(w))
        return heights[-1] == heights[-2]

    qtbot.wait(100)
    qtbot.waitUntil(lambda: qtbot.wait(150) or settled(), timeout=3000)
    return heights[-1]


def test_the_settings_pane_fits_its_fields_up_to_the_author_s_height(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    w = _window(qtbot, settings, site_copy)
    click_document(qtbot, w, site_copy / CASE_STUDY)
    tall = _settled_height(qtbot, w)  # the rows laid out (the image's thumbnail in)
    assert w.form.sizeHint().height() > tall  # a case study's fields need more: it scrolls

    click_document(qtbot, w, site_copy / TOPIC)
    qtbot.waitUntil(lambda: _form_height(w) < tall, timeout=3000)
    short = _form_height(w)
    assert short <= w.form.sizeHint().height() + 12  # no empty band under five fields
    assert w.editor.height() > 400  # the text has the room

    click_document(qtbot, w, site_copy / CASE_STUDY)
    qtbot.waitUntil(lambda: _form_height(w) == tall, timeout=3000)  # the author's height again

    # The author drags the divider down: that is the height pages may take from now on.
    handle = w.centre_splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(0, 60))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, 60))
    dragged = w.form_fit.wanted  # the height the drag left, before the pane fits its rows
    assert dragged is not None and dragged > tall
    # The pane then ends between two rows near it (at most 48 px): the author's height stays.
    assert abs(_settled_height(qtbot, w) - dragged) <= 48
    assert w.form_fit.wanted == dragged
    w.close()

    again = _window(qtbot, settings, site_copy)
    click_document(qtbot, again, site_copy / CASE_STUDY)
    assert again.form_fit.wanted == dragged  # remembered
    # That height, moved to end between two rows (at most 48 px).
    qtbot.waitUntil(lambda: abs(_settled_height(qtbot, again) - dragged) <= 48, timeout=5000)
