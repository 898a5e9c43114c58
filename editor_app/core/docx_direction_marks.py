"""Direction marks in a Word pack's right-to-left pages, written on export and dropped on
import.

In a paragraph laid out right to left, a sign at the edge of a Latin word or a number takes
the paragraph's direction: '@' or '#' before it ("— @lord, “نصائح…”", "#123", "#tag": Word and
LibreOffice drew "lord@", "123#"; digits after Arabic or Persian letters are Arabic numbers to
the bidirectional algorithm, so even "#123" is not kept whole) and '+' or '#' after a Latin
word ("C++", "C#": drawn "++C"). So does a Latin phrase's closing '.', '!', '?', ':', ';' or
',' inside quotes or brackets («Hello world!», “Why I Close PRs.”, (see GitHub.)): drawn at
the phrase's other end ("!Hello world"). A sign that ends the right-to-left sentence after a
Latin word ("... GitHub.") reads right as it is and is left alone, as are brackets around
Latin words, which the bidirectional algorithm pairs. A left-to-right mark (U+200E, drawn as
nothing) before the leading sign, or after the trailing ones, ties them to the word; the PDF
pack draws with the marks and leaves them out of its text, so words copied from it carry
none (`docx_export_pdf`). The marks are no words of the page: the import drops a left-to-right mark in those
places alone (a page's own marks elsewhere are its words), so a returned pack finds no change
where they stand.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

LEFT_TO_RIGHT_MARK = "\u200e"
# A handle's '@' or a tag's or number's '#': not inside a word or an address
# (name@example.com, page#part), a Latin name or a number after it.
_LEADING = re.compile(r"(?<![\w\u200e])([@#])(?=[A-Za-z0-9_])")
# '+' or '#' ending a Latin word (C++, C#, A+), not followed by a word or a mark already;
# all the signs or none ("C++" marked once is not marked again between its '+').
_TRAILING = re.compile(r"(?<=[A-Za-z])([+#]+)(?![\w\u200e+#])")
# A Latin phrase's closing signs inside quotes or brackets (its own, not the sentence's).
CLOSING_QUOTES = "”’\"'»)]"
_A_CLOSING_QUOTE = f"[{re.escape(CLOSING_QUOTES)}]"
_CLOSING = re.compile(r"(?<=[A-Za-z])([.!?:;,…]+)(?=" + _A_CLOSING_QUOTE + ")")
_MARKED_LEADING = re.compile("\u200e([@#])(?=[A-Za-z0-9_])")
_MARKED_TRAILING = re.compile("(?<=[A-Za-z])([+#]+)\u200e")
# (the quote may stand in the next run: a mark at a run's end is dropped too)
_MARKED_CLOSING = re.compile(r"(?<=[A-Za-z])([.!?:;,…]+)\u200e(?=" + _A_CLOSING_QUOTE + r"|\Z)")
_TEXTS = (qn("w:t"), qn("w:delText"))


def mark_handles(paragraph: Any, skip_font: str) -> None:
    """A left-to-right mark before each '@handle' and '#tag' and after each 'C++' (and a Latin
    phrase's closing sign in quotes) in a right-to-left paragraph's runs (not in runs in
    `skip_font`, the code font: code is copied as written)."""
    nodes = []
    for run in paragraph.iter(qn("w:r")):
        font = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        code = font is not None and font.get(qn("w:ascii")) == skip_font
        nodes += [(node, code) for node in run.iter(*_TEXTS) if node.text]
    before = ""  # the last letter before this run: a Latin word's run ends, "++" starts the next
    for i, (node, code) in enumerate(nodes):
        if not code:
            # The next run's first sign: a link's words end "world!", its "»" stands after it.
            after = nodes[i + 1][0].text[:1] if i + 1 < len(nodes) else ""
            node.text = with_edge_marks(node.text, before, after)
        before = node.text[-1:]


def with_edge_marks(text: str, before: str = "", after: str = "") -> str:
    """`text` with a left-to-right mark before each '@handle' and '#tag' and after each 'C++'
    and a Latin phrase's closing sign in quotes (`before`, `after`: the characters just
    before and after it, in the runs around it)."""
    if not any(sign in text for sign in "@#+.!?:;,…"):
        return text
    marked = _LEADING.sub(LEFT_TO_RIGHT_MARK + r"\1", text)
    joined = _CLOSING.sub(r"\1" + LEFT_TO_RIGHT_MARK, before + marked + after)
    marked = joined[len(before) : len(joined) - len(after)]
    return _TRAILING.sub(r"\1" + LEFT_TO_RIGHT_MARK, before + marked)[len(before) :]


def without_handle_marks(text: str) -> str:
    """`text` without the marks `mark_handles` puts beside a '@', '#' or '+'."""
    if LEFT_TO_RIGHT_MARK not in text:
        return text
    text = _MARKED_CLOSING.sub(r"\1", _MARKED_LEADING.sub(r"\1", text))
    return _MARKED_TRAILING.sub(r"\1", text)


def drop_handle_marks(element: Any) -> None:
    """The marks `mark_handles` put left out of the words under `element` (a document's body)."""
    before = ""  # the letter before this text: "C" in one run, "++" and the mark in the next
    for node in element.iter(*_TEXTS):
        if node.text and LEFT_TO_RIGHT_MARK in node.text:
            node.text = without_handle_marks(before + node.text)[len(before) :]
        before = (node.text or before)[-1:]
