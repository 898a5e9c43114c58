"""The parts of a page body the content checks read (headings, paragraphs, images, links),
and Markdown and HTML made plain words as a reader sees them."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

from editor_app.core.checks.body_text import CODE_SPAN

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
    # The line its alt text is written on, when a tag or a call over several lines gives it
    # below the line the image starts on (None: that line).
    alt_line: int | None = None


@dataclass
class Link:
    text: str
    url: str
    line: int
    # The text as written when it holds a template tag (`words_as_written`), for a message to
    # quote; `text` (its plain words, the tag left out) is what the rules judge.
    written: str | None = None


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
# A reference-style link `[text][label]` or `[text][]` shows its text, an image `![alt][label]`
# nothing (its address is in a definition elsewhere: `content_links`).
_ONE_LINE_REF_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\[[^\[\]\n]*\]")
_ONE_LINE_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
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
    if "][" in text:
        if "!" in text:
            text = _ONE_LINE_REF_IMAGE.sub(gap, text)
        text = _ONE_LINE_REF_LINK.sub(_LINK_TEXT, text)
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


# A template tag (Liquid, or Hugo's shortcodes, which `_ONE_LINE_LIQUID` matches too) stands
# as one mark while a paragraph is made plain for a quote, then is put back as written.
_HELD = re.compile(r"\x01(\d+)\x02")
_QUOTE_TOKEN = re.compile(r"\x01\d+\x02|[^\s\x01]+")
MAX_TAG_IN_QUOTE = 30  # characters; a longer template tag is shown as "…"


_LAST_SPACE = re.compile(r"\s(?=\S*$)")


def cut_between_words(text: str, width: int = 40) -> str:
    """The start of `text` up to `width` characters, cut after its last whole word there (the
    message puts "..." after it): 'the sentence word', not 'the sentence wo'. A first word
    longer than `width` is cut at `width`, as it has no boundary to cut at."""
    text = text.strip()
    if len(text) <= width:
        return text
    space = _LAST_SPACE.search(text, 0, width + 1)
    return text[: space.start()].rstrip() if space else text[:width]


def quote_as_written(
    para: Paragraph, part: str, width: int = 40, lines: list[str] | None = None
) -> str:
    """The start of `part` (a piece of `para.text`, such as a sentence) as the author wrote
    it, for a message to quote: links as their text, images and tags left out as a reader
    sees them, but template tags kept (a long one as "…") where the plain words have a hole;
    about `width` characters, cut between words. The plain start when it cannot be placed.
    `lines`: the paragraph's lines with its code spans, which its words leave out, put back
    between `CODE_START` and `CODE_END` (`code_put_back`): quoted too, as written."""
    plain_start = cut_between_words(part, width)
    source = " ".join(lines if lines is not None else para.lines)
    if "{" not in source and "\x01" not in source and CODE_START not in source:
        return plain_start  # no template tag to keep (nor a mark like ours): the plain words
    offset = para.text.find(part.strip()[:30])
    if offset < 0 or not para.lines:
        return plain_start
    words_before = len(para.text[:offset].split())
    tags: list[str] = []
    if CODE_START in source:
        source = _CODE_PUT_BACK.sub(lambda m: _hold(m.group(1), tags), source)
    code = len(tags)  # the first tags are code: they print their words
    held = plain_text(_hold_tags(source, tags)) if "{" in source else plain_text(source)
    counted = 0
    start = None
    for m in _QUOTE_TOKEN.finditer(held):
        if m.group(0)[0] == "\x01":
            # A tag printing words right before the part's first word belongs to it; a
            # block's opening tag ({% callout %}) does not.
            index = int(m.group(0)[1:-1])
            tag = tags[index]
            if counted == words_before and start is None and (index < code or tag[:2] == "{{"):
                start = m.start()
            continue
        if counted == words_before:
            start = m.start() if start is None else start
            break
        counted += 1
        start = None
    if start is None:
        return plain_start
    # Up to the part's last word (a tag after it belongs to the next sentence as much).
    wanted = len(part.split())
    tokens: list[str] = []
    for token in held[start:].split():
        if wanted <= 0:
            break
        tokens.append(token)
        wanted -= len(_HELD.sub(" ", token).split())
    pieces: list[str] = []
    length = 0
    held_tag = False
    for token in tokens:
        shown = _HELD.sub(lambda m: _shown_tag(tags[int(m.group(1))]), token)
        if pieces and length + 1 + len(shown) > width:
            break
        pieces.append(shown)
        length += len(shown) + (1 if len(pieces) > 1 else 0)
        held_tag = held_tag or "\x01" in token
    if not held_tag:
        return plain_start  # no template tag in the quote: the plain words are as written
    # The same first words as the part, else it was placed wrongly: the plain start then.
    words = [t for t in _QUOTE_TOKEN.findall(held, start) if t[0] != "\x01"][:3]
    if words != part.split()[:3]:
        return plain_start
    return " ".join(pieces)


# Code spans put back into a paragraph's lines for a quote (`code_put_back`), each held as a
# tag while the quote is made.
CODE_START, CODE_END = "\x03", "\x04"
_CODE_PUT_BACK = re.compile("\x03([^\x04]*)\x04")


def _hold(tag: str, tags: list[str]) -> str:
    tags.append(tag)
    return f"\x01{len(tags) - 1}\x02"


def code_put_back(lines: list[str], prose: list[str], written: list[str]) -> list[str] | None:
    """A paragraph's `lines` (stripped lines of `prose`, the page's text with its code spans
    blanked) with those code spans put back from `written` (the same lines as written, each
    as long as its prose line), between `CODE_START` and `CODE_END`; None when none is."""
    if len(prose) != len(lines) or len(written) != len(lines):
        return None
    out: list[str] = []
    changed = False
    for line, blanked, source in zip(lines, prose, written, strict=True):
        at = blanked.find(line) if line else -1
        if at < 0 or len(blanked) != len(source) or "`" not in source:
            out.append(line)
            continue
        # The stripped line may start or end where blanked code was: from the blanks around.
        end = at + len(line)
        at = len(blanked[:at].rstrip())
        end = len(blanked) - len(blanked[end:].lstrip())
        pieces, done = [], at
        # The spans the prose blanked (`body_text.CODE_SPAN`: their text neither starts nor
        # ends with a backtick, so stripping the backticks leaves it).
        for m in CODE_SPAN.finditer(source, at, end):
            if blanked[m.start() : m.end()].strip():
                continue  # kept in the prose: not blanked
            code = m.group(0).strip("`").strip()
            pieces += [blanked[done : m.start()], CODE_START, code, CODE_END]
            done = m.end()
            changed = True
        out.append(("".join(pieces) + blanked[done:end]).strip())
    return out if changed else None


def words_as_written(markdown: str) -> str | None:
    """Inline Markdown made plain as `plain_words` does, but its template tags kept (a long one
    as "…"), for a message to quote; None when it holds none (the plain words are as written)."""
    if "{" not in markdown or _ONE_LINE_LIQUID.search(markdown.replace("\n", " ")) is None:
        return None
    tags: list[str] = []
    held = plain_words(_hold_tags(markdown.replace("\n", " "), tags, gap=" "))
    return _HELD.sub(lambda m: _shown_tag(tags[int(m.group(1))]), held)


def _hold_tags(text: str, tags: list[str], gap: str = "") -> str:
    """`text` with each template tag replaced by its mark (`\\x01n\\x02`, `gap` either side),
    the tags appended to `tags` in order (`_HELD` finds the marks to put them back)."""
    return _ONE_LINE_LIQUID.sub(lambda m: f"{gap}{_hold(m.group(0), tags)}{gap}", text)


def _shown_tag(tag: str) -> str:
    return tag if len(tag) <= MAX_TAG_IN_QUOTE else "…"
