"""Rows of a tree that wrap one column's text at that column's edge, each row as tall as its
text: a long message reads whole in a panel, not cut at its edge with the rest in a tooltip.
The Problems panel (its Problem column) and the Checklist panel (its one column) use it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrapColumnDelegate(QStyledItemDelegate):
    """Wraps `column`'s text and sizes its rows for the wrapped text. The tree hands a
    delegate no width when it asks a row's height, so wrapped text would get one line's: the
    column's own width is handed here, as painting then has it. Other columns stay on one
    line, elided as before."""

    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self._tree = tree
        self._column = column

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() == self._column:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> Any:  # noqa: N802
        if index.column() != self._column:
            return super().sizeHint(option, index)
        tree = self._tree
        width = tree.header().sectionSize(self._column)
        if tree.header().visualIndex(self._column) == 0:
            # The first column gives its indentation (and the branch's) to the tree.
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(40, width), max(1, option.rect.height()))
        return super().sizeHint(sized, index)


def wrap_column(tree: QTreeView, column: int) -> None:
    """Make `tree` wrap `column` at its edge, the rows' heights following the column's width
    (a window made narrower or wider, a neighbouring column dragged)."""
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(WrapColumnDelegate(tree, column))
    header = tree.header()
    # Rows keep the heights of the old width unless laid out again.
    header.sectionResized.connect(
        lambda logical, _old, _new: logical == column and tree.scheduleDelayedItemsLayout()
    )
