"""The parts of a page body the content checks read (headings, paragraphs, images, links),
and Markdown and HTML made plain words as a reader sees them."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

# An address may hold Liquid (`{{ site.baseurl }}/x`, `{% link _posts/x.md %}`), spaces and
# all; each part matched once (possessive: giving back never lets the rest match); or written
# in angle brackets, spaces and all (`![](<my photo.png>)`), the brackets kept.
_ADDRESS = r"(<[^<>\n]+>|(?:[^)\s>\[\]{]++|\{\{[^{}\n]*+\}\}|\{%(?:[^%{}\n]|%(?!\}))*+%\}|\{)++)"
# An address stops at a bracket: from each of thousands of `[x](` an address running on to the
# end of the paragraph made checking a page take minutes (a square bracket in a real address
# is very rare).
MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?" + _ADDRESS + r">?(?:\s+[\"']([^\"'\n]*)[\"'])?\s*\)")
# (The image's "!" is looked behind after the "[": a pattern starting with a fixed character
# lets the regex engine skip ahead instead of trying every position.) A link's text may be
# wrapped onto a second line, as hard-wrapped pages write it (jekyll-docs).
MD_LINK = re.compile(
    r"\[(?<!!\[)([^\[\]\n]+(?:\n[^\[\]\n]+)?)\]\(\s*<?" + _ADDRESS + r">?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)"
)
_TAG = re.compile(r"<[^>]+>")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)


@dataclass
class Heading:
    level: int
    text: str
    line: int


class Paragraph:
    """A paragraph: its words as a reader sees them (markup dropped), its first file line, and
    its lines as written (worked out from the paragraph's source when first asked for)."""

    __slots__ = ("text", "line", "_lines")

    def __init__(self, text: str, line: int, lines: list[str] | str | None = None) -> None:
        self.text = text
        self.line = line
        self._lines = lines

    @property
    def lines(self) -> list[str]:
        """As written, one per file line (stripped)."""
        if isinstance(self._lines, str):
            self._lines = [raw.strip() for raw in self._lines.split("\n")]
        return self._lines or []

    def __repr__(self) -> str:
        return f"Paragraph({self.text!r}, {self.line})"

    def line_of(self, words: str) -> int:
        """The file line where `words` (part of `text`) start."""
        probe = " ".join(words.split()[:4])
        lines = self.lines
        if len(lines) > 1 and probe:
            seen = ""
            # Each line made plain (as `plain_words`), all in one pass.
            for i, plain in enumerate(plain_lines("\n".join(lines))):
                seen = (seen + " " + plain).strip()
                if probe in seen:
                    return self.line + i
        return self.line


@dataclass
class Image:
    alt: str | None  # None: no alt attribute at all
    src: str
    caption: str
    line: int
    html: bool = False  # an <img> tag (alt="" there marks a decorative image)
    reference: bool = False  # `![alt][label]`: its address is on the definition's line
    shortcode: bool = False  # Hugo's `{{< figure src=... >}}`


@dataclass
class Link:
    text: str
    url: str
    line: int


@dataclass
class Body:
    headings: list[Heading] = field(default_factory=list)
    lead_ins: list[Heading] = field(default_factory=list)  # bold labels starting a paragraph
    paragraphs: list[Paragraph] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


_EMPHASIS = re.compile(r"[*_`~]+")


def plain_words(markdown: str) -> str:
    """Inline Markdown and HTML as the reader sees the words."""
    text = markdown
    if "](" in text:
        text = MD_IMAGE.sub(" ", text)
        text = MD_LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "{" in text:
        text = _LIQUID.sub(" ", text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


# `plain_words`' patterns, kept within one line: the paragraphs of a page are made plain all at
# once, one a line, in a few passes over the page instead of a few per paragraph.
_ONE_LINE_MD_IMAGE = re.compile(
    r"!\[([^\]\n]*)\]\([^\S\n]*<?" + _ADDRESS + r">?(?:[^\S\n]+[\"']([^\"'\n]*)[\"'])?[^\S\n]*\)"
)
_ONE_LINE_MD_LINK = re.compile(
    r"\[(?<!!\[)([^\[\]\n]+)\]\([^\S\n]*<?" + _ADDRESS + r">?(?:[^\S\n]+[\"'][^\"'\n]*[\"'])?[^\S\n]*\)"
)
_ONE_LINE_TAG = re.compile(r"<[^>\n]+>")
_LINK_TEXT = operator.methodcaller("group", 1)  # a link's text, as sub's replacement (in C)
_ONE_LINE_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")


def plain_lines(text: str) -> list[str]:
    """`plain_words` of each line of `text` (each line a paragraph's source on one line)."""
    return [" ".join(line.split()) for line in plain_text(text).split("\n")]


def plain_text(text: str, gap: str = " ") -> str:
    """`text` without its inline markup, line by line (spaces not yet evened out); an image,
    a tag or a template tag leaves `gap`."""
    if "](" in text:
        if "!" in text:  # (an image starts with "![": one character is found fastest)
            text = _ONE_LINE_MD_IMAGE.sub(gap, text)
        text = _ONE_LINE_MD_LINK.sub(_LINK_TEXT, text)
    if "<" in text:
        text = _ONE_LINE_TAG.sub(gap, text)
    if "{" in text:
        text = _ONE_LINE_LIQUID.sub(gap, text)
    if gap != " " and ("*" in text or "_" in text or "~" in text or "`" in text):
        # A line of marks alone ("***") is no blank line: it may be inside a paragraph.
        text = _MARKS_ONLY_LINE.sub(_KEEP_LINE, "\n" + text)[1:]
    for mark in "*_`~":  # emphasis marks dropped (as `_EMPHASIS` does; each in one C pass)
        if mark in text:
            text = text.replace(mark, "")
    return text


_MARKS_ONLY_LINE = re.compile(r"(\n[^\S\n]*)[*_~`][*_~` \t]*(?=\n|\Z)")
_KEEP_LINE = "\\1\0"
