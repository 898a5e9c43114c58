"""Check (F7) on a page whose text shows misspelt words: the Problems line counts them.

Spelling is no Check rule (`editor-app validate` knows no dictionary, and a site's own words
would flood a whole-site check), but an author who presses F7 as Word's spelling key and reads
"No problems found." under two red waves is misled. So after a check of the open page, the
Problems line adds how many words the editor underlines and how to fix them. The count is read
from the editor as drawn: the words a person sees underlined, nothing more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextDocument

from editor_app.ui.translation import translator

tr = translator("Check")


def _block_words(block: QTextBlock) -> int:
    """The words of one line drawn with the spelling wave (set letter by letter: touching
    ranges are one word)."""
    words = 0
    end = -1
    for r in sorted(block.layout().formats(), key=lambda r: r.start):
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            continue
        if r.start != end:
            words += 1
        end = r.start + r.length
    return words


def underlined_word_count(document: QTextDocument) -> int:
    """How many words of the page are underlined as misspelt."""
    count = 0
    block = document.begin()
    while block.isValid():
        count += _block_words(block)
        block = block.next()
    return count


def misspelt_note(count: int) -> str:
    """The words the Problems line adds after a page check ('' when none is underlined)."""
    if count <= 0:
        return ""
    if count == 1:
        return tr("1 word is underlined as misspelt: right-click it for suggestions.")
    return tr("{n} words are underlined as misspelt: right-click one for suggestions.").format(
        n=count
    )


class CheckSpellingNote:
    """Adds the misspelt words' count to the Problems line after F7 on the open page."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self._note = ""  # the words added to the Problems line
        window.problemsShown.connect(self._on_shown)
        # After the check's own renaming of "This page:" (connected before this).
        window.documentOpened.connect(self._drop_for_another_page)
        window.documentClosed.connect(self._drop_for_another_page)

    def _on_shown(self, _problems: list[Any]) -> None:
        w = self.window
        summary = w.problems.summary
        # Only the open page's check: a whole site's list is not about the words on screen.
        if not summary.text().startswith(w.tr("This page:")):
            return
        note = misspelt_note(underlined_word_count(w.editor.document()))
        self._note = note
        if note:
            summary.setText(f"{summary.text()} {note}")

    def _drop_for_another_page(self, *_args: object) -> None:
        """The checked page closed or another opened (the line then names its file): the
        words underlined were that page's, and "right-click one" pointed at no text shown."""
        summary = self.window.problems.summary
        text = summary.text()
        if self._note and not text.startswith(self.window.tr("This page:")):
            if text.endswith(f" {self._note}"):
                summary.setText(text[: -len(self._note) - 1])
            self._note = ""


def install_check_spelling_note(window: Any) -> CheckSpellingNote:
    """Wire the note into a MainWindow's Check."""
    hook = CheckSpellingNote(window)
    window.check_spelling_note = hook
    return hook
