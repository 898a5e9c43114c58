"""Tags with completion: a field of several values shown as chips that wrap, with a box to add more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from editor_app.ui.form_fields import (
    SHORTCUT_MODIFIERS,
    FieldWidget,
    contains_completer,
    display_text,
    tr,
)

CHIP_MIN_TEXT = 60  # a chip narrower than its text shows the start of it, then "…"
# A modifier pressed alone, before the key of its shortcut.
_MODIFIER_KEYS = {
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Shift,
}


class FlowLayout(QLayout):
    """Lays chips out left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(0, 0, width, apply=False)

    def setGeometry(self, rect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect.x(), rect.y(), rect.width(), apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, x0: int, y0: int, width: int, apply: bool) -> int:
        x, y, line = x0, y0, 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            # A chip longer than the whole line gets the line, and shortens its text to fit.
            item_width = max(min(hint.width(), width), item.minimumSize().width())
            if x + item_width > x0 + width and line > 0:
                x, y, line = x0, y + line + space, 0
            if apply:
                item.setGeometry(QRect(x, y, item_width, hint.height()))
            x += item_width + space
            line = max(line, hint.height())
        return y + line - y0


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" when narrower than it (full text in
    the tooltip), so a long value never makes the form wider than the window."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full_text = text
        self.setToolTip(text)
        self.setMinimumWidth(CHIP_MIN_TEXT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(CHIP_MIN_TEXT, super().minimumSizeHint().height())

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, self.width()
        )
        if shown != self.text():
            self.setText(shown)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 2
        return QSize(width, super().sizeHint().height())


class Chip(QFrame):
    """One tag with a remove button."""

    removed = Signal(str)

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("chip")
        self.setAccessibleName(text)
        label = ElidedLabel(text)
        self.label = label
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(tr("Remove “{tag}”").format(tag=text))
        self.remove_button.setAccessibleName(tr("Remove {tag}").format(tag=text))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(label)
        row.addWidget(self.remove_button)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.text))


class TagField(FieldWidget):
    """A list of values as chips, plus a box to add more (Enter adds the one suggestion
    listed that what was typed starts, else what was typed; typing completes)."""

    def __init__(self, suggestions: list[str], kind: str = "") -> None:
        super().__init__()
        self.tags: list[Any] = []
        self.suggestions = suggestions
        self.kind = kind
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        self.input = QLineEdit()
        self.input.setPlaceholderText(
            tr("Add {kind}…").format(kind=kind) if kind else tr("Add a value…")
        )
        self.input.setToolTip(
            tr(
                "Type and press Enter: it adds the one suggestion listed when what you typed "
                "starts it, else what you typed. Tab adds the first one listed, Down then "
                "Enter the one chosen. Backspace in an empty box removes the last one."
            )
        )
        self.input.setMinimumWidth(160)
        completer = contains_completer(suggestions, self.input)
        self.input.setCompleter(completer)
        self.completer = completer
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.chips)
        col.addWidget(self.input)
        self.input.returnPressed.connect(self._add_typed)
        self.input.textEdited.connect(self._on_text_edited)
        completer.activated.connect(self._completed)
        self.input.installEventFilter(self)
        # Installed after the completer's own filter on its list, so it sees Tab first.
        completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & SHORTCUT_MODIFIERS
        ):
            listed = self._listed_for_tab()
            if listed:
                # Tab takes the suggestion, as tag boxes do: it went on to the next field and
                # added what was typed ("Heal" with "Health" listed), with a warning.
                self.completer.popup().hide()
                self._completed(listed)
                return True
        if watched is self.input and self.input.text().strip():
            # A value typed and not yet added with Enter counts as added when the author
            # leaves the box or presses a shortcut (Ctrl+S): it was dropped without a word.
            if (
                event.type() == QEvent.Type.FocusOut
                and event.reason() != Qt.FocusReason.PopupFocusReason
            ):
                self._add_typed(even_highlighted=True)
            elif (
                event.type() == QEvent.Type.ShortcutOverride
                and event.modifiers() & SHORTCUT_MODIFIERS
                and event.key() not in _MODIFIER_KEYS  # Ctrl pressed alone, before the S
            ):
                self.input.event(event)  # the box's own keys first (Ctrl+A, Ctrl+V, Ctrl+Z)
                if not event.isAccepted():
                    self._add_typed(even_highlighted=True)
                return True
        if (
            watched is self.input
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.input.text()
            and self.tags
        ):
            self.remove(display_text(self.tags[-1]))
            return True
        return super().eventFilter(watched, event)

    def _on_text_edited(self, text: str) -> None:
        # An emptied box would list every value over the fields below, where the next click
        # (meant for another field) would add one: suggestions only while something is typed.
        # The box opens its list after this signal: closed once it has.
        if not text.strip():
            QTimer.singleShot(0, self._hide_suggestions_if_empty)

    def _hide_suggestions_if_empty(self) -> None:
        if not self.input.text().strip():
            self.completer.popup().hide()

    def _show(self, value: Any) -> None:
        if value is None or value == "":
            tags = []
        elif isinstance(value, list):
            tags = list(value)
        else:
            tags = [value]  # one value where a list is usual: shown as one tag
        self.tags = tags
        self._rebuild()

    def _rebuild(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for tag in self.tags:
            chip = Chip(display_text(tag))
            chip.removed.connect(self.remove)
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self.tags))
        self.chips.updateGeometry()

    def _completed(self, text: str) -> None:
        # Add on the same key press; the completer writes its text into the box afterwards,
        # so empty the box once it is done.
        self.input.setText(text)
        self._add_typed()
        QTimer.singleShot(0, self._empty_box)

    def _listed_for_tab(self) -> str:
        """The suggestion Tab adds: the one chosen in the list, else the one matching what was
        typed but for capitals, else the first listed; "" when nothing is listed."""
        popup = self.completer.popup()
        if not self.input.text().strip() or not popup.isVisible():
            return ""
        if popup.currentIndex().isValid():
            return str(popup.currentIndex().data())
        model = self.completer.completionModel()
        listed = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        typed = self.input.text().strip().casefold()
        return next((s for s in listed if s.casefold() == typed), listed[0] if listed else "")

    def _only_one_listed_starting(self, typed: str) -> str:
        """The one suggestion listed when it starts with `typed` (any capitals), else ""."""
        model = self.completer.completionModel()
        if model.rowCount() != 1:
            return ""
        listed = str(model.index(0, 0).data())
        return listed if listed.casefold().startswith(typed.casefold()) else ""

    def problem_hint(self, codes: set[str]) -> str:
        if "unknown-relation" not in codes or not self.suggestions:
            return ""
        return tr(
            "To use one of the site's {kind}, type part of its name, then press Tab for the "
            "first one listed, or Down to choose one and Enter (Enter alone takes the only "
            "one listed when what you typed starts it)."
        ).format(kind=self.kind or tr("values"))

    def _add_typed(self, even_highlighted: bool = False) -> None:
        popup = self.completer.popup()
        if not even_highlighted and popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter on a highlighted suggestion: the completer adds that one
        text = self.input.text().strip()
        if not text:
            return
        if not even_highlighted and popup.isVisible():
            # Enter with one suggestion listed that starts with what was typed ("heal" with
            # only "Health" listed) takes it, as a new author expects; a value no suggestion
            # matches is added as typed.
            text = self._only_one_listed_starting(text) or text
        # Prefer the exact spelling of a known title typed in another case.
        for s in self.suggestions:
            if s.lower() == text.lower():
                text = s
                break
        self._empty_box()
        # Its list closed too: left open over the fields below it held the keyboard (F6 and
        # the window's other keys typed into the box) and offered every value to the next click.
        popup.hide()
        self.add(text)

    def _empty_box(self) -> None:
        # setText, not clear(): the words went into a tag, so the box keeps no step of its own
        # and Ctrl+Z is the form's, taking the tag away (clear() was undoable: Ctrl+Z put the
        # words back into the box as text, the tag kept).
        self.input.setText("")

    def add(self, text: str) -> None:
        """Add a tag (as the user's edit); a tag already there is not added twice."""
        if any(display_text(t) == text for t in self.tags):
            return
        self.tags.append(text)
        self._rebuild()
        self._emit(list(self.tags))

    def remove(self, text: str) -> None:
        """Remove a tag (as the user's edit) and keep the keyboard focus in the field."""
        kept = [t for t in self.tags if display_text(t) != text]
        if len(kept) == len(self.tags):
            return
        self.tags = kept
        self._rebuild()
        self.input.setFocus()
        self._emit(list(self.tags) if self.tags else None)

    def focus_target(self) -> QWidget:
        return self.input
