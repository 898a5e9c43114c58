"""kramdown (Jekyll): Python-Markdown with the extensions of `core/markdown_ext/`."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

import markdown

from editor_app.core.markdown_ext import kramdown_extensions

if TYPE_CHECKING:
    from editor_app.core.site import Site

# Deeper than this, Python-Markdown's recursive parser could run out of stack.
_MAX_DEPTH = 40
_QUOTE_DEPTH = re.compile(r"^(?:[ \t]{0,3}>)+", re.M)


class KramdownEngine:
    """kramdown 2.4 with its GFM parser and Jekyll's options."""

    name = "kramdown"

    def __init__(self) -> None:
        self.notes: tuple[str, ...] = ()
        self._md = markdown.Markdown(extensions=kramdown_extensions(), output_format="xhtml")

    @classmethod
    def for_site(cls, site: Site | None) -> KramdownEngine:
        return cls()

    def render(self, text: str) -> str:
        """kramdown-like HTML of Markdown text that holds no Liquid."""
        if _too_deep(text):
            return unformatted(text)
        self._md.reset()
        try:
            out = self._md.convert(text)
        except (RecursionError, ValueError, IndexError, KeyError, AttributeError, TypeError):
            # The preview must never take the window down: show the text unformatted, and
            # start from a fresh parser (a failed run can leave its state half-changed).
            self._md = markdown.Markdown(extensions=kramdown_extensions(), output_format="xhtml")
            return unformatted(text)
        # kramdown ends its output with a newline; so do we, for byte-for-byte comparisons.
        return out + "\n" if out and not out.endswith("\n") else out


def _too_deep(text: str) -> bool:
    """Quotes or lists nested deeper than anyone writes (and than the parser can take)."""
    if ">" * _MAX_DEPTH in text.replace(" ", "") and any(
        m.group(0).count(">") > _MAX_DEPTH for m in _QUOTE_DEPTH.finditer(text)
    ):
        return True
    deep = " " * (2 * _MAX_DEPTH)
    return deep in text and any(
        line.startswith(deep) and line.lstrip()[:1] in "*+-0123456789" for line in text.split("\n")
    )


def unformatted(text: str) -> str:
    """The page's text shown plain, with a note, when its formatting cannot be shown."""
    return (
        '<p class="render-note">This page is nested too deeply to show its formatting; '
        "here is its text.</p>\n"
        f'<pre class="render-plain">{html.escape(text, quote=False)}</pre>\n'
    )
