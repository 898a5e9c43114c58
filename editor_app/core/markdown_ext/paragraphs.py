"""Paragraph text trimmed at both ends, as kramdown does (no space before `</p>`).

Not the author's own `<p markdown="1">`: kramdown keeps the text inside it as written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from editor_app.core.markdown_ext.code_fences import inside_fences
from editor_app.core.markdown_ext.lists import SPAN_HTML_OPEN


class TrimTreeprocessor(Treeprocessor):
    """Strips trailing whitespace from the raw text of paragraphs and list items."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if (
                el.tag in ("p", "li", "dd", "dt", "td", "th")
                and KEEP_SPACE not in el.attrib
                and len(el) == 0
                and el.text
                and not isinstance(el.text, AtomicString)
            ):
                el.text = el.text.rstrip()


KEEP_SPACE = "data-kramdown-keep-space"


class SpanHtmlPreprocessor(Preprocessor):
    """Marks the author's span-content HTML (`<p markdown="1">`) so it is not trimmed."""

    def run(self, lines: list[str]) -> list[str]:
        if not any("markdown" in line for line in lines):
            return lines
        return [
            SPAN_HTML_OPEN.sub(
                lambda m: (
                    m.group(0)[:2]
                    + m.group(0)[2:].replace("markdown", f'{KEEP_SPACE}="" markdown', 1)
                ),
                line,
            )
            if "markdown" in line
            else line
            for line in lines
        ]


class BlankLinePreprocessor(Preprocessor):
    """A line of only spaces is a blank line to kramdown, not an indented code line."""

    def run(self, lines: list[str]) -> list[str]:
        # Inside a fenced code block, spaces are the code's own.
        out = [
            line if code or line.strip() or not line else ""
            for line, code in zip(lines, inside_fences(lines), strict=True)
        ]
        return out


_EOB = "<!--kramdown-end-of-block-->"
_MARKER_LINE = re.compile(r"^\^[ \t]*$", re.M)
_DEFINITION = re.compile(r" {0,3}:[ \t]")


class EndOfBlockRemover(Postprocessor):
    def run(self, text: str) -> str:
        return re.sub(rf"\n?{_EOB}\n?", "\n", text) if _EOB in text else text


class EndOfBlockPreprocessor(Preprocessor):
    """kramdown's end-of-block marker: a line holding only `^` ends the paragraph, list or
    quote above it and prints nothing. It becomes a stored block between blank lines, which
    ends them all the same for Python-Markdown, taken out of the HTML at the end."""

    def run(self, lines: list[str]) -> list[str]:
        if "^" not in "".join(lines) or not _MARKER_LINE.search("\n".join(lines)):
            return lines
        out: list[str] = []
        after_marker = False
        for line, code in zip(lines, inside_fences(lines), strict=True):
            if not code and line[:1] == "^" and not line[1:].strip():
                out += ["", self.md.htmlStash.store(_EOB), ""]
                after_marker = True
                continue
            if after_marker and _DEFINITION.match(line):
                line = line.replace(":", "\\:", 1)  # no term above it now: a paragraph
            out.append(line)
            after_marker = False
        return out


_TRAILING_TAB = re.compile(r"[ \t]*\t[ \t]*$")


class TrailingTabPreprocessor(Preprocessor):
    """A tab before a line end is no line break in kramdown (only two spaces or `\\` are);
    Python-Markdown would expand it to spaces first and break the line."""

    def run(self, lines: list[str]) -> list[str]:
        return [
            _TRAILING_TAB.sub("", line) if line.endswith("\t") and not code else line
            for line, code in zip(lines, inside_fences(lines), strict=True)
        ]


class ParagraphExtension(Extension):
    """Trims paragraphs like kramdown."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.treeprocessors.register(TrimTreeprocessor(md), "kramdown_trim", 26)
        # Before raw HTML is stashed (20).
        md.preprocessors.register(SpanHtmlPreprocessor(md), "kramdown_span_html", 28)
        # Before lists (27) and fenced code (25) read the lines.
        md.preprocessors.register(BlankLinePreprocessor(md), "kramdown_blank_lines", 29)
        md.preprocessors.register(EndOfBlockPreprocessor(md), "kramdown_end_of_block", 29)
        md.postprocessors.register(EndOfBlockRemover(md), "kramdown_end_of_block", 1)
        # Before whitespace normalising (30) expands tabs.
        md.preprocessors.register(TrailingTabPreprocessor(md), "kramdown_trailing_tab", 31)
