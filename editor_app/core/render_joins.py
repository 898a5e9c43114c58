"""What a page's parts, rendered apart, must be for their HTML to be joined as the whole render
(`render_blocks.py`): the pieces of the whole render standing for some parts, a table's rows
cut into groups, the footnotes that would read differently at the page's end, and HTML
balanced enough to be made safe on its own."""

from __future__ import annotations

import re
from typing import Any

from editor_app.core.render_cuts import VOID_ELEMENTS

# The headings in a part's HTML.
HEADING_HTML = re.compile(r"<h[1-6]\b.*?</h[1-6]>", re.S)
# A footnote's definition, and what in it could change what the parts after it read (a
# heading's id; Goldmark: the quotes open): the engines render the definitions at the
# page's end, a part rendered alone at its own end.
_NOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:", re.M)
_NOTE_HEADING = re.compile(r"^[ \t>]*#|^[ \t>]*[=-]+[ \t]*$", re.M)
_NOTE_QUOTES = re.compile(r"['\"&]")
# Where a part stands in a long table cut into groups of rows: (it starts inside the table,
# rendered after the table's header; the table goes on after it).
TableJoin = tuple[bool, bool]
NO_TABLE: TableJoin = (False, False)


def notes_move(part: str, engine_name: str) -> bool:
    """A footnote's definition in `part` holds what an engine could read differently when
    the definitions are rendered at the page's end: a heading (its id), or for Goldmark
    (which counts the quotes open through the page) a quote mark or an entity. A definition
    runs to a blank line followed by a line that is not indented (taken widely: its lazy
    lines and what follows it indented)."""
    for definition in _NOTE_DEFINITION.finditer(part):
        end = definition.end()
        while True:
            end = part.find("\n", end)
            if end < 0:
                end = len(part)
                break
            rest = part[end + 1 :].lstrip("\n")
            if part[end + 1 : end + 2] == "\n" and not rest.startswith((" ", "\t")):
                break
            end += 1
        body = part[definition.end() : end]
        if _NOTE_HEADING.search(body) or (engine_name == "goldmark" and _NOTE_QUOTES.search(body)):
            return True
    return False


def cut_whole(whole: str, out: list[str], runs: list[list[int]]) -> list[str] | None:
    """The pieces of `whole` (the page rendered whole) that stand for each run of parts in
    `runs`, between the other parts' HTML (`out`); None when the pieces are not found once
    each, or a run's headings are not those of its parts rendered alone (what it hands on)."""
    taken = {k for run in runs for k in run}
    pieces: list[str] = []
    pos, k = 0, 0
    while k < len(out):
        if k not in taken:
            if not whole.startswith(out[k], pos):
                return None
            pos += len(out[k])
            k += 1
            continue
        run = next(r for r in runs if r[0] == k)
        after = run[-1] + 1
        if after == len(out):
            end = len(whole)
        else:
            end = whole.find(out[after], pos)
            if not out[after] or end < 0 or whole.find(out[after], end + 1) >= 0:
                return None
        piece = whole[pos:end]
        alone = [h for j in run for h in HEADING_HTML.findall(out[j])]
        if HEADING_HTML.findall(piece) != alone:
            return None
        pieces.append(piece)
        pos, k = end, after
    return pieces if pos == len(whole) else None


def table_rows(html: str, join: TableJoin) -> str | None:
    """A part's HTML as it stands in the table cut into groups: without the table's end
    when the table goes on after it, and from its first body row on when it starts inside
    the table (after the header rendered again); None when the HTML is not so shaped."""
    starts_inside, goes_on = join
    if goes_on:
        end = html.rfind("</tbody>")
        if end < 0 or html[end + len("</tbody>") :].strip() != "</table>":
            return None
        html = html[:end]
    if starts_inside:
        body = html.find("<tbody>")
        if body < 0 or not html.lstrip().startswith("<table"):
            return None
        row = html.find("<tr", body)
        if row < 0:
            return None
        html = html[row:]
    return html


def key_of_references(references: dict[str, Any]) -> tuple:
    """The definitions as a key: label, address and title (not where they were written)."""
    items = []
    for label, value in references.items():
        if isinstance(value, dict):
            value = tuple(sorted((k, str(v)) for k, v in value.items() if k != "map"))
        items.append((label, value))
    return tuple(sorted(items, key=repr))


_HTML_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?(/?)>|<!--.*?-->|<", re.S
)
_RAW_TEXT = frozenset(
    "script style textarea title xmp iframe noembed noframes noscript plaintext".split()
)


def balanced_html(html: str) -> bool:
    """Every element of `html` closed, in order, and no stray `<`: such a piece of HTML is
    read the same on its own as beside other pieces (a sanitiser may take it alone)."""
    stack: list[str] = []
    for m in _HTML_TAG.finditer(html):
        name = m.group(2)
        if name is None:
            if m.group(0) == "<":
                return False  # a `<` that opens no tag nor comment
            continue
        name = name.lower()
        if name in _RAW_TEXT:
            return False
        if m.group(1):
            if not stack or stack.pop() != name:
                return False
        elif name not in VOID_ELEMENTS:
            if m.group(3):
                return False  # `<p/>` opens a paragraph in HTML
            stack.append(name)
    return not stack
