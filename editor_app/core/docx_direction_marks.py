"""Direction marks in a Word pack's right-to-left pages, written on export and dropped on
import.

In a paragraph laid out right to left, a '@' between a dash or a space and a Latin name
("— @lord, “نصائح…”") takes the paragraph's direction, so Word and LibreOffice drew it at the
name's right ("lord@"); the PDF pack keeps "@lord". A left-to-right mark (U+200E, drawn as
nothing) before the '@' ties it to the name. The marks are no words of the page: the import
drops a left-to-right mark before a '@' (and that one alone: a page's own marks elsewhere are
its words), so a returned pack finds no change where they stand.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

LEFT_TO_RIGHT_MARK = "\u200e"
_MARKED_HANDLE = LEFT_TO_RIGHT_MARK + "@"
# A handle's '@': not inside a word or an address (name@example.com), a Latin name after it.
_HANDLE = re.compile(r"(?<![\w\u200e])@(?=[A-Za-z0-9_])")
_TEXTS = (qn("w:t"), qn("w:delText"))


def mark_handles(paragraph: Any, skip_font: str) -> None:
    """A left-to-right mark before each '@handle' in a right-to-left paragraph's runs (not in
    runs in `skip_font`, the code font: code is copied as written)."""
    for run in paragraph.iter(qn("w:r")):
        font = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if font is not None and font.get(qn("w:ascii")) == skip_font:
            continue
        for node in run.iter(*_TEXTS):
            if node.text and "@" in node.text:
                node.text = _HANDLE.sub(_MARKED_HANDLE, node.text)


def without_handle_marks(text: str) -> str:
    """`text` without the marks `mark_handles` puts before a '@'."""
    return text.replace(_MARKED_HANDLE, "@")


def drop_handle_marks(element: Any) -> None:
    """The marks `mark_handles` put left out of the words under `element` (a document's body)."""
    for node in element.iter(*_TEXTS):
        if node.text and _MARKED_HANDLE in node.text:
            node.text = without_handle_marks(node.text)
