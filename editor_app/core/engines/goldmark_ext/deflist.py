"""Definition lists as Goldmark prints them (markdown-it's deflist plugin parses them).

Goldmark judges each definition on its own: one written right under its term is tight, so
its first paragraph prints bare (`<dd>text</dd>`, later paragraphs keep `<p>`); one with a
blank line above it is loose, every paragraph in `<p>`.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
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


def goldmark_deflist_plugin(md: MarkdownIt) -> None:
    """`Term` / `: definition` lists, tight or loose per definition as in Goldmark."""
    md.use(deflist_plugin)
    md.core.ruler.push("goldmark_definitions", _definitions)
