"""File > New: the keyboard lands where the new page needs words (its first empty required
field, or its text when every one is filled), not in the list chooser where typing did nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from shared_sites import copy_shared_site, shared_site_path
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest
from editor_app.ui.form_fields import BoolField

TITLE = "Good READMEs"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles").mkdir(parents=True)
    for page in (source / "_articles").glob("*.md"):
        shutil.copy(page, dest / "_articles")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


@pytest.fixture
def new_page_in(qtbot, quiet_window, monkeypatch):  # noqa: ANN001, ANN201
    """Opens a site in the active window, whose File > New then makes "Good READMEs" in the
    list's collection without asking: `new_page_in(folder)` returns the window."""

    def open_for_new(folder: Path):  # noqa: ANN202 - the window
        window = quiet_window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        open_site(qtbot, window, folder)
        collection = window.library.current_collection()
        monkeypatch.setattr(
            NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest(collection, TITLE))
        )
        return window

    return open_for_new


def test_typing_after_new_goes_into_the_first_empty_field(
    qtbot, guide: Path, new_page_in  # noqa: ANN001
) -> None:
    window = new_page_in(guide)
    assert window.library.current_collection() == "articles"
    window.new_document()
    required = {f.name for f in window.schema.for_collection("articles").fields if f.required}
    first_empty = next(
        name
        for name, widget in window.form.widgets.items()
        if name in required
        and window.current_document().get(name) in (None, "")
        and not isinstance(widget, BoolField)
    )
    assert first_empty != "title"
    target = window.form.widgets[first_empty].focus_target()
    assert QApplication.focusWidget() is target
    qtbot.keyClicks(QApplication.focusWidget(), "en")
    assert window.current_document().get(first_empty) == "en"


def test_a_new_page_with_every_field_filled_starts_in_its_text(guide: Path, new_page_in) -> None:
    window = new_page_in(guide)
    window.toggle_form_action.trigger()  # the form hidden: only the text is left to type in
    assert not window.form_area.isVisible()
    window.new_document()
    assert QApplication.focusWidget() is window.editor


def test_a_new_blog_post_whose_required_fields_are_filled_starts_in_its_text(
    tmp_path: Path, new_page_in
) -> None:
    """Eleventy's blog: the title and the navigation come filled in, and the optional External
    URL, empty, is no place to start writing a post."""
    root = copy_shared_site("eleventy-website", tmp_path, "eleventy")
    window = new_page_in(root)
    window.new_document()
    assert QApplication.focusWidget() is window.editor
