"""Tab goes from the page list through the form's fields, in the order they are shown, to the text.

The form builds its fields anew for each page, after the window set its tab order: Qt puts
widgets made later at the end of the window's chain, so Tab went from the list to the form's
scrolling frame (showing no focus at all) and on to the text, never reaching a field. Each time
the form's fields change, the chain is laid again: list, each field, the text.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget


def focusable_in_order(root: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside `root`, top to bottom as made; a widget taking the focus
    (a date box, a choice list) stands for its own parts."""
    found: list[QWidget] = []
    for child in root.children():
        if not isinstance(child, QWidget) or child.isWindow():
            continue
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            found.append(child)
        else:
            found.extend(focusable_in_order(child))
    return found


def chain_form(window: Any) -> None:
    """Lay the tab order: the page list, the form's fields as shown, the page's text."""
    fields = [w for w in focusable_in_order(window.form) if w is not window.form]
    chain = [window.library.view, *fields, window.editor]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def keep_form_in_tab_order(window: Any) -> None:
    """Tab reaches the form's fields whatever page is shown; the scrolling frame around them
    takes no focus of its own (it showed none)."""
    window.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # After the form's new fields are in place (they are made during the signal).
    window.form.contentChanged.connect(
        lambda: QTimer.singleShot(0, window.form, lambda: chain_form(window))
    )
    chain_form(window)
