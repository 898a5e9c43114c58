"""The words open notes are on, marked in the Drafts dialog's comparison as the review window
marks them in its text (yellow), on the draft's side: the note list said "on these words"
and the reader had to find them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from editor_app.ui.review.text_notes import NOTE_COLOUR  # the review window's, for a note's words


def _on_draft_side(cursor: QTextCursor) -> bool:
    """Within the comparison's right column (the draft), or outside any table."""
    table = cursor.currentTable()
    if table is None:
        return True
    return table.cellAt(cursor).column() == table.columns() - 1


def noted_words(document: QTextDocument, quote: str) -> list[QTextCursor]:
    """Where the draft's side of `document` shows `quote` (any run of white space may
    differ: the comparison joins a paragraph's lines)."""
    words = re.sub(r"\s+", " ", quote).strip()
    if not words:
        return []
    found = []
    cursor = document.find(words)
    while not cursor.isNull():
        if _on_draft_side(cursor):
            found.append(cursor)
        cursor = document.find(words, cursor)
    return found


def mark_noted_words(browser: QTextEdit, quotes: Iterable[str]) -> int:
    """Mark each of `quotes` where the draft's side shows it; how many places were marked."""
    selections = []
    for quote in quotes:
        for cursor in noted_words(browser.document(), quote):
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor(NOTE_COLOUR))
            mark.cursor = cursor
            selections.append(mark)
    browser.setExtraSelections(selections)
    return len(selections)
