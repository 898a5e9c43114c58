"""Paragraph details Hugo sets: lone images unwrapped, and `{.class}` lines after a block.

`[markup.goldmark.parser] wrapStandAloneImageWithinParagraph = false` prints a paragraph
holding only an image as the bare `<img>`. With `[markup.goldmark.parser.attribute]
block = true`, a line such as `{.note #intro}` right under a paragraph or a quote gives
that block the attributes.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from editor_app.core.engines.goldmark_ext.headings import parse_attributes

_LAST_LINE = re.compile(r"\n[ \t]*\{([^{}\n]*)\}[ \t]*$")


def _unwrap_images(state: StateCore) -> None:
    tokens = state.tokens
    for k in range(1, len(tokens) - 1):
        inline = tokens[k]
        if inline.type != "inline" or tokens[k - 1].type != "paragraph_open":
            continue
        children = [
            c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
        ]
        if len(children) == 1 and children[0].type == "image":
            tokens[k - 1].meta["bare_image"] = tokens[k + 1].meta["bare_image"] = True


def _open(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's signature)
    if tokens[idx].meta.get("bare_image"):
        # After a bare paragraph (a tight definition) Goldmark starts a new line.
        return "\n" if idx and tokens[idx - 1].hidden else ""
    return self.renderToken(tokens, idx, options, env)


def _close(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    if tokens[idx].meta.get("bare_image"):
        return "\n"
    return self.renderToken(tokens, idx, options, env)


def _block_attributes(state: StateCore) -> None:
    tokens = state.tokens
    lines = state.src.split("\n")
    for k in range(1, len(tokens) - 1):
        inline = tokens[k]
        opener = tokens[k - 1]
        if inline.type != "inline" or opener.type != "paragraph_open" or "{" not in inline.content:
            continue
        m = _LAST_LINE.search(inline.content)
        attrs = parse_attributes(m.group(1)) if m else None
        if m is None or attrs is None:
            continue
        inline.content = inline.content[: m.start()]
        children = inline.children or []
        # Drop the attribute line: the last soft break and the text after it.
        while children and children[-1].type != "softbreak":
            children.pop()
        if children:
            children.pop()
        target = opener
        # A lazy line under a quote (no `>`) belongs to the quote itself.
        end = opener.map[1] - 1 if opener.map else -1
        parent = next((t for t in reversed(tokens[: k - 1]) if t.level == opener.level - 1), None)
        if (
            parent is not None
            and parent.type == "blockquote_open"
            and 0 <= end < len(lines)
            and not lines[end].lstrip().startswith(">")
        ):
            target = parent
        for key, value in attrs.items():
            target.attrSet(key, value)


def unwrap_images_plugin(md: MarkdownIt) -> None:
    """A paragraph holding only an image prints as the bare image."""
    md.core.ruler.push("goldmark_unwrap_images", _unwrap_images)
    md.add_render_rule("paragraph_open", _open)
    md.add_render_rule("paragraph_close", _close)


def block_attributes_plugin(md: MarkdownIt) -> None:
    """`{.class #id key=value}` on the line under a paragraph or quote applies to it."""
    md.core.ruler.after("inline", "goldmark_block_attributes", _block_attributes)
