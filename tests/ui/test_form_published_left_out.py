"""A page without `published` is published: its tick box shows ticked. Once one page of a
collection says `published: false` (a Word import on a Jekyll site writes it) the form lists
Published for every page of it, and it showed unticked on all the others, as if none were on
the site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from window_helpers import click_document, window_on_site

from editor_app.ui.main_window import MainWindow

HELD = "_resources/case-study-cag.md"
OTHER = "_resources/case-study-dfe.md"


def _window_on(qtbot, settings: QSettings, site: Path, page: Path) -> MainWindow:
    """The window shown, on the site copy as it is now, with `page` open."""
    return window_on_site(qtbot, settings, site, page)


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
    w = _window_on(qtbot, settings, site_copy, other)
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


def test_a_box_ticked_then_unticked_leaves_the_page_as_it_was(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    # The page has no `board-minutes`: ticking the box and unticking it again showed the page
    # changed, and saving wrote `board-minutes: false`, a line the author never meant.
    page = site_copy / OTHER
    saved = page.read_bytes()
    assert b"\nboard-minutes:" not in saved
    w = _window_on(qtbot, settings, site_copy, page)
    box = w.form.widgets["board-minutes"].focus_target()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert w.documents.doc.front_matter["board-minutes"] is True and w.documents.doc.is_modified
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert "board-minutes" not in w.documents.doc.front_matter
    assert w.documents.doc.to_bytes() == saved and not w.documents.doc.is_modified
    assert not w.isWindowModified()
    w.close()
    assert page.read_bytes() == saved


def test_words_typed_in_a_missing_field_then_deleted_leave_no_line(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    from editor_app.ui.form_fields import TextField

    page = site_copy / "_resources/brand-narrative.md"  # a page without a subtitle
    saved = page.read_bytes()
    w = _window_on(qtbot, settings, site_copy, page)
    doc = w.documents.doc
    name, edit = next(
        (n, f.focus_target())
        for n, f in w.form.widgets.items()
        if n not in doc.front_matter and type(f) is TextField
    )
    qtbot.keyClicks(edit, "ab")
    assert w.documents.doc.front_matter[name] == "ab"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert name not in w.documents.doc.front_matter
    assert w.documents.doc.to_bytes() == saved and not w.documents.doc.is_modified
    # A field the saved page has keeps its emptied line: only what the page lacked goes.
    reference = w.form.widgets["reference"].focus_target()
    reference.selectAll()
    qtbot.keyClick(reference, Qt.Key.Key_Delete)
    assert "reference" in w.documents.doc.front_matter and w.documents.doc.is_modified
    w.close()
