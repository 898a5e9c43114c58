"""The editor's colours and spelling: only the lines in view of a very long page are coloured;
misspelt words are underlined, with suggestions in the context menu. A part of
`MarkdownEditor` (ui/editor.py)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QMenu,
)

from editor_app.core.spelling import DEFAULT_LANGUAGE
from editor_app.ui.highlighter import FRONT_MATTER, PENDING, line_kind
from editor_app.ui.spell import SpellService, add_spelling_actions

if TYPE_CHECKING:
    pass


class EditorColours:
    """Lazy colouring and spelling for `MarkdownEditor` (uses its `highlighter`, `_spell`)."""

    # From this many lines on, only the lines in view (and a margin) are coloured: colouring
    # all of a 5 MB page (35,000 lines) as it opened froze the window for 4 s.
    LAZY_FROM_BLOCKS = 10_000
    # ... or from this many characters: long lines cost as much as many lines (colouring all
    # of the 300 KB, 4,700-line history page as it opened took 0.25-0.45 s).
    LAZY_FROM_CHARS = 100_000

    LAZY_MARGIN_BLOCKS = 60

    def _in_view(self, block_number: int) -> bool:
        """Whether a line is in view, or near enough to be coloured now (long pages)."""
        if self._view_range is None:
            # Worked out once per scroll, not once per line: the highlighter asks for each.
            first = max(0, self.firstVisibleBlock().blockNumber())
            rows = self.viewport().height() // max(1, self.fontMetrics().lineSpacing()) + 1
            margin = self.LAZY_MARGIN_BLOCKS
            self._view_range = (first - margin, first + rows + margin)
        return self._view_range[0] <= block_number <= self._view_range[1]

    def colour_lines_in_view(self) -> None:
        """Colour the lines that came into view still waiting for their colours (long pages)."""
        self._view_range = None
        if self.highlighter.wanted is None:
            return
        first = max(0, self.firstVisibleBlock().blockNumber() - self.LAZY_MARGIN_BLOCKS)
        block = self.document().findBlockByNumber(first)
        while block.isValid() and self._in_view(block.blockNumber()):
            state = block.userState()
            if state >= 0 and state & PENDING:
                self.highlighter.rehighlightBlock(block)
            block = block.next()

    def set_spellcheck(self, enabled: bool) -> None:
        """Underline misspelt words (British English) as the user types, or stop."""
        if enabled and self._spell is None:
            self._use_spelling(DEFAULT_LANGUAGE)
        self.highlighter.spell_enabled = enabled
        self._respell()

    def set_spelling_language(self, language: str) -> None:
        """Check words against another bundled dictionary (e.g. "en_US"), re-underlining."""
        if self._spell is not None and self._spell.checker.language == language:
            return
        self._use_spelling(language)
        self._respell()

    def _use_spelling(self, language: str) -> None:
        if self._spell is not None:
            self._spell.ready.disconnect(self._respell)
            self._spell.wordsChanged.disconnect(self._respell)
        # Not started here: the highlighter starts it on the first words to check, so an
        # empty editor does not compete with opening the site.
        self._spell = SpellService.shared(language, start=False)
        self._spell.ready.connect(self._respell)
        self._spell.wordsChanged.connect(self._respell)
        self.highlighter.spell = self._spell

    def set_site_words(self, words: frozenset[str] | None) -> None:
        """Take the site's own vocabulary (`core/site_words.py`) as known, re-underlining;
        None while it is being read: no word underlined until it is known."""
        if words == self.highlighter.site_words:
            return
        self.highlighter.site_words = words
        self._respell()

    def set_spelling_paused(self, reason: str, respell: bool = True) -> None:
        """Leave this page's words unchecked (`reason`: why, for the user), or check them
        again (""); `respell=False` when the page's text is about to be set anyway."""
        changed = bool(reason) != self.highlighter.spell_paused
        self._spelling_paused_reason = reason
        self.highlighter.spell_paused = bool(reason)
        if changed and respell:
            self._respell()

    @property
    def spelling_paused_reason(self) -> str:
        """Why this page's words are not checked ("" when they are)."""
        return getattr(self, "_spelling_paused_reason", "")

    @property
    def spelling_language(self) -> str:
        """The dictionary words are checked against, e.g. "en_GB"."""
        return self._spell.checker.language if self._spell is not None else DEFAULT_LANGUAGE

    @property
    def spellcheck_enabled(self) -> bool:
        """True when misspelt words are underlined."""
        return self.highlighter.spell_enabled

    def misspelt_word_at(self, pos: QPoint) -> tuple[QTextCursor, str] | None:
        """The misspelt word under a point of the viewport, as a selecting cursor."""
        if not (self._spell and self.spellcheck_enabled and self._spell.is_ready):
            return None
        if self.highlighter.spell_paused:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        if self.highlighter.front_matter and line_kind(block.userState()) == FRONT_MATTER:
            return None
        offset = cursor.positionInBlock()
        # The highlighter already decided: a red wave under the character means misspelt.
        for r in block.layout().formats():
            underline = r.format.underlineStyle()
            if underline == QTextCharFormat.UnderlineStyle.SpellCheckUnderline and (
                r.start <= offset <= r.start + r.length
            ):
                start = r.start
                end = r.start + r.length
                # Ranges may be split per character: grow to the whole word.
                text = block.text()
                while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
                    start -= 1
                while end < len(text) and (text[end].isalpha() or text[end] in "'’"):
                    end += 1
                word_cursor = QTextCursor(block)
                word_cursor.setPosition(block.position() + start)
                word_cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                return word_cursor, text[start:end].strip("'’")
        return None

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu: spelling suggestions first, then editing and formatting."""
        menu = self.createStandardContextMenu(pos)
        show_standard_keys(menu)
        hit = self.misspelt_word_at(pos)
        if hit is not None and self._spell is not None:
            word_cursor, word = hit

            def replace(suggestion: str) -> None:
                word_cursor.beginEditBlock()
                word_cursor.insertText(suggestion)
                word_cursor.endEditBlock()

            add_spelling_actions(menu, self._spell, word, replace)
        menu.addSeparator()
        fmt = menu.addMenu(self.tr("F&ormat"))
        for a in self.format_actions:
            fmt.addAction(a)
        menu.addAction(self.insert_image_action)
        menu.addSeparator()
        menu.addAction(self.find_action)
        menu.addAction(self.replace_action)
        spell = QAction(self.tr("Check &Spelling as You Type"), menu)
        spell.setCheckable(True)
        spell.setChecked(self.spellcheck_enabled)
        spell.toggled.connect(self.set_spellcheck)
        menu.addAction(spell)
        extras = getattr(self, "context_menu_extras", [])
        if extras:
            menu.addSeparator()
            menu.addActions(extras)
        return menu

    # A page longer than this is underlined again in slices (visible lines first) when the
    # dictionary arrives or the word list changes: all at once took ~0.4 s for 200 KB.
    RESPELL_AT_ONCE_BLOCKS = 300

    RESPELL_SLICE_S = 0.008

    def _respell(self) -> None:
        doc = self.document()
        if self.highlighter.wanted is not None:
            # A long page: every line waits for its colours again; those in view get them now.
            self._respell_queue = []
            block = doc.begin()
            while block.isValid():
                state = block.userState()
                if state >= 0:
                    block.setUserState(state | PENDING)
                block = block.next()
            self.colour_lines_in_view()
            return
        count = doc.blockCount()
        if count <= self.RESPELL_AT_ONCE_BLOCKS:
            self._respell_queue = []
            self.highlighter.rehighlight()
            return
        first = max(0, self.firstVisibleBlock().blockNumber())
        # Popped from the end: the visible lines first, then the rest of the page in order.
        self._respell_queue = list(reversed(list(range(first, count)) + list(range(first))))
        self._respell_blocks = count
        self._respell_step()

    def _respell_step(self) -> None:
        queue = self._respell_queue
        doc = self.document()
        if queue and doc.blockCount() != self._respell_blocks:
            # Lines were added or removed meanwhile: the numbers still queued now name other
            # lines, and as many lines as moved would be left as they were. Start again.
            self._respell()
            return
        deadline = time.perf_counter() + self.RESPELL_SLICE_S
        while queue and time.perf_counter() < deadline:
            block = doc.findBlockByNumber(queue.pop())
            if block.isValid():
                self.highlighter.rehighlightBlock(block)
        if queue and not self._respell_timer.isActive():
            self._respell_timer.start()


# Qt's own menu names its actions so; the key beside each is the one that does it in the text.
_STANDARD_KEYS = {
    "edit-undo": QKeySequence.StandardKey.Undo,
    "edit-redo": QKeySequence.StandardKey.Redo,
    "edit-cut": QKeySequence.StandardKey.Cut,
    "edit-copy": QKeySequence.StandardKey.Copy,
    "edit-paste": QKeySequence.StandardKey.Paste,
    "select-all": QKeySequence.StandardKey.SelectAll,
}


def show_standard_keys(menu: QMenu) -> None:
    """Undo, Redo, Cut, Copy, Paste and Select All with their keys beside them, as in other
    editors' menus. Qt leaves a key out when a window action has it too (the Edit menu's do,
    and they act in the text all the same), so the menu showed Cut, Copy and Paste bare."""
    for action in menu.actions():
        key = _STANDARD_KEYS.get(action.objectName())
        if key is None:
            continue
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        if shown:
            action.setText(action.text().split("\t")[0] + "\t" + shown)
