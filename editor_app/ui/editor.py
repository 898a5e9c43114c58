"""The Markdown editor: highlighting, formatting shortcuts, find and replace, spell checking.

Formatting commands are pure text operations in `core/markdown_edit.py`; this widget only
applies the `Edit` they return as one undo step. Shortcuts (all documented in the context menu):

- Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Alt+1..3 heading, Ctrl+Alt+0 plain text,
  Ctrl+Shift+8 bullet list, Ctrl+Shift+7 numbered list, Ctrl+Shift+. quote
- Ctrl+F find, Ctrl+H replace, F3 / Shift+F3 next / previous match, Esc closes the find bar

Headings use Ctrl+Alt+1..3 (as in word processors) because Ctrl+1..3 show and hide the
window's panels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QWidget,
)

from editor_app.core import markdown_edit as me
from editor_app.core import soft_wrap
from editor_app.ui import paste
from editor_app.ui.editor_colours import EditorColours
from editor_app.ui.editor_images import EditorImages
from editor_app.ui.editor_text import ChangedText
from editor_app.ui.find_bar import FindBar
from editor_app.ui.highlighter import MarkdownHighlighter
from editor_app.ui.spell import SpellService

if TYPE_CHECKING:
    from editor_app.core.site import Site


class MarkdownEditor(EditorColours, EditorImages, QPlainTextEdit):
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
        for word in words:
            at = rest.find(word) if word else -1
            if at >= 0:
                cursor.setPosition(cursor.position() + at)
                cursor.setPosition(cursor.position() + len(word), QTextCursor.MoveMode.KeepAnchor)
                break
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

    # -- formatting ---------------------------------------------------------------------------

    def apply_edit(self, edit: me.Edit) -> None:
        """Apply a core `Edit` as one undo step and select what it says."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(edit.start)
        cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText().replace("\u2029", "\n") != edit.replacement:
            cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        cursor.setPosition(edit.sel_start)
        cursor.setPosition(edit.sel_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def run_command(self, command: Callable[..., me.Edit], *args: object) -> None:
        """Run a `core/markdown_edit` command on the text and the selection."""
        cursor = self.textCursor()
        edit = command(self.markdown(), cursor.anchor(), cursor.position(), *args)
        self.apply_edit(edit)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            # Shown in menus only: the keys themselves are handled in event() so that they
            # win over the window's shortcuts while the text has the focus.
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            a.triggered.connect(slot)
            return a

        cmd = self.run_command
        self.format_actions: list[QAction] = [
            action(self.tr("&Bold"), ["Ctrl+B"], lambda: cmd(me.toggle_bold)),
            action(self.tr("&Italic"), ["Ctrl+I"], lambda: cmd(me.toggle_italic)),
            action(self.tr("&Link"), ["Ctrl+K"], lambda: cmd(me.make_link)),
            action(self.tr("Heading &1"), ["Ctrl+Alt+1"], lambda: cmd(me.set_heading, 1)),
            action(self.tr("Heading &2"), ["Ctrl+Alt+2"], lambda: cmd(me.set_heading, 2)),
            action(self.tr("Heading &3"), ["Ctrl+Alt+3"], lambda: cmd(me.set_heading, 3)),
            action(self.tr("&Normal Text"), ["Ctrl+Alt+0"], lambda: cmd(me.set_heading, 0)),
            action(
                self.tr("Bullet Li&st"),
                ["Ctrl+Shift+8", "Ctrl+*"],
                lambda: cmd(me.toggle_bullet_list),
            ),
            action(
                self.tr("N&umbered List"),
                ["Ctrl+Shift+7", "Ctrl+&"],
                lambda: cmd(me.toggle_numbered_list),
            ),
            action(self.tr("&Quote"), ["Ctrl+Shift+.", "Ctrl+>"], lambda: cmd(me.toggle_quote)),
            action(self.tr("&Code"), ["Ctrl+Shift+C"], lambda: cmd(me.toggle_code)),
        ]
        self.insert_image_action = action(
            self.tr("Insert &Image…"), ["Ctrl+Shift+I"], lambda: self.insert_image()
        )
        self.insert_image_action.setEnabled(False)
        self.find_action = action(self.tr("&Find…"), ["Ctrl+F"], self.show_find)
        self.replace_action = action(self.tr("Find and &Replace…"), ["Ctrl+H"], self.show_replace)
        self.find_next_action = action(self.tr("Find &Next"), ["F3"], self.find_next)
        self.find_previous_action = action(
            self.tr("Find &Previous"), ["Shift+F3"], self.find_previous
        )
        self.paste_plain_action = action(
            self.tr("Paste as &Plain Text"), ["Ctrl+Shift+V"], lambda: paste.paste_plain_text(self)
        )
        self._key_actions: dict[tuple[int, int], QAction] = {}
        for a in [
            *self.format_actions,
            self.insert_image_action,
            self.find_action,
            self.replace_action,
            self.find_next_action,
            self.find_previous_action,
            self.paste_plain_action,
        ]:
            for seq in a.shortcuts():
                combo = seq[0]
                self._key_actions[(combo.key(), combo.keyboardModifiers().value)] = a

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self._key_actions.get((event.key(), mods.value))
        key = event.key()
        symbol = 0x20 < key < 0x7F and not chr(key).isalnum()
        if action is None and symbol and mods & Qt.KeyboardModifier.ShiftModifier:
            # Ctrl+Shift+8 arrives as Ctrl+Shift+* on many layouts: look up the shifted key too.
            # Only for such marks: Ctrl+Shift+F is the window's Search Site, not Ctrl+F.
            action = self._key_actions.get(
                (event.key(), (mods & ~Qt.KeyboardModifier.ShiftModifier).value)
            )
        if action is not None and not action.isEnabled():
            return None
        return action

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._action_for(event) is not None:
                event.accept()  # deliver it here as a key press, not to a window shortcut
                return True
            if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
                event.accept()
                return True
        return super().event(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        # Formatted text (Word, Google Docs, a web page) arrives as clean Markdown.
        if not paste.paste_as_markdown(self, source):
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        action = self._action_for(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide_bar()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            # Shift+Enter (a line break in a word processor) is a new line here too: Qt would
            # put an invisible line separator into the page, which no Markdown reads as one.
            self.textCursor().insertText("\n")
            self.ensureCursorVisible()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- images -------------------------------------------------------------------------------

    # -- menus, spelling, scrolling -------------------------------------------------------------

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
