"""F6 / Shift+F6 take the keyboard from one part of the window to the next: the page list, the
page's settings, its text, the preview, then the panels shown below or beside them.

Nothing else reached the preview from the keyboard (Ctrl+Tab from the text passes it over), and
once there the keyboard was caught: Chromium's page keeps Ctrl+Tab, Ctrl+Shift+Tab and F6 for
itself, so only a mouse click got out. In the preview Tab and Shift+Tab go from link to link and
Enter follows one; F6 and Ctrl+Tab leave it for the next part (the panels, else the list),
Shift+F6, Ctrl+Shift+Tab and Escape for the text before it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from editor_app.ui.form_tab_order import focusable_in_order
from editor_app.ui.window_actions import last_focused


def _shown(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible() and widget.isEnabled()


def _first_focusable(root: QWidget) -> QWidget | None:
    for widget in focusable_in_order(root):
        if _shown(widget) and not widget.visibleRegion().isEmpty():
            return widget
    return None


def window_parts(window: Any) -> list[tuple[QWidget, QWidget]]:
    """The parts shown, in the order F6 visits them: (the part, the widget taking the keys)."""
    parts: list[tuple[QWidget, QWidget]] = []
    if _shown(window.library.view):
        parts.append((window.library, window.library.view))
    if _shown(window.form_area):
        first = _first_focusable(window.form)
        if first is not None:
            parts.append((window.form_area, first))
    if _shown(window.editor):
        parts.append((window.editor, window.editor))
    if _shown(window.preview):
        parts.append((window.preview, window.preview.view))
    for dock in window.findChildren(QDockWidget):
        if dock.window() is window and _shown(dock) and dock.widget() is not None:
            first = _first_focusable(dock.widget())
            if first is not None and not dock.visibleRegion().isEmpty():
                parts.append((dock, first))
    return parts


def part_holding(parts: list[tuple[QWidget, QWidget]], widget: QWidget | None) -> int | None:
    """The index of the part `widget` is in, or None."""
    for index, (part, _keys) in enumerate(parts):
        if widget is not None and (widget is part or part.isAncestorOf(widget)):
            return index
    return None


def focus_next_part(window: Any, step: int) -> bool:
    """Give the keyboard to the part `step` away (1 next, -1 before) from the one holding it;
    from outside every part, to the first (or the last going back). False when none is shown."""
    parts = window_parts(window)
    if not parts:
        return False
    here = part_holding(parts, QApplication.focusWidget())
    if here is None:  # the menu bar, after Alt and Escape: go on from the part last used
        here = part_holding(parts, last_focused(window))
    if here is None:
        index = 0 if step > 0 else len(parts) - 1
    else:
        index = (here + step) % len(parts)
    reason = Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
    parts[index][1].setFocus(reason)
    return True


def install_window_parts(window: Any) -> None:
    """View > Next Part of the Window (F6) and Previous Part (Shift+F6); in the preview, Ctrl+Tab
    goes on too, Ctrl+Shift+Tab and Escape back to the text."""
    tr = window.tr
    window.next_part_action = QAction(tr("Next Par&t of the Window"), window)
    window.next_part_action.setShortcut(QKeySequence("F6"))
    window.next_part_action.setStatusTip(
        tr("The keyboard goes to the list, the settings, the text, the preview in turn (F6)")
    )
    window.next_part_action.triggered.connect(lambda: focus_next_part(window, 1))
    window.previous_part_action = QAction(tr("Pre&vious Part of the Window"), window)
    window.previous_part_action.setShortcut(QKeySequence("Shift+F6"))
    window.previous_part_action.triggered.connect(lambda: focus_next_part(window, -1))
    window.view_menu.addSeparator()
    for action in (window.next_part_action, window.previous_part_action):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
        window.view_menu.addAction(action)
    # Keys Chromium's page (and the text preview) would otherwise keep.
    preview_keys = (
        (("Ctrl+Tab",), 1),
        (("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Escape"), -1),
    )
    window.preview_leave_keys = []
    for keys, step in preview_keys:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window.preview)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: focus_next_part(window, s))
            window.preview_leave_keys.append(shortcut)
