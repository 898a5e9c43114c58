"""Paragraph details Hugo sets: lone images unwrapped, and `{.class}` lines after a block.

`[markup.goldmark.parser] wrapStandAloneImageWithinParagraph = false` prints a paragraph
holding only an image as the bare `<img>`. With `[markup.goldmark.parser.attribute]
block = true`, a line such as `{.note #intro}` right under a paragraph, a quote or a
table gives that block the attributes.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from editor_app.core.engines.goldmark_ext.headings import _ATTRIBUTE, parse_attributes


def _written_order(text: str, attrs: dict[str, str]) -> dict[str, str]:
    """The attributes in the order written (Goldmark prints them so: `{.c #i}` is
    `class="c" id="i"`), `class` where the first class is."""
    order: list[str] = []
    for m in _ATTRIBUTE.finditer(text):
        key = "id" if m.group(1) == "#" else "class" if m.group(1) == "." else m.group(3)
        if key not in order:
            order.append(key)
    return {key: attrs[key] for key in order if key in attrs}


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
        attrs = _written_order(m.group(1), attrs)
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


_ATTRIBUTE_ROW = re.compile(r"[ \t]*\{([^{}\n]*)\}[ \t]*")


def _table_attributes(state: StateCore) -> None:
    """`{.class}` on the line under a table's last row: Goldmark's attributes for the table
    (markdown-it read the line as one more row)."""
    tokens = state.tokens
    lines = state.src.split("\n")
    for k, token in enumerate(tokens):
        if token.type != "tr_open" or not token.map or token.level < 1:
            continue
        line = lines[token.map[0]] if token.map[0] < len(lines) else ""
        m = _ATTRIBUTE_ROW.fullmatch(line)
        attrs = parse_attributes(m.group(1)) if m else None
        if m is None or attrs is None:
            continue
        attrs = _written_order(m.group(1), attrs)
        end = next(j for j in range(k, len(tokens)) if tokens[j].type == "tr_close")
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is None or after.type != "tbody_close":
            continue  # only the table's last row
        table = next(t for t in reversed(tokens[:k]) if t.type == "table_open")
        for key, value in attrs.items():
            table.attrSet(key, value)
        del tokens[k : end + 1]
        if tokens[k - 1].type == "tbody_open" and tokens[k].type == "tbody_close":
            del tokens[k - 1 : k + 1]  # the attributes were its only body row
        return _table_attributes(state)


def unwrap_images_plugin(md: MarkdownIt) -> None:
    """A paragraph holding only an image prints as the bare image."""
    md.core.ruler.push("goldmark_unwrap_images", _unwrap_images)
    md.add_render_rule("paragraph_open", _open)
    md.add_render_rule("paragraph_close", _close)


def block_attributes_plugin(md: MarkdownIt) -> None:
    """`{.class #id key=value}` on the line under a paragraph or quote applies to it."""
    md.core.ruler.after("inline", "goldmark_block_attributes", _block_attributes)
    md.core.ruler.after("block", "goldmark_table_attributes", _table_attributes)
