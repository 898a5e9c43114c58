"""Every HTML meant for people goes through here: an allow-list sanitiser and one CSP.

Pages come from many hands (drafts, pasted web pages, imported Word files), and their HTML is
shown in the preview and written to files people open in a browser. `sanitize_html` keeps what
Markdown renderers (kramdown, markdown-it, Goldmark) produce and what real pages use, through
`nh3` (Rust's Ammonia, an HTML5 parser: entity or whitespace tricks are decoded before any
check), and drops whatever could run or load by itself. `standalone_html` / `ensure_csp` give
every HTML file we write the same strict Content-Security-Policy.
"""

from __future__ import annotations

import html as _html
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nh3

# Nothing runs; images only from files and data; styles only written inside the page.
CSP = "default-src 'none'; img-src file: data:; style-src 'unsafe-inline'"

# Drawings made of shapes alone (Hugo's GoAT diagrams): no `image`, `use`, `foreignObject`,
# `animate` or `set` (they load, embed or rewrite), no `href`; each value plain numbers,
# names and colours, never a `url(...)`.
_SVG_TAGS = frozenset({"svg", "g", "path", "polygon", "circle", "rect", "text"})
_SVG_VALUE = re.compile(r"^[\w\s#.,%()+-]*$")
_TAGS = _SVG_TAGS | frozenset(
    """a abbr acronym address article aside b bdi bdo big blockquote br caption center cite
    code col colgroup data dd del details dfn div dl dt em figcaption figure footer font h1 h2
    h3 h4 h5 h6 header hgroup hr i img input ins kbd label li main mark nav ol p picture pre q rb rp
    rt rtc ruby s samp section small source span strike strong style sub summary sup table
    tbody td tfoot th thead time tr tt u ul var wbr""".split()
)
# Removed with everything inside: what runs, loads or draws by itself, and page-level parts.
_CLEAN_CONTENT = frozenset(
    """script noscript iframe frame frameset object embed applet video audio template
    head title noembed canvas""".split()
)
_GLOBAL_ATTRS = {"id", "class", "title", "lang", "dir", "style", "role", "hidden", "tabindex"}
_ATTRS: dict[str, set[str]] = {
    "*": _GLOBAL_ATTRS,
    "a": {"href", "name", "rel", "hreflang"},
    "img": {
        "src",
        "alt",
        "width",
        "height",
        "srcset",
        "sizes",
        "loading",
        "decoding",
        "align",
        "border",
    },
    "source": {"srcset", "sizes", "media", "type", "width", "height"},
    "input": {"checked", "disabled", "name"},
    "label": {"for"},
    "ol": {"start", "reversed", "type"},
    "ul": {"type"},
    "li": {"value"},
    "details": {"open"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
    "data": {"value"},
    "abbr": {"title"},
    "font": {"color", "size", "face"},
    "table": {"align", "width", "border", "cellpadding", "cellspacing", "summary", "bgcolor"},
    "col": {"span", "width", "align"},
    "colgroup": {"span", "width", "align"},
    "th": {"align", "valign", "width", "colspan", "rowspan", "scope", "headers", "abbr", "bgcolor"},
    "td": {"align", "valign", "width", "colspan", "rowspan", "headers", "bgcolor"},
    "tr": {"align", "valign", "bgcolor"},
    "thead": {"align", "valign"},
    "tbody": {"align", "valign"},
    "tfoot": {"align", "valign"},
    "p": {"align"},
    "div": {"align"},
    "h1": {"align"},
    "h2": {"align"},
    "h3": {"align"},
    "h4": {"align"},
    "h5": {"align"},
    "h6": {"align"},
    "hr": {"align", "width", "size"},
    "pre": {"width"},
    "figure": {"align"},
    "caption": {"align"},
    "svg": {"viewBox", "width", "height", "font-family"},
    "g": {"transform"},
    "path": {"d", "fill", "stroke"},
    "polygon": {"points", "fill", "stroke", "transform"},
    "circle": {"cx", "cy", "r", "fill", "stroke"},
    "rect": {"x", "y", "width", "height", "fill", "stroke"},
    "text": {"x", "y", "text-anchor", "fill"},
}
# Inputs are task-list boxes, shown, never typed into, and the radio buttons of tabs drawn
# without script (Hugo's code-toggle box): those alone can be clicked, and do nothing but
# show the tab (no form, no script).
_TAG_VALUES = {"input": {"type": {"checkbox", "radio"}}}
_SET_VALUES = {"input": {"disabled": ""}}
# A radio button as `nh3` prints it (attributes quoted, no raw quote in a value).
_RADIO = re.compile(r'<input\b[^<>]*\stype="radio"[^<>]*>')
_SCHEMES = {"http", "https", "mailto", "file", "data"}
_PREFIXES = {"aria-", "data-"}

# Attributes whose URL the browser fetches by itself (only local files and images in data).
_LOADS = frozenset({"src", "srcset", "poster"})
_LINKS = frozenset({"href", "cite"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_DATA_IMAGE = re.compile(r"^data:image/(?:png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,]", re.I)

# A tag runs to its `>` and never over a `<`, so a page of unclosed tags or quotes costs
# linear time (a tag with a raw `<` in a value is not labelled, but still removed).
_EMBED = re.compile(
    r"<(iframe|video|audio|object|embed)\b((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>", re.I
)
_SOURCE = re.compile(r"<source\b((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>", re.I)
_ATTR_VALUE = r"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
_EMBED_KIND = {"video": "video", "audio": "audio"}
_STYLE_BLOCK = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.S | re.I)


def sanitize_html(html: str, site_root: str | Path | None = None) -> str:
    """Safe HTML for people: allowed tags and attributes only, URLs checked, embeds labelled.

    Links may go to http(s), mailto, `#...`, relative paths, or `file:` inside `site_root`;
    a link whose address is refused keeps its words, as plain text. Images load only from
    relative paths, `file:` inside the site or `data:image`; remote ones keep their alt text.
    Inline `style` keeps no `url()`; `<style>` blocks keep no `@import` nor remote `url()`.
    `iframe`, `video`, `audio`, `object` and `embed` become a labelled box with their address.
    """
    root = _resolved_root(str(site_root)) if site_root is not None else None
    if "<" not in html:
        return html
    lowered = html.lower()
    if any(f"<{tag}" in lowered for tag in ("iframe", "video", "audio", "object", "embed")):
        html = _label_embeds(html)

    def keep(tag: str, attr: str, value: str) -> str | None:
        if attr in _LINKS:
            return value if _link_allowed(value, root) else None
        if attr in _LOADS:
            if attr == "srcset":
                return _clean_srcset(value, root)
            return value if _load_allowed(value, root) else None
        if attr == "style":
            return clean_inline_style(value)
        if tag in _SVG_TAGS and attr not in _GLOBAL_ATTRS:
            plain = _SVG_VALUE.match(value) and "url" not in value.lower()
            return value if plain else None
        return value

    out = nh3.clean(
        html,
        tags=set(_TAGS),
        clean_content_tags=set(_CLEAN_CONTENT),
        attributes={k: set(v) for k, v in _ATTRS.items()},
        attribute_filter=keep,
        link_rel=None,
        generic_attribute_prefixes=set(_PREFIXES),
        tag_attribute_values=_TAG_VALUES,
        set_tag_attribute_values=_SET_VALUES,
        url_schemes=set(_SCHEMES),
        strip_comments=True,
    )
    if 'type="radio"' in out:
        out = _RADIO.sub(lambda m: m.group(0).replace(' disabled=""', ""), out)
    if "<style" in out:
        out = _STYLE_BLOCK.sub(
            lambda m: m.group(1) + clean_stylesheet(m.group(2), root) + m.group(3), out
        )
    return out


# -- URLs ----------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _resolved_root(root: str) -> Path:
    return Path(root).resolve()


def _plain_url(value: str) -> str:
    # What a browser reads: no surrounding blanks, no tabs or line breaks anywhere.
    return _CONTROL.sub("", value.strip()) if value else ""


def _is_relative(url: str) -> bool:
    # `//host/x` and `\\host` leave the page's folder (another server, or a Windows share).
    return not _SCHEME.match(url) and url[:2].replace("\\", "/") != "//" and url[:2] != "/\\"


def _file_inside(url: str, root: Path | None) -> bool:
    if root is None:
        return False
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return False
    try:
        target = Path(unquote(parts.path)).resolve()
        target.relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _link_allowed(value: str, root: Path | None) -> bool:
    url = _plain_url(value)
    if not url:
        return True
    m = _SCHEME.match(url)
    if m is None:
        return _is_relative(url)
    scheme = m.group(1).lower()
    if scheme in ("http", "https", "mailto"):
        return True
    return scheme == "file" and _file_inside(url, root)


def _load_allowed(value: str, root: Path | None) -> bool:
    url = _plain_url(value)
    if not url:
        return False
    m = _SCHEME.match(url)
    if m is None:
        return _is_relative(url)
    scheme = m.group(1).lower()
    if scheme == "data":
        return _DATA_IMAGE.match(url) is not None
    return scheme == "file" and _file_inside(url, root)


def _clean_srcset(value: str, root: Path | None) -> str | None:
    kept = []
    for candidate in value.split(","):
        words = candidate.split()
        if words and _load_allowed(words[0], root):
            kept.append(" ".join(words))
    return ", ".join(kept) or None


# -- embeds --------------------------------------------------------------------------------------


def _attr(attrs: str, name: str) -> str | None:
    m = re.search(_ATTR_VALUE.format(name=name), attrs, re.I)
    if m is None:
        return None
    return _html.unescape(next(g for g in m.groups() if g is not None))


def _label_embeds(html: str) -> str:
    """Each embed becomes a box saying what it is and where it comes from (nothing loads)."""
    out: list[str] = []
    pos = 0
    lowered = html.lower()
    no_close: dict[str, int] = {}
    for m in _EMBED.finditer(html):
        if m.start() < pos:  # inside an embed already replaced
            continue
        name = m.group(1).lower()
        address = _attr(m.group(2), "src") or _attr(m.group(2), "data")
        end = m.end()
        if name != "embed" and no_close.get(name, len(html) + 1) > end:
            close = lowered.find(f"</{name}", end)
            if close == -1:
                no_close[name] = end  # none further on: never look again
            if close != -1:
                inner = html[end:close]
                if address is None:
                    source = _SOURCE.search(inner)
                    address = _attr(source.group(1), "src") if source else None
                gt = html.find(">", close)
                end = len(html) if gt == -1 else gt + 1
        out.append(html[pos : m.start()])
        out.append(_embed_box(_EMBED_KIND.get(name, "content"), address))
        pos = end
    out.append(html[pos:])
    return "".join(out)


def _embed_box(kind: str, address: str | None) -> str:
    url = _plain_url(address or "")
    host = urlsplit(url).hostname if url else None
    where = f" from {_html.escape(host)}" if host else ""
    text = f"Embedded {kind}{where}: shown on the published site, not in the preview."
    if url:
        link = _html.escape(url)
        text += f' <span class="embed-address"><a href="{link}">{link}</a></span>'
    return f'<div class="embed">{text}</div>'


# -- CSS -----------------------------------------------------------------------------------------

_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_HEX_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\([A-Za-z])")
_IMPORT = re.compile(r"@import\b[^;{}]*(?:;|(?=[{}])|\Z)", re.I)
# Never over a `(` unquoted, and quoted addresses bounded: linear on any text.
_URL = re.compile(r"""url\(\s*(?:"([^"]{0,4096})"|'([^']{0,4096})'|([^()"'\s]*))\s*\)""", re.I)
# CSS functions that fetch (or ran script in old browsers): renamed, so the whole declaration
# is ignored by the browser.
_FETCHING = re.compile(
    r"(?<![\w-])(?:-webkit-image-set|image-set|-webkit-cross-fade|cross-fade|image|element|"
    r"expression|src|paint)\s*\(",
    re.I,
)
_BINDING = re.compile(r"(?<![\w-])(-moz-binding|behavior)\s*:", re.I)
_BLOCKED = "x-blocked-fetch"
_DECLARATION_EDGE = re.compile(r"([;{}])")
_KEEP_ESCAPED = set("\"'\\<>(){};:,/*@ \t\r\n\f")


def _decode_escapes(css: str) -> str:
    # Escapes that spell letters (`\75 rl(` is `url(`) are read as the letters, so no check
    # below can be dodged; an escaped quote or bracket stays escaped.
    def one(m: re.Match[str]) -> str:
        if m.group(2):
            return m.group(2)
        try:
            ch = chr(int(m.group(1), 16))
        except (ValueError, OverflowError):
            return ""
        if ch in _KEEP_ESCAPED or ch < " " or ch == "\x7f":
            return m.group(0)
        return ch

    return _HEX_ESCAPE.sub(one, css)


def _neutral_css(css: str) -> str:
    if "/*" in css:
        css = _COMMENT.sub("", css)
    if "\\" in css:
        css = _decode_escapes(css)
    if "@" in css:
        css = _IMPORT.sub("", css)
    css = _FETCHING.sub(_BLOCKED + "(", css)
    return _BINDING.sub(_BLOCKED + r"-\1:", css)


def _without_blocked(css: str) -> str:
    """The CSS without the declarations that hold a blocked function (and their `;`)."""
    parts = _DECLARATION_EDGE.split(css)  # text, edge, text, edge...
    out: list[str] = []
    skip_semicolon = False
    for k, part in enumerate(parts):
        if k % 2:  # an edge
            if not (skip_semicolon and part == ";"):
                out.append(part)
            skip_semicolon = False
        elif _BLOCKED in part:
            skip_semicolon = True
        else:
            out.append(part)
    return "".join(out)


def clean_stylesheet(css: str, site_root: str | Path | None = None) -> str:
    """A `<style>` block's text with no `@import` and no `url()` outside the site's files."""
    root = _resolved_root(str(site_root)) if site_root is not None else None
    css = _neutral_css(css)
    if _BLOCKED in css:
        css = _without_blocked(css)

    def url(m: re.Match[str]) -> str:
        target = next((g for g in m.groups() if g is not None), "")
        return m.group(0) if _load_allowed(target, root) else "none"

    return _URL.sub(url, css).replace("</", "<\\/")


# A page's element pinned over the window could cover the real text with its own.
_PINNED = re.compile(r"\s*position\s*:\s*(fixed|sticky)\b", re.I)


def clean_inline_style(style: str) -> str | None:
    """A `style` attribute with every `url()` (and fetching function) and fixed position dropped."""
    lowered = style.lower()
    if not any(w in lowered for w in ("(", "\\", "@", "behavior", "binding", "fixed", "sticky")):
        return style
    css = _neutral_css(style)
    kept = [
        d
        for d in css.split(";")
        if "url(" not in d.lower() and _BLOCKED not in d and not _PINNED.match(d)
    ]
    text = ";".join(d for d in kept if d.strip())
    return text or None


# -- standalone files ----------------------------------------------------------------------------


def csp_meta() -> str:
    """The `<meta>` that makes a standalone page run nothing and load nothing remote."""
    return f'<meta http-equiv="Content-Security-Policy" content="{CSP}" />'


def standalone_html(title: str, body: str, style: str = "", lang: str = "en") -> str:
    """A whole HTML file around already-safe body HTML: the CSP, a title, inline CSS only."""
    css = clean_stylesheet(style) if style else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{_html.escape(lang)}">\n<head>\n<meta charset="utf-8" />\n'
        f"{csp_meta()}\n<title>{_html.escape(title)}</title>\n"
        + (f"<style>\n{css}\n</style>\n" if css else "")
        + f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def ensure_csp(document: str) -> str:
    """A whole HTML document with the CSP `<meta>` in its head (added when missing).

    A policy already there stays: browsers enforce every policy a page declares, so adding
    ours can only forbid more.
    """
    head_end = document.lower().find("</head")
    if csp_meta() in document[: max(head_end, 0)]:
        return document
    head = _HEAD.search(document)
    if head is None:
        return csp_meta() + "\n" + document
    return document[: head.end()] + csp_meta() + document[head.end() :]
