"""The Markdown editor: highlighting, formatting shortcuts, find and replace, spell checking.

Formatting commands are pure text operations in `core/markdown_edit.py`; the widget only
applies the `Edit` they return as one undo step (`editor_keys.py`, with the keys; colours and
spelling: `editor_colours.py`; images: `editor_images.py`). Shortcuts (all documented in the
context menu):

- Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Alt+1..3 heading, Ctrl+Alt+0 plain text,
  Ctrl+Shift+8 bullet list, Ctrl+Shift+7 numbered list, Ctrl+Shift+. quote
- Ctrl+F find, Ctrl+H replace, F3 / Shift+F3 next / previous match, Esc closes the find bar

Headings use Ctrl+Alt+1..3 (as in word processors) because Ctrl+1..3 show and hide the
window's panels.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QWidget,
)

from editor_app.core import soft_wrap
from editor_app.ui.editor_colours import EditorColours
from editor_app.ui.editor_images import EditorImages
from editor_app.ui.editor_keys import EditorKeys
from editor_app.ui.editor_text import ChangedText
from editor_app.ui.find_bar import FindBar
from editor_app.ui.highlighter import MarkdownHighlighter
from editor_app.ui.spell import SpellService
from editor_app.ui.text_direction import align_lines_by_direction

if TYPE_CHECKING:
    from editor_app.core.site import Site


class MarkdownEditor(EditorColours, EditorImages, EditorKeys, QPlainTextEdit):
    """A plain-text editor for the Markdown body of a page, with helpers for authors."""

    scrollFractionChanged = Signal(float)  # noqa: N815 (Qt naming)
    # The user asked to open the link at the caret, etc. (reserved for the window).
    imageInserted = Signal(str)  # noqa: N815 - the address written into the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setAccessibleName(self.tr("Page text"))
        self.setAccessibleDescription(
            self.tr("The text of the page, written in Markdown. Right-click for formatting.")
        )
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        self._text = ChangedText(self.document())  # a long page's text, taken cheaply
        self.find_bar = FindBar(self)
        self.find_bar.closed.connect(self.layout_find_bar)
        self.site: Site | None = None
        self.asset_folder: Path | None = None
        self.collection: str | None = None
        self._spell: SpellService | None = None
        self._respell_queue: list[int] = []
        self._view_range: tuple[int, int] | None = None  # lines coloured now (long pages)
        self._respell_blocks = 0  # the page's line count when the queue was made
        self._respell_timer = QTimer(self)
        self._respell_timer.setSingleShot(True)
        self._respell_timer.setInterval(0)
        self._respell_timer.timeout.connect(self._respell_step)
        self._setting_scroll = False
        # Actions others add to the right-click menu, after its own (Add Review Note…).
        self.context_menu_extras: list[QAction] = []
        # View > Join Hard-Wrapped Lines: paragraphs shown flowing, the text given back as the
        # file has it (see core/soft_wrap.py). `_joined`: the text shown holds join marks.
        self.join_wrapped = False
        self._joined = False
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._on_scroll())
        self._build_actions()
        self.set_spellcheck(True)

    # -- the contract with the window ---------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show `text` as a fresh document: no undo history, not modified, caret at the top."""
        self._respell_queue = []  # the new text is coloured whole as it is set
        self.forget_inserted_copies()  # no Undo reaches the last page's inserts any more
        long_page = (
            len(text) >= self.LAZY_FROM_CHARS or text.count("\n") + 1 >= self.LAZY_FROM_BLOCKS
        )
        self.highlighter.wanted = self._in_view if long_page else None
        self._view_range = None
        self._joined = False
        if self.join_wrapped and not self.highlighter.front_matter:
            joined = soft_wrap.join_lines(text)
            self._joined = joined is not None
            text = joined if joined is not None else text
        self.setPlainText(text)
        self._text.reset(text)
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if self.find_bar.isVisible():
            self.find_bar._highlight_all()

    def markdown(self) -> str:
        """The text exactly as typed (non-breaking spaces and line separators kept)."""
        # toPlainText() would turn non-breaking spaces into plain ones: the raw text does not
        # (read again only where it changed: see editor_text.py).
        raw = self._text.text()
        return soft_wrap.split_lines(raw) if self._joined else raw

    @property
    def shows_joined_lines(self) -> bool:
        """The text shown may hold join marks for the file's line breaks (core/soft_wrap)."""
        return self._joined

    def set_join_wrapped(self, on: bool) -> None:
        """Show hand-wrapped paragraphs as flowing lines (`on`) or as the file has them.

        Display only: `markdown()` is the same text either way, so the page is not changed.
        """
        self.join_wrapped = on
        text = self.markdown()
        shown = soft_wrap.join_lines(text) if on and not self.highlighter.front_matter else None
        shown = shown if shown is not None else text
        current = self.document().toRawText().replace("\u2029", "\n")
        if shown == current:
            return
        # Marks and breaks swap one for one, so the caret and the undo steps keep their place.
        position, modified = self.textCursor().position(), self.document().isModified()
        self._joined = self._joined or shown != text
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for at, (old, new) in enumerate(zip(current, shown, strict=True)):
            if old != new:
                cursor.setPosition(at)
                cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new)
        cursor.endEditBlock()
        self.document().setModified(modified)
        moved = self.textCursor()
        moved.setPosition(min(position, len(shown)))
        self.setTextCursor(moved)

    def go_to_line(self, n: int, words: Sequence[str] = ()) -> None:
        """Put the caret at the start of line `n` (1-based, clamped) of the page and show it;
        with `words`, select the first of them found from there to the end of its paragraph
        (a problem's quoted words: the link text 'more' on that line)."""
        cursor = self.textCursor()
        if self._joined:  # the page's line, wherever the display joined it
            cursor.setPosition(soft_wrap.line_start(self.markdown(), n))
        else:
            block = self.document().findBlockByNumber(max(0, min(n, self.blockCount()) - 1))
            cursor = QTextCursor(block)
        block = cursor.block()
        rest = block.text()[cursor.position() - block.position() :]
        found = _first_of(words, rest, cursor.position())
        if found is None and words:
            # Lines typed or removed above it since Check: the words a few lines away.
            found = _near(block, words)
        if found is not None:
            cursor.setPosition(found[0])
            cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll to a share (0-1) of the text, without echoing `scrollFractionChanged`."""
        bar = self.verticalScrollBar()
        self._setting_scroll = True
        try:
            bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))
        finally:
            self._setting_scroll = False

    def set_site(self, site: Site | None, asset_folder: Path | None = None) -> None:
        """The site images are copied into (`asset_folder`, default: the site's usual one)."""
        self.site = site
        self.asset_folder = asset_folder
        self.insert_image_action.setEnabled(site is not None)

    def set_right_to_left(self, on: bool) -> None:
        """The page is in a language written right to left (`core/page_language.py`): each line
        aligned to the side it reads from (Persian at the right, Latin at the left)."""
        align_lines_by_direction(self, on)

    def set_front_matter_shown(self, shown: bool) -> None:
        """The editor holds the whole file, header included (a header that needs repair)."""
        self.highlighter.front_matter = shown
        self.highlighter.rehighlight()

    def show_find(self) -> None:
        """Open the find bar (Ctrl+F)."""
        self.find_bar.show_bar(replace=False)

    def show_replace(self) -> None:
        """Open the find and replace bar (Ctrl+H)."""
        self.find_bar.show_bar(replace=True)

    def find_next(self) -> bool:
        """The next match of the find bar's text (F3)."""
        if not self.find_bar.find_edit.text():
            self.show_find()
            return False
        return self.find_bar.find_next()

    def find_previous(self) -> bool:
        """The previous match of the find bar's text (Shift+F3)."""
        if not self.find_bar.find_edit.text():
            self.show_find()
            return False
        return self.find_bar.find_previous()

    # -- scrolling and the find bar's place ---------------------------------------------------

    def _on_scroll(self) -> None:
        self.colour_lines_in_view()
        if self._setting_scroll:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self.scrollFractionChanged.emit(fraction)

    def layout_find_bar(self) -> None:
        """Keep the find bar at the bottom, below the text, not over it."""
        bar = self.find_bar
        height = bar.sizeHint().height() if bar.isVisible() else 0
        self.setViewportMargins(0, 0, 0, height)
        if bar.isVisible():
            rect: QRect = self.contentsRect()
            # As wide as the text, not the frame: the scroll bar runs the frame's full height
            # and covered the bar's right end ("Not found" read "Not foun").
            text = self.viewport().geometry()
            bar.setGeometry(text.left(), rect.bottom() - height + 1, text.width(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.layout_find_bar()
        self.colour_lines_in_view()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 400)


# How many lines above and below a problem's line its quoted words are looked for.
_NEAR_LINES = 30


def _first_of(words: Sequence[str], text: str, start: int) -> tuple[int, int] | None:
    """Where the first of `words` found in `text` (which starts at `start`) lies, or None."""
    for word in words:
        at = text.find(word) if word else -1
        if at >= 0:
            return start + at, start + at + len(word)
    return None


def _near(block: QTextBlock, words: Sequence[str]) -> tuple[int, int] | None:
    """The first of `words` in the paragraphs nearest `block`, the nearer first, or None."""
    above, below = block.previous(), block.next()
    for _ in range(_NEAR_LINES):
        for near in (above, below):
            if near.isValid():
                found = _first_of(words, near.text(), near.position())
                if found is not None:
                    return found
        above = above.previous() if above.isValid() else above
        below = below.next() if below.isValid() else below
    return None
