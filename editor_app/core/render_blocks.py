"""A page rendered in parts, each kept between renders: after an edit only its part is redone.

The longest pages (a 296 KB release history, 123 KB of emoji tables) take the engines
0.2-0.9 s; an edit changes one place. So the text is cut where no engine carries anything
across (`render_cuts.py`), each part is rendered on its own and remembered, and the parts'
HTML is joined. What a part needs from the rest of the page is handed to the engine
(`Engine.render(text, env)`): the page's link definitions, the heading-id counters left by
the parts before it and (Goldmark) the quotes still open; the cache key holds only what the
part reads of them. The parts holding footnotes or kramdown's `{:toc}` are taken from the
whole render (kept while they and what they read stay the same). A page that cannot be cut
(abbreviations...), a link label defined twice, or a part whose HTML cannot stand for its
place, is rendered whole. The
joined HTML is byte for byte the whole render's (`tests/core/test_render_blocks*.py`: every
page of the shared sites, edits, generated pages). `balanced_html` tells which parts'
HTML can also be made safe apart (`Renderer.render_page`); it and the checks on the parts'
HTML before it is joined are in `render_joins.py`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from editor_app.core.engines import Engine
from editor_app.core.render_cuts import (
    MIN_PART_CHARS,
    cut_points,
    parts_at,
    table_cuts,
)
from editor_app.core.render_joins import (
    HEADING_HTML,
    NO_TABLE,
    TableJoin,
    cut_whole,
    key_of_references,
    notes_move,
    table_rows,
)

# What the caches may hold, in characters of text and HTML (a few MB each): several long
# pages' parts, while a 5 MB page's preview (the part around the cursor) stays within it.
CACHE_CHARS = 2_000_000

# The inert words template tags become while an engine renders (`engines/templates.py`).
_TEMPLATE_WORD = "liquidtag"
_TEMPLATE_LEFT = re.compile(r"tag\d+x")
_UNFORMATTED = '<p class="render-note">'
# Python-Markdown's placeholder for raw HTML, numbered through the page: where it shows in
# the HTML (inside a heading's id), a part's numbers would not be the page's.
_STASH_WORD = "wzxhzdk"
# The heading that stands for the rest of the page after a part (kramdown).
_END_WORD = "zqxpartendzqx"
# kramdown's table of contents (the headings it lists are in the parts' HTML).
_TOC = "{:toc}"
_NOTE = "[^"
_END_HEADING = f"# {_END_WORD}\n"


Prepare = Callable[[str], tuple[str, Callable[[str], str]]]


def _as_is(text: str) -> tuple[str, Callable[[str], str]]:
    return text, _same


def _same(html: str) -> str:
    return html


class Memo:
    """A least-recently-used map bounded by the characters its keys' text and values hold."""

    def __init__(self, max_chars: int = CACHE_CHARS) -> None:
        self.max_chars = max_chars
        self._items: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._chars = 0

    def get(self, key: Any) -> Any:
        """The value, or None."""
        found = self._items.get(key)
        if found is None:
            return None
        self._items.move_to_end(key)
        return found[0]

    def clear(self) -> None:
        self._items.clear()
        self._chars = 0

    def put(self, key: Any, value: Any, chars: int) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self._chars -= old[1]
        self._items[key] = (value, chars)
        self._chars += chars
        while self._chars > self.max_chars and len(self._items) > 1:
            _, (_, size) = self._items.popitem(last=False)
            self._chars -= size


class _Part:
    """A part's HTML (None: it cannot stand for its place in the page), and what it leaves
    for the parts after it: the id counters it set, the quotes open after it, the link
    definitions it holds."""

    __slots__ = ("added_ids", "html", "ids", "quotes", "references")

    def __init__(
        self,
        html: str | None,
        ids: dict[str, int],
        added_ids: dict[str, int],
        quotes: dict[str, int] | None,
        references: dict[str, Any],
    ) -> None:
        self.html = html
        self.ids = ids
        self.added_ids = added_ids
        self.quotes = quotes
        self.references = references


class PartsRenderer:
    """Renders pages with `engine` part by part, remembering each part between renders.

    Not thread-safe (nor are the engines): one per worker, as `Renderer`.
    """

    def __init__(self, engine: Engine, min_chars: int = MIN_PART_CHARS) -> None:
        self.engine = engine
        self.min_chars = min_chars
        self._cache = Memo()
        # The id counters a part reads, by part (what its cache key holds of those before).
        self._reads = Memo(CACHE_CHARS // 4)
        # kramdown ends a part's HTML as it would end the page: each part but the last is
        # rendered with a heading after it, standing for the heading that follows it.
        self._end_marker = engine.name == "kramdown"
        self._counts_quotes: bool | None = None  # known after the first part (Goldmark)
        # The last page's cuts: the next page (the same after an edit) is read from the edit.
        self._last_cut: tuple[int, str, list[int]] | None = None
        self._table_cuts = Memo(CACHE_CHARS // 4)  # a long part's cuts between table rows
        # The HTML of the parts holding footnotes or `{:toc}`, taken from the whole render.
        self._from_whole = Memo(CACHE_CHARS // 4)
        # How each part of the last page stands in a table cut into groups of rows.
        self.table_joins: list[TableJoin] = [NO_TABLE]
        self.rendered_parts = 0  # engine calls for parts so far (for tests and the bench)

    def forget(self) -> None:
        """Forget every part: the next page is rendered part by part from nothing."""
        self._cache.clear()
        self._reads.clear()
        self._table_cuts.clear()
        self._from_whole.clear()
        self._last_cut = None

    def render(self, text: str, prepare: Prepare = _as_is) -> str:
        """The engine's HTML of `text`, exactly as `finish(engine.render(ready))` makes it
        where `ready, finish = prepare(text)`.

        `prepare` turns the page's text into what the engine reads (template tags made
        inert) and gives what to do with the HTML after (the tags put back); it is applied
        to each part, so an unchanged part costs nothing.
        """
        return "".join(self.render_parts(text, prepare))

    def render_parts(self, text: str, prepare: Prepare = _as_is) -> list[str]:
        """The HTML of `render`, part by part (one part when the page is rendered whole);
        each unchanged part is the same string object as last time. A long table's groups of
        rows are parts of their own (`table_joins` tells where each part stands in one)."""
        self.table_joins = [NO_TABLE]
        if _END_WORD in text:
            return [self.render_whole(text, prepare)]
        # Footnotes and kramdown's `{:toc}` (one): the parts holding them (and the last, where
        # the footnotes go) are taken from the whole render, kept while they and what they
        # read stay the same (`_taken_from_whole`).
        apart = frozenset(
            word
            for word, found in ((_TOC, self._end_marker and text.count(_TOC) == 1), (_NOTE, True))
            if found and word in text
        )
        before = None
        if self._last_cut is not None and self._last_cut[0] == (self.min_chars, apart):
            before = self._last_cut[1:]
        cuts = cut_points(text, self.engine.name, self.min_chars, before, apart)
        self._last_cut = ((self.min_chars, apart), text, cuts)
        if len(cuts) == 1:
            return [self.render_whole(text, prepare)]
        parts, joins = self._with_table_cuts(parts_at(text, cuts))
        last = len(parts) - 1
        taken = [k for k, part in enumerate(parts) if any(word in part for word in apart)]
        if _NOTE in apart:
            if any(notes_move(parts[k], self.engine.name) for k in taken):
                return [self.render_whole(text, prepare)]
            taken += [last] if last not in taken else []
        # The link definitions of the whole page, each label defined by one part only.
        references: dict[str, Any] = {}
        owners: dict[int, dict[str, Any]] = {}
        for k, part in enumerate(parts):
            if "]:" in part:
                owners[k] = self._part(part, k == last, prepare, join=joins[k]).references
                for label, value in owners[k].items():
                    if label in references or _TEMPLATE_WORD in f"{label}{value}".lower():
                        # Defined twice, or by a template tag (numbered part by part).
                        return [self.render_whole(text, prepare)]
                    references[label] = value
        references_key = key_of_references(references) if references else None
        ids: dict[str, int] = {}
        quotes: dict[str, int] = {}
        out = []
        reads: dict[int, Any] = {}  # what each part taken from the whole render reads
        for k, part in enumerate(parts):
            refs, refs_key = None, None
            if references_key is not None and "[" in part:
                if owners.get(k, {}).keys() < references.keys():
                    refs, refs_key = references, references_key
            if k in taken:
                reads[k] = (
                    part,
                    joins[k],
                    tuple(sorted(ids.items())),
                    tuple(sorted(quotes.items())),
                )
            done = self._part(part, k == last, prepare, refs, refs_key, ids, quotes, joins[k])
            if done.html is None:
                self.table_joins = [NO_TABLE]
                return [self.render_whole(text, prepare)]
            ids.update(done.ids)
            for key, value in done.added_ids.items():
                ids.setdefault(key, value)
            for mark, opened in (done.quotes or {}).items():
                quotes[mark] = quotes.get(mark, 0) + opened
            out.append(done.html)
        if taken:
            if not self._taken_from_whole(text, prepare, out, joins, reads, references_key, apart):
                self.table_joins = [NO_TABLE]
                return [self.render_whole(text, prepare)]
        self.table_joins = joins
        return out

    def _taken_from_whole(
        self,
        text: str,
        prepare: Prepare,
        out: list[str],
        joins: list[TableJoin],
        reads: dict[int, Any],
        references_key: Any,
        apart: frozenset[str],
    ) -> bool:
        """Put in `out` (and `joins`) the HTML of the parts `reads` names (rendered alone,
        they would lack the page's footnotes or table of contents): the whole render's, less
        the other parts' HTML; a run of such parts gets it all on its first part. Remembered
        by their texts, what they read of the page (ids, quotes, link definitions) and, for
        `{:toc}`, every heading of the page. False when the whole render cannot be so cut.
        """
        runs: list[list[int]] = []
        for k in sorted(reads):
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        key: Any = (tuple(tuple(reads[k] for k in run) for run in runs), references_key, prepare)
        if _TOC in apart:
            key = (key, tuple(h for html in out for h in HEADING_HTML.findall(html)))
        found = self._from_whole.get(key)
        if found is None:
            found = cut_whole(self.render_whole(text, prepare), out, runs)
            if found is None:
                return False
            self._from_whole.put(
                key, found, sum(len(r[0]) for r in reads.values()) + sum(map(len, found))
            )
        for run, html in zip(runs, found, strict=True):
            first, end = run[0], run[-1]
            joins[first] = (joins[first][0], joins[end][1])
            out[first] = html
            for k in run[1:]:
                out[k], joins[k] = "", NO_TABLE
        return True

    def _with_table_cuts(self, parts: list[str]) -> tuple[list[str], list[TableJoin]]:
        """The parts with each long table in them cut between rows (`table_cuts`): a group
        after the first starts with the table's header, rendered again and left out."""
        out: list[str] = []
        joins: list[TableJoin] = []
        for part in parts:
            cuts = None
            if len(part) >= 2 * self.min_chars and "\n|" in part:
                cuts = self._table_cuts.get(part)
                if cuts is None:
                    cuts = table_cuts(part, self.min_chars)
                    self._table_cuts.put(part, cuts, len(part))
            at, header = 0, ""
            for cut, next_header in cuts or ():
                out.append(header + part[at:cut])
                joins.append((bool(header), True))
                at, header = cut, next_header
            out.append(header + part[at:])
            joins.append((bool(header), False))
        return out, joins

    def render_whole(self, text: str, prepare: Prepare = _as_is) -> str:
        """The same HTML, rendered whole (what `render` must equal)."""
        ready, finish = prepare(text)
        return finish(self.engine.render(ready))

    def _part(
        self,
        text: str,
        last: bool,
        prepare: Prepare,
        references: dict[str, Any] | None = None,
        references_key: Any = None,
        ids: dict[str, int] | None = None,
        quotes: dict[str, int] | None = None,
        join: TableJoin = NO_TABLE,
    ) -> _Part:
        """A part rendered after parts that left `ids` and `quotes` (remembered).

        Its cache key holds of those only what the part reads: the counters of the ids its
        headings are made from, the count of each quote mark it holds. `join`: where the
        part stands in a table cut into groups of rows (`table_rows`).
        """
        marked = self._end_marker and not last and not join[1]
        place = (text, prepare, marked, references_key, join)
        ids = ids or {}
        quotes_before: dict[str, int] = {}
        if quotes and self._counts_quotes is not False:
            for c in "'\"":
                # A part can close at most as many quotes as it has marks (an entity can be
                # one too): past that, how many are open makes no difference to it.
                most = text.count(c) + (text.count("&") if "&" in text else 0)
                if most and quotes.get(c):
                    quotes_before[c] = min(quotes[c], most)
        reads = self._reads.get(place)
        if reads is not None:
            key = (
                place,
                tuple((r, ids[r]) for r in reads if r in ids),
                tuple(quotes_before.items()),
            )
            found = self._cache.get(key)
            if found is not None:
                return found
        env: dict[str, Any] = {"heading_ids": dict(ids)}
        if quotes_before:
            env["open_quotes"] = dict(quotes_before)
        if references:
            env["references"] = dict(references)
        ready, finish = prepare(text)
        html: str | None = self.engine.render(ready + _END_HEADING if marked else ready, env)
        self.rendered_parts += 1
        after = env.get("heading_ids") or {}
        if marked:
            assert html is not None
            html = html[: html.rfind("<h1", 0, html.rfind(_END_WORD))]
            after.pop(_END_WORD, None)
        # Every counter an engine reads it also sets (a heading's id counted or added).
        written = {k: v for k, v in after.items() if ids.get(k) != v}
        if any(_TEMPLATE_WORD in k for k in written if k in ids):
            html = None  # an id made of a template tag, numbered part by part
        if self._counts_quotes is None:
            self._counts_quotes = "open_quotes" in env
        if html is None or (
            html.startswith(_UNFORMATTED)  # the engine gave up on it
            or _STASH_WORD in html
            # A `<` left open would run into the next part when the tags are put back.
            or html.rfind("<") > html.rfind(">")
        ):
            html = None
        else:
            html = finish(html)
            if _TEMPLATE_WORD in ready and (_TEMPLATE_WORD in html or _TEMPLATE_LEFT.search(html)):
                html = None  # a tag's word changed on its way (numbered part by part)
            elif join != NO_TABLE:
                html = table_rows(html, join)
        own = env.get("references") or {}
        own = {k: v for k, v in own.items() if k not in (references or {})}
        quotes_after = env.get("open_quotes") or {}
        opened = {c: n - quotes_before.get(c, 0) for c, n in quotes_after.items()}
        if reads is None:
            reads = tuple(sorted(written))
            self._reads.put(place, reads, len(text))
        # Counters it read are set; the others it only added where missing (a repeated
        # heading's `name-1`): the same then, whatever the parts before left in them.
        counted = {k: v for k, v in written.items() if k in reads}
        added = {k: v for k, v in written.items() if k not in reads}
        part = _Part(html, counted, added, {c: n for c, n in opened.items() if n}, own)
        key = (place, tuple((r, ids[r]) for r in reads if r in ids), tuple(quotes_before.items()))
        self._cache.put(key, part, len(text) + len(html or ""))
        return part
