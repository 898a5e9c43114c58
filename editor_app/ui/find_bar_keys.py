"""The find bar's keys: Esc, F3 / Shift+F3, Enter in its boxes, Tab round its boxes. Mixed
into `FindBar` (ui/find_bar.py), whose boxes and `find_next`, `find_previous`, `replace` and
`hide_bar` these methods use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class FindBarKeys(_Base):
    """The keys typed in the find bar's boxes, caught before the text behind the bar sees them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key, mods = event.key(), event.modifiers()
            actions = {
                (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier): self.hide_bar,
                (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier): self.find_next,
                (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier): self.find_previous,
            }
            # Enter is handled here, not left to the box: a line edit passes Enter on after
            # acting on it, and the editor behind the bar then typed a line break over the
            # selected match.
            no_mods = Qt.KeyboardModifier.NoModifier
            if watched is self.find_edit:
                shift_enter = Qt.KeyboardModifier.ShiftModifier
                actions[(Qt.Key.Key_Return, shift_enter)] = self.find_previous
                actions[(Qt.Key.Key_Enter, shift_enter)] = self.find_previous
                actions[(Qt.Key.Key_Return, no_mods)] = self.find_next
                actions[(Qt.Key.Key_Enter, no_mods)] = self.find_next
            elif watched is self.replace_edit:
                actions[(Qt.Key.Key_Return, no_mods)] = self.replace
                actions[(Qt.Key.Key_Enter, no_mods)] = self.replace
            clean = mods & ~Qt.KeyboardModifier.KeypadModifier
            tab = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if tab and event.type() == QEvent.Type.KeyPress:
                # Tab moves between the bar's boxes. Left to Qt, it went on to the editor behind
                # the bar, which typed a tab over the selected match.
                shift = bool(clean & Qt.KeyboardModifier.ShiftModifier)
                self._tab_from(watched, backward=key == Qt.Key.Key_Backtab or shift)
                return True
            action = actions.get((key, clean))
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # A key no part of the bar used (a letter typed while on a tick box) stops at the bar:
        # passed on to its parent, the editor, it typed over the selected match in the page.
        event.accept()

    def _tab_from(self, widget: QObject, backward: bool) -> None:
        """The keyboard to the bar's next box (or previous one), round from the last to the
        first."""
        boxes = [
            w
            for w in (self.find_edit, self.replace_edit, self.case_box, self.word_box)
            if not w.isHidden()
        ]
        at = boxes.index(widget) if widget in boxes else 0
        target = boxes[(at + (-1 if backward else 1)) % len(boxes)]
        reason = Qt.FocusReason.BacktabFocusReason if backward else Qt.FocusReason.TabFocusReason
        target.setFocus(reason)
        if isinstance(target, QLineEdit):
            target.selectAll()
