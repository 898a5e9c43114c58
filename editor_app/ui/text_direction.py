"""The lines of a right-to-left page (Persian, Arabic, Hebrew) aligned as they read.

Qt already lays out each line of a text box right to left when its first letter that has a
direction is right to left (a line starting `## ` or `- ` takes its words' direction), and its
cursor keys move as that line reads. But a plain text box aligns every line by one option:
left, so a Persian line started at the left edge. AlignJustify together with AlignLeft makes
Qt align each line to the side it reads from (right-to-left lines at the right, Latin ones,
code and front matter at the left) without stretching the spaces of wrapped lines (it only
does that on AlignJustify alone).

Qt takes each line's direction from its first letter, so two kinds of line read otherwise than
the preview draws them on such a page (its paragraphs take the page's direction): an empty
line (the cursor waited at the left until a letter was typed) and a Persian line whose first
word is Latin ('GitHub در ...', drawn left to right). `RightToLeftLines` lays those out right
to left before the text box paints them (`core/page_language.line_reads_right_to_left`); a
line of Latin alone (HTML, a link, code) keeps reading left to right.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

from editor_app.core.page_language import (
    line_reads_right_to_left,
    site_page_language,
    starts_right_to_left,
    writes_right_to_left,
)

_BY_DIRECTION = Qt.AlignmentFlag.AlignJustify


def align_lines_by_direction(edit: QPlainTextEdit, on: bool) -> None:
    """Align each line of `edit` to the side it reads from (`on`, a right-to-left page), or
    every line at the left as usual."""
    document = edit.document()
    option = document.defaultTextOption()
    alignment = option.alignment()
    wanted = (alignment | _BY_DIRECTION) if on else (alignment & ~_BY_DIRECTION)
    if not wanted & Qt.AlignmentFlag.AlignHorizontal_Mask & ~_BY_DIRECTION:
        wanted |= Qt.AlignmentFlag.AlignLeft  # never AlignJustify alone: that stretches lines
    lines = edit.findChild(RightToLeftLines)
    if on and lines is None:
        edit.viewport().installEventFilter(RightToLeftLines(edit))
    elif not on and lines is not None:
        edit.viewport().removeEventFilter(lines)
        lines.setParent(None)
        lines.deleteLater()
    if wanted == alignment:
        return  # the same: no new layout of a long page
    option.setAlignment(wanted)
    document.setDefaultTextOption(option)  # every line laid out again, by its first letter


def align_each_line_as_it_reads(edit: QPlainTextEdit) -> None:
    """A box where words of any language are typed (a review note, a send back message):
    each line aligned to the side it reads from, by its first letter (Persian at the right,
    English at the left; an empty line at the left), with no page to take a direction from."""
    document = edit.document()
    option = document.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | _BY_DIRECTION)
    document.setDefaultTextOption(option)


class RightToLeftLines(QObject):
    """Before `edit` paints, its lines on show that read right to left on a right-to-left page
    but that Qt laid out left to right (by their first letter, or none) are laid out again
    right to left, at the same width: the same lines, drawn from the right. Qt lays a line
    out afresh when it changes; the next paint, which follows, turns it again."""

    # Forgotten past this many, so a long session does not hold every line ever put back.
    KEPT_LEFT_MAX = 2000

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        # Lines put back left to right (their height would change), by (text, width, font
        # size): not tried again, with two layouts, on each paint (a cursor blink) until their
        # text, the box's width or the font changes.
        self._kept_left: set[tuple[str, float, float]] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.turn_lines_on_show()
        return False

    def turn_lines_on_show(self) -> None:
        """Lay out right to left each line on show that reads so."""
        edit = self._edit
        layout = edit.document().documentLayout()
        block = edit.cursorForPosition(edit.viewport().rect().topLeft()).block()
        top = edit.blockBoundingGeometry(block).translated(edit.contentOffset()).top()
        bottom = edit.viewport().height()
        if len(self._kept_left) > self.KEPT_LEFT_MAX:
            self._kept_left.clear()
        size = edit.font().pointSizeF()
        while block.isValid() and top <= bottom:
            height = layout.blockBoundingRect(block).height()  # laid out, if it was not
            if block.isVisible():
                _turn_right_to_left(block, self._kept_left, size)
            top += height
            block = block.next()


def _turn_right_to_left(
    block: QTextBlock, kept_left: set[tuple[str, float, float]], size: float
) -> None:
    lines = block.layout()
    option = lines.textOption()
    if option.textDirection() == Qt.LayoutDirection.RightToLeft or lines.lineCount() == 0:
        return
    first = lines.lineAt(0)
    text = block.text()
    key = (text, first.width(), size)
    if key in kept_left or not line_reads_right_to_left(text):
        return
    width, origin, height = first.width(), first.position(), lines.boundingRect().height()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    _lay_out(lines, option, width, origin)
    if lines.boundingRect().height() != height:
        # Never another height than the text box counted for the line: left as Qt had it.
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        _lay_out(lines, option, width, origin)
        kept_left.add(key)


def _lay_out(lines: Any, option: Any, width: float, origin: QPointF) -> None:
    """The lines at `width` from `origin`, as the plain text box lays them out."""
    lines.setTextOption(option)
    lines.beginLayout()
    y = origin.y()
    while True:
        line = lines.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(width)
        line.setPosition(QPointF(origin.x(), y))
        y += line.height()
        if line.leading() < 0:
            y += math.ceil(line.leading())  # as Qt counts a negative leading
    lines.endLayout()


def line_box_follows_direction(box: QLineEdit, on: bool) -> None:
    """A one-line box of the form reads as the preview draws its words on a right-to-left
    page (`on`): from the right when it holds a right-to-left letter or nothing yet (a title
    'GitHub برای تازه‌کارها' read left to right, by its first letter), left to right when
    Latin alone (an address, a layout's name). Off, it reads by its first letter as Qt's own
    rule does. It follows the box's text as it is typed, set or undone."""
    if isinstance(box.parent(), QAbstractSpinBox):
        return  # a date's or number's digits
    follower = box.findChild(LineBoxDirection)
    if follower is None:
        if not on:
            return  # never turned: Qt's own rule in force
        follower = LineBoxDirection(box)
    follower.on = on
    follower.follow()


class LineBoxDirection(QObject):
    """Keeps a one-line box laid out in the direction its text reads. Qt's line box takes
    its direction from its text's first letter, or from the keys that set it (Direction_R,
    Direction_L, which keep the cursor, the selection and the box's undo): those are given."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(box)
        self._box = box
        self.on = False
        self._right_to_left: bool | None = None  # as set by this; None: Qt's own rule
        box.textChanged.connect(self.follow)

    def follow(self, _text: str = "") -> None:
        text = self._box.text()
        right_to_left = line_reads_right_to_left(text) if self.on else starts_right_to_left(text)
        if right_to_left == self._right_to_left:
            return
        self._right_to_left = right_to_left
        key = Qt.Key.Key_Direction_R if right_to_left else Qt.Key.Key_Direction_L
        # To the box's own key handling (not through its event filters: no one else's key).
        self._box.keyPressEvent(
            QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        )
        # ... and the box's side to align it to (Qt took it from the window, left).
        self._box.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )


def aligns_lines_by_direction(edit: QPlainTextEdit) -> bool:
    """Whether `edit` aligns each line to the side it reads from."""
    return bool(edit.document().defaultTextOption().alignment() & _BY_DIRECTION)


def show_page_direction(window: Any, doc: Any) -> None:
    """The window's form and editor aligned for `doc`'s language (`lang: fa` reads right to
    left: `core/page_language.py`, the preview's rule), on opening it or on typing its Lang."""
    right_to_left = writes_right_to_left(
        site_page_language(window.site, doc.front_matter, doc.path)
    )
    for panel in (window.form, window.editor):
        set_right_to_left = getattr(panel, "set_right_to_left", None)
        if callable(set_right_to_left):
            set_right_to_left(right_to_left)
