"""GFM pieces as Goldmark prints them: `<del>` for strikethrough, plain task-list checkboxes.

Goldmark's task list item is `<li><input disabled="" type="checkbox"> text</li>` (with
`checked=""` when ticked), with no classes on the list or the item.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_BOX = re.compile(r"\[([ xX])\](?=[ \t])")


def _task_boxes(state: StateCore) -> None:
    tokens = state.tokens
    for k, token in enumerate(tokens):
        if token.type != "inline" or not token.children or k < 1:
            continue
        opener = (
            tokens[k - 2] if tokens[k - 1].type == "paragraph_open" and k >= 2 else tokens[k - 1]
        )
        if opener.type != "list_item_open":
            continue
        first = token.children[0]
        match = _BOX.match(first.content) if first.type == "text" else None
        if match is None:
            continue
        first.content = first.content[3:]
        box = Token("task_checkbox", "input", 0)
        box.meta = {"checked": match.group(1) != " "}
        token.children.insert(0, box)


def _render_box(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's signature)
    checked = 'checked="" ' if tokens[idx].meta.get("checked") else ""
    end = " />" if options.get("xhtmlOut") else ">"  # `xhtml = true`
    return f'<input {checked}disabled="" type="checkbox"{end}'


def strikethrough_plugin(md: MarkdownIt) -> None:
    """`~~text~~` as `<del>text</del>`."""
    md.enable("strikethrough")
    md.add_render_rule("s_open", lambda self, tokens, idx, options, env: "<del>")
    md.add_render_rule("s_close", lambda self, tokens, idx, options, env: "</del>")


def task_list_plugin(md: MarkdownIt) -> None:
    """`- [ ] a` and `- [x] b` as Goldmark's disabled checkboxes."""
    md.core.ruler.after("inline", "goldmark_task_list", _task_boxes)
    md.add_render_rule("task_checkbox", _render_box)
