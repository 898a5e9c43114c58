"""The editor's text as a Python string, taken from the part changed since the last time.

Copying a 5 MB page whole out of Qt (`toRawText`, then its paragraph marks made newlines) held
the window about 45 ms at each pause in typing. `ChangedText` follows the document's
`contentsChange` signal instead: the text is the one taken last time with only the changed
run of characters read again from the document.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

# Characters that `setPlainText` turns into line breaks (CR, the paragraph separator and
# Qt's frame marks): a text holding one is not shown as given, so it is read back instead.
_BREAKS = ("\r", "\u2029", "\ufdd0", "\ufdd1")


class ChangedText:
    """The plain text of `document` (line breaks as "\\n", everything else as typed)."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._text: str | None = None  # the text when last taken; None: read it whole
        # Since then, the document starts with `_text[:_low]` and ends with its last `_tail`
        # characters (`_low` None: no change). Positions count UTF-16 units, as Qt does: the
        # text is kept only while it has no character outside the basic plane (one each).
        self._low: int | None = None
        self._tail = 0
        document.contentsChange.connect(self._changed)

    def reset(self, text: str) -> None:
        """The document was just given `text` whole (`setPlainText`)."""
        if len(text) == self._length() and not any(c in text for c in _BREAKS):
            self._text, self._low = text, None
        else:
            self._text = None

    def text(self) -> str:
        """The document's text now."""
        old, low = self._text, self._low
        if old is not None and low is None:
            return old
        length = self._length()
        if old is not None and low is not None:
            end = length - self._tail
            cursor = QTextCursor(self._document)
            cursor.setPosition(low)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            middle = cursor.selectedText().replace("\u2029", "\n")
            # One copy of the whole text (two `+` would make a second, of up to 10 MB).
            text = "".join((old[:low], middle, old[len(old) - self._tail :]))
            if len(text) == length:  # else a character outside the basic plane was typed
                self._text, self._low = text, None
                return text
        raw = self._document.toRawText()
        text = raw.replace("\u2029", "\n") if "\u2029" in raw else raw
        self._text, self._low = (text if len(text) == length else None), None
        return text

    def _changed(self, position: int, removed: int, added: int) -> None:
        if self._text is None:
            return
        after = max(0, self._length() - position - added)  # unchanged characters at the end
        if self._low is None:
            self._low, self._tail = position, after
        else:
            self._low, self._tail = min(self._low, position), min(self._tail, after)
        if self._low + self._tail > len(self._text):  # cannot happen; read it whole then
            self._text = None

    def _length(self) -> int:
        return self._document.characterCount() - 1  # without the final paragraph mark
