"""Raw HTML elements left open at the end of the page, closed as kramdown closes them;
`<!DOCTYPE>` lines as kramdown reads them.

kramdown reads a raw HTML block into elements: every start tag inside it opens one (span
elements too), an end tag closes the innermost open element when it names it, and at the
end of the document whatever is still open is closed, innermost first, right after the text
(`<div>` `<aside>` `text` ends `text\\n</aside></div>`). Python-Markdown keeps such a block
to the end of the page as it was written, without the end tags; this puts them back.
Elements with `markdown="1"` are closed earlier (`html_tags.UnclosedElementsPreprocessor`).
"""

from __future__ import annotations

import re

from markdown.preprocessors import Preprocessor

from editor_app.core.markdown_ext.code_fences import inside_fences

# kramdown's HTML_TAG_RE, HTML_TAG_CLOSE_RE, HTML_COMMENT_RE and HTML_INSTRUCTION_RE (names
# as REXML's UNAME_STR allows them, the `:` included).
_NAME = r"[A-Za-z_:][\w:.-]*"
_TAG_OR_MARK = re.compile(
    rf"<!--.*?-->|<\?.*?\?>"
    rf"|<({_NAME})\s*(?:\s+{_NAME}(?:\s*=\s*(?:\w+|(\"|').*?\2))?)*\s*(/)?>"
    rf"|</({_NAME})\s*>",
    re.S,
)
# kramdown's HTML_ELEMENTS_WITHOUT_BODY: never open.
_WITHOUT_BODY = frozenset(
    "area base br col command embed hr img input keygen link meta param source track wbr".split()
)
# Their content is text up to their own end tag.
_RAW_TEXT = ("script", "style")


def closed_as_kramdown(raw: str, runs_to_end: bool = True) -> str:
    """A raw HTML block as kramdown prints it: an end tag inside an element that does not
    name the innermost open element is text (`&lt;/div&gt;`), and, when the block runs to
    the end of the page, the elements still open there are closed, innermost first. (A
    block that leaves elements open before the end is left as it is: kramdown would read on
    past it.)"""
    stack: list[str] = []
    stray: list[tuple[int, int]] = []
    pos = 0
    while (m := _TAG_OR_MARK.search(raw, pos)) is not None:
        pos = m.end()
        start, self_closed, end = m.group(1), m.group(3), m.group(4)
        if start is not None:
            name = start.lower()
            if self_closed or name in _WITHOUT_BODY:
                continue
            if name in _RAW_TEXT:
                close = re.compile(rf"</{name}\s*>", re.I).search(raw, pos)
                if close is None:
                    stack.append(name)
                    break
                pos = close.end()
                continue
            stack.append(name)
        elif end is not None and stack:
            if stack[-1] == end.lower():
                stack.pop()
            else:
                stray.append(m.span())
    if (not stack and not stray) or (stack and not runs_to_end):
        return raw
    for first, last in reversed(stray):
        raw = raw[:first] + "&lt;" + raw[first + 1 : last - 1] + "&gt;" + raw[last:]
    if stack:
        raw = raw.rstrip("\n") + "\n" + "".join(f"</{name}>" for name in reversed(stack))
    return raw


_PLACEHOLDER = re.compile(r"\s*\x02wzxhzdk:(\d+)\x03\s*")


class UnclosedRawHtmlPreprocessor(Preprocessor):
    """Raw HTML blocks as kramdown reads them (after Python-Markdown has stored them, each
    held as text on a line of its own); the last block of the page runs to its end."""

    def run(self, lines: list[str]) -> list[str]:
        stash = self.md.htmlStash
        if not stash.rawHtmlBlocks:
            return lines
        last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
        for k, line in enumerate(lines):
            m = _PLACEHOLDER.fullmatch(line) if "\x02" in line else None
            if m is None or int(m.group(1)) >= len(stash.rawHtmlBlocks):
                continue
            index = int(m.group(1))
            raw = stash.rawHtmlBlocks[index]
            if isinstance(raw, str) and raw.lstrip().startswith("<"):
                stash.rawHtmlBlocks[index] = closed_as_kramdown(raw, k == last)
        return lines


_DECLARATION = re.compile(r"^( {0,3})<(![A-Za-z][^<>]*)>")
_RAW_OPEN = re.compile(r"<(script|style)\b", re.I)


class DeclarationsPreprocessor(Preprocessor):
    """`<!DOCTYPE html>` starting a line is no HTML to kramdown (it reads only comments
    after `<!`): text, `&lt;!DOCTYPE html&gt;`, in a paragraph or inside raw HTML alike
    (not inside code, comments, scripts or styles)."""

    def run(self, lines: list[str]) -> list[str]:
        if "@" in "".join(lines) and _TAG_WITH_AT.search("\n".join(lines)):
            lines = _without_odd_tags(lines)
        if not any(_DECLARATION.match(line) for line in lines):
            return lines
        fenced = inside_fences(lines)
        out = []
        closing = ""  # the end of the comment, script or style the line is inside
        for k, line in enumerate(lines):
            if not closing and not fenced[k] and _DECLARATION.match(line):
                line = _DECLARATION.sub(r"\1&lt;\2&gt;", line)
            out.append(line)
            closing = _still_open(line, closing)
        return out


# What may hold a tag that is no tag to kramdown: code spans, comments, scripts and styles
# are passed over; a tag whose attribute names are not XML names (Vue's and WebC's
# `@click`, `@url`) does not match kramdown's HTML_TAG_RE, so it is text (`&lt;x @a&gt;`).
_CODE_OR_TAG = re.compile(
    r"(`+)(?:(?!\n[ \t]*\n)[^`]|`(?!\1))*?\1(?!`)"
    r"|<!--.*?-->|<(script|style)\b.*?</\2\s*>"
    r"|<[A-Za-z][\w:.-]*((?:\s+[^\s<>=/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)+)\s*/?>",
    re.S | re.I,
)
_TAG_WITH_AT = re.compile(r"<[A-Za-z][^<>]*\s@")
_ATTRIBUTE_NAME = re.compile(r"\s+([^\s<>=/]+)")
_XML_NAME = re.compile(r"[A-Za-z_:\x80-\U0010ffff][\w:.\-\x80-\U0010ffff]*")


def _without_odd_tags(lines: list[str]) -> list[str]:
    """The lines with every tag holding an `@` attribute written as text (fenced code and
    indented lines left alone)."""
    fenced = inside_fences(lines)
    out: list[str] = []
    k = 0
    while k < len(lines):
        if fenced[k]:
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end]:
            end += 1
        text = "\n".join(lines[k:end])
        out += _CODE_OR_TAG.sub(_tag_as_text, text).split("\n") if "@" in text else lines[k:end]
        k = end
    return out


def _tag_as_text(m: re.Match[str]) -> str:
    attrs = m.group(3)
    if attrs is None or "@" not in attrs:
        return m.group(0)
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if m.string[line_start : line_start + 4] == "    " or m.string[line_start] == "\t":
        return m.group(0)  # perhaps indented code
    if all(_XML_NAME.fullmatch(name) for name in _ATTRIBUTE_NAME.findall(_values_out(attrs))):
        return m.group(0)
    return "&lt;" + m.group(0)[1:]


def _values_out(attrs: str) -> str:
    return re.sub(r"=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+)", "", attrs)


def _still_open(line: str, closing: str) -> str:
    """What is still open after `line` ("-->", "</script>"...), given what was before it."""
    pos = 0
    while True:
        if closing:
            end = line.lower().find(closing, pos)
            if end == -1:
                return closing
            pos, closing = end + len(closing), ""
        comment = line.find("<!--", pos)
        raw = _RAW_OPEN.search(line, pos)
        if comment == -1 and raw is None:
            return ""
        if raw is None or (comment != -1 and comment < raw.start()):
            pos, closing = comment + 4, "-->"
        else:
            pos, closing = raw.end(), f"</{raw.group(1).lower()}"
