"""Raw HTML tags printed the way kramdown prints them after parsing them.

kramdown reads raw HTML into elements and writes it back: every attribute gets a
double-quoted value (`allowfullscreen=""`), empty elements close with ` />`, and the
`markdown` attribute (its parsing switch) is dropped.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from editor_app.core.markdown_ext.html_unclosed import (
    DeclarationsPreprocessor,
    UnclosedRawHtmlPreprocessor,
)

# kramdown keeps the content of these inline HTML elements as written (no Markdown, no
# smart quotes): its "raw" content model.
RAW_SPAN_RE = (
    r"(<(code|kbd|samp|var|pre|script|style|textarea|option|math)\b[^>]*>"
    r"(?:(?!<\2\b).)*?</\2\s*>)"  # never past the next opening tag, so it stays linear
)

_TAG = re.compile(
    r"<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)\s*(/?)>"
)
_ATTR = re.compile(r"([^\s=/>]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
_AUTOLINK = re.compile(r"<[a-zA-Z][\w+.-]*:")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BARE_AMP = re.compile(r"&(?!#?[A-Za-z0-9]+;)")


def _attr_value(raw: str | None) -> str:
    if raw is None:
        return ""
    if raw[:1] in "\"'":
        raw = raw[1:-1]
    raw = _BARE_AMP.sub("&amp;", raw)
    return raw.replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def _normalise_tag(match: re.Match[str]) -> str:
    # The same few tags come back again and again (`<p>`, `<li>`, `<span class="k">`): each
    # is worked out once. The result depends on the tag's text alone.
    whole = match.group(0)
    done = _DONE.get(whole)
    if done is None:
        done = _normalised(match)
        if len(_DONE) >= _DONE_MAX:
            _DONE.clear()
        _DONE[whole] = done
    return done


def _normalised(match: re.Match[str]) -> str:
    name, attrs, slash = match.group(1), match.group(2), match.group(3)
    lname = _case(name)
    # `markdown="1"` / `markdown="0"` instructs kramdown's parser; kramdown never prints it.
    parts = [
        f'{a.group(1).lower()}="{_attr_value(a.group(2))}"'
        for a in _ATTR.finditer(attrs)
        if a.group(1).lower() not in ("markdown", "data-kramdown-keep-space")
    ]
    text = "<" + lname + "".join(" " + p for p in parts)
    if lname in _VOID:
        return text + " />"
    return text + (" />" if slash else ">")


# kramdown's HTML_ELEMENT: the names it prints in lower case.
KRAMDOWN_HTML_ELEMENTS = frozenset(
    "a abbr acronym address applet area article aside b base bdo big blockquote body br "
    "button caption cite code col colgroup command dd del details dfn div dl dt em embed "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i "
    "iframe img input ins kbd keygen label legend li link main map mark math menu meta nav "
    "noscript object ol optgroup option p param pre q rb rbc rp rt rtc ruby samp script "
    "section select small source span strong style sub summary sup table tbody td textarea "
    "tfoot th thead tr track tt u ul var wbr".split()
)
_DONE: dict[str, str] = {}
_DONE_MAX = 5000
_END_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
# Only end tags that are not already `</lower-case-name>` need rewriting.
_ODD_END_TAG = re.compile(r"</(?:[a-z0-9-]*[A-Z][A-Za-z0-9-]*\s*|[A-Za-z][A-Za-z0-9-]*\s+)>")


def normalise_tags(html: str) -> str:
    """Tags in lower case, double-quoted attributes and XHTML-style empty elements."""
    html = _TAG.sub(_normalise_tag, html)
    return _ODD_END_TAG.sub(_lower_end_tag, html)


def _lower_end_tag(match: re.Match[str]) -> str:
    return _END_TAG.sub(lambda m: f"</{_case(m.group(1))}>", match.group(0))


def _case(name: str) -> str:
    """An element's name as kramdown prints it: in lower case when HTML knows it, as written
    otherwise (`<pubDate>`, `<MyWidget>`)."""
    lower = name.lower()
    return lower if lower in KRAMDOWN_HTML_ELEMENTS else name


# kramdown's span-level HTML elements; every other tag at the start of a line opens an HTML
# block (`<audio>`, `<svg>`, `<my-widget>` too), where Python-Markdown knows a fixed list.
KRAMDOWN_SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark "
    "option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var".split()
)


# Tags Python-Markdown does not list as blocks but kramdown treats as such; listed by name
# because Python-Markdown's HTML block reader copies the list into a set.
EXTRA_BLOCK_ELEMENTS = (
    "audio video picture source track svg canvas embed template dialog search time data meter "
    "head title meta link base caption col optgroup frame frameset noframes applet font s "
    "strike nobr marquee blink"
).split()


class KramdownBlockLevel(list):
    """Python-Markdown's block-level element list, answering membership as kramdown does."""

    def __contains__(self, tag: object) -> bool:
        return isinstance(tag, str) and tag.lower() not in KRAMDOWN_SPAN_ELEMENTS


class RawSpanInlineProcessor(HtmlInlineProcessor):
    """Keeps `<code>...</code>` and the like exactly as written (stored as raw HTML)."""


# kramdown 2.4's HTML_BLOCK_ELEMENTS: inside a paragraph such a tag is text, not HTML.
KRAMDOWN_BLOCK_ELEMENTS = frozenset(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu "
    "li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul".split()
)
_TAG_NAME = re.compile(r"</?([a-zA-Z][\w:-]*)")


class SpanHtmlInlineProcessor(HtmlInlineProcessor):
    """Raw HTML inside a paragraph as kramdown reads it: a block element's tag there
    (`text <p>`, `<iframe>`, `</div>`) is printed as text, escaped."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # noqa: N802
        name = _TAG_NAME.match(m.group(1))
        if name and name.group(1).lower() in KRAMDOWN_BLOCK_ELEMENTS:
            text = html.escape(self.unescape(m.group(1)), quote=False)
            return self.md.htmlStash.store(text), m.start(0), m.end(0)
        return super().handleMatch(m, data)


_SPAN_TAG = re.compile(
    r"(`+)(?:.|\n)*?(?<!`)\1(?!`)|<!--(?:.|\n)*?-->|(?<!\]\()<(/?)([a-zA-Z][\w:-]*)\b[^<>]*?(/?)>"
)
_AUTOLINK = re.compile(r"<[a-zA-Z][\w+.-]*:")
_VOID = frozenset("area base br col command embed hr img input keygen link meta param source track wbr".split())
_INLINE_OWNERS = frozenset("p li h1 h2 h3 h4 h5 h6 td th dt dd".split())


# An e-mail autolink (Python-Markdown's AUTOMAIL_RE); a tag holding `@` in an attribute
# (`<a href="https://x.dev/@name">`) is a tag.
_MAIL_LINK = re.compile(r"<[^<> !]+@[^@<> ]+>")


def stray_end_tags_as_text(text: str) -> str:
    """A closing tag with no open element of its name before it in the paragraph (`</a>`
    after its link closed, `</tbody>` of a table written across paragraphs) is text to
    kramdown: written here as entities so no pattern takes it for HTML. An element the
    paragraph leaves open is closed at its end."""
    if "<" not in text:
        return text
    out: list[str] = []
    stack: list[str] = []
    last = 0
    for m in _SPAN_TAG.finditer(text):
        if m.group(3) is None:
            continue  # a code span or a comment: nothing inside counts (nor a `(</url>)`)
        closing, name = m.group(2), m.group(3).lower()
        if _AUTOLINK.match(m.group(0)) or _MAIL_LINK.fullmatch(m.group(0)):
            continue  # an autolink (`<https://...>`, `<me@example.org>`), not a tag
        # At a line's start, a tag of any but a span element starts an HTML block in
        # kramdown: not this paragraph's business.
        inline = name in KRAMDOWN_SPAN_ELEMENTS or text[: m.start()].rsplit("\n", 1)[-1].strip()
        if not closing:
            if inline and not m.group(4) and name not in _VOID | KRAMDOWN_BLOCK_ELEMENTS:
                stack.append(name)
            continue
        if stack and stack[-1] == name:  # kramdown looks only for the innermost's end
            stack.pop()
        elif name not in KRAMDOWN_BLOCK_ELEMENTS and inline:
            out.append(text[last : m.start()] + "&lt;" + m.group(0)[1:-1] + "&gt;")
            last = m.end()
    # An element left open is closed at the paragraph's end, as kramdown closes it.
    closing = "".join(f"</{name}>" for name in reversed(stack))
    if not out and not closing:
        return text
    return "".join(out) + text[last:] + closing


class StrayEndTagsTreeprocessor(Treeprocessor):
    """Runs `stray_end_tags_as_text` on each paragraph-like element's text before the
    inline patterns see it."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag in _INLINE_OWNERS and el.text and "<" in el.text:
                el.text = stray_end_tags_as_text(el.text)


_SPECIAL = re.compile(r"[<>&]")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_ANY_TAG = re.compile(r"""<[A-Za-z/!?](?:[^"'>]|"[^"]*"|'[^']*')*>""")
_RAW_TEXT = re.compile(r"<(script|style)\b", re.I)


# What `escape_bare_text` keeps as written (a comment, a tag, an entity), and a bare mark.
_KEPT = (
    r"""<!--.*?-->|<(?!!--)[A-Za-z/!?](?:[^"'>]|"[^"]*"|'[^']*')*>"""
    r"|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"
)
_KEPT_MARKS = re.compile(_KEPT, re.S)
_KEPT_OR_BARE = re.compile(f"({_KEPT})|([<>&])", re.S)
_ESCAPED = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def escape_bare_text(html_text: str) -> str:
    """`Q&A`, `a => b` in raw HTML's text as kramdown prints them (`Q&amp;A`, `a =&gt; b`):
    it reads raw HTML into elements and writes their text escaped; what Python-Markdown
    made itself is escaped already, so only raw HTML changes. Comments, `<script>`,
    `<style>`, tags and entities stay as written. One pass: each closing mark is looked
    for once, so unclosed comments or tags stay linear."""
    last_comment = html_text.rfind("<!--")
    closed = last_comment < 0 or html_text.find("-->", last_comment + 4) >= 0
    if closed and html_text.rfind("<") <= html_text.rfind(">"):
        closed = _RAW_TEXT.search(html_text) is None
    else:
        closed = False
    if closed:
        # No `<script>` or `<style>`, every comment closed and a `>` after every `<`: the
        # same by two regular expressions, as linear (the first finds most pages unchanged).
        rest = _KEPT_MARKS.sub("", html_text)
        if "<" not in rest and ">" not in rest and "&" not in rest:
            return html_text
        return _KEPT_OR_BARE.sub(lambda m: m.group(1) or _ESCAPED[m.group(2)], html_text)
    return _escape_bare_text_in_steps(html_text)


def _escape_bare_text_in_steps(html_text: str) -> str:
    """`escape_bare_text`, mark by mark (raw text elements, unclosed comments)."""
    out: list[str] = []
    i, n = 0, len(html_text)
    ends: dict[str, int] = {}  # the next `-->`, `>`, `</script`... at or after a position

    def next_end(mark: str, start: int) -> int:
        cached = ends.get(mark)
        if cached is None or (cached != -1 and cached < start):
            cached = ends[mark] = html_text.find(mark, start)
        return cached

    while i < n:
        m = _SPECIAL.search(html_text, i)
        if m is None:
            out.append(html_text[i:])
            break
        j = m.start()
        out.append(html_text[i:j])
        c = html_text[j]
        if c == "&":
            e = _ENTITY.match(html_text, j)
            out.append(e.group() if e else "&amp;")
            i = e.end() if e else j + 1
            continue
        if c == ">":
            out.append("&gt;")
            i = j + 1
            continue
        if html_text.startswith("<!--", j):
            k = next_end("-->", j + 4)
            if k >= 0:
                out.append(html_text[j : k + 3])
                i = k + 3
                continue
        elif next_end(">", j) >= 0:
            t = _ANY_TAG.match(html_text, j)
            if t:
                out.append(t.group())
                i = t.end()
                raw = _RAW_TEXT.match(t.group())
                if raw:  # the element's text goes as it is, up to its end tag
                    close = next_end(f"</{raw.group(1).lower()}", i)
                    if close < 0:
                        close = next_end(f"</{raw.group(1).upper()}", i)
                    if close >= 0:
                        out.append(html_text[i:close])
                        i = close
                continue
        out.append("&lt;")
        i = j + 1
    return "".join(out)


class HtmlTagsPostprocessor(Postprocessor):
    """Rewrites start tags like kramdown."""

    def run(self, text: str) -> str:
        text = escape_bare_text(text)
        if 'data-kramdown-keep-space="" ' in text:
            # The paragraphs' own marker, also where a tag is printed as text.
            text = text.replace('data-kramdown-keep-space="" ', "")
        return normalise_tags(text)


class IndentedHtmlBlockPreprocessor(Preprocessor):
    """An HTML block indented by one to three spaces right under a paragraph line ends the
    paragraph, as kramdown ends it; Python-Markdown leaves the indent as a line of spaces
    there, which joins the lines and prints a `<br />`."""

    def run(self, lines: list[str]) -> list[str]:
        for i in range(1, len(lines) - 1):
            if lines[i] and not lines[i].strip() and lines[i + 1].startswith("\x02wzxhzdk:"):
                lines[i] = ""
        return lines


# An element kramdown reads as one: its start tag begins a line.
_MARKDOWN_ELEMENT = re.compile(
    r"^ {0,3}<([A-Za-z][\w-]*)\b[^>]*\bmarkdown=[\"']?(?:1|block|span)", re.M
)
_CODE_SPAN = re.compile(r"`+[^`\n]*`+")


class UnclosedElementsPreprocessor(Preprocessor):
    """Elements with `markdown="1"` left open are closed at the end of the page, as kramdown
    closes them; Python-Markdown dropped an open one and everything after it."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "markdown=" not in text:
            return lines
        bare = _CODE_SPAN.sub("", text)
        missing = []
        for name in dict.fromkeys(m.group(1).lower() for m in _MARKDOWN_ELEMENT.finditer(bare)):
            opened = len(re.findall(rf"^ {{0,3}}<{name}\b", bare, re.I | re.M))
            closed = len(re.findall(rf"</{name}\s*>", bare, re.I))
            missing += [f"</{name}>"] * (opened - closed)
        if not missing:
            return lines
        return [*lines, "", *reversed(missing), ""]


_BLOCK_START = re.compile(r"( {0,3}<([A-Za-z][\w-]*)\b)(?![^>]*\bmarkdown=)([^>]*>)\s*$")
# A line starting with a span element (kramdown's HTML_SPAN_ELEMENTS) or text: the outer
# element's own Markdown would then change it, so it is left raw.
_SPAN_START = re.compile(
    r"\s*<(?:a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|"
    r"label|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|textarea|"
    r"tt|var)\b",
    re.I,
)
_MARKDOWN_CHILD = re.compile(r"<[A-Za-z][\w-]*\b[^>]*\bmarkdown=[\"']?1")


class MarkdownChildrenPreprocessor(Preprocessor):
    """A raw HTML element holding only elements, some with `markdown="1"` (Jekyll's
    `<div class="note"><h5 markdown="1">`): kramdown reads those children's Markdown;
    Python-Markdown reads it only when the outer element asks too, so it is asked."""

    def run(self, lines: list[str]) -> list[str]:
        if 'markdown="1"' not in "\n".join(lines) and "markdown='1'" not in "\n".join(lines):
            return lines
        out = list(lines)
        k = 0
        while k < len(out):
            m = _BLOCK_START.match(out[k])
            if m is None or m.group(2).lower() in ("p", "pre", "script", "style", "textarea"):
                k += 1
                continue
            closing = re.compile(rf"^ {{0,3}}</{m.group(2)}\s*>\s*$", re.I)
            end = next((j for j in range(k + 1, len(out)) if closing.match(out[j])), None)
            if end is None:
                k += 1
                continue
            inner = out[k + 1 : end]
            starts = [line for line in inner if line.strip() and line.lstrip().startswith("<")]
            if (
                any(_MARKDOWN_CHILD.search(line) for line in starts)
                and _only_elements(inner)
                and not any(_SPAN_START.match(line) for line in starts)
            ):
                out[k] = m.group(1) + ' markdown="1"' + m.group(3)
            k = end + 1
        return out


def _only_elements(inner: list[str]) -> bool:
    """Whether the lines hold elements only: outside a child (from its start tag to its end
    tag) every line starts with a tag."""
    closing: re.Pattern[str] | None = None
    for line in inner:
        if closing is not None:
            if closing.search(line):
                closing = None
            continue
        if not line.strip():
            continue
        m = re.match(r"\s*<([A-Za-z][\w-]*)\b", line)
        if m is None:
            return False
        end_tag = re.compile(rf"</{m.group(1)}\s*>", re.I)
        if not end_tag.search(line) and not line.rstrip().endswith("/>"):
            closing = end_tag
    return True


_ELEMENT_START = re.compile(r"^ {0,3}</?([A-Za-z][\w-]*)(?=[\s/>])", re.M)


class CustomElementsPreprocessor(Preprocessor):
    """Elements HTML does not list (`<is-land>`, `<pubDate>`) start HTML blocks in kramdown,
    as every element but its span elements does; Python-Markdown knows only the block names
    it lists, so those of the page are added to its list."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "<" not in text:
            return lines
        known = self.md.block_level_elements
        listed = set(known)
        for name in dict.fromkeys(m.group(1).lower() for m in _ELEMENT_START.finditer(text)):
            if name not in listed and name not in KRAMDOWN_SPAN_ELEMENTS and len(known) < 500:
                known.append(name)
                listed.add(name)
        return lines


class HtmlTagsExtension(Extension):
    """Raw HTML written back like kramdown."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.block_level_elements = KramdownBlockLevel(
            md.block_level_elements
            + [t for t in EXTRA_BLOCK_ELEMENTS if t not in md.block_level_elements]
        )
        # After the raw HTML is put back (30).
        md.postprocessors.register(HtmlTagsPostprocessor(md), "kramdown_html_tags", 10)
        md.preprocessors.register(IndentedHtmlBlockPreprocessor(md), "kramdown_html_indent", 19)
        md.preprocessors.register(UnclosedElementsPreprocessor(md), "kramdown_unclosed", 22)
        # After the raw HTML is stored (20).
        md.preprocessors.register(UnclosedRawHtmlPreprocessor(md), "kramdown_unclosed_raw", 18)
        md.preprocessors.register(MarkdownChildrenPreprocessor(md), "kramdown_md_children", 23)
        md.preprocessors.register(CustomElementsPreprocessor(md), "kramdown_custom_elements", 21)
        md.preprocessors.register(DeclarationsPreprocessor(md), "kramdown_declarations", 21)
        md.inlinePatterns.register(RawSpanInlineProcessor(RAW_SPAN_RE, md), "kramdown_raw_span", 95)
        # Before the inline patterns (20) turn the paragraph's text into elements.
        md.treeprocessors.register(StrayEndTagsTreeprocessor(md), "kramdown_stray_end_tags", 21)
        if "html" in md.inlinePatterns:  # same place, same expression
            md.inlinePatterns.register(SpanHtmlInlineProcessor(HTML_RE, md), "html", 90)
