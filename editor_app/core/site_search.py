"""Search Site: the pages holding every word of a query in their title, fields or body.

Reads the site's index; a body is read only when the fields lack a word, then kept until the
file changes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.site import IndexEntry, Site
from editor_app.core.tool_support import as_text

SNIPPET_CHARS = 120  # about one line of a results list
_OPENING = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)


@dataclass(frozen=True)
class SearchHit:
    """One document matching a search: where the words were found, and a snippet to show."""

    path: Path
    title: str
    field: str  # the field name, or "body"
    snippet: str
    collection: str | None = None


def _body_text(data: bytes) -> str:
    """The body of a file's bytes, without the front matter (cheap: no YAML parsing)."""
    text = data.decode("utf-8", "replace")
    opening = _OPENING.match(text)
    if not opening:
        return text.lstrip("\ufeff")
    closing = _CLOSING.search(text, opening.end())
    return text[closing.end() :] if closing else ""


class _BodyCache:
    """Bodies read once and kept (lower-cased too) until the file's modification time changes."""

    def __init__(self) -> None:
        self._items: dict[Path, tuple[float, str, str]] = {}

    def get(self, path: Path) -> tuple[str, str]:
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            return "", ""
        cached = self._items.get(path)
        if cached is not None and cached[0] == mtime:
            return cached[1], cached[2]
        try:
            body = _body_text(path.read_bytes())
        except OSError:
            return "", ""
        self._items[path] = (mtime, body, body.casefold())
        return body, body.casefold()


_BODIES = _BodyCache()


def _snippet(text: str, folded: str, words: list[_Word]) -> str:
    """About SNIPPET_CHARS of `text` around the first of `words`, on one line."""
    start, end = 0, len(text)
    if len(text) > SNIPPET_CHARS:
        found = [w.search(folded) for w in words]
        positions = [m.start() for m in found if m is not None]
        at = min(positions) if positions else 0
        start = max(0, at - SNIPPET_CHARS // 3)
        # start at a word boundary, so the snippet does not open on half a word
        if start > 0:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and at - space < SNIPPET_CHARS // 2 else start
        end = min(len(text), start + SNIPPET_CHARS)
    piece = text[start:end]
    if "<" in text:  # a page's own HTML (`<code>`, `</p>`) is markup, not words to show
        last_open = text.rfind("<", 0, start)
        if (
            last_open > text.rfind(">", 0, start)
            and _TAG_START.match(text, last_open) is not None
        ):
            piece = piece[piece.find(">") + 1 :] if ">" in piece else ""  # began inside a tag
        piece = _HTML_TAG.sub(" ", piece)
        cut = _TAG_END_CUT.search(piece)
        if cut is not None:
            piece = piece[: cut.start()]  # ends inside a tag
    piece = " ".join(piece.split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)
_TAG_START = re.compile(r"</?[A-Za-z]")
# A tag the snippet's end cuts: `<`, `</` or `<code class="x` with no `>` after it.
_TAG_END_CUT = re.compile(r"<(?:/|/?[A-Za-z][^<>]*)?$")


class _FieldCache:
    """Each index entry's fields as searchable text, kept while the entry is the same object."""

    def __init__(self) -> None:
        self._items: dict[Path, tuple[IndexEntry, list[tuple[str, str, str]], str]] = {}

    def get(self, entry: IndexEntry) -> tuple[list[tuple[str, str, str]], str]:
        cached = self._items.get(entry.path)
        if cached is not None and cached[0] is entry:
            return cached[1], cached[2]
        # Every field, `title` too: a title the index cannot show (a date, a list) is named
        # by the file, and its own words are still searched.
        fields = [("title", entry.title)] + [
            (str(k), as_text(v)) for k, v in entry.front_matter.items()
        ]
        folded = [(name, text, text.casefold()) for name, text in fields]
        everything = "\n".join(low for _, _, low in folded)
        self._items[entry.path] = (entry, folded, everything)
        return folded, everything


_FIELDS = _FieldCache()


class _Word:
    """One word of a query: a cheap substring test first, then "does a word start here"."""

    def __init__(self, word: str) -> None:
        self.text = word.casefold()
        self.pattern = re.compile(r"(?<!\w)" + re.escape(self.text))

    def search(self, folded: str) -> re.Match[str] | None:
        return self.pattern.search(folded) if self.text in folded else None


def search(site: Site, query: str, limit: int | None = None) -> list[SearchHit]:
    """Documents holding every word of `query` (any case) in their title, fields or body.

    One hit per document, titles first, then other fields, then bodies. The index answers
    most of it; a body is read (once, then cached) only when the fields do not hold every word.
    Snippets are made only for the hits returned (`limit` keeps a results list cheap).
    """
    # A word matches where a word starts ("data" finds "database", "ai" does not find "said"),
    # which is what people expect from a search box that lists results as they type.
    words = [_Word(w) for w in query.split()]
    if not words:
        return []
    ranked: list[tuple[int, int, IndexEntry]] = []
    for order, entry in enumerate(site.entries()):
        folded, everything = _FIELDS.get(entry)
        missing = [w for w in words if not w.search(everything)]
        if missing:
            body_folded = _BODIES.get(entry.path)[1]
            if any(not w.search(body_folded) for w in missing):
                continue
        if len(missing) == len(words):
            rank = 2  # only the body holds the words
        else:
            rank = 0 if any(w.search(folded[0][2]) for w in words) else 1
        ranked.append((rank, order, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    if limit is not None:
        ranked = ranked[:limit]
    return [_hit(entry, words, rank) for rank, _, entry in ranked]


def _hit(entry: IndexEntry, words: list[_Word], rank: int) -> SearchHit:
    """The hit for a matching document: the title, else the field with most words, else body."""
    folded, _ = _FIELDS.get(entry)
    if rank == 2:
        body, body_folded = _BODIES.get(entry.path)
        return SearchHit(
            entry.path, entry.title, "body", _snippet(body, body_folded, words), entry.collection
        )
    best: tuple[int, str, str, str] | None = None
    for name, text, low in folded:
        count = sum(1 for w in words if w.search(low))
        if name == "title" and count:
            best = (count, name, text, low)
            break
        if count and (best is None or count > best[0]):
            best = (count, name, text, low)
    assert best is not None  # rank 0 or 1: some field holds a word
    _, name, text, low = best
    return SearchHit(entry.path, entry.title, name, _snippet(text, low, words), entry.collection)


def match_span(line: str, query: str) -> tuple[int, int] | None:
    """Where on `line` the words of `query` are found together: (start, end) of the shortest
    stretch holding each of them found on the line (the phrase itself when written as one),
    or None when none is there. Words match where a word starts, in any case, as `search`."""
    words = list(dict.fromkeys(w.casefold() for w in query.split()))
    found: list[tuple[int, int, int]] = []  # (start, end, which word)
    for which, word in enumerate(words):
        pattern = re.compile(r"(?<!\w)" + re.escape(word), re.IGNORECASE)
        found += [(m.start(), m.end(), which) for m in pattern.finditer(line)]
    if not found:
        return None
    found.sort()
    wanted = {which for _, _, which in found}
    best: tuple[int, int] | None = None
    for first, (start, _, _) in enumerate(found):
        seen: set[int] = set()
        end = start
        for _, word_end, which in found[first:]:
            seen.add(which)
            end = max(end, word_end)
            if seen == wanted:
                if best is None or end - start < best[1] - best[0]:
                    best = (start, end)
                break
    return best


__all__ = ["SNIPPET_CHARS", "SearchHit", "match_span", "search"]
