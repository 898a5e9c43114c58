"""Open suggested edits marked in the main window: struck through in the editor (underlined
when new words are added beside them; a click in them chooses that suggestion), old words
struck and new words added in the preview. Mixed
into `ReviewHook`, whose `window`, `notes`, `notes_dock`, `_body` and `_editor_body` these
methods use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextEdit

from editor_app.core import review
from editor_app.ui.review.common import _to_qt
from editor_app.ui.review.text_notes import INSERT_COLOUR, SUGGESTION_COLOUR

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class SuggestionMarksMixin(_Base):
    """The editor's and the preview's marks of open suggestions, for the ReviewHook."""

    def _mark_editor(self, body: str | None = None) -> None:
        """Strike through, in the editor, the words open suggestions would change."""
        if not self._editor_marked and not self._open_text_suggestions():
            return
        if body is None:
            body = self._editor_body()
        marks = self.notes.suggestions.marks(body) if body is not None else []
        if not marks and not self._editor_marked:
            return  # nothing to show, nothing to clear (the find bar's marks stay)
        assert body is not None or not marks
        editor = self.window.editor
        selections = []
        for start, end, s in marks:
            sel = QTextEdit.ExtraSelection()
            if s.kind == review.INSERT:  # the words stay, new ones go beside them
                sel.format.setBackground(QColor(INSERT_COLOUR))
                sel.format.setFontUnderline(True)
            else:
                sel.format.setBackground(QColor(SUGGESTION_COLOUR))
                sel.format.setFontStrikeOut(True)
            cursor = editor.textCursor()
            cursor.setPosition(_to_qt(body or "", start))
            cursor.setPosition(_to_qt(body or "", end), cursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        editor.setExtraSelections(selections)
        self._editor_marked = bool(marks)
        self._editor_marks = [
            (sel.cursor.selectionStart(), sel.cursor.selectionEnd(), s.id)
            for sel, (_a, _b, s) in zip(selections, marks, strict=True)
        ]

    def _choose_marked_suggestion(self) -> None:
        """The author clicked in words a suggestion would change: make it the one to accept."""
        if not self._editor_marks:
            return
        position = self.window.editor.textCursor().position()
        for start, end, suggestion_id in self._editor_marks:
            if start <= position <= end:
                self.show_notes_by_itself()
                self.notes.suggestions.select(suggestion_id)
                return

    def _open_text_suggestions(self) -> bool:
        store = self.notes.store
        return store is not None and any(s.field is None for s in store.open_suggestions())

    def _mark_preview(self) -> None:
        """Mark the open suggestions in the preview (old words struck, new words added)."""
        if not self._open_text_suggestions():
            return  # the usual case: no cost after each preview
        # The text the preview was made from (cheap, unlike copying the editor's text).
        body = self._body()
        marks = self.notes.suggestions.marks(body)
        if not marks:
            return
        preview = self.window.preview
        html = preview.html()
        marked = review.mark_suggestions_html(html, marks, body)
        if marked != html:
            doc = self.window.current_document()
            base = Path(doc.path).parent if doc is not None and doc.path is not None else None
            preview.set_html(marked, base)
