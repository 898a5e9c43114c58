"""A page rendered in parts, each kept between renders: after an edit only its part is redone.

The longest pages (a 296 KB release history, 123 KB of emoji tables) take the engines
0.2-0.9 s; an edit changes one place. So the text is cut into parts at places where no
engine carries anything across (a blank line, then an ATX heading at column 0, outside
fenced code, HTML, comments, math and kramdown extensions), each part is rendered on its own
and remembered by its text, and the parts' HTML is joined. What a part needs from the rest
of the page is handed to the engine (`Engine.render(text, env)`): the link definitions of
the whole page and the heading-id counters of the parts before it; both are in the cache
key, restricted to what the part uses. A page that uses something that cannot be split
(footnotes, abbreviations, a kramdown table of contents, a link label defined twice) is
rendered whole. The joined HTML is byte for byte the whole render's
(`tests/core/test_render_blocks*.py` check every page of the shared sites and generated
pages, after edits too).
"""

from __future__ import annotations

import itertools
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from editor_app.core.engines import Engine

# Parts are at least this long (fewer engine calls on the first render, each with a fixed
# cost) and, once past it, end at the next safe place.
MIN_PART_CHARS = 1500
# What the caches may hold, in characters of text and HTML (a few MB each): several long
# pages' parts, while a 5 MB page's preview (the part around the cursor) stays within it.
CACHE_CHARS = 2_000_000

# Lines that can change what the splitter knows: fences, headings, HTML, kramdown
# extensions, math. Everything else is skipped by the search.
_MARK = re.compile(r"\n[ \t>]*(?:`{3}|~{3})|\n#|<|\{:[:/]|\$\$")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})(.*)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1(?!`)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)([^<>]*?(/?)>)?")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_EXTENSION = re.compile(r"\{::(\w+)[^}]*?(/?)\}|\{:/(\w*)\}")

# Whole-page features: a page with one of these is rendered whole. Footnotes (all engines);
# kramdown's table of contents, abbreviations and attribute list definitions.
_WHOLE_PAGE_WORDS = {"kramdown": ("[^", "{:toc}", "{::toc")}
_KRAMDOWN_DEFINITION = re.compile(r"\n {0,3}(?:\*\[|\{:[\w-]+:)")
_TEMPLATE_MARKS = (("{%", "%}"), ("{{", "}}"), ("{#", "#}"))
# The inert words template tags become while an engine renders (`engines/templates.py`).
_TEMPLATE_WORD = "liquidtag"
_UNFORMATTED = '<p class="render-note">'
# Python-Markdown's placeholder for raw HTML, numbered through the page: where it shows in
# the HTML (inside a heading's id), a part's numbers would not be the page's.
_STASH_WORD = "wzxhzdk"
# The heading that stands for the rest of the page after a part (kramdown).
_END_WORD = "zqxpartendzqx"
_END_HEADING = f"# {_END_WORD}\n"


def split_parts(
    text: str, engine_name: str = "kramdown", min_chars: int = MIN_PART_CHARS
) -> list[str]:
    """`text` cut where no engine carries state across; the parts join back into `text`.

    One part (the whole text) when the page uses a feature that spans the page.
    """
    return _parts(text, cut_points(text, engine_name, min_chars))


def _parts(text: str, cuts: list[int]) -> list[str]:
    ends = [*cuts[1:], len(text)]
    return [text[a:b] for a, b in zip(cuts, ends, strict=True)]


def cut_points(
    text: str,
    engine_name: str = "kramdown",
    min_chars: int = MIN_PART_CHARS,
    before: tuple[str, list[int]] | None = None,
) -> list[int]:
    """Where `split_parts` cuts `text` (0 first). `before`: the text and cuts of the last
    call with the same engine and length, so that only the changed stretch is read again."""
    if len(text) < 2 * min_chars:
        return [0]
    prefix = suffix = 0
    checked = text
    if before is not None and len(before[1]) > 1:
        # The last text was cut, so it has none of the whole-page marks: only the lines
        # that changed need looking at (no mark runs over a line's end).
        prefix = _common_prefix(before[0], text)
        suffix = _common_suffix(before[0], text, min(len(before[0]), len(text)) - prefix)
        end = text.find("\n", len(text) - suffix)
        checked = text[max(text.rfind("\n", 0, prefix), 0) : len(text) if end < 0 else end]
    if _whole_page(checked if checked.startswith("\n") else "\n" + checked, engine_name):
        return [0]
    cuts = [0]
    # Past this place, a cut made where the last text had one ends the reading: the rest
    # of the text is the same, and so are its cuts (every cut leaves nothing open).
    same_from, shift, old_cuts = len(text) + 1, 0, frozenset[int]()
    start = 0
    if before is not None and len(before[1]) > 1:
        old_text, old_list = before
        for cut in old_list[1:]:
            # A cut whose heading line ends before the change stays; read on from the last.
            if old_text.find("\n", cut) >= prefix or old_text.find("\n", cut) < 0:
                break
            cuts.append(cut)
        start = cuts[-1]
        shift = len(text) - len(old_text)
        same_from = len(text) - suffix
        old_cuts = frozenset(old_list)
    fence: tuple[str, int] | None = None  # the open fence's character and length
    open_tags: dict[str, int] = {}  # HTML elements and kramdown extensions open, by name
    in_comment = False
    math = False
    pos = start
    marks = (
        m.start() + 1 if m.group(0)[0] == "\n" else m.start()
        for m in _MARK.finditer(text, max(start - 1, 0))
    )
    if start == 0 and text[:1] in "#`~> \t":
        marks = itertools.chain((0,), marks)  # the first line, which no newline comes before
    for at in marks:
        if at < pos:
            continue  # on a line already read
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        pos = line_end + 1  # each line is read once, whatever matched in it
        line = text[line_start:line_end]
        f = _FENCE.match(line)
        if f is not None:
            mark, rest = f.group(1), f.group(2)
            if fence is None:
                if not (mark[0] == "`" and "`" in rest):
                    fence = (mark[0], len(mark))
            elif mark[0] == fence[0] and len(mark) >= fence[1] and not rest.strip():
                fence = None
            continue
        if fence is not None:
            continue
        if (
            line.startswith("#")
            and _HEADING.match(line)
            and not open_tags
            and not in_comment
            and not math
            and line_start - cuts[-1] >= min_chars
            and _blank_before(text, line_start)
            and not _attributes_before(text, line_start)
            and not _inside_template_tag(text, cuts[-1], line_start)
        ):
            if line_start >= same_from and line_start - shift in old_cuts:
                assert before is not None
                return cuts + [c + shift for c in before[1] if c >= line_start - shift]
            cuts.append(line_start)
        plain = _CODE_SPAN.sub("", line)
        if plain.count("$$") % 2:
            math = not math
        if "<" in plain or "{:" in plain:
            in_comment = _html_depth(plain, open_tags, in_comment)
        if in_comment:  # the lines up to the comment's end hold nothing that counts
            end = text.find("-->", pos)
            if end < 0:
                break  # no cut after an unclosed comment
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            in_comment = _html_depth(_CODE_SPAN.sub("", text[end + 3 : line_end]), open_tags, False)
            pos = line_end + 1
    return cuts


def _whole_page(text: str, engine_name: str) -> bool:
    """`text` (after a newline) has a mark of a feature that spans the page."""
    if any(word in text for word in _WHOLE_PAGE_WORDS.get(engine_name, ("[^",))):
        return True
    if engine_name == "kramdown" and ("*[" in text or "{:" in text):
        return _KRAMDOWN_DEFINITION.search(text) is not None
    return engine_name == "goldmark" and "<!--more-->" in text  # Hugo: summary rendered apart


def _common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start (compared a block at a time)."""
    n, step = 0, 4096
    limit = min(len(a), len(b))
    while n < limit and a[n : n + step] == b[n : n + step]:
        n += step
    if n >= limit:
        return limit
    while step > 1:  # the first difference is within [n, n + step)
        step //= 2
        if a[n : n + step] == b[n : n + step]:
            n += step
    return n


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters `a` and `b` share at their end, at most `limit`."""
    n, step = 0, 4096
    la, lb = len(a), len(b)
    while n < limit and a[max(la - n - step, 0) : la - n] == b[max(lb - n - step, 0) : lb - n]:
        n += step
    if n >= limit:
        return limit
    while step > 1:
        step //= 2
        if n + step <= limit and a[la - n - step : la - n] == b[lb - n - step : lb - n]:
            n += step
    return min(n, limit)


def _html_depth(line: str, open_tags: dict[str, int], in_comment: bool) -> bool:
    """Count the HTML elements and kramdown extensions `line` opens and closes into
    `open_tags` (by name; a closing tag with none open is ignored, as the engines ignore
    it); whether a comment is still open after it."""
    pos = 0
    while pos < len(line):
        if in_comment:
            end = line.find("-->", pos)
            if end < 0:
                return True
            in_comment, pos = False, end + 3
            continue
        start = line.find("<!--", pos)
        chunk = line[pos:] if start < 0 else line[pos:start]
        for t in _TAG.finditer(chunk):
            name = t.group(2).lower()
            if name not in _VOID and not t.group(4):
                _count(open_tags, name, -1 if t.group(1) else 1)
        for e in _EXTENSION.finditer(chunk):
            if e.group(1) and not e.group(2):
                _count(open_tags, "{::", 1)
            elif e.group(3) is not None:
                _count(open_tags, "{::", -1)
        if start < 0:
            break
        in_comment, pos = True, start + 4
    return in_comment


def _count(open_tags: dict[str, int], name: str, change: int) -> None:
    count = open_tags.get(name, 0) + change
    if count > 0:
        open_tags[name] = count
    else:
        open_tags.pop(name, None)


def _inside_template_tag(text: str, since: int, at: int) -> bool:
    """A template tag (`{% %}`, `{{ }}`, `{# #}`, a shortcode) may be open at `at`.

    A tag holds no opening of its own kind, so only the last one before `at` can be open;
    one open before the last cut would have kept that cut from being made.
    """
    for opening, closing in _TEMPLATE_MARKS:
        start = text.rfind(opening, since, at)
        if start >= 0 and text.find(closing, start + 2, at) < 0:
            return True
    return False


def _blank_before(text: str, start: int) -> bool:
    """The line before `start` is blank (or `start` is the first line)."""
    if start == 0:
        return True
    prev_start = text.rfind("\n", 0, start - 1) + 1
    return not text[prev_start : start - 1].strip()


def _attributes_before(text: str, start: int) -> bool:
    """The last non-blank line before `start` is an attribute list (`{: .x}`, `{#id}`)."""
    end = start
    while end > 0:
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start : end - 1].strip()
        if line:
            return line.startswith("{")
        end = line_start
    return False


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
        self.rendered_parts = 0  # engine calls for parts so far (for tests and the bench)

    def forget(self) -> None:
        """Forget every part: the next page is rendered part by part from nothing."""
        self._cache.clear()
        self._reads.clear()
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
        each unchanged part is the same string object as last time."""
        if _END_WORD in text:
            return [self.render_whole(text, prepare)]
        before = None
        if self._last_cut is not None and self._last_cut[0] == self.min_chars:
            before = self._last_cut[1:]
        cuts = cut_points(text, self.engine.name, self.min_chars, before)
        self._last_cut = (self.min_chars, text, cuts)
        if len(cuts) == 1:
            return [self.render_whole(text, prepare)]
        parts = _parts(text, cuts)
        last = len(parts) - 1
        # The link definitions of the whole page, each label defined by one part only.
        references: dict[str, Any] = {}
        owners: dict[int, dict[str, Any]] = {}
        for k, part in enumerate(parts):
            if "]:" in part:
                owners[k] = self._part(part, k == last, prepare).references
                for label, value in owners[k].items():
                    if label in references or _TEMPLATE_WORD in f"{label}{value}".lower():
                        # Defined twice, or by a template tag (numbered part by part).
                        return [self.render_whole(text, prepare)]
                    references[label] = value
        references_key = _references_key(references) if references else None
        ids: dict[str, int] = {}
        quotes: dict[str, int] = {}
        out = []
        for k, part in enumerate(parts):
            refs, refs_key = None, None
            if references_key is not None and "[" in part:
                if owners.get(k, {}).keys() < references.keys():
                    refs, refs_key = references, references_key
            done = self._part(part, k == last, prepare, refs, refs_key, ids, quotes)
            if done.html is None:
                return [self.render_whole(text, prepare)]
            ids.update(done.ids)
            for key, value in done.added_ids.items():
                ids.setdefault(key, value)
            for mark, opened in (done.quotes or {}).items():
                quotes[mark] = quotes.get(mark, 0) + opened
            out.append(done.html)
        return out

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
    ) -> _Part:
        """A part rendered after parts that left `ids` and `quotes` (remembered).

        Its cache key holds of those only what the part reads: the counters of the ids its
        headings are made from, the count of each quote mark it holds.
        """
        marked = self._end_marker and not last
        place = (text, prepare, marked, references_key)
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


def _references_key(references: dict[str, Any]) -> tuple:
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
        elif name not in _VOID:
            if m.group(3):
                return False  # `<p/>` opens a paragraph in HTML
            stack.append(name)
    return not stack
