"""The window's status bar keeps a long message on one line, cut in its middle with "…", the
whole of it in the bar's tooltip: after Get latest, a choice and a long move said together
(a page's full old path, its new name, what to do) ran past the right edge at 1024 px, the
end, "your version is kept until you choose", cut off with no sign that more was said.

The message itself is unchanged (`currentMessage()` is the whole line); only its drawing is
shortened, as QStatusBar draws it (Qt's own message rectangle: 6 px in from the left, clear
of the size grip)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption

LONG_WORD = 24  # characters: a word longer (a path, a file name) is shortened first
MIN_TITLE = 16  # characters of a quoted page title kept when it is cut to fit


def _shortened(word: str) -> str:
    """A long word in its middle: a path by its file name ("…/2024-03-un…sponse.md")."""
    folder, slash, name = word.rpartition("/")
    start = "…/" if slash and folder else ""
    if len(name) > 20:
        name = name[:10] + "…" + name[-9:]
    return start + name


# A page's title as the messages quote it: “What happens when public data is shared…”.
_QUOTED = re.compile("“([^”]{" + str(MIN_TITLE + 2) + ",})”")


def _titles_shortened(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` with its quoted page titles, longest first, cut at their end ("“What happens
    when…”") as far as needed to fit `room`, each kept to MIN_TITLE characters or so: the
    sentence around them ("was moved by others to …: save to keep them") is what to do, and
    the line's middle cut took it out."""
    for match in sorted(_QUOTED.finditer(text), key=lambda m: -len(m.group(1))):
        over = metrics.horizontalAdvance(text) - room
        if over <= 0:
            break
        title = match.group(1)
        keep = max(
            metrics.horizontalAdvance(title[:MIN_TITLE] + "…"),
            metrics.horizontalAdvance(title) - over,
        )
        short = metrics.elidedText(title, Qt.TextElideMode.ElideRight, keep)
        text = text.replace(f"“{title}”", f"“{short}”", 1)
    return text


def status_line_fitted(text: str, metrics: QFontMetrics, room: int) -> str:
    """The Sharing bar's status line (parts joined by " · ") as drawn in `room` pixels: when
    it does not fit, the parts' explanations after ": " are dropped, longest part first
    ("Offline: changes will be shared when the server is reachable" -> "Offline"), so every
    part's count stays seen (the drafts to review were cut off at 1024 px); then its long
    words (an address) shortened in their middle; then cut at its end. The tooltip has the
    whole line."""
    parts = text.split(" · ")
    for i in sorted(range(len(parts)), key=lambda k: -len(parts[k])):
        if metrics.horizontalAdvance(" · ".join(parts)) <= room:
            break
        head, colon, _why = parts[i].partition(": ")
        if colon:
            parts[i] = head
    text = " · ".join(parts)
    if metrics.horizontalAdvance(text) > room:  # a long address or path: by its end
        text = " ".join(_shortened(w) if len(w) > LONG_WORD else w for w in text.split(" "))
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


class StatusMessageFit(QObject):
    """Installed on a status bar: its message drawn to fit, whole in its tooltip when cut."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        bar.installEventFilter(self)
        bar.messageChanged.connect(lambda _text: self._say_whole())

    def message_rect(self) -> QRect:
        """Where QStatusBar draws its message (QStatusBarPrivate::messageRect)."""
        bar = self.bar
        rtl = bar.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = 6, bar.width() - 12
        grip = bar.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if rtl:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        return QRect(left, 0, max(0, right - left), bar.height())

    def fits(self) -> bool:
        text = self.bar.currentMessage()
        return self.bar.fontMetrics().horizontalAdvance(text) <= self.message_rect().width()

    def shown_text(self) -> str:
        """The message as drawn: whole when it fits; else its long words (a page's path)
        shortened in their middle first, the sentence around them kept, then its quoted
        page titles cut at their end; then, if still too long, the line cut in its middle."""
        metrics, room = self.bar.fontMetrics(), self.message_rect().width()
        text = self.bar.currentMessage()
        if metrics.horizontalAdvance(text) <= room:
            return text
        words = text.split(" ")
        for i in sorted(range(len(words)), key=lambda k: -len(words[k])):
            if len(words[i]) <= LONG_WORD:
                break
            words[i] = _shortened(words[i])
            if metrics.horizontalAdvance(" ".join(words)) <= room:
                return " ".join(words)
        text = _titles_shortened(" ".join(words), metrics, room)
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)

    def _say_whole(self) -> None:
        text = self.bar.currentMessage()
        self.bar.setToolTip(text if text and not self.fits() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self.bar:
            return False
        if event.type() == QEvent.Type.Resize:
            self._say_whole()
        elif event.type() == QEvent.Type.Paint and self.bar.currentMessage() and not self.fits():
            painter = QPainter(self.bar)
            option = QStyleOption()
            option.initFrom(self.bar)
            self.bar.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self.bar
            )
            painter.setPen(self.bar.palette().windowText().color())
            painter.drawText(
                self.message_rect(),
                int(
                    Qt.AlignmentFlag.AlignLeading
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.TextFlag.TextSingleLine
                ),
                self.shown_text(),
            )
            painter.end()
            return True  # drawn here, cut to fit; QStatusBar would run past the edge
        return False
