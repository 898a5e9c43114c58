"""Setext headers (`Title` over `---` or `===`) only where kramdown reads them.

A list item's line over `---` is a header inside the item.

kramdown reads a setext header only at a block boundary: at the start of the page or of its
container, or after a blank line. Right under an ATX header, another setext header, a code
fence or an HTML block, `A` over `---` is a paragraph (`A —`). Python-Markdown splits those
blocks first and then reads a header; so the underline of such a line is marked here, which
no header or rule pattern matches, and the mark is taken out of the HTML at the end.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.blockprocessors import SetextHeaderProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from editor_app.core.markdown_ext.code_fences import inside_fences

MARK = "\x07"
# A container's prefix: indentation, quote marks and list markers.
_PREFIX = re.compile(r"^(?:[ \t]*(?:>[ \t]?|(?:[*+-]|\d+\.)[ \t]+))*[ \t]*")
_LIST_ITEM = re.compile(r"^[ \t>]*(?:[*+-]|\d+\.)[ \t]")
_UNDERLINE_LINE = re.compile(r"^[ \t>*+\d.-]*?(?:=+|-+)[ \t]*$", re.M)
_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*")
_ATX = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r"(?:`{3,}|~{3,})")


def _content(line: str) -> str:
    return line[_PREFIX.match(line).end() :]  # type: ignore[union-attr]


class GluedSetextPreprocessor(Preprocessor):
    """Marks the underlines of setext headers kramdown does not read (see the module)."""

    def run(self, lines: list[str]) -> list[str]:
        whole = "\n".join(lines)
        if MARK in whole:
            return lines
        # The lines that could underline a header (only those are looked at).
        candidates, line, pos = [], 0, 0
        for m in _UNDERLINE_LINE.finditer(whole):
            line += whole.count("\n", pos, m.start())
            pos = m.start()
            candidates.append(line)
        if not candidates:
            return lines
        fenced = inside_fences(lines)
        block_names = set(self.md.block_level_elements)
        out = list(lines)
        for i in candidates:
            if i < 2:
                continue
            underline, text, before = lines[i], lines[i - 1], lines[i - 2]
            if fenced[i] or fenced[i - 1] or not _UNDERLINE.fullmatch(_content(underline)):
                continue
            body = _content(text)
            if not body.strip() or _UNDERLINE.fullmatch(body) or not before.strip():
                continue
            if _LIST_ITEM.match(before):
                continue  # a list item's first line: not followed (its paragraphs differ)
            if _ends_block(_content(before), fenced[i - 2], block_names):
                out[i] = underline.rstrip() + MARK
        return out


def _ends_block(content: str, in_fence: bool, block_names: set[str]) -> bool:
    """Whether a line (its container's prefix taken off) ends a block that is not a
    paragraph: an ATX header, a setext underline, a closing fence, an HTML block's end."""
    if in_fence:
        return False
    stripped = content.strip()
    if _ATX.match(content) or _UNDERLINE.fullmatch(content) or _FENCE.fullmatch(stripped):
        return True
    m = re.match(r"</?([A-Za-z][\w-]*)", stripped)
    return bool(m and m.group(1).lower() in block_names and stripped.endswith(">"))


_LIST_MARKER = re.compile(r"^ {0,3}(?:[*+-]|\d+\.)[ \t]")


class ListAwareSetextHeaderProcessor(SetextHeaderProcessor):
    """A list item's line over `---` is a header inside the item (`- item` then `---`), as
    kramdown reads it, not a header holding the list marker."""

    def test(self, parent, block: str) -> bool:  # noqa: ANN001 (Python-Markdown's signature)
        return super().test(parent, block) and not _LIST_MARKER.match(block)


class MarkRemover(Postprocessor):
    def run(self, text: str) -> str:
        return text.replace(MARK, "") if MARK in text else text


class SetextExtension(Extension):
    """kramdown's setext headers."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        # After the lists are re-indented (27), before fences and HTML are stored (25, 20).
        md.preprocessors.register(GluedSetextPreprocessor(md), "kramdown_glued_setext", 26)
        md.postprocessors.register(MarkRemover(md), "kramdown_glued_setext", 0)
        if "setextheader" in md.parser.blockprocessors:
            md.parser.blockprocessors["setextheader"].__class__ = ListAwareSetextHeaderProcessor
