"""A page body as the content checks read it: headings, paragraphs, images and links, each
with its file line. Examples (code, raw blocks) are left out (`body_text.prose`); computed once
per page and shared by the content rules.

The parts and plain words are in `content_words.py`, the prose layers in `content_prose.py`,
images and links in `content_links.py`, the page's language in `content_language.py`; their
names are given here too, where the rules take them from.
"""

from __future__ import annotations

import re

from editor_app.core.checks.content_language import written_in_english
from editor_app.core.checks.content_links import page_images, page_links
from editor_app.core.checks.content_prose import (
    content_prose,
    licence_page,
    page_quoted_lines,
    prose_words,
    reading_prose,
)
from editor_app.core.checks.content_words import (
    Body,
    Heading,
    Image,
    Link,
    Paragraph,
    plain_lines,
    plain_words,
)
from editor_app.core.checks.page import Page

__all__ = [
    "Body",
    "Heading",
    "Image",
    "Link",
    "Paragraph",
    "Run",
    "content_prose",
    "licence_page",
    "page_headings",
    "page_images",
    "page_links",
    "page_quoted_lines",
    "paragraphs_of",
    "plain_words",
    "prose_words",
    "read_body",
    "reading_prose",
    "reading_text",
    "text_runs",
    "written_in_english",
]

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# A bold label that starts a paragraph: **Methods used:** ... or **Methods used**: ...
# (or a short bold line alone, `**The challenge**`, not a sentence: a heading written in bold)
# (`sections` finds them with the same words after a "\n": `_QUICK_LEAD`)
LEAD_IN_LABEL = (
    r"(?:\*\*|__)([^*_\n]{2,60}?)"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|(?<![.!?:,;])(?:\*\*|__)[ \t]*$)"
)
_LEAD_IN = re.compile("^" + LEAD_IN_LABEL)
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
# A blockquote alert's mark on a line of its own (GitHub's and Hugo's `> [!NOTE]`, `[!TIP]+`).
_ALERT_MARK = re.compile(r"\[![A-Za-z]+\][+-]?")
_BLOCK_STARTS = ("|", ">", "{:", "<div", "</div", "---")
# A line an underline cannot make a heading of: a list item (`- a`, `* a`), a rule (`***`).
_NO_HEADING = re.compile(r"-|\*(?!\*)|\*\*[* \t]*$")


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
    plain = plain_lines("\n".join(source for source, _line, _lines in found))
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
            if quoted.startswith("[!") and _ALERT_MARK.fullmatch(quoted):
                flush()  # an alert's mark (`> [!NOTE]`): its title, no words of the text
                continue
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


def reading_text(page: Page) -> str:
    """The words of the page's paragraphs, one paragraph a line (remembered on the page)."""
    found = page.cache.get("reading_text")
    if found is None:
        found = page.cache["reading_text"] = "\n".join(p.text for p in read_body(page).paragraphs)
    return found
