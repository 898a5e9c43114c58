"""The editor's find and replace bar (Ctrl+F, Ctrl+H, F3 / Shift+F3, Esc)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor_app.ui.find_bar_keys import FindBarKeys

if TYPE_CHECKING:
    from editor_app.ui.editor import MarkdownEditor

TEXT_PAUSE_MS = 250  # the matches are marked again this long after the text last changed


class FindBar(FindBarKeys, QWidget):
    """The find and replace bar shown at the bottom of the editor (Ctrl+F, Ctrl+H)."""

    closed = Signal()

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Find and replace"))

        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Text to find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replacement text"))
        self.case_box = QCheckBox(self.tr("Match &case"))
        self.word_box = QCheckBox(self.tr("&Whole words"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Matches"))

        def button(text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            return b

        self.prev_button = button(
            self.tr("Previous"), self.tr("Find the previous match (Shift+F3)"), self.find_previous
        )
        self.next_button = button(
            self.tr("Next"), self.tr("Find the next match (F3)"), self.find_next
        )
        self.replace_button = button(
            self.tr("Replace"), self.tr("Replace this match and find the next"), self.replace
        )
        self.replace_all_button = button(
            self.tr("Replace All"), self.tr("Replace every match"), self.replace_all
        )
        self.close_button = button("✕", self.tr("Close the find bar (Esc)"), self.hide_bar)
        self.close_button.setAutoRaise(True)

        # Three short rows fit the editor's width even when it shares the window.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.prev_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.close_button, 0, 3)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.case_box)
        options.addWidget(self.word_box)
        options.addStretch(1)
        options.addWidget(self.status)
        grid.addLayout(options, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)

        self.find_edit.textChanged.connect(self._search_changed)
        self.case_box.toggled.connect(self._search_changed)
        self.word_box.toggled.connect(self._search_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        for w in (self.find_edit, self.replace_edit, self.case_box, self.word_box):
            w.installEventFilter(self)
        # The marks and the count follow the text after a pause in its changes (typing, Undo
        # of Replace All): they were left as they were, matches back in the text unmarked.
        self._text_changed = QTimer(self)
        self._text_changed.setSingleShot(True)
        self._text_changed.setInterval(TEXT_PAUSE_MS)
        self._text_changed.timeout.connect(self._follow_text)
        self._marked_revision = -1
        editor.document().contentsChanged.connect(self._text_changed.start)
        self.hide()

    def set_replace_visible(self, visible: bool) -> None:
        """Show or hide the replace half of the bar."""
        for w in (self.replace_edit, self.replace_button, self.replace_all_button):
            w.setVisible(visible)

    @property
    def replace_visible(self) -> bool:
        """True when the replace half is shown."""
        return not self.replace_edit.isHidden()

    def flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        """The search options as Qt flags."""
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.word_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def needle(self) -> str | QRegularExpression:
        """What is looked for: the typed text; with hand-wrapped lines joined on screen, a
        space also matches the joined line break (the words of one line of the file and the
        next are still found)."""
        text = self.find_edit.text()
        if " " not in text or not getattr(self.editor, "shows_joined_lines", False):
            return text
        pattern = "[ \u2004]".join(QRegularExpression.escape(part) for part in text.split(" "))
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.case_box.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        return QRegularExpression(pattern, options)

    def show_bar(self, replace: bool) -> None:
        """Open the bar; the selected text (one line) becomes the search."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.set_replace_visible(replace)
        self.show()
        self.editor.layout_find_bar()
        target = self.replace_edit if replace and self.find_edit.text() and selected else None
        (target or self.find_edit).setFocus()
        self.find_edit.selectAll()
        self._highlight_all()

    def hide_bar(self) -> None:
        """Close the bar and give the focus back to the text."""
        self.hide()
        self.editor.setExtraSelections([])
        self.editor.layout_find_bar()
        self.editor.setFocus()
        self.closed.emit()

    def _follow_text(self) -> None:
        # Colouring changes the document too: only a change of its text (a new revision)
        # marks the matches again, so "N replaced" stays while nothing was typed.
        if self.isVisible() and self.editor.document().revision() != self._marked_revision:
            self._highlight_all()

    def _search_changed(self) -> None:
        # Search as you type from where the match started, so the match grows in place.
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        self._highlight_all()
        if self.find_edit.text():
            self.find_next()

    def find_next(self) -> bool:
        """Select the next match (wrapping around); False when there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match (wrapping around); False when there is none."""
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        if not self.find_edit.text():
            self.status.clear()
            return False
        needle = self.needle()
        doc = self.editor.document()
        cursor = self.editor.textCursor()
        found = doc.find(needle, cursor, self.flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, self.flags(backward))
        if found.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.editor.setTextCursor(found)
        self.editor.centerCursor()
        self._update_status(found)
        return True

    def _matches(self, limit: int = 5000) -> list[QTextCursor]:
        if not self.find_edit.text():
            return []
        needle = self.needle()
        doc = self.editor.document()
        out: list[QTextCursor] = []
        cursor = doc.find(needle, 0, self.flags())
        while not cursor.isNull() and len(out) < limit:
            out.append(cursor)
            cursor = doc.find(needle, cursor, self.flags())
        return out

    def _highlight_all(self) -> None:
        self._marked_revision = self.editor.document().revision()
        selections = []
        if self.isVisible():
            colour = self.editor.highlighter.match_colour
            for cursor in self._matches(limit=2000):
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format.setBackground(colour)
                selections.append(sel)
        self.editor.setExtraSelections(selections)
        self._update_status(self.editor.textCursor())

    def _update_status(self, current: QTextCursor) -> None:
        matches = self._matches()
        if not self.find_edit.text():
            self.status.clear()
        elif not matches:
            self.status.setText(self.tr("Not found"))
        else:
            index = next(
                (
                    i
                    for i, c in enumerate(matches)
                    if c.selectionStart() == current.selectionStart()
                ),
                None,
            )
            if index is None:
                self.status.setText(self.tr("{n} found").format(n=len(matches)))
            else:
                self.status.setText(self.tr("{i} of {n}").format(i=index + 1, n=len(matches)))

    def _current_is_match(self) -> bool:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return False
        found = self.editor.document().find(self.needle(), cursor.selectionStart(), self.flags())
        return (
            not found.isNull()
            and found.selectionStart() == cursor.selectionStart()
            and found.selectionEnd() == cursor.selectionEnd()
        )

    def replace(self) -> None:
        """Replace the selected match, then find the next one."""
        if not self.find_edit.text():
            return
        if self._current_is_match():
            cursor = self.editor.textCursor()
            cursor.insertText(self.replace_edit.text())
            self.editor.setTextCursor(cursor)
        self.find_next()
        self._highlight_all()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        matches = self._matches(limit=10**9)
        if not matches:
            self.status.setText(self.tr("Not found"))
            return 0
        # The block is opened at the caret, so Undo puts the caret back there, not at the top.
        edit = self.editor.textCursor()
        edit.beginEditBlock()
        for cursor in matches:  # cursors follow earlier replacements by themselves
            cursor.insertText(self.replace_edit.text())
        edit.endEditBlock()
        self._highlight_all()
        self.status.setText(self.tr("{n} replaced").format(n=len(matches)))
        return len(matches)

