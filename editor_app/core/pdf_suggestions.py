"""Open suggested edits in a PDF review pack, as a reader of paper expects them: the words to
go struck through, the new words underlined, both in colour (the preview's), and the person
who suggested it named in the margin beside the passage, as a note is.

Only the words that change are marked (`independent ~~body~~ __panel__`, not the whole passage
twice). Words the pack shows in a table cell or a code block, or across two blocks, are not
marked (fpdf2 draws one piece per cell; code is shown as written): the margin says the edit.
A suggestion on a page setting (the title, the subtitle) is told beside the title, and marked
in the title's line or the line under it that shows the setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from editor_app.core.docx_loose_text import LooseText, placed_near, plain_quote
from editor_app.core.docx_place import short

STRUCK_COLOUR = "#7a0c05"  # the preview's colours for a suggestion's old and new words
ADDED_COLOUR = "#0a4d1c"
MARGIN_RGB = (10, 77, 28)  # the margin line beside a suggestion
_TOLD = 90  # the most characters of words the margin repeats
_NOT_MARKED = frozenset(["td", "th", "pre", "code"])
_SOUP = BeautifulSoup("", "html.parser")  # makes the marks' tags


@dataclass
class MarginSuggestion:
    """A suggested edit as the margin shows it (the shape of a note: author, text)."""

    author: str  # the margin's head: "Ada Editor suggests"
    text: str
    by: str = ""  # who suggested it
    quote: str = ""
    marked: bool = False  # its words are struck and underlined in the text


def margin_text(suggestion: Any) -> MarginSuggestion:
    """“Ada Editor suggests”, then the words that change: replace “body” with “panel”,
    delete “very”, insert “kindly”; on a page setting, which one."""
    old, new = plain_quote(suggestion.quote or ""), plain_quote(suggestion.replacement or "")
    a, b, added = _changed_words(old, new)
    gone = old[a:b]
    if gone and added:
        told = f"Replace “{short(gone, _TOLD)}” with “{short(added, _TOLD)}”"
    elif gone:
        told = f"Delete “{short(gone, _TOLD)}”"
    elif added:
        told = f"Insert “{short(added, _TOLD)}”"
    else:  # the same words to a reader (marks or spacing change)
        told = f"Rewrite “{short(old, _TOLD)}” as “{short(suggestion.replacement or '', _TOLD)}”"
    if suggestion.field:
        told += f" in the {suggestion.field}"
    by = suggestion.author or "Someone"
    return MarginSuggestion(author=f"{by} suggests", text=told + ".", by=by)


def mark_suggestions(page: Any, blocks: list[Tag]) -> dict[int, list[MarginSuggestion]]:
    """Mark each open suggestion of `page` in the blocks (changed in place); block index ->
    its margin lines (-1: beside the title: a page setting's, or words not found)."""
    nodes, loose = _text_nodes(blocks)
    placed: dict[int, list[MarginSuggestion]] = {}
    taken: list[tuple[int, int]] = []  # raw ranges marked already: never marked twice
    for suggestion in getattr(page, "suggestions", []):
        line = margin_text(suggestion)
        index = -1
        if not suggestion.field:
            near = placed_near(loose, suggestion, page.body)
            span = loose.flat_span(plain_quote(suggestion.quote or ""), near)
            if span is not None:
                at = _node_at(nodes, loose.index[span[0]])
                index = nodes[at][1] if at >= 0 else -1
                if not any(s < span[1] and span[0] < e for s, e in taken):
                    line.marked = _mark(nodes, loose, span, suggestion)
                    taken.append(span)
        if index == -1 and not suggestion.field:
            line.quote = suggestion.quote or ""
        if not line.marked and not suggestion.field and suggestion.quote:
            # Not marked in the text: the margin says where.
            line.text = f"{line.text[:-1]} in “{short(plain_quote(suggestion.quote))}”."
        placed.setdefault(index, []).append(line)
    return placed


def title_html(page: Any) -> str | None:
    """The page's title as HTML with an open suggested edit on it marked (as in the text), for
    the title line; None when it has none whose words are in the title."""
    import html

    title = page.title or ""
    loose = LooseText(title)
    for suggestion in getattr(page, "suggestions", []):
        if suggestion.field != "title":
            continue
        span = loose.flat_span(plain_quote(suggestion.quote or ""))
        if span is None:
            continue
        old = loose.flat[span[0] : span[1]]
        a, b, added = _changed_words(old, plain_quote(suggestion.replacement or ""))
        if a == b and not added:
            continue
        if a < b:
            start, end = loose.index[span[0] + a], loose.index[span[0] + b - 1] + 1
            marked = str(_tag("s", STRUCK_COLOUR, title[start:end]))
            marked += f" {_tag('u', ADDED_COLOUR, added)}" if added else ""
        elif a < len(old):
            start = end = loose.index[span[0] + a]
            marked = f"{_tag('u', ADDED_COLOUR, added)} "
        else:
            start = end = loose.index[span[0] + a - 1] + 1
            marked = f" {_tag('u', ADDED_COLOUR, added)}"
        return f"{html.escape(title[:start])}{marked}{html.escape(title[end:])}"
    return None


def mark_setting(page: Any, line: Tag, marked: set[str]) -> None:
    """Mark in a line under the title (the subtitle, the author) the open suggested edits on
    other page settings whose words it shows (changed in place), as the title's are marked;
    `marked` holds the ids of those marked already, in an earlier line."""
    nodes, loose = _text_nodes([line])
    taken: list[tuple[int, int]] = []  # never marked twice
    for suggestion in getattr(page, "suggestions", []):
        if suggestion.field in (None, "", "title") or suggestion.id in marked:
            continue
        span = loose.flat_span(plain_quote(suggestion.quote or ""))
        if span is None or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        if _mark(nodes, loose, span, suggestion):
            marked.add(suggestion.id)
            taken.append(span)


def _text_nodes(blocks: list[Tag]) -> tuple[list[tuple[NavigableString, int, int]], LooseText]:
    """The blocks' text nodes (node, block index, start in their joined text: a line break
    after each block), and that text prepared for searches."""
    nodes: list[tuple[NavigableString, int, int]] = []
    raw_parts: list[str] = []
    length = 0
    for index, block in enumerate(blocks):
        for node in block.find_all(string=True):
            if isinstance(node, Comment):
                continue
            nodes.append((node, index, length))
            raw_parts.append(str(node))
            length += len(str(node))
        raw_parts.append("\n")
        length += 1
    return nodes, LooseText("".join(raw_parts))


def _node_at(nodes: list[tuple[NavigableString, int, int]], raw: int, end: bool = False) -> int:
    """The node holding raw position `raw` (with `end`, one ending there may hold it)."""
    for k, (node, _block, start) in enumerate(nodes):
        if start <= raw < start + len(node) or (end and raw == start + len(node)):
            return k
    return -1


def _tag(name: str, colour: str, words: str) -> Tag:
    font = _SOUP.new_tag("font", attrs={"color": colour})
    inner = _SOUP.new_tag(name)
    inner.string = words
    font.append(inner)
    return font


def _mark(
    nodes: list[tuple[NavigableString, int, int]],
    loose: LooseText,
    span: tuple[int, int],
    suggestion: Any,
) -> bool:
    """Strike the words that go and underline the new ones in the page's text nodes; False
    (nothing changed) where they cannot be marked (see the module)."""
    old = loose.flat[span[0] : span[1]]
    a, b, added = _changed_words(old, plain_quote(suggestion.replacement or ""))
    if a == b and not added:
        return False  # the same words (only marks or spacing change): the margin says it
    if a < b:
        first = _node_at(nodes, loose.index[span[0] + a])
        last = _node_at(nodes, loose.index[span[0] + b - 1])
    else:
        at = span[0] + a
        first = last = (
            _node_at(nodes, loose.index[at])
            if a < len(old)
            else _node_at(nodes, loose.index[at - 1] + 1, end=True)
        )
    touched = nodes[first : last + 1] if first >= 0 and last >= first else []
    if not touched or len({block for _n, block, _s in touched}) != 1:
        return False
    if any(n.find_parent(list(_NOT_MARKED)) is not None for n, _b, _s in touched):
        return False
    if a == b:  # only new words, before the word at `a` or after the last
        node, _block, start = touched[0]
        text, new = str(node), _tag("u", ADDED_COLOUR, added)
        if a < len(old):
            cut = loose.index[span[0] + a] - start
            pieces: list[tuple[Any, int | None]] = [(text[:cut], 0), (new, None), (" ", None)]
        else:
            cut = loose.index[span[0] + a - 1] + 1 - start
            pieces = [(text[:cut], 0), (" ", None), (new, None)]
        _replace(nodes, first, pieces + [(text[cut:], cut)])
        return True
    raw_start, raw_end = loose.index[span[0] + a], loose.index[span[0] + b - 1] + 1
    for k in range(last, first - 1, -1):  # from the last: the earlier indexes stay
        node, _block, start = nodes[k]
        text = str(node)
        lo, hi = max(raw_start - start, 0), min(raw_end - start, len(text))
        struck = _tag("s", STRUCK_COLOUR, text[lo:hi])
        pieces = [(text[:lo], 0), (struck, lo)]
        if added and k == last:
            pieces += [(" ", None), (_tag("u", ADDED_COLOUR, added), None)]
        _replace(nodes, k, pieces + [(text[hi:], hi)])
    return True


def _replace(
    nodes: list[tuple[NavigableString, int, int]], k: int, pieces: list[tuple[Any, int | None]]
) -> None:
    """Text node `k` replaced by the pieces (text or tags; with their place in the node, or
    None for what the page did not say); `nodes` then lists the new texts in its place."""
    node, block, start = nodes[k]
    kept, listed = [], []
    for piece, at in pieces:
        if piece == "":
            continue
        if not isinstance(piece, Tag):
            piece = NavigableString(piece)
        kept.append(piece)
        if at is not None:
            text = piece if isinstance(piece, NavigableString) else piece.find(string=True)
            listed.append((text, block, start + at))
    node.replace_with(*kept)
    nodes[k : k + 1] = listed


def _changed_words(old: str, new: str) -> tuple[int, int, str]:
    """The part of `old` (plain words, one space apart) that changes: (start, end) in `old`
    and the new words in its place; the words both share at the start and end are kept."""
    ow, nw = old.split(" "), new.split(" ") if new else []
    head = 0
    while head < min(len(ow), len(nw)) and ow[head] == nw[head]:
        head += 1
    tail = 0
    while tail < min(len(ow), len(nw)) - head and ow[-1 - tail] == nw[-1 - tail]:
        tail += 1
    start = len(" ".join(ow[:head])) + (1 if head else 0)
    end = len(old) - len(" ".join(ow[len(ow) - tail :])) - (1 if tail else 0)
    if end < start:  # nothing of the old words goes: the new ones come in at `start`
        end = start = min(start, len(old))
    return start, end, " ".join(nw[head : len(nw) - tail])
