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


# At most this many of the underlined words are named on the Problems line.
WORDS_NAMED = 5


def _block_words(block: QTextBlock) -> list[str]:
    """The words of one line drawn with the spelling wave (set letter by letter: touching
    ranges are one word)."""
    words: list[str] = []
    text = block.text()
    end = -1
    for r in sorted(block.layout().formats(), key=lambda r: r.start):
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            continue
        if r.start == end and words:
            words[-1] += text[r.start : r.start + r.length]
        else:
            words.append(text[r.start : r.start + r.length])
        end = r.start + r.length
    return words


def underlined_words(document: QTextDocument) -> list[str]:
    """The words of the page underlined as misspelt, in the page's order (each time)."""
    words: list[str] = []
    block = document.begin()
    while block.isValid():
        words.extend(_block_words(block))
        block = block.next()
    return words


def misspelt_note(words: list[str]) -> str:
    """The words the Problems line adds after a page check ('' when none is underlined). The
    words are named (the first few), so that on a long page the author knows what to look for
    below the part on screen; they are counted once each, with the places when a word is
    underlined more than once ("1 word ... in 2 places": one slip written twice is one word
    to put right, not two)."""
    if not words:
        return ""
    distinct = list(dict.fromkeys(words))
    named = ", ".join(f"“{word}”" for word in distinct[:WORDS_NAMED])
    if len(distinct) > WORDS_NAMED:
        named = tr("{words} and {n} more").format(words=named, n=len(distinct) - WORDS_NAMED)
    one = len(distinct) == 1
    if len(words) == len(distinct):
        if one:
            return tr(
                "1 word is underlined as misspelt ({words}): right-click it for suggestions."
            ).format(words=named)
        return tr(
            "{n} words are underlined as misspelt ({words}): right-click one for suggestions."
        ).format(n=len(distinct), words=named)
    if one:
        return tr(
            "1 word is underlined as misspelt in {places} places ({words}): right-click it "
            "for suggestions."
        ).format(places=len(words), words=named)
    return tr(
        "{n} words are underlined as misspelt in {places} places ({words}): right-click one "
        "for suggestions."
    ).format(n=len(distinct), places=len(words), words=named)


class CheckSpellingNote:
    """Adds the misspelt words (their count, the first few named) to the Problems line after
    F7 on the open page."""

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
        note = misspelt_note(underlined_words(w.editor.document()))
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
