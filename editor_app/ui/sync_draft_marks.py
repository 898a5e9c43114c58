"""The words open notes are on, marked in the Drafts dialog's comparison as the review window
marks them in its text (yellow), on the draft's side: the note list said "on these words"
and the reader had to find them. Each note is marked at its own place only (its anchor in the
draft's text), not wherever else the draft has the same words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QTextEdit

from editor_app.core import review
from editor_app.ui.review.common import _to_qt
from editor_app.ui.review.text_notes import NOTE_COLOUR  # the review window's, for a note's words


def _loose(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _table(document: QTextDocument) -> QTextTable | None:
    """The comparison's table (the one `DocumentDiff.to_html` writes)."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            return frame
    return None


def note_place(
    document: QTextDocument, diff: Any, body: str, note: Any, rows: dict[int, int] | None = None
) -> QTextCursor | None:
    """The note's own words where the draft's side of the comparison shows them (None: its
    paragraph is folded away, or its words were replaced since). `rows`: the comparison's
    `review.newer_side_rows`, made once when marking many notes."""
    anchor = review.anchor_note(note, body)
    if anchor.state != review.FOUND:
        return None
    place = review.newer_side_place(diff, body, anchor.start, anchor.end, rows=rows)
    table = _table(document)
    if place is None or table is None:
        return None
    row, start, end = place
    if row >= table.rows():
        return None
    cell = table.cellAt(row, table.columns() - 1)
    first = cell.firstCursorPosition().position()
    last = cell.lastCursorPosition().position()
    span = QTextCursor(document)
    span.setPosition(first)
    span.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    shown = span.selectedText()  # the paragraph, its line breaks one character each
    cursor = QTextCursor(document)
    cursor.setPosition(first + _to_qt(shown, start))
    cursor.setPosition(first + _to_qt(shown, end), QTextCursor.MoveMode.KeepAnchor)
    words = _loose(body[anchor.start : anchor.end])
    if _loose(cursor.selectedText().replace("\u2029", " ")) == words:
        return cursor
    # The cell reads otherwise than the paragraph (never seen): the words in that cell
    # nearest the note's place.
    found: list[QTextCursor] = []
    at = document.find(words, first)
    while not at.isNull() and at.selectionEnd() <= last:
        found.append(at)
        at = document.find(words, at)
    return min(found, key=lambda c: abs(c.selectionStart() - cursor.selectionStart()), default=None)


def mark_notes(browser: QTextEdit, diff: Any, body: str | None, notes: Iterable[Any]) -> int:
    """Mark each note's words at its own place on the draft's side; how many were marked."""
    selections = []
    document = browser.document()
    rows = review.newer_side_rows(diff) if body is not None else {}
    for note in notes if body is not None else ():
        cursor = note_place(document, diff, body, note, rows)
        if cursor is None:
            continue
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor(NOTE_COLOUR))
        mark.cursor = cursor
        selections.append(mark)
    browser.setExtraSelections(selections)
    return len(selections)
