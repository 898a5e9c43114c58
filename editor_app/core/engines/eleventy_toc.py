"""Eleventy's table of contents: markdown-it-table-of-contents run as the site sets it up.

A site that adds the plugin (`mdLib.use(markdownItToc, {...})`) gets a contents list where a
page has a line starting `[[toc]]`: the page's headings of the levels it names (`includeLevel`,
1 and 2 by default), nested by level, each `<li><a href="#anchor">text</a>`, inside
`<div class="table-of-contents">` (`containerClass`, `listType`, `containerHeaderHtml`,
`containerFooterHtml` read from the options). The text of a heading is its text and code, as
the plugin takes it (`getTokensText`); a site's own `format` function cannot be run, so the
text is then printed as text (11ty.dev's strips version badges and a few marks too: not
followed). The anchor is the heading's slug: `@sindresorhus/slugify` where the site imports it
(11ty.dev), else the plugin's own; Eleventy's `IdAttributePlugin`, when the site adds it, gives
the headings the same ids (`-2`, `-3` for repeats), so the links lead to them in the preview.

A shortcode of the site's configuration whose template text writes the mark (11ty.dev's
`{% tableofcontents %}`: `<details class="toc"${isOpen ? " open" : ""}>` around `[[toc]]`, on
83 pages) is put in as that text before Markdown reads the page, as Eleventy runs it; a
shortcode whose text holds anything else to work out stays a placeholder. Rules of
markdown-it-table-of-contents 0.9 (what 11ty.dev's `^0.9.0` installs), pinned against it in
`tests/core/engines/test_eleventy_toc.py`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from editor_app.core.engines.eleventy_definitions import (
    balanced,
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)

PLUGIN = "markdown-it-table-of-contents"
_MARK = re.compile(r"\[\[toc\]\]", re.IGNORECASE)  # the plugin's markerPattern, at a line's start
_IMPORT_OF = re.compile(
    r"""(?:import\s+([\w$]+)\s+from\s*|(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*)["']"""
    + re.escape(PLUGIN)
    + "[\"']"
)
_INERT_TAG = re.compile(r"\s*liquidtag\d+x")  # `templates.neutralise`'s word for a tag
_USE = re.compile(r"\.use\s*\(\s*([\w$]+)\s*,\s*\{")
_LEVELS = re.compile(r"\bincludeLevel\s*:\s*\[([\d,\s]*)\]")
_TEXT_OPTION = r"\b{0}\s*:\s*(?:\"([^\"\n]*)\"|'([^'\n]*)'|`([^`$]*)`)"
# A shortcode's template text: the first in its function's body (`return \`...\``).
_TEMPLATE_TEXT = re.compile(r"`(?P<text>[^`]*)`")
_CHOICE = r"\$\{{\s*{0}\s*\?\s*([\"'])([^\"'\n]*)\1\s*:\s*([\"'])([^\"'\n]*)\3\s*\}}"
# A Liquid or Nunjucks argument the preview can tell the truth of.
_ARGUMENT = re.compile(r"""^(?:"([^"]*)"|'([^']*)'|(true|false|null|undefined)|(-?\d+(?:\.\d+)?))?$""")


@dataclass(frozen=True)
class TocSettings:
    """The plugin's options as the site's configuration writes them."""

    levels: tuple[int, ...] = (1, 2)
    container_class: str = "table-of-contents"
    list_type: str = "ul"
    header_html: str = ""
    footer_html: str = ""
    own_format: bool = False  # the site's own `format` function: text printed as text
    sindresorhus: bool = False  # anchors by @sindresorhus/slugify
    heading_ids: bool = False  # Eleventy's IdAttributePlugin gives headings ids
    shortcodes: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (arg, text)


def read_toc_settings(texts: list[str]) -> TocSettings | None:
    """The settings of the plugin in the site's configuration `texts`; None without it."""
    for text in texts:
        names = {a or b for a, b in _IMPORT_OF.findall(text)}
        for use in _USE.finditer(text):
            if use.group(1) not in names:
                continue
            options = balanced(text, use.end() - 1)
            return _settings(options, "\n".join(texts))
        for name in names:
            if re.search(r"\.use\s*\(\s*" + re.escape(name) + r"\s*\)", text):
                return _settings("", "\n".join(texts))
    return None


def _text_option(options: str, key: str, default: str) -> str:
    m = re.search(_TEXT_OPTION.format(key), options)
    return default if m is None else next(g for g in m.groups() if g is not None)


def _settings(options: str, config: str) -> TocSettings:
    levels_m = _LEVELS.search(options)
    levels = (1, 2)
    if levels_m:
        levels = tuple(int(n) for n in re.findall(r"\d+", levels_m.group(1)))
    shortcodes = {}
    for d in read_definitions(config):
        template = _TEMPLATE_TEXT.search(d.body)
        if not d.paired and template and _MARK.search(template.group("text")):
            arg = d.param_names[0] if d.param_names else ""
            shortcodes[d.name] = (arg, template.group("text"))
    return TocSettings(
        levels=levels,
        container_class=_text_option(options, "containerClass", "table-of-contents"),
        list_type=_text_option(options, "listType", "ul"),
        header_html=_text_option(options, "containerHeaderHtml", ""),
        footer_html=_text_option(options, "containerFooterHtml", ""),
        own_format=re.search(r"\bformat\s*:", options) is not None,
        sindresorhus="@sindresorhus/slugify" in config,
        heading_ids="IdAttributePlugin" in config,
        shortcodes=shortcodes,
    )


# -- the shortcode -------------------------------------------------------------------------


def with_toc_shortcodes(text: str, settings: TocSettings | None) -> str:
    """`text` with each tag of a shortcode writing the mark replaced by what it writes."""
    if settings is None or not settings.shortcodes or "{%" not in text:
        return text

    def written(m: re.Match[str]) -> str | None:
        return _written(settings.shortcodes[m.group("name")], m.group("args"))

    return replaced_trimming(text, shortcode_tag(settings.shortcodes), written)


def _written(shortcode: tuple[str, str], argument: str) -> str | None:
    """What the shortcode's template text prints given `argument`; None when it cannot be told."""
    name, template = shortcode
    m = _ARGUMENT.match(argument.strip().rstrip(","))
    if m is None:
        return None  # a variable: its value is the page's, not known here
    if m.group(1) is not None or m.group(2) is not None:
        truthy = bool(m.group(1) or m.group(2))
    elif m.group(3) is not None:
        truthy = m.group(3) == "true"
    else:
        truthy = m.group(4) is not None and float(m.group(4)) != 0
    if name:
        template = re.sub(
            _CHOICE.format(re.escape(name)),
            lambda c: c.group(2) if truthy else c.group(4),
            template,
        )
    return None if "${" in template else template


# -- the plugin ----------------------------------------------------------------------------


def toc_plugin(md: MarkdownIt, settings: TocSettings) -> None:
    """Add the plugin to `md`, and the headings' ids when the site's IdAttributePlugin gives them."""

    def block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        line = state.src[begin : state.eMarks[start]]
        if not line.startswith("[") or not _MARK.match(line):
            return False
        if silent:
            return True
        state.line = start + 1
        token = state.push("toc_open", "toc", 1)
        token.markup = "[[toc]]"
        token.map = [start, state.line]
        token = state.push("toc_body", "", 0)
        token.map = [start, state.line]
        state.push("toc_close", "toc", -1)
        return True

    md.block.ruler.before(
        "heading", "toc", block, {"alt": ["paragraph", "reference", "blockquote"]}
    )

    def render_open(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return f'<div class="{settings.container_class}">{settings.header_html}'

    def render_close(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return settings.footer_html + "</div>\n"

    def render_body(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        return contents_html(tokens, settings, md)

    md.add_render_rule("toc_open", render_open)
    md.add_render_rule("toc_close", render_close)
    md.add_render_rule("toc_body", render_body)
    if settings.heading_ids:
        md.core.ruler.push("heading_ids", lambda state: _heading_ids(state, settings))


def _heading_ids(state: StateCore, settings: TocSettings) -> None:
    """Ids as Eleventy's IdAttributePlugin gives headings without one (a repeat gets `-2`)."""
    seen: dict[str, int] = {}
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open" or token.attrGet("id") is not None:
            continue
        inline = tokens[i + 1] if i + 1 < len(tokens) else None
        text = _tokens_text(inline.children or []) if inline is not None else ""
        slug = slug_of(text, settings)
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}-{seen[slug]}"
        else:
            seen[slug] = 1
        token.attrSet("id", slug)


def _tokens_text(children: list[Token]) -> str:
    """A heading's text as the plugin takes it; a template tag the preview shows as a
    placeholder (its inert word) left out, as what it prints is not known here."""
    text = "".join(t.content for t in children if t.type in ("text", "code_inline"))
    return _INERT_TAG.sub("", text).strip() if "liquidtag" in text else text


def contents_html(tokens: list[Token], settings: TocSettings, md: MarkdownIt) -> str:
    """The nested list of the headings in `tokens`, as the plugin prints it."""
    headings: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        if i > 0 and tokens[i - 1].type == "html_block":
            if tokens[i - 1].content.strip().lower().replace("\n", "", 1) == "<!-- omit from toc -->":
                continue
        level = int(token.tag[1:])
        if level in settings.levels and i + 1 < len(tokens) and tokens[i + 1].type == "inline":
            headings.append((level, _tokens_text(tokens[i + 1].children or [])))
    if not headings:
        return f"<{settings.list_type}></{settings.list_type}>"
    # The plugin's tree: a missing level between two makes an item without text.
    root: dict[str, Any] = {"level": min(h[0] for h in headings) - 1, "children": [], "parent": None}
    current, previous = root, root
    for level, text in headings:
        if level > previous["level"]:
            for _ in range(level - previous["level"]):
                current = previous
                previous = {"level": level, "text": None, "children": [], "parent": current}
                current["children"].append(previous)
            previous["text"] = text
        else:
            for _ in range(previous["level"] - level):
                current = current["parent"]
            previous = {"level": level, "text": text, "children": [], "parent": current}
            current["children"].append(previous)
    return _list_html(root, settings, md)


def _list_html(node: dict[str, Any], settings: TocSettings, md: MarkdownIt) -> str:
    items = []
    for child in node["children"]:
        text = child["text"]
        item = "<li>"
        if text is not None:
            shown = html.escape(text, quote=False) if settings.own_format else md.renderInline(text)
            item += f'<a href="#{html.escape(slug_of(text, settings))}">{shown}</a>'
        if child["children"]:
            item += _list_html(child, settings, md)
        items.append(item + "</li>")
    return f"<{settings.list_type}>{''.join(items)}</{settings.list_type}>"


# -- slugs ---------------------------------------------------------------------------------

_REPLACEMENTS = {"&": " and ", "🦄": " unicorn ", "♥": " love ", "ß": "ss", "æ": "ae",
                 "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
                 "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D"}


def slug_of(text: str, settings: TocSettings) -> str:
    """The anchor of a heading's text: @sindresorhus/slugify's or the plugin's own."""
    if settings.sindresorhus:
        return sindresorhus_slug(text)
    from urllib.parse import quote

    # encodeURIComponent(String(s).trim().toLowerCase().replace(/\s+/g, '-'))
    return quote(re.sub(r"\s+", "-", text.strip().lower()), safe="-_.!~*'()")


def sindresorhus_slug(text: str) -> str:
    """@sindresorhus/slugify 3 with its default options. Letters outside Latin with marks
    are left out where its transliteration tables would spell them (not copied here)."""
    text = unicodedata.normalize("NFC", text)
    for key, value in _REPLACEMENTS.items():
        text = text.replace(key, value)
    text = "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )
    text = "".join("-" if unicodedata.category(c) == "Pd" else c for c in text)
    text = re.sub(r"([A-Z]{2})(\d+)", r"\1 \2", text)
    text = re.sub(r"([a-z\d])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)", r"\1 \2", text)
    text = text.lower()
    text = re.sub(r"([a-z\d])['\u2019]([ts])(?![a-z\d])", r"\1\2", text, flags=re.IGNORECASE)
    text = re.sub(r"[^a-z\d]+", "-", text, flags=re.ASCII).replace("\\", "")
    return re.sub(r"-{2,}", "-", text).strip("-")
