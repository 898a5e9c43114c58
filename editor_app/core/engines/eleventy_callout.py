"""11ty.dev's `{% callout "info", "md" %}...{% endcallout %}` boxes, drawn as the site prints them.

The site's paired shortcode (`config/markdownPlugin.js`, 162 boxes on its pages) prints
`<div class="elv-callout elv-callout-info">` around an optional label
(`<div class="elv-callout-label">WARNING</div>`: `error` and `warn` name themselves, a
fourth argument names any box) and its content in `<div class="elv-callout-c">`: as written
(`html`, the default), through markdown-it's inline renderer (`md`) or its block renderer
(`md-block`). Nunjucks runs it before Markdown reads the page, so the box is an HTML block
there, as here. Levels: `error`, `warn`, `info`, `demo` and `pitfall` (the last two the
theme's skewed boxes), none for a plain box. A box whose content holds a template tag and is
rendered as Markdown, or whose arguments are not quoted text, stays a placeholder (what the
tags print is not known here); a box of `html` content keeps the tags inside as placeholders.
Told by the configuration: a paired shortcode whose function prints `elv-callout`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor_app.core.engines.eleventy_definitions import (
    paired_content,
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)
from editor_app.core.engines.eleventy_shortcodes import arguments_of

_LEVELS = {
    "error": "elv-callout-error",
    "warn": "elv-callout-warn",
    "info": "elv-callout-info",
    "demo": "elv-callout-skew elv-callout-skew--demo",
    "pitfall": "elv-callout-skew elv-callout-skew--pitfall",
}
_TAG = re.compile(r"\{[{%]")


def read_callout_shortcodes(config: str) -> list[str]:
    """The names of the site's paired shortcodes that print 11ty.dev's callout box."""
    return [
        d.name
        for d in read_definitions(config)
        if d.paired and "elv-callout-c" in d.body and "md-block" in d.body
    ]


def with_callouts(
    text: str, names: list[str], inline: Callable[[str], str], block: Callable[[str], str]
) -> str:
    """`text` with each callout of `names` replaced by its box (`inline`, `block`: the
    page's markdown-it, inline and whole)."""
    if not names or "{%" not in text:
        return text

    def printed(m: re.Match[str]) -> str | None:
        return _box(m.group("args"), paired_content(m), inline, block)

    return replaced_trimming(text, shortcode_tag(names, paired=True), printed)


def _box(
    arguments: str, content: str, inline: Callable[[str], str], block: Callable[[str], str]
) -> str | None:
    """The box the shortcode prints; None when it cannot be told here."""
    values = arguments_of(arguments, numbers=False)
    if values is None:
        return None
    # JavaScript's defaults stand for the arguments not given.
    level = values[0] if values else ""
    form = values[1] if len(values) > 1 else "html"
    custom = values[2] if len(values) > 2 else ""
    if form in ("md", "md-block"):
        if _TAG.search(content):
            return None
        content = inline(content) if form == "md" else block(content)
    label, css = "", ""
    if custom:
        label, css = custom, "elv-callout-info"
    if level in ("error", "warn"):
        label = custom or ("ERROR" if level == "error" else "WARNING")
    css = _LEVELS.get(level, css)
    label_html = f'<div class="elv-callout-label">{label}</div>' if label else ""
    content_html = f'<div class="elv-callout-c">{content}</div>' if content.strip() else ""
    return f'<div class="elv-callout{" " + css if css else ""}">{label_html}{content_html}</div>'
