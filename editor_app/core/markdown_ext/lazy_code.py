"""kramdown's indented code blocks go on over lazy lines, up to the next blank line.

kramdown's code block is indented lines followed by any non-blank lines that are not a
block IAL (`{: ...}`), an end-of-block `^` or a block-level HTML tag (its
`CODEBLOCK_MATCH`); each such lazy line joins the line before it with a space
(`data.gsub!(/\\n( {0,3}\\S)/, ' \\\\1')`). So

    <4 spaces>code();
    };

is one code block holding `code(); };`, where Python-Markdown would end the code and start
a paragraph.
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.blockprocessors import CodeBlockProcessor

# kramdown's HTML_SPAN_ELEMENTS: a lazy line may start with one of these.
_SPAN_ELEMENTS = (
    "a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|"
    "option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|textarea|tt|var"
)
_NOT_LAZY = re.compile(
    r" {0,3}(?:\{:(?![:/])|\^\s*$|</?(?!(?:" + _SPAN_ELEMENTS + r")\b)[A-Za-z_][\w.-]*)"
)


class LazyCodeBlockProcessor(CodeBlockProcessor):
    """Python-Markdown's indented code, with kramdown's lazy lines."""

    def detab(self, text: str, length: int | None = None) -> tuple[str, str]:
        length = length or self.tab_length
        lines = text.split("\n")
        code: list[str] = []
        used = 0
        for line in lines:
            if line.startswith(" " * length):
                code.append(line[length:])
            elif not line.strip():
                code.append("")
            elif code and code[-1].strip() and not _NOT_LAZY.match(line):
                code[-1] += " " + line  # joins the line before, as kramdown does
            else:
                break
            used += 1
        return "\n".join(code), "\n".join(lines[used:])


class LazyCodeExtension(Extension):
    """Indented code blocks as kramdown reads them."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.parser.blockprocessors["code"].__class__ = LazyCodeBlockProcessor
