"""Small pieces the review widgets share: item roles, counted words, Qt text positions, a
one-line label, the list of a page's notes or suggestions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.eliding_label import ElidingLabel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3


def _count(obj: Any, n: int, one: str, many: str) -> str:
    """Singular or plural words for a number, translatable."""
    return obj.tr(one) if n == 1 else obj.tr(many).replace("%1", str(n))


def _to_qt(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units, e.g. emoji as 2)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_qt(text: str, position: int) -> int:
    """A Qt text position as a Python string index."""
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _when(moment: Any) -> str:
    return moment.astimezone().strftime("%d %b %Y, %H:%M") if moment is not None else ""


def _item_list(
    name: str,
    on_current: Callable[..., None],
    on_clicked: Callable[[QListWidgetItem], None],
) -> QListWidget:
    """A list of a page's notes or suggestions: one item a row, the words wrapped, `on_current`
    told when the current row changes, `on_clicked(item)` when a row is clicked."""
    items = QListWidget()
    items.setAccessibleName(name)
    items.setWordWrap(True)
    items.setSpacing(3)
    items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    items.currentItemChanged.connect(on_current)
    items.itemClicked.connect(on_clicked)
    return items


def _panel_layout(
    panel: QWidget,
    summary: QLabel,
    items: QListWidget,
    buttons: Sequence[QPushButton],
    between: Sequence[QWidget] = (),
    compact: bool = False,
) -> tuple[QVBoxLayout, ButtonRows]:
    """The panel's layout, edge to edge, and where its buttons stand (`ButtonRows`): the
    summary line, the list (which takes the height), each of `between` on a line of its own,
    then the buttons on one row at its right; the caller may add more below. `compact`: the buttons at the summary's right, on its row (the
    review window at 1024x700, where each row under the list took a note's height; a narrow
    dock keeps them on a row of their own)."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    top, below = QHBoxLayout(), QHBoxLayout()
    top.addWidget(summary, 1)
    layout.addLayout(top)
    below.addStretch(1)
    layout.addWidget(items, 1)
    rows = ButtonRows(layout, top, below, list(buttons), list(between))
    for widget in between:
        layout.addWidget(widget)
    layout.addLayout(below)
    rows.put(on_top=compact)
    return layout, rows


class ButtonRows:
    """Where a review list's buttons (and the widgets between the list and them, the "Show
    resolved notes" box) stand: at the summary line's right (`put(on_top=True)`: the review
    window, the main window's panel when wide under the page) or under the list (a narrow
    side panel, where the summary needs the width)."""

    def __init__(
        self,
        layout: QVBoxLayout,
        top: QHBoxLayout,
        below: QHBoxLayout,
        buttons: list[QPushButton],
        between: list[QWidget],
    ) -> None:
        self.layout, self.top, self.below = layout, top, below
        self.buttons, self.between = buttons, between
        self.placed: tuple[bool, bool] | None = None  # put's (on_top, between_too), last

    def put(self, on_top: bool, between_too: bool = False) -> None:
        """The buttons on the summary's row (`on_top`) or under the list; `between_too`: the
        widgets between on the summary's row as well (else on lines of their own)."""
        if (on_top, between_too) == self.placed:
            return
        self.placed = (on_top, between_too)
        for widget in (*self.between, *self.buttons):
            self.layout.removeWidget(widget)
            self.top.removeWidget(widget)
            self.below.removeWidget(widget)
        if on_top and between_too:
            for widget in self.between:
                self.top.addWidget(widget)
        else:
            at = self.layout.indexOf(self.below)
            for offset, widget in enumerate(self.between):
                self.layout.insertWidget(at + offset, widget)
        for button in self.buttons:
            (self.top if on_top else self.below).addWidget(button)


def _grey_out(item: QListWidgetItem, panel: QWidget) -> None:
    """A note resolved or a suggestion decided: its row in italics, greyed."""
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setForeground(panel.palette().placeholderText())


class OneLineLabel(ElidingLabel):
    """A label kept to one line, shortened with "…" when narrower than its text (the tooltip
    has it all): a long title neither widens its pane nor pushes what is below it down."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, super().sizeHint().height())
