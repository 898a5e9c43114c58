"""A page without `published` is published: its tick box shows ticked. Once one page of a
collection says `published: false` (a Word import on a Jekyll site writes it) the form lists
Published for every page of it, and it showed unticked on all the others, as if none were on
the site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow

HELD = "_resources/case-study-cag.md"
OTHER = "_resources/case-study-dfe.md"


def test_a_page_without_published_shows_it_ticked_and_unticking_writes_one_line(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    held = site_copy / HELD
    held.write_text(
        held.read_text(encoding="utf-8").replace("---\n", "---\npublished: false\n", 1),
        encoding="utf-8",
    )
    other = site_copy / OTHER
    before = other.read_text(encoding="utf-8")
    assert "\npublished:" not in before
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    open_site(qtbot, w, site_copy)

    click_document(qtbot, w, other)
    box = w.form.widgets["published"].focus_target()
    assert box.isChecked()  # published: every page is, unless it says otherwise
    assert not w.documents.doc.is_modified  # shown, not written

    click_document(qtbot, w, held)
    assert not w.form.widgets["published"].focus_target().isChecked()

    click_document(qtbot, w, other)
    box = w.form.widgets["published"].focus_target()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert w.save_document()
    after = other.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["published: false"]
    assert len(after.splitlines()) == len(before.splitlines()) + 1
    w.close()
