"""At 1024x700 the review window's lists are usable: on "Text and notes", a page with three
notes and two suggested edits shows two notes and both suggested edits whole (one of each
showed, the rest behind a scroll bar), with the text still there to read; the queue keeps
its rows. The window fills a 1024x700 screen (it took 92% of it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QListWidget

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.ui import screen_fit
from editor_app.ui.review.window import ReviewWindow

BRAND = "_resources/brand-narrative.md"


def _rows_whole(items: QListWidget) -> int:
    """How many of the list's rows show whole, from its top."""
    height = items.viewport().height()
    whole = 0
    for row in range(items.count()):
        rect = items.visualItemRect(items.item(row))
        if rect.top() < 0 or rect.bottom() > height:
            break
        whole += 1
    return whole


def test_notes_and_suggested_edits_show_at_1024x700(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    path = site_copy / BRAND
    for words, text in (
        ("a short public facing story", "Who is the public here? Name them."),
        ("quite a challenge", "Say what made it hard."),
        ("work-in-progress", "Still true?"),
    ):
        store = review.NoteStore(path)
        body = Document.load(path).body
        start = body.index(words)
        store.add(review.make_note(body, start, start + len(words), text, "Ada Editor"))
    review.suggest(path, "a bit of narrative", "a narrative", author="Ada Editor")
    review.suggest(path, "very interesting", "interesting", author="Ada Editor")

    # A 1024x700 screen, less its panel and the window's title bar: the window places itself.
    monkeypatch.setattr(screen_fit, "available_area", lambda widget: QRect(0, 0, 1024, 670))
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1024, 670)  # the whole of a small screen
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    panel = window.panel
    assert panel.select_path(path)
    panel.tabs.setCurrentIndex(1)  # Text and notes
    qtbot.wait(50)
    notes, suggestions = panel.notes.list, panel.notes.suggestions.list
    assert notes.count() == 3 and suggestions.count() == 2
    assert _rows_whole(notes) >= 2, notes.viewport().height()
    assert _rows_whole(suggestions) == 2, suggestions.viewport().height()
    assert panel.text_view.viewport().height() >= 120  # the text still reads
    assert panel.table.viewport().height() >= 400  # the queue keeps its rows
