"""A page body as the content checks read it: headings, paragraphs, images and links, each
with its file line. Examples (code, raw blocks) are left out (`body_text.prose`); computed once
per page and shared by the content rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.body_text import prose
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
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\(\s*<?([^)\s>\[\]]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)")
_HTML_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass
class Heading:
    level: int
    text: str
    line: int


@dataclass
class Paragraph:
    text: str  # the words as a reader sees them (markup dropped)
    line: int
    lines: list[str] = field(default_factory=list)  # as written, one per file line

    def line_of(self, words: str) -> int:
        """The file line where `words` (part of `text`) start."""
        probe = " ".join(words.split()[:4])
        if len(self.lines) > 1 and probe:
            seen = ""
            for i, raw in enumerate(self.lines):
                seen = (seen + " " + plain_words(raw)).strip()
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


def read_body(page: Page) -> Body:
    """The body's parts with their lines (remembered on the page)."""
    cached = page.cache.get("content_body")
    if cached is not None:
        return cached
    body = Body()
    text = _HTML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), prose(page.body))
    start = page.body_start_line
    lines = text.split("\n")
    para: list[str] = []
    para_line = 0

    def flush() -> None:
        if para:
            words = plain_words(" ".join(para))
            if words:
                body.paragraphs.append(Paragraph(words, para_line, list(para)))
            para.clear()

    for i, line in enumerate(lines):
        stripped = line.strip()
        m = _ATX.match(line)
        if m is not None:
            flush()
            body.headings.append(Heading(len(m.group(1)), plain_words(m.group(2)), start + i))
            continue
        if para and len(para) == 1 and _SETEXT.match(line) and not para[0].startswith(("-", "*")):
            level = 1 if stripped.startswith("=") else 2
            body.headings.append(Heading(level, plain_words(para[0]), para_line))
            para.clear()
            continue
        if not stripped or stripped.startswith(("|", ">", "{:", "<div", "</div", "---")):
            flush()
            if stripped.startswith(">"):
                para_line = start + i
                para.append(stripped.lstrip("> "))
            continue
        if re.match(r"^(?:[-*+]|\d+[.)])\s", stripped):
            flush()  # a list item counts as a paragraph of its own
        if not para:
            para_line = start + i
            lead = _LEAD_IN.match(stripped)
            if lead is not None:
                body.lead_ins.append(Heading(0, plain_words(lead.group(1)), start + i))
        para.append(stripped)
    flush()
    for m in _MD_IMAGE.finditer(text):
        line = start + text.count("\n", 0, m.start())
        body.images.append(Image(m.group(1).strip(), m.group(2), (m.group(3) or "").strip(), line))
    if "<img" in text or "<IMG" in text:
        for m in _HTML_IMG.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            line = start + text.count("\n", 0, m.start())
            alt = attrs.get("alt")
            body.images.append(
                Image(
                    alt.strip() if alt is not None else None,
                    attrs.get("src", ""),
                    attrs.get("title", "").strip(),
                    line,
                    html=True,
                )
            )
    for m in _MD_LINK.finditer(text):
        line = start + text.count("\n", 0, m.start())
        body.links.append(Link(plain_words(m.group(1)), m.group(2), line))
    if "<a" in text or "<A" in text:
        for m in _HTML_LINK.finditer(text):
            attrs = {a.lower(): (b or c or d or "") for a, b, c, d in _ATTR.findall(m.group(1))}
            if "href" in attrs:
                line = start + text.count("\n", 0, m.start())
                body.links.append(Link(plain_words(m.group(2)), attrs["href"], line))
    page.cache["content_body"] = body
    return body


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
            letters = len(_LETTER.findall(sample))
            found = not letters or len(_LATIN.findall(sample)) >= 0.8 * letters
    page.cache["english"] = found
    return found


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")
# Language codes a Hugo site names its content folders with (the common ones).
_LANGUAGE_FOLDERS = frozenset(
    "en fr de es it pt nl sv da no nb fi pl cs sk hu ro bg el ru uk be tr ar fa he hi ta bn "
    "zh ja ko id ms vi th sa zh-cn zh-tw pt-br".split()
)
