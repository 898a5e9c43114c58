"""List items indented the way kramdown reads them.

kramdown measures a list item's content from the column after its marker (`* a` has content
at column 2, `1. a` at column 3), so a nested list needs only two or three spaces. Python-
Markdown wants four per level. This preprocessor finds the lists as kramdown would and
re-indents them to Python-Markdown's four spaces per level; the text itself is untouched.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from editor_app.core.markdown_ext.code_html import rewrite_stored_block

_UL = re.compile(r"^( {0,3}[+*-])([\t| ].*)$")
_OL = re.compile(r"^( {0,3}\d+\.)([\t| ].*)$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_IAL_ONLY = re.compile(r"^\s*(?:\{:[^}]*\})?\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A fence line that opens code for kramdown: at most a language and `?options` after it
# (```` ```go {file="x"} ```` opens none; the line is text).
OPENING_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*(?:[^\s?]+(?:\?\S*)?[ \t]*)?")
# Lines kramdown never takes lazily into a list item: attribute lists and HTML tags.
_NOT_LAZY = re.compile(r"^ {0,3}(?:\{:|</?[A-Za-z])")
_BLOCK_START = re.compile(r"^ {0,3}(?:[+*-][\t ]|\d+\.[\t ]|#{1,6}[\t ]|>|```|~~~)")
# What ends a paragraph in kramdown's GFM parser (PARAGRAPH_END_GFM).
_PARA_END = re.compile(
    r"^(?:\s*$| {0,3}\{:| {0,3}</?[A-Za-z]| {0,3}[+*-][\t ]| {0,3}\d+\.[\t ]|#{1,6}[\t ]"
    r"| {0,3}:[\t ]| {0,3}>| {0,3}(?:```|~~~))"
)
# Marks an item's first line: its first paragraph is shown bare (tight) or as <p> (loose).
TIGHT, LOOSE = "\ue000", "\ue001"


def _sibling(kind: str, indentation: int) -> re.Pattern[str]:
    spaces = max(0, min(indentation - 1, 3))
    marker = r"[+*-]" if kind == "ul" else r"\d+\."
    return re.compile(rf"^( {{0,{spaces}}}{marker})([\t| ].*)$")


def _expand_tabs(line: str) -> str:
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    return lead.expandtabs(4) + stripped if "\t" in lead else line


def _first_line(indentation: int, rest: str) -> tuple[str, int]:
    """(content, content column) of an item's first line, as kramdown's parse_first_list_line."""
    if _IAL_ONLY.match(rest):
        return rest.strip(), 4
    expanded = _expand_tabs(rest)
    lead = len(expanded) - len(expanded.lstrip(" "))
    return expanded.lstrip(" "), indentation + lead


def _collect(lines: list[str], i: int) -> tuple[str, list[list[str]], int]:
    """The items of the list starting at line i: (kind, [item lines], next line index)."""
    kind = "ul" if _UL.match(lines[i]) else "ol"
    start_re = _UL if kind == "ul" else _OL
    items: list[list[str]] = []
    indentation = 0
    last_blank = False
    n = len(lines)
    while i < n:
        line = lines[i]
        if last_blank and _HR.match(line):
            break
        m = start_re.match(line)
        if m:
            content, indentation = _first_line(len(m.group(1)), m.group(2))
            items.append([content])
            start_re = _sibling(kind, indentation)
            last_blank = False
        elif not line.strip():
            items[-1].append("")
            last_blank = True
        else:
            expanded = _expand_tabs(line)
            lead = len(expanded) - len(expanded.lstrip(" "))
            if lead >= indentation:
                items[-1].append(expanded[indentation:])
            elif not last_blank and not _NOT_LAZY.match(line):
                items[-1].append(line.lstrip(" "))
            else:
                break
            last_blank = False
        i += 1
    return kind, items, i


def _fenced_html(lines: list[str]) -> str:
    """A fenced code block as kramdown prints it (used inside list items)."""
    opening = lines[0].strip()
    lang = opening.lstrip("`~").strip().split(" ")[0].split("?")[0]
    body = lines[1:-1] if len(lines) > 1 and _FENCE.match(lines[-1]) else lines[1:]
    code = html.escape("\n".join(body) + "\n", quote=False)
    cls = f' class="language-{html.escape(lang)}"' if lang else ""
    return rewrite_stored_block(f"<pre><code{cls}>{code}</code></pre>", nested=True)


def reindent(
    lines: list[str], stash: Callable[[str], str] | None = None, inside: bool = False
) -> list[str]:
    """Lines with every list re-indented to four spaces per level.

    Fenced code blocks inside list items, where Python-Markdown's fenced_code does not see
    them, are rendered here and replaced by a `stash` placeholder.
    """
    out: list[str] = []
    i = 0
    n = len(lines)
    fence: str | None = None
    fenced: list[str] = []
    while i < n:
        line = lines[i]
        if fence is not None:
            fenced.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
                _flush_fence(out, fenced, stash if inside else None)
            i += 1
            continue
        fm = OPENING_FENCE.fullmatch(line)
        if fm:
            fence = fm.group(1)
            fenced = [line]
            i += 1
            continue
        if not (_UL.match(line) or _OL.match(line)) or _HR.match(line):
            out.append(line)
            i += 1
            continue
        kind, items, i = _collect(lines, i)
        marker = "*   " if kind == "ul" else "1.  "
        _mark_paragraphs(items, eob=False)
        previous_had_blank = False
        trailing = 0
        for item in items:
            while len(item) > 1 and item[-1] == "":
                item.pop()
                trailing += 1
            if item is not items[-1]:
                item.extend([""] * trailing)
                trailing = 0
            inner = reindent(item, stash, inside=True)
            if out and previous_had_blank:
                # Python-Markdown would read the next marker as part of the indented
                # block before it; a blank line keeps it a sibling (looseness is set apart).
                if out[-1] != "":
                    out.append("")
            previous_had_blank = any(not line.strip() for line in inner)
            out.append(marker + inner[0])
            previous_blank = False
            for sub in inner[1:]:
                if not sub.strip():
                    out.append("")
                    previous_blank = True
                    continue
                if previous_blank or _BLOCK_START.match(sub) or sub.startswith("    "):
                    if (
                        not previous_blank
                        and sub.lstrip(" ").startswith(">")
                        and not out[-1].lstrip(" ").startswith(">")
                    ):
                        out.append("")  # a quote under the item's text: a block of its own
                        previous_had_blank = True  # and the next item a sibling
                    out.append("    " + sub)
                else:
                    out.append(sub)  # lazy paragraph continuation
                previous_blank = False
        out.extend([""] * trailing)
    if fence is not None:
        _flush_fence(out, fenced, None)  # never closed: kramdown shows it as text
    return out


def _flush_fence(out: list[str], fenced: list[str], stash: Callable[[str], str] | None) -> None:
    if stash is None:
        out.extend(fenced)
    else:
        if out and out[-1].strip():
            out.append("")
        out.extend([stash(_fenced_html(fenced)), ""])


def _first_paragraph(item: list[str]) -> tuple[bool, bool, bool]:
    """(starts with a paragraph, a blank line follows it, nothing but blank lines after)."""
    if not item[0].strip() or _PARA_END.match(item[0]) or _HR.match(item[0]):
        return False, False, False
    k = 1
    while k < len(item) and not _PARA_END.match(item[k]):
        k += 1
    blank_after = k < len(item) and not item[k].strip()
    only_blank = all(not line.strip() for line in item[k:])
    return True, blank_after, only_blank


def _mark_paragraphs(items: list[list[str]], eob: bool) -> None:
    """Prefix each item that starts with a paragraph with TIGHT or LOOSE, by kramdown's rule."""
    seen_bare = False  # an earlier item does not start with a paragraph, or shows it bare
    for index, item in enumerate(items):
        is_p, blank_after, only_blank = _first_paragraph(item)
        last = index == len(items) - 1
        if not is_p:
            seen_bare = True
            continue
        bare = (not blank_after or (last and only_blank and not eob)) and (
            not last or len(items) == 1 or seen_bare
        )
        seen_bare = seen_bare or bare
        item[0] = (TIGHT if bare else LOOSE) + item[0]


# An HTML element whose content kramdown reads as text and spans only (`<p markdown="1">`):
# a `- ` or `1. ` line inside it is no list.
SPAN_HTML_OPEN = re.compile(
    r"""<(p|h[1-6]|dt|td|th|summary|legend|caption)\b[^>]*\smarkdown\s*=\s*["']?(?:1|span)\b""", re.I
)


def _span_html_lines(lines: list[str]) -> list[bool]:
    """For each line: whether it lies inside such an element (after its opening tag)."""
    inside: list[bool] = []
    closing: re.Pattern[str] | None = None
    for line in lines:
        inside.append(closing is not None)
        if closing is None:
            m = SPAN_HTML_OPEN.search(line)
            if m and not re.search(rf"</{m.group(1)}\s*>", line[m.end() :], re.I):
                closing = re.compile(rf"</{m.group(1)}\s*>", re.I)
        elif closing.search(line):
            closing = None
    return inside


# kramdown's HTML_SPAN_ELEMENTS and void elements: a line starting with one of these starts
# no raw HTML block (or one of a single line).
_SPAN_OR_VOID = (
    "a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|"
    "option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|textarea|tt|var|"
    "area|base|col|embed|hr|link|meta|source|track|wbr"
)
_RAW_BLOCK_START = re.compile(
    # (a tag name ends at a space, `/` or `>`: `<https://a.org>` is a link, not a tag)
    r" {0,3}<(?!(?:" + _SPAN_OR_VOID + r")\b)([A-Za-z][\w-]*)(?=[\s/>]|$)(?![^>]*\bmarkdown=)",
    re.I,
)


def _raw_html_lines(lines: list[str]) -> list[bool]:
    """For each line: whether it lies inside a block of raw HTML (from a line starting with
    a block element's tag, without `markdown=`, to its end tag), whose text is left as it
    is: a `- ` there is no list item."""
    from editor_app.core.markdown_ext.code_fences import inside_fences

    fenced = inside_fences(lines)
    inside = [False] * len(lines)
    k = 0
    while k < len(lines):
        comment = not fenced[k] and lines[k].lstrip(" ").startswith("<!--")
        m = None if fenced[k] or comment else _RAW_BLOCK_START.match(lines[k])
        if m is None and not comment:
            k += 1
            continue
        end = k
        if comment:
            while end < len(lines) and "-->" not in lines[end][4 if end == k else 0 :]:
                end += 1
        else:
            opening = re.compile(rf"<{m.group(1)}\b", re.I)
            closing = re.compile(rf"</{m.group(1)}\s*>", re.I)
            depth = 0
            while end < len(lines):
                depth += len(opening.findall(lines[end])) - len(closing.findall(lines[end]))
                if depth <= 0:
                    break
                end += 1
        for j in range(k + 1, min(end + 1, len(lines))):
            inside[j] = True
        k = end + 1
    return inside


class ListIndentPreprocessor(Preprocessor):
    """Re-indents lists from kramdown's rules to Python-Markdown's."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(_UL.match(line) or _OL.match(line) for line in lines):
            return lines
        raw = _raw_html_lines(lines) if "<" in "".join(lines) else [False] * len(lines)
        if "markdown" not in "".join(lines) and not any(raw):
            return reindent(lines, self.md.htmlStash.store)
        # Lines inside span-only or raw HTML pass through; the rest is re-indented in runs.
        spans = _span_html_lines(lines) if "markdown" in "".join(lines) else raw
        out: list[str] = []
        run: list[str] = []
        for line, in_span, in_raw in zip(lines, spans, raw, strict=True):
            protected = in_span or in_raw
            if protected:
                out.extend(reindent(run, self.md.htmlStash.store) if run else [])
                run = []
                out.append(line)
            else:
                run.append(line)
        out.extend(reindent(run, self.md.htmlStash.store) if run else [])
        return out


_BLOCK_TAGS = frozenset("ul ol p div blockquote pre table h1 h2 h3 h4 h5 h6 hr dl".split())


class ListParagraphTreeprocessor(Treeprocessor):
    """Shows each item's first paragraph bare or in <p> as the preprocessor marked it."""

    def run(self, root: etree.Element) -> None:
        self._apply(root)
        for el in root.iter():  # markers left where Python-Markdown made no item of the line
            if el.text and (TIGHT in el.text or LOOSE in el.text):
                el.text = type(el.text)(el.text.replace(TIGHT, "").replace(LOOSE, ""))
            if el.tail and (TIGHT in el.tail or LOOSE in el.tail):
                el.tail = type(el.tail)(el.tail.replace(TIGHT, "").replace(LOOSE, ""))

    def _apply(self, root: etree.Element) -> None:
        for li in root.iter("li"):
            if li.text and li.text[:1] in (TIGHT, LOOSE):
                bare, li.text = li.text[0] == TIGHT, li.text[1:]
                if not bare:
                    self._wrap(li)
                elif len(li):
                    li.text = li.text.rstrip() + "\n"
            elif len(li) and li[0].tag == "p" and li[0].text and li[0].text[:1] in (TIGHT, LOOSE):
                p = li[0]
                bare, p.text = p.text[0] == TIGHT, p.text[1:]
                if bare and not (li.text or "").strip():
                    self._unwrap(li, p)

    @staticmethod
    def _wrap(li: etree.Element) -> None:
        p = etree.Element("p")
        p.text = li.text.rstrip()
        li.text = None
        while len(li) and li[0].tag not in _BLOCK_TAGS:
            p.append(li[0])
            li.remove(li[0])
        li.insert(0, p)

    @staticmethod
    def _unwrap(li: etree.Element, p: etree.Element) -> None:
        li.remove(p)
        li.text = (p.text or "").rstrip() if len(li) == 0 and len(p) == 0 else p.text
        for k, child in enumerate(list(p)):
            li.insert(k, child)
        if len(li) > len(p):
            tail_holder = li[len(p) - 1] if len(p) else None
            if tail_holder is None:
                li.text = (li.text or "").rstrip() + "\n"
            else:
                tail_holder.tail = (tail_holder.tail or "").rstrip() + "\n"


class MarkerCleanupPostprocessor(Postprocessor):
    """Removes item markers that ended up where no list item was made (raw HTML, headers)."""

    def run(self, text: str) -> str:
        if TIGHT in text or LOOSE in text:
            text = text.replace(TIGHT, "").replace(LOOSE, "")
        return text


class ListExtension(Extension):
    """kramdown list indentation."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        # After whitespace normalising (30), before raw HTML is stashed (20).
        md.preprocessors.register(ListIndentPreprocessor(md), "kramdown_lists", 27)
        # Before typography (25) sees the markers.
        md.treeprocessors.register(ListParagraphTreeprocessor(md), "kramdown_list_p", 28)
        md.postprocessors.register(MarkerCleanupPostprocessor(md), "kramdown_list_cleanup", 0)
        # kramdown never prints `<ol start>`; lists the preprocessor does not see (inside a
        # quote) would otherwise get one from their first number.
        if "olist" in md.parser.blockprocessors:
            md.parser.blockprocessors["olist"].LAZY_OL = True
