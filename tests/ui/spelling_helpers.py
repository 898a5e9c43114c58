"""Reading the spelling wave back from an editor, as a person sees it."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit


def _block_words(block: QTextBlock) -> list[str]:
    text = block.text()
    # The wave is set letter by letter: join touching ranges back into words.
    spans: list[list[int]] = []
    for r in sorted(block.layout().formats(), key=lambda r: r.start):
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            continue
        if spans and spans[-1][1] == r.start:
            spans[-1][1] = r.start + r.length
        else:
            spans.append([r.start, r.start + r.length])
    return [text[s:e] for s, e in spans]


def underlined(editor: QPlainTextEdit, line: int) -> list[str]:
    """The words of a line (0-based) drawn with the spelling wave, in order."""
    return _block_words(editor.document().findBlockByNumber(line))


def misspelt(editor: QPlainTextEdit) -> set[str]:
    """Every word of the editor's text drawn with the spelling wave."""
    words: set[str] = set()
    block = editor.document().begin()
    while block.isValid():
        words.update(_block_words(block))
        block = block.next()
    return words
