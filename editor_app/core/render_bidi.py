"""Latin words inside right-to-left text (a Persian page quoting "Making Open Source a Happier
Place"), each run isolated left to right (`<bdi dir="ltr">`): the browser's bidi rules alone put
a closing quote, `@` or `.` of such a run at its far end, which reads as words out of order.
Code, preformatted text and what is already isolated are left as they are."""

from __future__ import annotations

import html
import re

_LATIN = "A-Za-z\u00c0-\u024f"
# A run: opening marks, a Latin letter, then Latin words, digits, spaces and ASCII punctuation
# up to its last letter or digit, then closing marks.
_RUN = re.compile(
    rf"[“‘\"'(\[@#]*[{_LATIN}](?:[{_LATIN}0-9 \t\n.,:;!?'’\-_/@#&+()]*[{_LATIN}0-9])?[”’\"')\]]*"
)
_TAG = re.compile(r"(<[^>]*>)")
_SKIPPED = frozenset({"pre", "code", "kbd", "samp", "script", "style", "svg", "math", "bdi", "textarea"})
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_ANY_LATIN = re.compile(f"[{_LATIN}]")


def _isolated(text: str) -> str:
    if not _ANY_LATIN.search(text):
        return text
    plain = html.unescape(text)
    out, last = [], 0
    for m in _RUN.finditer(plain):
        out.append(html.escape(plain[last : m.start()], quote=False))
        out.append(f'<bdi dir="ltr">{html.escape(m.group(0), quote=False)}</bdi>')
        last = m.end()
    if not out:
        return text
    out.append(html.escape(plain[last:], quote=False))
    return "".join(out)


def latin_runs_isolated(body: str) -> str:
    """`body` (HTML of a right-to-left page) with each Latin run of its text isolated."""
    pieces = _TAG.split(body)
    skipping = 0
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag
            name = _TAG_NAME.match(piece)
            if name and name[2].lower() in _SKIPPED and not piece.endswith("/>"):
                skipping = max(0, skipping + (-1 if name[1] else 1))
        elif piece and not skipping:
            pieces[i] = _isolated(piece)
    return "".join(pieces)
