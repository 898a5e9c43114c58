"""Small pieces the review widgets share: item roles, counted words, Qt text positions, a
one-line label."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt

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
