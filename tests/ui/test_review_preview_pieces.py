"""The text preview cuts a page into pieces only where the cut cannot change what is shown.

Raw HTML in a page is the author's own and need not be tidy: a stray closing tag (`</span>`
with no `<span>`) must not make the preview believe a `<div>` has ended, or the paragraphs
after it would lose the div's indent and background in the text preview.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.ui.preview import PagePieces, add_piece


def _blocks(document: QTextDocument) -> list[tuple]:
    """Every block's text, its block format and (text, format) of each run."""
    out = []
    block = document.begin()
    while block.isValid():
        runs = []
        it = block.begin()
        while not it.atEnd():
            runs.append((it.fragment().text(), it.fragment().charFormat()))
            it += 1
        out.append((block.text(), block.blockFormat(), runs))
        block = block.next()
    return out


def _in_pieces(html: str) -> QTextDocument:
    pieces = PagePieces(html, 1)  # cut wherever the preview thinks it may
    document = QTextDocument()
    document.setDefaultStyleSheet(pieces.css)
    document.setHtml(pieces.next_piece())
    while not pieces.done:
        add_piece(document, pieces.next_piece())
    return document


@pytest.mark.parametrize(
    "raw",
    [
        "<p>a</p></span>",  # a stray closing tag
        "<p>a</p>\n\n</em>",
        '<p title="a/>b">a</p>',  # a "/>" inside a quoted attribute
    ],
)
def test_untidy_raw_html_inside_a_div_keeps_the_div_in_the_text_preview(qtbot, raw: str) -> None:
    body = (
        '<div style="background: yellow; margin-left: 40px" markdown="1">\n'
        f"{raw}\n\nFirst paragraph inside.\n\nSecond paragraph inside.\n\n</div>\n\nAfter.\n"
    )
    html = Renderer(None).render_page(Document.from_text(body))
    whole = QTextDocument()
    whole.setHtml(html)
    inside = [b for b in _blocks(whole) if "paragraph inside" in b[0]]
    assert inside and all(b[1].leftMargin() == 40 for b in inside)  # as parsed whole
    assert _blocks(_in_pieces(html)) == _blocks(whole)
