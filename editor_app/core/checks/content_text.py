"""A page body as the content checks read it: headings, paragraphs, images and links, each
with its file line. Examples (code, raw blocks) are left out (`body_text.prose`); computed once
per page and shared by the content rules."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.body_text import (
    blank,
    page_prose,
    quoted_lines,
    without_code_shortcodes_and_definitions,
    without_tables,
)
from editor_app.core.checks.page import Page

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# A bold label that starts a paragraph: **Methods used:** ... or **Methods used**: ...
_LEAD_IN = re.compile(r"^(?:\*\*|__)([^*_\n]{2,60}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)")
# An address stops at a bracket: from each of thousands of `[x](` an address running on to the
# end of the paragraph made checking a page take minutes (a square bracket in a real address
# is very rare).
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?([^)\s>\[\]]+)>?(?:\s+[\"']([^\"'\n]*)[\"'])?\s*\)")
_HTML_IMG = re.compile(r"<img\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z\-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
# (The image's "!" is looked behind after the "[": a pattern starting with a fixed character
# lets the regex engine skip ahead instead of trying every position.)
_MD_LINK = re.compile(
    r"\[(?<!!\[)([^\[\]\n]+)\]\(\s*<?([^)\s>\[\]]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)"
)
_HTML_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


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
            for i, plain in enumerate(_plain_lines("\n".join(lines))):
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
        text = _MD_IMAGE.sub(" ", text)
        text = _MD_LINK.sub(r"\1", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "{" in text:
        text = _LIQUID.sub(" ", text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


# The first characters of a line that may make it more than a line of a paragraph: a heading,
# a setext underline, a list item, a quote, a table, a block attribute, a div or a bold label.
# Any other line is paragraph text (most lines of a page).
_LOOK_CLOSER = frozenset("#=-*+_|>{<0123456789")
# Such lines, found in "\n" + the text from the newline before each (a pattern starting with a
# fixed character lets the regex engine skip ahead instead of trying every position).
_LINE_TO_LOOK_AT = re.compile(r"\n[^\S\n]*[#=\-*+_|>{<0-9]")
# A run of lines that are not blank, each is a paragraph unless a line in it needs a look;
# matched from the newline before it too (from every position, the blank lines of a code
# example, blanked to spaces, took time growing with the square of their length).
_RUN_OF_LINES = re.compile(r"\n[^\S\n]*+\S[^\n]*+(?:\n[^\S\n]*+\S[^\n]*+)*+")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d+[.)])\s")
_BLOCK_STARTS = ("|", ">", "{:", "<div", "</div", "---")
# A line an underline cannot make a heading of: a list item (`- a`, `* a`), a rule (`***`).
_NO_HEADING = re.compile(r"-|\*(?!\*)|\*\*[* \t]*$")
# `plain_words`' patterns, kept within one line: the paragraphs of a page are made plain all at
# once, one a line, in a few passes over the page instead of a few per paragraph.
_ONE_LINE_MD_IMAGE = re.compile(
    r"!\[([^\]\n]*)\]\([^\S\n]*<?([^)\s>\[\]]+)>?(?:[^\S\n]+[\"']([^\"'\n]*)[\"'])?[^\S\n]*\)"
)
_ONE_LINE_MD_LINK = re.compile(
    r"\[(?<!!\[)([^\[\]\n]+)\]\([^\S\n]*<?([^)\s>\[\]]+)>?(?:[^\S\n]+[\"'][^\"'\n]*[\"'])?[^\S\n]*\)"
)
_ONE_LINE_TAG = re.compile(r"<[^>\n]+>")
_LINK_TEXT = operator.methodcaller("group", 1)  # a link's text, as sub's replacement (in C)
_ONE_LINE_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")


def _plain_lines(text: str) -> list[str]:
    """`plain_words` of each line of `text` (each line a paragraph's source on one line)."""
    return [" ".join(line.split()) for line in _plain_text(text).split("\n")]


def _plain_text(text: str, gap: str = " ") -> str:
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


# The lines of a body that are no paragraph's: headings, tables, block attributes, divs, rules
# (as `_read_lines` leaves them out), matched from the newline before each.
_NOT_PARAGRAPH_LINE = re.compile(r"\n(?: {0,3}#{1,6}[ \t]|[^\S\n]*+(?:\||\{:|</?div|---))[^\n]*")


def prose_words(page: Page) -> str:
    """The words of the page's paragraphs without reading them one by one: the body without
    examples, headings, tables and markup, in a few passes over the whole page (remembered).

    Holds every word of `reading_text` (and a few more: a heading over an underline, the words
    of a link written over two lines), so a search here that finds nothing needs no other. Its
    lines are the body's (those left out are blank; an image, a tag or a template tag leaves
    a NUL character, which is no word, so that a line of them alone is not blank)."""
    found = page.cache.get("prose_words")
    if found is None:
        text = reading_prose(page)
        # (A character alone is found in one fast pass, a pair takes several times as long.)
        if (
            "#" in text
            or "|" in text
            or ("{" in text and "{:" in text)
            or ("<" in text and "div" in text)
            or "---" in text
        ):
            text = _NOT_PARAGRAPH_LINE.sub("\n", "\n" + text)[1:]
        found = page.cache["prose_words"] = _plain_text(text, "\0")
    return found


def content_prose(page: Page) -> str:
    """The body as the content checks read it: examples, Hugo's code shortcodes, link reference
    definitions and HTML comments blanked, lines kept (remembered on the page)."""
    found = page.cache.get("content_prose")
    if found is None:
        found = without_code_shortcodes_and_definitions(page_prose(page), page.body)
        if "<" in found and "<!--" in found:
            found = _HTML_COMMENT.sub(blank, found)
        page.cache["content_prose"] = found
    return found


def reading_prose(page: Page) -> str:
    """`content_prose` without tables and HTML heading lines: the text whose paragraphs and
    sentences the reading and style checks read (remembered on the page)."""
    found = page.cache.get("reading_prose")
    if found is None:
        found = page.cache["reading_prose"] = without_tables(content_prose(page))
    return found


def page_quoted_lines(page: Page) -> set[int]:
    """`body_text.quoted_lines` of the page's prose (remembered on the page)."""
    found = page.cache.get("quoted_lines")
    if found is None:
        found = page.cache["quoted_lines"] = quoted_lines(content_prose(page), page.body_start_line)
    return found


# A run of lines that are not blank: (start, end) in `reading_prose`, its first file line, and
# whether a line in it needs a look (a heading, list item, quote, table...: else it is one
# paragraph of plain lines).
Run = tuple[int, int, int, bool]


def text_runs(page: Page) -> list[Run]:
    """The runs of lines that are not blank, in order (remembered on the page)."""
    found = page.cache.get("runs")
    if found is not None:
        return found
    text = reading_prose(page)
    scan = "\n" + text  # offset i in `scan` is the newline before text offset i's line
    look_at = _LINE_TO_LOOK_AT.search
    line, counted = page.body_start_line, 0
    found = []
    for m in _RUN_OF_LINES.finditer(scan):
        run_start, run_end = m.start(), m.end() - 1  # in `text`
        line += text.count("\n", counted, run_start)
        counted = run_start
        # A line of the run to look at: one search within the run (its match ends by the
        # run's end in `scan`).
        found.append((run_start, run_end, line, look_at(scan, run_start, m.end()) is not None))
    page.cache["runs"] = found
    return found


def paragraphs_of(page: Page, runs: list[Run], body: Body | None = None) -> list[Paragraph]:
    """The paragraphs of some of the page's runs (headings and bold labels go to `body`)."""
    text = reading_prose(page)
    if body is None:
        body = Body()
    # Paragraphs as (source on one line, first file line, lines or their source), made plain
    # together at the end.
    found: list[tuple[str, int, list[str] | str]] = []
    for run_start, run_end, line, look in runs:
        run = text[run_start:run_end]
        if look:
            _read_lines(run.split("\n"), line, body, found)
        else:  # plain lines only: one paragraph
            found.append((run.replace("\n", " ") if "\n" in run else run, line, run))
    if not found:
        return []
    plain = _plain_lines("\n".join(source for source, _line, _lines in found))
    return [
        Paragraph(words, first, lines)
        for words, (_source, first, lines) in zip(plain, found, strict=True)
        if words
    ]


def read_body(page: Page) -> Body:
    """The body's parts with their lines (remembered on the page)."""
    cached = page.cache.get("content_body")
    if cached is not None:
        return cached
    body = Body()
    body.paragraphs = paragraphs_of(page, text_runs(page), body)
    body.images, body.links = list(page_images(page)), list(page_links(page))
    page.cache["content_body"] = body
    return body


# A heading line (`_ATX`'s, matched from the newline before it) and a line that may underline
# the one above (then only reading the page line by line tells).
_ATX_LINE = re.compile(r"\n {0,3}(#{1,6})[ \t]+([^\n]*?)[ \t#]*(?=\n|\Z)")
_UNDERLINE = re.compile(r"\n {0,3}(?:=+|-+)[ \t]*(?=\n|\Z)")


def page_headings(page: Page) -> list[Heading]:
    """The body's headings with their lines (as `read_body` finds them), without reading its
    paragraphs when no line may underline a heading."""
    body = page.cache.get("content_body")
    if body is not None:
        return body.headings
    found = page.cache.get("headings")
    if found is not None:
        return found
    text = content_prose(page)
    scan = "\n" + text
    if ("=" in text or "-" in text) and _UNDERLINE.search(scan):
        found = read_body(page).headings
    else:
        found = []
        line, counted = page.body_start_line, 0
        for m in _ATX_LINE.finditer(scan) if "#" in text else ():
            line += text.count("\n", counted, m.start())
            counted = m.start()
            found.append(Heading(len(m.group(1)), plain_words(m.group(2)), line))
    page.cache["headings"] = found
    return found


def page_images(page: Page) -> list[Image]:
    """The body's images with their lines (remembered on the page)."""
    found = page.cache.get("images")
    if found is None:
        source = page.body
        found = []
        if ("!" in source and "![" in source) or (
            "<" in source and ("<img" in source or "<IMG" in source or "<Img" in source)
        ):
            body = Body()
            _read_images(content_prose(page), page.body_start_line, body)
            found = body.images
        page.cache["images"] = found
    return found


def page_links(page: Page) -> list[Link]:
    """The body's links with their lines (remembered on the page)."""
    found = page.cache.get("links")
    if found is None:
        source = page.body
        found = []
        if "](" in source or ("<" in source and ("<a" in source or "<A" in source)):
            body = Body()
            _read_links(content_prose(page), page.body_start_line, body)
            found = body.links
        page.cache["links"] = found
    return found


def _read_lines(
    lines: list[str], first_line: int, body: Body, found: list[tuple[str, int, list[str] | str]]
) -> None:
    """Headings, bold labels and paragraphs of a run of lines that are not blank."""
    para: list[str] = []
    para_line = 0

    def flush() -> None:
        if para:
            found.append((" ".join(para), para_line, list(para)))
            para.clear()

    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped[0] not in _LOOK_CLOSER:  # plain text: no heading, list, quote or label
            if not para:
                para_line = first_line + i
            para.append(stripped)
            continue
        m = _ATX.match(line) if stripped[0] == "#" else None
        if m is not None:
            flush()
            body.headings.append(Heading(len(m.group(1)), plain_words(m.group(2)), first_line + i))
            continue
        if para and len(para) == 1 and _SETEXT.match(line) and not _NO_HEADING.match(para[0]):
            level = 1 if stripped.startswith("=") else 2
            if body.lead_ins and body.lead_ins[-1].line == para_line:
                body.lead_ins.pop()  # the label is the heading's words: one section, not two
            body.headings.append(Heading(level, plain_words(para[0]), para_line))
            para.clear()
            continue
        if stripped.startswith(_BLOCK_STARTS):
            quoted = stripped.lstrip("> ") if stripped.startswith(">") else ""
            if not (para and _runs_on(quoted, para[-1], lines[i - 1])):
                flush()
                para_line = first_line + i
            if quoted:
                para.append(quoted)
            continue
        if _LIST_ITEM.match(stripped):
            flush()  # a list item counts as a paragraph of its own
        if not para:
            para_line = first_line + i
            lead = _LEAD_IN.match(stripped) if stripped[0] in "*_" else None
            if lead is not None:
                body.lead_ins.append(Heading(0, plain_words(lead.group(1)), first_line + i))
        para.append(stripped)
    flush()


def _runs_on(quoted: str, above: str, line_above: str) -> bool:
    """Whether a quote's line (`quoted`, its text) goes on with the paragraph above: a sentence
    may be wrapped over several. A bare ">", a list or heading inside the quote and an alert's
    `[!NOTE]` mark each stand apart."""
    return (
        quoted != ""
        and line_above.lstrip().startswith(">")
        and quoted[0] not in _LOOK_CLOSER
        and not quoted.startswith("[!")
        and not above.startswith("[!")
    )


def _read_images(text: str, start: int, body: Body) -> None:
    if "!" in text and "![" in text:
        lines = _LineCounter(text, start)
        for m in _MD_IMAGE.finditer(text):
            body.images.append(
                Image(
                    m.group(1).strip(),
                    m.group(2),
                    (m.group(3) or "").strip(),
                    lines.at(m.start()),
                )
            )
    if "<" in text and ("<img" in text or "<IMG" in text or "<Img" in text):
        lines = _LineCounter(text, start)
        for m in _HTML_IMG.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            alt = attrs.get("alt")
            body.images.append(
                Image(
                    alt.strip() if alt is not None else None,
                    attrs.get("src", ""),
                    attrs.get("title", "").strip(),
                    lines.at(m.start()),
                    html=True,
                )
            )


def _read_links(text: str, start: int, body: Body) -> None:
    if "](" in text:
        lines = _LineCounter(text, start)
        found = [(m.group(1), m.group(2), lines.at(m.start())) for m in _MD_LINK.finditer(text)]
        if found:
            # Each text is on one line: made plain all at once, one a line (as `plain_words`).
            plain = _plain_lines("\n".join([words for words, _url, _line in found]))
            body.links += [
                Link(words, url, line)
                for words, (_text, url, line) in zip(plain, found, strict=True)
            ]
    if "<" in text and ("<a" in text or "<A" in text):
        lines = _LineCounter(text, start)
        for m in _HTML_LINK.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            if "href" in attrs:
                line = lines.at(m.start())
                body.links.append(Link(plain_words(m.group(2)), attrs["href"], line))


class _LineCounter:
    """File lines of increasing offsets in `text`, counting each newline once."""

    __slots__ = ("text", "first", "offset", "line")

    def __init__(self, text: str, first_line: int) -> None:
        self.text, self.first, self.offset, self.line = text, first_line, 0, first_line

    def at(self, offset: int) -> int:
        if offset < self.offset:  # not in order: count again from the top
            self.offset, self.line = 0, self.first
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def reading_text(page: Page) -> str:
    """The words of the page's paragraphs, one paragraph a line (remembered on the page)."""
    found = page.cache.get("reading_text")
    if found is None:
        found = page.cache["reading_text"] = "\n".join(p.text for p in read_body(page).paragraphs)
    return found


def written_in_english(page: Page, site: Any = None) -> bool:
    """Whether the page is in English, as the reading and spelling checks need: its own
    `lang`, else the site's, else its letters (mostly Latin ones)."""
    found = page.cache.get("english")
    if found is not None:
        return found
    lang = None
    for key in ("lang", "language", "locale"):
        value = page.data.get(key)
        if isinstance(value, str) and value.strip():
            lang = value
            break
    if lang is None and page.rel.startswith("content/") and page.rel.count("/") >= 2:
        part = page.rel.split("/")[1]  # Hugo's per-language folders: content/fr/...
        if 2 <= len(part) <= 5 and part.replace("-", "").isalpha() and part.islower():
            lang = part if part in _LANGUAGE_FOLDERS else None
    if lang is None:
        config = getattr(site, "config", None) or {}
        for key in ("lang", "locale", "language", "languageCode", "defaultContentLanguage"):
            value = config.get(key) if isinstance(config, dict) else None
            if isinstance(value, str) and value.strip():
                lang = value
                break
    if lang is not None:
        found = lang.strip().lower().replace("_", "-").split("-")[0] == "en"
    else:
        sample = page.body[:4000]
        if sample.isascii():
            found = True
        else:
            # Latin letters counted in C; every other character taken for a letter of another
            # script first (curly quotes and dashes are not): enough to say yes most of the time.
            ascii_part = sample.encode("ascii", "ignore")
            latin = len(ascii_part.translate(None, _NOT_LATIN_LETTER))
            others = len(sample) - len(ascii_part)
            if latin >= 0.8 * (latin + others):
                found = True
            else:
                letters = len(_LETTER.findall(sample))
                found = not letters or len(_LATIN.findall(sample)) >= 0.8 * letters
    page.cache["english"] = found
    return found


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_LATIN_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
# Language codes a Hugo site names its content folders with (the common ones).
_LANGUAGE_FOLDERS = frozenset(
    "en fr de es it pt nl sv da no nb fi pl cs sk hu ro bg el ru uk be tr ar fa he hi ta bn "
    "zh ja ko id ms vi th sa zh-cn zh-tw pt-br".split()
)
