"""The text preview's pieces: a page cut where parsing piece by piece gives the same document
as one parse, so a long page is prepared in slices (ui/preview.py) and the window keeps
answering keys.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QTextDocument

# Characters of HTML parsed at once (a few milliseconds here).
PIECE_CHARS = 6_000

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>|<!--.*?-->", re.S)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
# A page is only cut after one of these closes at the top level and before one of the next
# opens: there, parsing the pieces one after the other gives exactly the blocks and formats
# parsing the whole page gives (checked on every page of a real site by the tests; a cut
# after a <div> or before inline text would move a space between blocks).
_CUT_AFTER = {"p", "ul", "ol", "dl", "pre", "table", "blockquote", "figure", "h1", "h2", "h3"}
_CUT_AFTER |= {"h4", "h5", "h6"}
_CUT_BEFORE = re.compile(r"\n\s*<(?:p|h[1-6]|ul|ol|pre|blockquote|table|hr|dl|figure)\b")
_BODY_OPEN = '<article class="page-body">'
_BODY_CLOSE = "</article>"
# Put in front of each later piece so its first block keeps its own format (inserted HTML
# otherwise flows into the block before it); the "x" is removed again at once.
_SPACER = "<p>x</p>"
# The text view does not know <figure>: the page's image would sit inline in the last line
# before it (the topics list). A paragraph is the block it needs.
_PAGE_IMAGE = re.compile(r'<figure class="page-image">(<img [^>]*>)</figure>')


def for_text_view(html: str) -> str:
    """The page as the text view lays it out: its page image in a block of its own."""
    return _PAGE_IMAGE.sub(r'<p class="page-image">\1</p>', html)


class PagePieces:
    """A preview page cut into pieces at safe top-level boundaries of its body.

    The first piece is a whole page (head, the start of the body, the end of the page); the
    others are top-level HTML of the body, to be added at the end one after the other. A page
    without the preview's body markers is one piece. The stylesheet is taken out (`css`): the
    document applies it to every piece as its default stylesheet.
    """

    def __init__(self, html: str, piece_chars: int = PIECE_CHARS) -> None:
        style = _STYLE.search(html)
        self.css = style.group(1) if style else ""
        if style:
            html = html[: style.start()] + html[style.end() :]
        self._piece_chars = piece_chars
        start = html.find(_BODY_OPEN)
        end = html.rfind(_BODY_CLOSE)
        if start < 0 or end < start:
            self._head, self._body, self._tail = html, "", ""
        else:
            start += len(_BODY_OPEN)
            self._head, self._body, self._tail = html[:start], html[start:end], html[end:]
        self._offset = 0
        self._open: list[str] = []  # the elements open where the last piece ended
        self.first = True

    @property
    def done(self) -> bool:
        return not self.first and self._offset >= len(self._body)

    def next_piece(self) -> str:
        """The next piece (the first is a whole page); call until `done`."""
        body, start = self._body, self._offset
        cut = len(body)
        for match in _TAG.finditer(body, start):
            name = (match.group(2) or "").lower()
            if not name:
                continue  # a comment
            if match.group(1):
                if not self._open or self._open[-1] != name:
                    # A closing tag that closes nothing open here (stray in the author's raw
                    # HTML, or its opening hid a "/>" in an attribute): where the blocks end
                    # is no longer known, so the rest of the page goes in one piece.
                    break
                self._open.pop()
            elif not match.group(3) and name not in _VOID:
                self._open.append(name)
            if (
                not self._open
                and match.group(1)
                and name in _CUT_AFTER
                and match.end() - start >= self._piece_chars
                and _CUT_BEFORE.match(body, match.end())
            ):
                cut = match.end()
                break
        self._offset = cut
        piece = body[start:cut]
        if self.first:
            self.first = False
            # More pieces follow: no white space after the body, or its last block would end
            # in a space that parsing the whole page does not give it.
            tail = self._tail if cut >= len(body) else re.sub(r">\s+", ">", self._tail)
            return self._head + piece + tail
        return piece.lstrip()


def add_piece(document: QTextDocument, piece: str) -> None:
    """Add a later piece of a `PagePieces` page at the end of `document`."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    position = cursor.position()
    cursor.insertHtml(_SPACER + piece)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
