"""kramdown (Jekyll): Python-Markdown with the extensions of `core/markdown_ext/`.

The site's `kramdown:` options in `_config.yml` that change the output are followed:
`auto_ids`, `hard_wrap` and `smart_quotes`; the others keep Jekyll's defaults.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

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

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.notes: tuple[str, ...] = ()
        self.options = read_kramdown_options(options or {})
        self._md = self._parser()

    def notes_for(self, text: str, html: str | None = None) -> tuple[str, ...]:
        """The notes that apply to a page (the same for every page)."""
        return self.notes

    def _parser(self) -> markdown.Markdown:
        return markdown.Markdown(
            extensions=kramdown_extensions(**self.options), output_format="xhtml"
        )

    @classmethod
    def for_site(cls, site: Site | None) -> KramdownEngine:
        options = site.config.get("kramdown") if site is not None else None
        return cls(options if isinstance(options, dict) else None)

    def render(self, text: str, env: dict | None = None) -> str:
        """kramdown-like HTML of Markdown text that holds no Liquid (`env`: `Engine.render`)."""
        if _too_deep(text):
            return unformatted(text)
        self._md.reset()
        md: Any = self._md
        if env is not None:  # a part of a page: the definitions and ids of the parts before
            md.references.update(env.get("references", {}))
            md.heading_ids = env.setdefault("heading_ids", {})
        try:
            out = self._md.convert(text)
        except (RecursionError, ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
            # The preview must never take the window down: show the text unformatted, and
            # start from a fresh parser (a failed run can leave its state half-changed).
            self._md = self._parser()
            return unformatted(text, e)
        finally:
            md.heading_ids = None
        if env is not None:
            env["references"] = dict(md.references)
        # kramdown ends its output with a newline; so do we, for byte-for-byte comparisons.
        return out + "\n" if out and not out.endswith("\n") else out


_DEFAULT_QUOTES = ("lsquo", "rsquo", "ldquo", "rdquo")
_CURLY = ("\u2018", "\u2019", "\u201c", "\u201d")


def read_kramdown_options(config: dict[str, Any]) -> dict[str, Any]:
    """`kramdown_extensions` arguments from a site's `kramdown:` options (Jekyll's defaults)."""
    options: dict[str, Any] = {}
    if config.get("auto_ids") is False:
        options["auto_ids"] = False
    if config.get("hard_wrap") is True:
        options["hard_wrap"] = True
    quotes = config.get("smart_quotes")
    names = quotes.split(",") if isinstance(quotes, str) else quotes
    if isinstance(names, list) and len(names) == 4:
        names = [str(n).strip() for n in names]
        if names != list(_DEFAULT_QUOTES):
            # Entity names (or numbers) as kramdown takes them, printed as characters.
            chars = [html.unescape(f"&{n};") if not n.isdigit() else chr(int(n)) for n in names]
            options["quotes"] = dict(zip(_CURLY, chars, strict=True))
    return options


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


def unformatted(text: str, error: BaseException | None = None) -> str:
    """The page's text shown plain, with a note, when its formatting cannot be shown: nested
    too deeply (a RecursionError, or `_too_deep`), or a parser that failed on it (`error`)."""
    why = (
        "This page is nested too deeply to show its formatting"
        if error is None or isinstance(error, RecursionError)
        else "The preview could not work out this page's formatting"
    )
    return (
        f'<p class="render-note">{why}; here is its text.</p>\n'
        f'<pre class="render-plain">{html.escape(text, quote=False)}</pre>\n'
    )
