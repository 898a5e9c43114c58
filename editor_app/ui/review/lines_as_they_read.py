"""A list whose items' lines each read in their own direction: a Persian quote in a note is a
line of its own, laid out right to left from the list's right edge, its quote marks at its
two ends, wrapped as a Persian paragraph wraps. Drawn by Qt's own item view, an item is one
left-to-right paragraph: a long Persian quote wrapped into two lines with its closing mark
in the middle of the second, beside the words that start it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from editor_app.core.page_language import starts_right_to_left

_MARGIN = 3  # around an item's text, as Qt's item views leave


def line_direction(line: str) -> Qt.LayoutDirection:
    """The direction a line reads in: its first letter's, words set apart (a Persian name
    isolated in "سارا, 07 Dec 2026") not counted, as Unicode's rule (P2) says; left to right
    with no letter. Qt counted the isolated name: the whole line read from the right."""
    if starts_right_to_left(line, skip_isolated=True):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class LinesAsTheyRead(QStyledItemDelegate):
    """Each line of an item's text a paragraph of its own (`QTextDocument` takes each one's
    direction from its first letter, and sets a right-to-left one at the right), wrapped at
    the list's width; the row as tall as its lines."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the list's width
        # The lines wrap at the list's width: nothing to scroll sideways to.
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        """The item's text laid out as it is drawn, for `option.rect`'s width (else the
        list's)."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        doc = QTextDocument()
        doc.setDocumentMargin(_MARGIN)
        doc.setDefaultFont(shown.font)
        # Qt's display text turns each new line into a line separator, which keeps one
        # paragraph (one direction): new lines again, each line a paragraph.
        doc.setPlainText(shown.text.replace("\u2028", "\n"))
        block = doc.begin()
        while block.isValid():
            paragraph = QTextBlockFormat(block.blockFormat())
            paragraph.setLayoutDirection(line_direction(block.text()))
            QTextCursor(block).setBlockFormat(paragraph)
            block = block.next()
        width = option.rect.width() if option.rect.width() > 0 else self._view.viewport().width()
        doc.setTextWidth(max(40, width))
        return doc

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        # Within the viewport, less the space the list leaves around each item.
        sized.rect.setWidth(self._view.viewport().width() - 2 * self._view.spacing())
        doc = self.document(sized, index)
        return QSize(int(doc.textWidth()), int(doc.size().height()) + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        doc = self.document(option, index)
        shown.text = ""  # the style draws the row (selection, focus); the lines drawn here
        style = shown.widget.style() if shown.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)
        selected = bool(shown.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, shown.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


def read_lines_as_they_read(view: QListView) -> LinesAsTheyRead:
    """Make `view` draw each line of its items in its own direction; the delegate."""
    delegate = LinesAsTheyRead(view)
    view.setItemDelegate(delegate)
    return delegate
