"""Raw HTML as Hugo prints it by default: left out, with a comment saying so.

Unless the site sets `[markup.goldmark.renderer] unsafe = true`, Goldmark replaces every
HTML block and inline tag (comments included) by `<!-- raw HTML omitted -->`. A comment,
`<script>`, `<pre>`, `<style>` or `<textarea>` block closed on a later line than it opened
prints the comment twice (once for the block, once for its closing line).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

OMITTED = "<!-- raw HTML omitted -->"
# CommonMark's HTML blocks 1 to 5 and what ends each of them.
_CLOSED_BLOCKS = (
    (
        re.compile(r"^<(?:script|pre|style|textarea)(?:\s|>|$)", re.I),
        re.compile(r"</(?:script|pre|style|textarea)>", re.I),
    ),
    (re.compile(r"^<!--"), re.compile(r"-->")),
    (re.compile(r"^<\?"), re.compile(r"\?>")),
    (re.compile(r"^<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"^<!\[CDATA\["), re.compile(r"\]\]>")),
)


def _after_bare_text(tokens: list, idx: int) -> str:
    """Goldmark starts an HTML block on a new line after a tight item's bare text."""
    return "\n" if idx and tokens[idx - 1].hidden else ""


def _html_block(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's signature)
    return _after_bare_text(tokens, idx) + _omitted_block(tokens[idx].content)


def _omitted_block(content: str) -> str:
    lines = content.rstrip("\n").split("\n")
    first = lines[0].lstrip()
    for opening, closing in _CLOSED_BLOCKS:
        if opening.match(first):
            if len(lines) > 1 and not closing.search(first) and closing.search(lines[-1]):
                return OMITTED + "\n" + OMITTED + "\n"
            break
    return OMITTED + "\n"


def html_block_plugin(md: MarkdownIt) -> None:
    """The author's HTML blocks as written (`unsafe = true`), on a line of their own."""
    md.add_render_rule(
        "html_block",
        lambda self, tokens, idx, options, env: _after_bare_text(tokens, idx)
        + tokens[idx].content,
    )


def omit_raw_html_plugin(md: MarkdownIt) -> None:
    """Print Goldmark's omission comment instead of the author's raw HTML."""
    md.add_render_rule("html_block", _html_block)
    md.add_render_rule("html_inline", lambda self, tokens, idx, options, env: OMITTED)
