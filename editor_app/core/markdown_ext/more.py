"""`<!--more-->` (or any comment) on its own line inside a paragraph stays in the paragraph.

kramdown only treats an HTML comment as a block after a blank line; Python-Markdown would
cut the paragraph in two around it.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

_COMMENT_LINE = re.compile(r"^ {0,3}<!--.*?-->\s*$")


class InlineCommentPreprocessor(Preprocessor):
    """Stashes a comment line that follows paragraph text, so it stays inline."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        for line in lines:
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
            if (
                not in_fence
                and out
                and out[-1].strip()
                and not out[-1].lstrip().startswith(("<", "```", "~~~", "    "))
                and _COMMENT_LINE.match(line)
            ):
                line = self.md.htmlStash.store(line.strip())
            out.append(line)
        return out


class MoreExtension(Extension):
    """Comments inside paragraphs, as kramdown keeps them."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.preprocessors.register(InlineCommentPreprocessor(md), "kramdown_inline_comment", 21)
