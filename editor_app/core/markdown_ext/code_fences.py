"""Fenced code read as kramdown's GFM parser reads it: in quotes and list items too, its
tabs and blank lines kept, each block then printed as Rouge prints it."""

from __future__ import annotations

import re

from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.preprocessors import Preprocessor
from markdown.util import ETX, STX

from editor_app.core.markdown_ext.code_html import (
    block_html,
    parse_stored,
    plain_block,
    rewrite_stored_block,
)

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def inside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it is the code of a fenced block (not its fence lines)."""
    mask: list[bool] = []
    fence: str | None = None
    for line in lines:
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
                mask.append(False)
            else:
                mask.append(True)
            continue
        if m := _FENCE_OPEN.match(line):
            fence = m[1]
        mask.append(False)
    return mask


_QUOTE_LINE = re.compile(r"^((?: {0,3}> ?)+)(.*)$")
_QUOTED_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^\s?]*)")


_LIST_ITEM_LINE = re.compile(r"^( *)(?:[*+-]|\d+\.) +\S")


def _item_indent(lines: list[str], i: int) -> int:
    """How far line `i` is indented as the content of a list item (the lists are indented
    four spaces a level by now), 0 when it is not."""
    line = lines[i]
    indent = len(line) - len(line.lstrip(" "))
    if indent < 4:
        return 0
    for j in range(i - 1, -1, -1):
        above = lines[j]
        lead = len(above) - len(above.lstrip(" "))
        item = _LIST_ITEM_LINE.match(above) if lead < indent else None
        if item is None:
            if above.strip() and lead < 4:
                return 0  # back at the left margin: no list item holds the line
            continue
        content = lead + 4
        return content if 0 <= indent - content <= 3 else 0  # a quote may start 3 in
    return 0


def _quoted(line: str, indent: int) -> tuple[str, str] | None:
    """(prefix, text) of a quote line, the quote indented `indent` spaces (a list item's)."""
    if line[:indent].strip():
        return None
    m = _QUOTE_LINE.match(line[indent:])
    return (line[:indent] + m[1], m[2]) if m else None


class QuotedFencePreprocessor(Preprocessor):
    """Fenced code inside a block quote (`> ```ruby`), which Python-Markdown's fences never
    see: rendered as kramdown renders the quote's content, and stashed in its place."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(">" in line and ("```" in line or "~~~" in line) for line in lines):
            return lines
        fenced = inside_fences(lines)
        out: list[str] = []
        i = 0
        while i < len(lines):
            indent = 0 if fenced[i] else _item_indent(lines, i)
            m = None if fenced[i] else _quoted(lines[i], indent)
            opening = _QUOTED_FENCE.match(m[1]) if m else None
            end = self._closing(lines, i, m[0], opening[1], indent) if m and opening else None
            if end is None:
                out.append(lines[i])
                i += 1
                continue
            prefix = m[0]  # type: ignore[index]
            body = [_quoted(line, indent)[1] for line in lines[i + 1 : end]]  # type: ignore[index]
            text = "".join(line + "\n" for line in body)
            lang = opening[2] or None  # type: ignore[index]
            block = block_html(text, lang, {}, nested=True) or plain_block(text, lang, {})
            if out and (q := _quoted(out[-1], indent)) and q[1].strip():
                out.append(prefix.rstrip())  # the fence ends the paragraph above it
            out.append(prefix + self.md.htmlStash.store(block))
            if end + 1 < len(lines) and (q := _quoted(lines[end + 1], indent)) and q[1].strip():
                out.append(prefix.rstrip())
            i = end + 1
        return out

    @staticmethod
    def _closing(
        lines: list[str], start: int, prefix: str, fence: str, indent: int = 0
    ) -> int | None:
        """The line closing the fence opened at `start`, inside the same quote, if any."""
        depth = prefix.count(">")
        close = re.compile(rf"^ {{0,3}}{re.escape(fence)}{re.escape(fence[0])}*[ \t]*$")
        for j in range(start + 1, len(lines)):
            m = _quoted(lines[j], indent)
            if m is None or m[0].count(">") != depth:
                return None
            if close.match(m[1]):
                return j
        return None


class FenceAwareNormalizeWhitespace(Preprocessor):
    """Python-Markdown's whitespace clean-up, leaving the inside of fenced code as written.

    Python-Markdown turns tabs into spaces and space-only lines into empty ones everywhere;
    kramdown keeps both inside a fence, and Rouge prints them.
    """

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines).replace(STX, "").replace(ETX, "")
        source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
        lines = source.split("\n")
        out: list[str] = []
        for line, code in zip(lines, inside_fences(lines), strict=True):
            if code:
                out.append(line)
                continue
            line = line.expandtabs(self.md.tab_length)
            out.append("" if line and not line.strip(" ") else line)
        return out


_HIDDEN_TICK, _HIDDEN_TILDE = "\ue0a1", "\ue0a2"


class RougeFencedBlockPreprocessor(FencedBlockPreprocessor):
    """Python-Markdown's fences, each block then printed as Rouge prints it.

    Each block's text is kept (`md.rouge_fences`, by stash index) so that an attribute list
    on the line under the fence (`{: .language-ruby}`), which lands on the placeholder's
    paragraph, can still be applied to the block as kramdown does.

    The fences are read as kramdown's GFM parser reads them: either fence may be indented
    up to three spaces (the code keeps its own), the closing one may be longer than the
    opening one, and the language is
    the first word, whatever its characters, without `?options` (`objective-c`, `c++`;
    `{.ruby}` too, a language Rouge does not know).
    """

    FENCED_BLOCK_RE = re.compile(
        r"""
        ^[ ]{0,3}(?P<fence>(?P<mark>[~`])(?P=mark){2,})[ \t]*   # opening fence
        ((?P<lang>[^\s?]+)(?:\?\S*)?[ \t]*)?                     # a language?options
        (?P<attrs>)(?P<quot>)(?P<hl_lines>)                      # (Python-Markdown's, unused)
        \n
        (?P<code>.*?)(?<=\n)
        [ ]{0,3}(?P=fence)(?P=mark)*[ \t]*$                     # closing fence
        """,
        re.MULTILINE | re.DOTALL | re.VERBOSE,
    )

    def run(self, lines: list[str]) -> list[str]:
        stash = self.md.htmlStash
        store = stash.store
        fences: dict[int, tuple[str, str | None, dict[str, str]]] = {}
        self.md.rouge_fences = fences  # type: ignore[attr-defined]

        def store_highlighted(html_text: str) -> str:  # type: ignore[override]
            parsed = parse_stored(str(html_text))
            placeholder = store(rewrite_stored_block(str(html_text)))
            if parsed is not None:
                fences[stash.html_counter - 1] = parsed
            return placeholder

        if not any("```" in line or "~~~" in line for line in lines):
            return lines  # no fence to find (its pattern needs one): skip the search
        # Inside raw HTML (an element without `markdown="1"`) kramdown reads no Markdown, so
        # a fence there stays text: its marks are hidden from the search, then put back.
        hidden = False
        if any(line.lstrip(" ").startswith("<") for line in lines):
            from editor_app.core.markdown_ext.lists import _raw_html_lines

            raw = _raw_html_lines(lines)
            if any(raw):
                lines = [
                    line.replace("`", _HIDDEN_TICK).replace("~", _HIDDEN_TILDE) if inside else line
                    for line, inside in zip(lines, raw, strict=True)
                ]
                hidden = True
        stash.store = store_highlighted  # type: ignore[method-assign]
        try:
            out = super().run(lines)
        finally:
            del stash.store  # back to the class's own method
        if hidden:
            out = [line.replace(_HIDDEN_TICK, "`").replace(_HIDDEN_TILDE, "~") for line in out]
        return out
