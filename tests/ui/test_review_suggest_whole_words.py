"""Review window: words dragged over from the middle of one word to the middle of another are
suggested on as whole words ("Replace “short public facing story”", not "hort public facing
sto"), as a note on them is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from review_helpers import open_panel

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.ui.review import ReviewPanel

BRAND = "_resources/brand-narrative.md"
WORDS = "short public facing story"


def test_a_suggestion_on_cut_words_takes_them_whole(
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    path = site_copy / BRAND
    body = Document.load(path).body
    assert body.count(WORDS) == 1
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    panel.author_edit.setText("Ada Editor")
    # The drag starts after the first letter and stops before the last one.
    start = body.index(WORDS) + 1
    cursor = panel.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(WORDS) - 2, cursor.MoveMode.KeepAnchor)
    panel.text_view.setTextCursor(cursor)
    asked: list[str] = []

    def ask(cls, parent, quote: str) -> str:  # noqa: ANN001
        asked.append(quote)
        return "short public story"

    monkeypatch.setattr(ReviewPanel, "ask_suggestion", classmethod(ask))
    qtbot.mouseClick(panel.text_notes.suggest_button, Qt.MouseButton.LeftButton)
    assert asked == [WORDS]  # the question shows whole words
    store = review.NoteStore(path)
    assert [(s.quote, s.replacement) for s in store.suggestions] == [
        (WORDS, "short public story")
    ]
