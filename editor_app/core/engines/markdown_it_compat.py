"""markdown-it 12 and 13 where they render otherwise than 14 (the preview's markdown-it-py).

An Eleventy site renders with the markdown-it its `package.json` brings in
(`markdown_it_versions.markdown_it_version(root)`).

`apply_profile(md, "12" | "13")` then puts back, one small rule each, what those versions
did differently (profile "12" is Debian's `node-markdown-it` 12.2, the reference renderer):

- a lower-case `<!doctype html>` is text (13 and 12: only `<!DOCTYPE` starts an HTML block
  or is inline HTML); HTML comments holding `--`, `<?...?>` over lines (12) are text;
- emphasis flanking counts Unicode punctuation only, not symbols: `(375×*)` keeps its `*`;
- image `alt` text leaves out escapes and entities (13), and line breaks too (12);
- HTML blocks: `<textarea>` and `<search>` start none, `<source>` does (and `<meta>` in
  12); an outdented blank line ends a comment block inside a list (`markdown_it_html.py`);
- 12 only: headings are tried before HTML blocks (`<div>` over `---` is a heading), and
  tables split as 12 did: `|` inside backticks does not split a cell, `\\|` keeps its
  backslash inside code, a row needs a `|`, the table ends only at a line without one.
"""

from __future__ import annotations

import re
import unicodedata
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isWhiteSpace
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.text_join import _join_text_tokens
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Scanned

from editor_app.core.engines.markdown_it_html import (
    html_block_rule,
    html_inline_rule,
    html_sequences,
    replace_rule,
)
from editor_app.core.engines.markdown_it_typography import apply_typography

# -- the profile ---------------------------------------------------------------------------


def apply_profile(md: MarkdownIt, version: str) -> None:
    """Make `md` (markdown-it-py, which follows 14) render as markdown-it `version` did."""
    if version != "12":
        # Escapes and entities inside an image's text stay their own tokens (and so
        # out of its `alt`), as in markdown-it 13 and 14.
        replace_rule(md.core.ruler, "text_join", _text_join_outside_images)
    md.add_render_rule("image", _image_rule(version))
    if version not in ("12", "13"):
        return
    old = version == "12"
    apply_typography(md, version)
    replace_rule(md.block.ruler, "html_block", html_block_rule(html_sequences(not old, old)))
    replace_rule(md.inline.ruler, "html_inline", html_inline_rule(old))
    punctuation_only_flanking(md)
    if old:
        _move_after(md.block.ruler, "html_block", "lheading")
        replace_rule(md.block.ruler, "table", table_12)
        quote = md.block.ruler.__rules__[md.block.ruler.__find__("blockquote")]
        replace_rule(md.block.ruler, "blockquote", _blockquote_12(quote.fn))


def _blockquote_12(original):  # noqa: ANN001, ANN202 (markdown-it-py's rule)
    """12.2's quote, once a line of it was outdented (a lazy line, in a nested quote), took
    no later `>` line: the quote ends there (14 looks at each line on its own)."""

    def blockquote(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        if not silent:
            outdented = False
            for line in range(startLine + 1, endLine):
                if state.isEmpty(line):
                    break
                if state.sCount[line] < state.blkIndent:
                    outdented = True
                elif outdented and state.src[state.bMarks[line] + state.tShift[line]] == ">":
                    endLine = line
                    break
        return original(state, startLine, endLine, silent)

    return blockquote




def _move_after(ruler: object, name: str, after: str) -> None:
    rules = ruler.__rules__  # type: ignore[attr-defined]
    rule = rules.pop(ruler.__find__(name))  # type: ignore[attr-defined]
    rules.insert(ruler.__find__(after) + 1, rule)  # type: ignore[attr-defined]
    ruler.__cache__ = None  # type: ignore[attr-defined]


# Emphasis flanking: markdown-it 13 and before count Unicode punctuation (P), not symbols (S).


def _is_punct_p(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or unicodedata.category(ch).startswith("P")


def _scan_delims(self: StateInline, start: int, canSplitWord: bool) -> Scanned:
    src, maximum = self.src, self.posMax
    marker = src[start]
    last = src[start - 1] if start > 0 else " "
    pos = start
    while pos < maximum and src[pos] == marker:
        pos += 1
    nxt = src[pos] if pos < maximum else " "
    last_punct, next_punct = _is_punct_p(last), _is_punct_p(nxt)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(nxt))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    can_open = left and (canSplitWord or not right or last_punct)
    can_close = right and (canSplitWord or not left or next_punct)
    return Scanned(can_open, can_close, pos - start)


def punctuation_only_flanking(md: MarkdownIt) -> None:
    """Emphasis and strikethrough flank on punctuation alone (markdown-it 13, Goldmark)."""
    for name in ("emphasis", "strikethrough"):
        replace_rule(md.inline.ruler, name, _punctuation_only(md.inline.ruler, name))


def _punctuation_only(ruler: object, name: str):  # noqa: ANN202
    original = ruler.__rules__[ruler.__find__(name)].fn  # type: ignore[attr-defined]

    def rule(state: StateInline, silent: bool) -> bool:
        if "scanDelims" not in state.__dict__:
            state.scanDelims = MethodType(_scan_delims, state)  # type: ignore[method-assign]
        return original(state, silent)

    return rule


# Image alt text (markdown-it's `renderInlineAsText`): 14 keeps text, inline HTML and line
# breaks; 13 text and soft breaks; 12 text alone. None keeps code, escapes or entities
# (which 12 reads as text).


def _text_join_outside_images(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = _join_text_tokens(token.children)


def _image_rule(version: str):  # noqa: ANN202
    kept = {"text"}
    if version == "12":
        kept |= {"text_special"}
    if version != "12":
        kept |= {"softbreak"}
    if version == "14":
        kept |= {"hardbreak", "html_inline", "html_block"}

    def as_text(tokens: list) -> str:
        out = []
        for token in tokens or []:
            if token.type == "image":
                out.append(as_text(token.children))
            elif token.type in kept:
                out.append("\n" if token.type.endswith("break") else token.content)
        return "".join(out)

    def image(self, tokens, idx, options, env):  # noqa: ANN001, ANN202
        token = tokens[idx]
        token.attrSet("alt", as_text(token.children))
        return self.renderToken(tokens, idx, options, env)

    return image


# Tables as markdown-it 12.2 read them.


def _split_row_12(text: str) -> list[str]:
    """Cells of a row: `|` splits unless escaped or inside backticks; `\\|` is kept."""
    result, pos, escapes, last, ticked, last_tick = [], 0, 0, 0, False, 0
    while pos < len(text):
        ch = text[pos]
        if ch == "`":
            if ticked:
                ticked, last_tick = False, pos
            elif escapes % 2 == 0:
                ticked, last_tick = True, pos
        elif ch == "|" and escapes % 2 == 0 and not ticked:
            result.append(text[last:pos])
            last = pos + 1
        escapes = escapes + 1 if ch == "\\" else 0
        pos += 1
        if pos == len(text) and ticked:
            # an unclosed backtick: go on from just after it, as text
            ticked, pos = False, last_tick + 1
    result.append(text[last:])
    return result


def _line_12(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.blkIndent : state.eMarks[line]]


def _strip_pipes(text: str) -> str:
    text = text[1:] if text.startswith("|") else text
    return text[:-1] if text.endswith("|") else text


def table_12(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
    """markdown-it 12.2's table rule."""
    if startLine + 2 > endLine:
        return False
    nextLine = startLine + 1
    if state.sCount[nextLine] < state.blkIndent or state.sCount[nextLine] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[nextLine] + state.tShift[nextLine]
    if pos >= state.eMarks[nextLine] or state.src[pos] not in "|-:":
        return False
    if any(ch not in "|-: \t" for ch in state.src[pos + 1 : state.eMarks[nextLine]]):
        return False
    aligns = []
    columns = _line_12(state, nextLine).split("|")
    for i, cell in enumerate(columns):
        t = cell.strip()
        if not t:
            if i in (0, len(columns) - 1):
                continue
            return False
        if not re.fullmatch(r":?-+:?", t):
            return False
        aligns.append(
            ("center" if t[0] == ":" else "right")
            if t[-1] == ":"
            else ("left" if t[0] == ":" else "")
        )
    line = _line_12(state, startLine).strip()
    if "|" not in line or state.sCount[startLine] - state.blkIndent >= 4:
        return False
    columns = _split_row_12(_strip_pipes(line))
    count = len(columns)
    if count > len(aligns):
        return False
    if silent:
        return True

    def cell(tag: str, i: int, text: str, line_map: list[int] | None) -> None:
        token = state.push(f"{tag}_open", tag, 1)
        if line_map:
            token.map = line_map
        if aligns[i]:
            token.attrs = {"style": "text-align:" + aligns[i]}
        token = state.push("inline", "", 0)
        token.content = text.strip()
        if line_map:
            token.map = line_map
        token.children = []
        state.push(f"{tag}_close", tag, -1)

    table = state.push("table_open", "table", 1)
    table.map = [startLine, 0]
    state.push("thead_open", "thead", 1).map = [startLine, startLine + 1]
    state.push("tr_open", "tr", 1).map = [startLine, startLine + 1]
    for i, text in enumerate(columns):
        cell("th", i, text, [startLine, startLine + 1])
    state.push("tr_close", "tr", -1)
    state.push("thead_close", "thead", -1)
    body = state.push("tbody_open", "tbody", 1)
    body.map = [startLine + 2, 0]
    nextLine = startLine + 2
    while nextLine < endLine:
        if state.sCount[nextLine] < state.blkIndent:
            break
        line = _line_12(state, nextLine).strip()
        if "|" not in line or state.sCount[nextLine] - state.blkIndent >= 4:
            break
        cells = _split_row_12(_strip_pipes(line))
        state.push("tr_open", "tr", 1)
        for i in range(count):
            cell("td", i, cells[i] if i < len(cells) else "", None)
        state.push("tr_close", "tr", -1)
        nextLine += 1
    state.push("tbody_close", "tbody", -1)
    state.push("table_close", "table", -1)
    table.map[1] = body.map[1] = nextLine
    state.line = nextLine
    return True
