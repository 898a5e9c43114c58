"""Preview HTML: the body rendered like kramdown, framed like the site's page."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import markdown

from editor_app.core.markdown_ext import kramdown_extensions

_LIQUID = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}", re.S)


def neutralise_liquid(text: str) -> tuple[str, Callable[[str], str]]:
    """Replace every Liquid tag by an inert word; the function puts placeholders back."""
    tags: list[str] = []

    def stash(match: re.Match[str]) -> str:
        tags.append(match.group(0))
        return f"liquidtag{len(tags) - 1}x"

    text = _LIQUID.sub(stash, text)

    def restore(rendered: str) -> str:
        if not tags:
            return rendered
        return re.sub(
            r"liquidtag(\d+)x",
            lambda m: f'<span class="liquid">{html.escape(tags[int(m.group(1))])}</span>',
            rendered,
        )

    return text, restore


class Renderer:
    """Renders Markdown bodies like kramdown and whole preview pages."""

    def __init__(self, site=None) -> None:
        self.site = site
        self._md = markdown.Markdown(extensions=kramdown_extensions())

    def render_markdown(self, text: str) -> str:
        """kramdown-like HTML of Markdown text that holds no Liquid."""
        self._md.reset()
        return self._md.convert(text)

    def render_body(self, text: str) -> str:
        """HTML of a page body as the site renders it, Liquid shown as placeholders."""
        text, restore = neutralise_liquid(text)
        return restore(self.render_markdown(text))
