"""Definition lists as Goldmark prints them (markdown-it's deflist plugin parses them).

Goldmark judges each definition on its own: one written right under its term is tight, so
its first paragraph prints bare (`<dd>text</dd>`, later paragraphs keep `<p>`); one with a
blank line above it is loose, every paragraph in `<p>`. A paragraph of several lines right
above `: definition` gives one term per line (markdown-it's plugin took only a one-line
paragraph as a term, and read the rest as paragraph text).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin


def _definitions(state: StateCore) -> None:
    tokens = state.tokens
    lines = state.src.split("\n")
    for k, token in enumerate(tokens):
        if token.type != "dd_open":
            continue
        # The definition's own first line (the `dd_open` map can start at its term).
        child = next((t for t in tokens[k + 1 :] if t.map and t.level == token.level + 1), None)
        start = child.map[0] if child is not None and child.map else 0
        loose = start > 0 and not lines[start - 1].strip()
        first = True
        for inner in tokens[k + 1 :]:
            if inner.type == "dd_close" and inner.level == token.level:
                break
            if inner.level != token.level + 1:
                continue
            if inner.type in ("paragraph_open", "paragraph_close"):
                inner.hidden = first and not loose
                if inner.type == "paragraph_close":
                    first = False
            elif inner.nesting != -1:
                first = False


def _is_marker(state: StateBlock, line: int) -> bool:
    start = state.bMarks[line] + state.tShift[line]
    return state.src[start : start + 1] == ":" and state.src[start + 1 : start + 2] in (" ", "\t")


def _several_terms(deflist):  # noqa: ANN001, ANN202 (the plugin's own rule)
    def rule(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
        if silent or state.sCount[startLine] - state.blkIndent >= 4:
            return deflist(state, startLine, endLine, silent)
        last = startLine
        terminators = state.md.block.ruler.getRules("paragraph")
        while (
            last + 1 < endLine
            and not state.isEmpty(last + 1)
            and state.sCount[last + 1] >= state.blkIndent
            and not _is_marker(state, last + 1)
            and not any(t(state, last + 1, endLine, True) for t in terminators)
        ):
            last += 1
        if last == startLine or last + 1 >= endLine or not _is_marker(state, last + 1):
            return deflist(state, startLine, endLine, silent)
        first = len(state.tokens)
        if not deflist(state, last, endLine, False):
            return False
        dl, dt_open, inline, dt_close = state.tokens[first : first + 4]
        terms = []
        for line in range(startLine, last):
            for model, content in ((dt_open, None), (inline, line), (dt_close, None)):
                token = Token(model.type, model.tag, model.nesting)
                token.level, token.block, token.map = model.level, True, [line, line]
                if content is not None:
                    token.content = state.getLines(line, line + 1, state.blkIndent, False).strip()
                    token.children = []
                terms.append(token)
        state.tokens[first + 1 : first + 1] = terms
        dl.map = [startLine, dl.map[1] if dl.map else state.line]
        previous = state.tokens[first - 1] if first else None
        if previous is not None and previous.type == "dl_close" and previous.level == dl.level:
            # Right after a definition list: Goldmark goes on with that list.
            del state.tokens[first - 1 : first + 1]
        return True

    return rule


def goldmark_deflist_plugin(md: MarkdownIt) -> None:
    """`Term` / `: definition` lists, tight or loose per definition as in Goldmark."""
    md.use(deflist_plugin)
    rule = md.block.ruler.__rules__[md.block.ruler.__find__("deflist")]
    rule.fn = _several_terms(rule.fn)
    md.block.ruler.__cache__ = None
    md.core.ruler.push("goldmark_definitions", _definitions)
