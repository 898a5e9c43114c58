"""Definition lists as kramdown reads them.

kramdown's definition goes on over the blocks indented as far as its text (`: Def` is
followed by blocks indented two spaces, `:   Def` by four), where Python-Markdown asks for
four; the lines are indented to four here before the blocks are read. And the first
paragraph of a definition written right under its term stays bare (`<dd>Def one`) even when
more blocks follow it; Python-Markdown wrapped it in `<p>` then.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.extensions.def_list import DefListIndentProcessor, DefListProcessor
from markdown.preprocessors import Preprocessor

from editor_app.core.markdown_ext.lists import OPENING_FENCE
from editor_app.core.markdown_ext.lists import _fenced_html as fenced_html

_DEFINITION = re.compile(r"( {0,3}:[ \t]+)\S")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


class DefinitionIndentPreprocessor(Preprocessor):
    """Indents a definition's following blocks from its text's column to four spaces."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(":" in line and _DEFINITION.match(line) for line in lines):
            return lines  # no definition list on the page
        out: list[str] = []
        width = 0  # the column of the current definition's text, 0 outside one
        blank = False
        fence = ""  # inside fenced code: left as written (the fences are read later)
        k = 0
        while k < len(lines):
            line = lines[k]
            k += 1
            code = _definition_code(lines, k - 1, width) if width and not fence else None
            if code is not None:
                # kramdown reads a fence indented as far as the definition's text inside it.
                html, k = code
                if out and out[-1].strip():
                    out.append("")
                out.extend(["    " + self.md.htmlStash.store(html), ""])
                blank = True
                continue
            f = _FENCE.match(line) if fence else _opening(lines, k - 1)
            if fence or f:
                if not fence:
                    fence = f.group(1)
                    width = 0  # Python-Markdown reads fences first: the definition ends
                elif f and f.group(1)[0] == fence[0] and len(f.group(1)) >= len(fence):
                    fence = ""
                out.append(line)
                continue
            m = _DEFINITION.match(line)
            if m and any(previous.strip() for previous in out[-2:]):
                width = len(m.group(1).expandtabs(4))
                out.append(line)
                blank = False
                continue
            if not line.strip():
                blank = True
                out.append(line)
                continue
            indent = len(line) - len(line.lstrip(" "))
            if width and width < 4 and indent >= width:
                line = " " * 4 + line[width:]
            elif width and blank and indent < width:
                width = 0  # an outdented block after a blank line ends the definition
            blank = False
            out.append(line)
        return out


def _opening(lines: list[str], k: int) -> re.Match[str] | None:
    """The fence opening code at line `k`: kramdown reads one only where it is closed
    within the same block (a line indented less than the fence ends the search)."""
    opening = OPENING_FENCE.fullmatch(lines[k])
    if opening is None:
        return None
    mark = opening.group(1)
    indent = len(lines[k]) - len(lines[k].lstrip(" "))
    for line in lines[k + 1 :]:
        if line.strip() and len(line) - len(line.lstrip(" ")) < indent:
            return None
        closing = _FENCE.match(line)
        if closing and closing.group(1)[0] == mark[0] and len(closing.group(1)) >= len(mark):
            if not line.strip().strip(mark[0]):
                return opening
    return None


def _definition_code(lines: list[str], k: int, width: int) -> tuple[str, int] | None:
    """(kramdown's HTML, the next line) of a fenced code block starting at line `k` inside
    a definition whose text starts at column `width`; None when there is none (every line
    of it must be indented that far, and it must be closed)."""
    line = lines[k]
    if len(line) - len(line.lstrip(" ")) < width:
        return None
    opening = OPENING_FENCE.fullmatch(line[width:])
    if opening is None:
        return None
    mark = opening.group(1)
    fenced = [line[width:]]
    for j in range(k + 1, len(lines)):
        text = lines[j]
        if text.strip() and len(text) - len(text.lstrip(" ")) < width:
            return None
        fenced.append(text[width:])
        closing = _FENCE.match(text[width:])
        if closing and closing.group(1)[0] == mark[0] and len(closing.group(1)) >= len(mark):
            if not text[width:].strip().strip(mark[0]):
                return fenced_html(fenced), j + 1
    return None


class KramdownDefListProcessor(DefListProcessor):
    """A definition written after a blank line (`: two` under `: one` and a blank line) has
    its text in `<p>`, as kramdown prints it; Python-Markdown left it bare unless the one
    before held blocks."""

    _rest: str | None = None  # the rest of the last block read: no blank line before it

    def run(self, parent, blocks) -> bool | None:  # noqa: ANN001 (Python-Markdown's signature)
        raw = blocks[0]
        after_blank = raw is not self._rest and not self.RE.search(raw).start()  # type: ignore[union-attr]
        count = len(blocks)
        sibling = self.lastChild(parent)
        result = super().run(parent, blocks)
        self._rest = blocks[0] if len(blocks) == count else None
        if after_blank and sibling is not None and sibling.tag == "dl" and result is not False:
            dd = sibling[-1] if len(sibling) and sibling[-1].tag == "dd" else None
            if dd is not None and dd.text and not len(dd):
                p = etree.SubElement(dd, "p")
                p.text, dd.text = dd.text, None
        return result


class KramdownDefListIndentProcessor(DefListIndentProcessor):
    """Blocks under a definition; its first paragraph stays bare when it was."""

    def run(self, parent, blocks) -> None:  # noqa: ANN001 (Python-Markdown's signature)
        block = blocks[0]
        level, sibling = self.get_level(parent, block)
        item = sibling[-1] if sibling is not None and len(sibling) else None
        if (
            parent.tag not in self.ITEM_TYPES
            and sibling is not None
            and sibling.tag not in self.ITEM_TYPES
            and item is not None
            and item.tag == "dd"
            and item.text
        ):
            blocks.pop(0)
            block = self.looseDetab(block, level)
            self.parser.state.set("detabbed")
            if not len(item) and not item.text.endswith("\n"):
                item.text += "\n"  # kramdown: `Def one` then a line break before the block
            self.parser.parseChunk(item, block)
            self.parser.state.reset()
            return
        super().run(parent, blocks)


class DefListsExtension(Extension):
    """kramdown's definition lists (after Python-Markdown's `def_list`)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # Before the list items are rewritten (27).
        md.preprocessors.register(DefinitionIndentPreprocessor(md), "kramdown_dd_indent", 28)
        if "deflist" in md.parser.blockprocessors:
            md.parser.blockprocessors["deflist"].__class__ = KramdownDefListProcessor
        if "defindent" in md.parser.blockprocessors:
            md.parser.blockprocessors["defindent"].__class__ = KramdownDefListIndentProcessor
