"""An image's `alt` text as Goldmark prints it: the text of its description as written.

Goldmark's alt is the text of the description's nodes, escaped once: escapes and entities
stay as written (`&iexcl;` prints `&amp;iexcl;`, `\\*` stays `\\*`), the typographer's
substitutions are its entities escaped again (`&amp;ldquo;`), code keeps its text, inline
HTML and line breaks are left out (`a\\nb` is `ab`), emphasis keeps only its words.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_SKIPPED = frozenset({"html_inline", "softbreak", "hardbreak"})


def _text(tokens: list[Token] | None) -> str:
    out = []
    for token in tokens or []:
        if token.type == "text_special":
            out.append(token.markup or token.content)
        elif token.type == "image":
            out.append(_text(token.children))
        elif token.type in ("text", "typographic", "code_inline"):
            out.append(token.content)
        elif token.type not in _SKIPPED and not token.nesting and token.content:
            out.append(token.content)
    return "".join(out)


def _alt_as_written(state: StateCore) -> None:
    for block in state.tokens:
        for token in block.children or []:
            if token.type == "image":
                alt = Token("text", "", 0)
                alt.content = _text(token.children)
                token.children = [alt]


def image_alt_plugin(md: MarkdownIt) -> None:
    """Goldmark's alt text (runs after the typographer, before escapes are joined)."""
    md.core.ruler.before("text_join", "goldmark_image_alt", _alt_as_written)
