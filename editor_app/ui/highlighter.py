"""The editor's colours: Markdown highlighted line by line, misspelt words underlined.

Per-line work is a few regular expressions. On a very long page only the lines in view (and a
margin around them) are coloured; the others carry just the state one line hands to the next
(inside fenced code, a comment, the front matter), marked `PENDING` until they come into view.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from editor_app.core.soft_wrap import JOIN_MARK
from editor_app.core.spelling import raw_element_end, raw_element_left_open

if TYPE_CHECKING:
    from editor_app.ui.spell import SpellService

# Block states carried from line to line (QSyntaxHighlighter.currentBlockState).
NORMAL, FENCE_BACKTICK, FENCE_TILDE, COMMENT, FRONT_MATTER = 0, 1, 2, 3, 4
# Inside an HTML element holding no prose, left open on a line before: <style>, <script>, <pre>.
RAW_ELEMENTS = {5: "style", 6: "script", 7: "pre"}
_RAW_STATE = {element: state for state, element in RAW_ELEMENTS.items()}
# Added to a line's state when its colours wait until it comes into view (long pages only).
PENDING = 0x100
# A fence's state also holds its length (from bit 16): only a fence as long closes it, so a
# ``` line inside a ```` block (a page showing how to write a code block) stays code.
_KIND_BITS, _LENGTH_SHIFT = 0xFF, 16


def line_kind(state: int) -> int:
    """What a line's state says it is in (NORMAL, a fence, COMMENT, FRONT_MATTER, a raw
    element), without PENDING or a fence's length."""
    return state & _KIND_BITS


def _fence_state(marker: str) -> int:
    kind = FENCE_BACKTICK if marker[0] == "`" else FENCE_TILDE
    return kind | (min(len(marker), 0x7FFF) << _LENGTH_SHIFT)


def _closes_fence(text: str, state: int) -> bool:
    """Whether `text` closes the fence `state` opened: the same mark, at least as long,
    nothing after it (CommonMark)."""
    m = _FENCE.match(text)
    if not m or text[m.end() :].strip():
        return False
    wanted = "`" if state & _KIND_BITS == FENCE_BACKTICK else "~"
    length = state >> _LENGTH_SHIFT
    return m.group(1)[0] == wanted and len(m.group(1)) >= length

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}>")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
# Bold and italics are coloured within one line of the page: never across a break the author
# sees, whether a line separator (Shift+Enter) or a paragraph's lines shown joined (View >
# Join Hand-Wrapped Lines); a stray `*` or `_` on one line and another lines below coloured
# everything between. Markdown itself never runs emphasis across a blank line.
_IN_LINE = "[^\u2028" + JOIN_MARK + "]"
# Stars pair as CommonMark pairs them: one after a letter and before punctuation (the end of
# `*rendering templates*, and` begun on the line above) can only close, so it does not open
# a false italic up to the next star; one after punctuation before a letter can only open.
# ASCII punctuation, Latin-1's (« ¿ ·), dashes, quotes and ellipsis, CJK and full-width.
_P = (
    r"""!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~"""
    r"\u00a1-\u00bf\u2010-\u2027\u2030-\u205e\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
_OPEN_STAR = rf"(?<![\\*])(?:(?<![^\s{_P}])\*(?![\s*])|(?<=[^\s{_P}])\*(?![\s{_P}]))"
_CLOSE_STAR = rf"(?:(?<![\s{_P}])\*|(?<=[{_P}])(?<![\\*])\*(?=[\s{_P}]|$))(?!\*)"
_OPEN_STARS = rf"(?<![\\*])(?:(?<![^\s{_P}])\*\*(?!\s)|(?<=[^\s{_P}])\*\*(?![\s{_P}]))"
_CLOSE_STARS = rf"(?:(?<![\s{_P}])\*\*|(?<=[{_P}])(?<![\\])\*\*(?=[\s{_P}]|$))"
_INLINE = [
    ("code", re.compile(r"(`+)[^`].*?\1|``")),
    ("liquid", re.compile(r"\{%.*?%\}|\{\{.*?\}\}")),
    ("comment", re.compile(r"<!--.*?-->")),
    ("html", re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")),
    ("image", re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")),
    ("link", re.compile(r"\[[^\]\n]+\](?:\([^)\n]*\)|\[[^\]\n]*\])")),
    ("url", re.compile(r"<?https?://[^\s<>)]+>?")),
    (
        "strong",
        re.compile(
            rf"{_OPEN_STARS}{_IN_LINE}+?{_CLOSE_STARS}"
            rf"|(?<![\w\\])__(?!\s){_IN_LINE}+?(?<!\s)__"
        ),
    ),
    (
        "emphasis",
        re.compile(
            rf"{_OPEN_STAR}{_IN_LINE}+?{_CLOSE_STAR}"
            rf"|(?<![\w\\_])_(?![\s_]){_IN_LINE}+?(?<![\s_])_(?!\w)"
        ),
    ),
    ("attributes", re.compile(r"\{:[^}\n]*\}")),
]


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _colours(palette: QPalette) -> dict[str, QColor]:
    """Highlighting colours that read well on the palette's background (light or dark)."""
    if _is_dark(palette):
        names = {
            "heading": "#8ab4f8",
            "emphasis": "#e8d28a",
            "code": "#a5d6a7",
            "link": "#80cbc4",
            "url": "#9e9e9e",
            "quote": "#b0bec5",
            "list": "#ffab91",
            "liquid": "#ce93d8",
            "comment": "#9e9e9e",
            "html": "#f48fb1",
            "code_bg": "#2a2f2a",
            "match": "#6d5d00",
            "spelling": "#ff6b6b",
        }
    else:
        names = {
            "heading": "#1a4f9c",
            "emphasis": "#6b4e00",
            "code": "#1b5e20",
            "link": "#00695c",
            "url": "#6b6b6b",
            "quote": "#455a64",
            "list": "#bf360c",
            "liquid": "#6a1b9a",
            "comment": "#757575",
            "html": "#ad1457",
            "code_bg": "#eef3ee",
            "match": "#fff176",
            "spelling": "#d00000",
        }
    return {k: QColor(v) for k, v in names.items()}


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown line by line and underlines misspelt words with a red wave.

    Per-line work is a few regular expressions, so even a 200 KB page stays responsive; the
    only state carried between lines is "inside fenced code / an HTML comment / front matter".
    """

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.spell: SpellService | None = None
        self.spell_enabled = False
        self.spell_paused = False  # this page is in a language the dictionary is not
        # The site's own vocabulary, known too; None while it is being read (no word is
        # underlined then: the site's jargon would be, for a moment).
        self.site_words: frozenset[str] | None = frozenset()
        self.front_matter = False  # the editor holds a whole file, header included
        # On a long page, the editor says which lines are worth colouring now (those in view);
        # None: every line, as it is set or changed.
        self.wanted: Callable[[int], bool] | None = None
        # How many recolourings are under way: colours redone without an edit make the
        # document report a change too (textChanged), which is not the author's typing. A
        # count, not a flag: a recolouring can start another (a line's new height scrolls the
        # view, which colours the lines that came into view) and end before the first reports.
        self._recolouring = 0
        self.set_palette(palette, rehighlight=False)

    @property
    def recolouring(self) -> bool:
        """True while colours are being redone (not an edit of the text)."""
        return self._recolouring > 0

    def rehighlight(self) -> None:
        self._recolouring += 1
        try:
            super().rehighlight()
        finally:
            self._recolouring -= 1

    def rehighlightBlock(self, block: QTextBlock) -> None:  # noqa: N802 (Qt's name)
        self._recolouring += 1
        try:
            super().rehighlightBlock(block)
        finally:
            self._recolouring -= 1

    def set_palette(self, palette: QPalette, rehighlight: bool = True) -> None:
        """Pick colours for this palette (called again when the system switches to dark)."""
        c = _colours(palette)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        def fmt(colour: str, bold=False, italic=False, code=False) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setForeground(c[colour])
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if code:
                f.setFontFamilies(mono.families())
                f.setBackground(c["code_bg"])
            return f

        self.formats = {
            "heading": fmt("heading", bold=True),
            "strong": fmt("emphasis", bold=True),
            "emphasis": fmt("emphasis", italic=True),
            "code": fmt("code", code=True),
            "fence": fmt("code", code=True),
            "link": fmt("link"),
            "image": fmt("link", italic=True),
            "url": fmt("url"),
            "quote": fmt("quote", italic=True),
            "list": fmt("list", bold=True),
            "liquid": fmt("liquid"),
            "comment": fmt("comment", italic=True),
            "html": fmt("html"),
            "attributes": fmt("comment"),
            "front_matter": fmt("comment"),
            "rule": fmt("list", bold=True),
        }
        self.spelling_colour = c["spelling"]
        self.match_colour = c["match"]
        if rehighlight:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        previous = self.previousBlockState()
        if previous > 0:
            previous &= ~PENDING
        block_number = self.currentBlock().blockNumber()
        if self.wanted is not None and not self.wanted(block_number):
            self.setCurrentBlockState(self._state_after(text, previous, block_number) | PENDING)
            return
        self.setCurrentBlockState(NORMAL)

        if self.front_matter and (
            (block_number == 0 and text.rstrip() == "---") or previous == FRONT_MATTER
        ):
            self.setFormat(0, len(text), self.formats["front_matter"])
            closing = block_number > 0 and text.rstrip() in ("---", "...")
            self.setCurrentBlockState(NORMAL if closing else FRONT_MATTER)
            return

        if previous >= 0 and previous & _KIND_BITS in (FENCE_BACKTICK, FENCE_TILDE):
            self.setFormat(0, len(text), self.formats["fence"])
            if not _closes_fence(text, previous):
                self.setCurrentBlockState(previous)
            return
        m = _FENCE.match(text)
        if m:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(_fence_state(m.group(1)))
            return

        prose = list(text)  # the line with everything that is not prose blanked out
        start = 0
        if previous == COMMENT:
            end = text.find("-->")
            if end < 0:
                self.setFormat(0, len(text), self.formats["comment"])
                self.setCurrentBlockState(COMMENT)
                return
            start = end + 3
            self.setFormat(0, start, self.formats["comment"])
            prose[:start] = " " * start
        inside_raw = previous in RAW_ELEMENTS
        if inside_raw:
            # CSS or a script (`.result li.active a {`), not words: no spelling underlines, to
            # the line closing the element (all of it HTML, as CommonMark reads it).
            prose = [" "] * len(text)
            if raw_element_end(text, RAW_ELEMENTS[previous]) is None:
                self.setCurrentBlockState(previous)

        rest = text[start:]
        if _HEADING.match(rest) or (_SETEXT.match(rest) and not _LIST.match(rest)):
            self.setFormat(start, len(rest), self.formats["heading"])
        elif _RULE.match(rest):
            self.setFormat(start, len(rest), self.formats["rule"])
        elif _QUOTE.match(rest):
            self.setFormat(start, len(rest), self.formats["quote"])
        m = _LIST.match(rest)
        if m:
            self.setFormat(start, m.end(), self.formats["list"])

        for name, pattern in _INLINE:
            for found in pattern.finditer(text, start):
                self._merge(found.start(), found.end(), self.formats[name])

        # An HTML comment left open runs on to the next lines.
        opened = -1 if inside_raw else text.rfind("<!--", start)
        if opened >= 0 and text.find("-->", opened + 4) < 0:
            self.setFormat(opened, len(text) - opened, self.formats["comment"])
            prose[opened:] = " " * (len(text) - opened)
            self.setCurrentBlockState(COMMENT)
        elif not inside_raw and (element := raw_element_left_open(text)) is not None:
            self.setCurrentBlockState(_RAW_STATE[element])

        spelling = self.spell_enabled and not self.spell_paused
        if spelling and self.spell is not None and not self.spell.is_ready and text:
            # The first words to check: read the dictionary, but only once this pass over the
            # page is over, or every line still to colour waits on the reading thread.
            self.spell.start_soon()
        known = self.site_words
        if spelling and self.spell is not None and self.spell.is_ready and known is not None:
            for s, e in self.spell.checker.misspelt_ranges("".join(prose), known):
                for pos in range(s, e):
                    f = self.format(pos)
                    f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                    f.setUnderlineColor(self.spelling_colour)
                    self.setFormat(pos, 1, f)

    def _state_after(self, text: str, previous: int, block_number: int) -> int:
        """The state a line hands to the next, without colouring it (as highlightBlock does)."""
        if self.front_matter and (
            (block_number == 0 and text.rstrip() == "---") or previous == FRONT_MATTER
        ):
            closing = block_number > 0 and text.rstrip() in ("---", "...")
            return NORMAL if closing else FRONT_MATTER
        if previous >= 0 and previous & _KIND_BITS in (FENCE_BACKTICK, FENCE_TILDE):
            return NORMAL if _closes_fence(text, previous) else previous
        m = _FENCE.match(text)
        if m:
            return _fence_state(m.group(1))
        start = 0
        if previous == COMMENT:
            end = text.find("-->")
            if end < 0:
                return COMMENT
            start = end + 3
        elif previous in RAW_ELEMENTS:
            return previous if raw_element_end(text, RAW_ELEMENTS[previous]) is None else NORMAL
        opened = text.rfind("<!--", start)
        if opened >= 0 and text.find("-->", opened + 4) < 0:
            return COMMENT
        element = raw_element_left_open(text) if start == 0 else None
        return _RAW_STATE[element] if element is not None else NORMAL

    def _merge(self, start: int, end: int, add: QTextCharFormat) -> None:
        """Lay `add` over what the range already has (bold inside a heading stays a heading)."""
        pos = start
        while pos < end:
            current = self.format(pos)
            run = pos + 1
            while run < end and self.format(run) == current:
                run += 1
            merged = QTextCharFormat(current)
            merged.merge(add)
            self.setFormat(pos, run - pos, merged)
            pos = run
