"""Raw HTML as Hugo prints it by default: left out, with a comment saying so.

Unless the site sets `[markup.goldmark.renderer] unsafe = true`, Goldmark replaces every
HTML block and inline tag (comments included) by `<!-- raw HTML omitted -->`.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

OMITTED = "<!-- raw HTML omitted -->"


def omit_raw_html_plugin(md: MarkdownIt) -> None:
    """Print Goldmark's omission comment instead of the author's raw HTML."""
    md.add_render_rule("html_block", lambda self, tokens, idx, options, env: OMITTED + "\n")
    md.add_render_rule("html_inline", lambda self, tokens, idx, options, env: OMITTED)
