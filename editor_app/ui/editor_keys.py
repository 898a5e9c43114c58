"""The editor's formatting commands and keys: Ctrl+B, Ctrl+I, headings, lists, find, paste
as plain text... as actions for the menus, their keys taken before the window's shortcuts
while the text has the focus. A part of `MarkdownEditor` (ui/editor.py).

Formatting commands are pure text operations in `core/markdown_edit.py`; this only applies
the `Edit` they return as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextBlock, QTextCursor

from editor_app.core import markdown_edit as me
from editor_app.ui import highlighter, paste
from editor_app.ui.form_keys import leaves_undo_to_window


class EditorKeys:
    """Formatting actions and keys for `MarkdownEditor` (uses its `find_bar`, `markdown()`)."""

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
        link = action(self.tr("&Link"), ["Ctrl+K"], lambda: cmd(me.make_link))
        # Said in the status line while the menu item is pointed at: Tab is no usual way on.
        link.setStatusTip(
            self.tr(
                "Make the selected words a link; with none selected, type the words, then Tab"
                " for the address"
            )
        )
        self.format_actions: list[QAction] = [
            action(self.tr("&Bold"), ["Ctrl+B"], lambda: cmd(me.toggle_bold)),
            action(self.tr("&Italic"), ["Ctrl+I"], lambda: cmd(me.toggle_italic)),
            link,
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
            self.tr("Insert I&mage…"), ["Ctrl+Shift+I"], lambda: self.insert_image()
        )
        self.insert_image_action.setEnabled(False)
        self.find_action = action(self.tr("&Find…"), ["Ctrl+F"], self.show_find)
        self.replace_action = action(self.tr("Find and R&eplace…"), ["Ctrl+H"], self.show_replace)
        self.find_next_action = action(self.tr("Find &Next"), ["F3"], self.find_next)
        self.find_previous_action = action(
            self.tr("Find &Previous"), ["Shift+F3"], self.find_previous
        )
        self.paste_plain_action = action(
            self.tr("Paste as Plain Te&xt"), ["Ctrl+Shift+V"], lambda: paste.paste_plain_text(self)
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
            if leaves_undo_to_window(self, event):
                # To the window's Edit > Undo / Redo, which take back the form's last change
                # (Ctrl+Z here did nothing after a title typed, while the menu's Undo worked).
                event.ignore()
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
        if self._leave_text(event) or self._tab_to_link_address(event):
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
        if self._continue_list(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _continue_list(self, event: QKeyEvent) -> bool:
        """Enter in a list item starts the next item (`- `, `2. `); on an empty item it ends
        the list, as in other editors (the author typed every marker by hand). Not in code."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or mods:
            return False
        cursor = self.textCursor()
        block = cursor.block()
        if cursor.hasSelection() or _in_code_or_header(block):
            return False
        change = me.new_line_in_list(block.text(), cursor.positionInBlock())
        if change is None:
            return False
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + change[0], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(change[1])
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _tab_to_link_address(self, event: QKeyEvent) -> bool:
        """Tab in the words of a link Link made with nothing selected (`[words|](https://)`)
        selects its address, to type next: the caret waits between the brackets, and no key
        led on to the address (a tab was typed into the link's words)."""
        if event.key() != Qt.Key.Key_Tab or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()  # one line: the link is never read from the whole page
        span = me.link_address_to_fill(block.text(), cursor.positionInBlock())
        if span is None:
            return False
        cursor.setPosition(block.position() + span[0])
        cursor.setPosition(block.position() + span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def _leave_text(self, event: QKeyEvent) -> bool:
        """Ctrl+Tab / Ctrl+Shift+Tab take the keyboard out of the text to the next (previous)
        part of the window, as in other editors: Tab types a tab here, and Qt's text box keeps
        Ctrl+Tab too, so a keyboard alone could not leave the text for the list. The preview
        is passed over: Tab inside a web page goes from link to link and never leaves it."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not ctrl or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        back = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        widget = self
        for _ in range(2000):  # the window's focus chain is a ring
            widget = widget.previousInFocusChain() if back else widget.nextInFocusChain()
            if widget is self:
                return False
            if (
                widget.isVisible()
                and not widget.visibleRegion().isEmpty()  # Qt's docks' tab bar kept off screen
                and widget.isEnabled()
                and widget.window() is self.window()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and not _in_preview(widget)
            ):
                widget.setFocus(
                    Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason
                )
                return True
        return False



def _in_code_or_header(block: QTextBlock) -> bool:
    """The line is inside fenced code, an HTML comment or the front matter (as the
    highlighter found it)."""
    previous = block.previous()
    state = previous.userState() if previous.isValid() else -1
    return state > 0 and highlighter.line_kind(state) != highlighter.NORMAL


def _in_preview(widget: Any) -> bool:
    """`widget` is (inside) the preview pane: a web page, or its plain text view."""
    preview = getattr(widget.window(), "preview", None)
    return preview is not None and (widget is preview or preview.isAncestorOf(widget))
