"""The sections of a page: its headings and the bold labels starting a paragraph.

`page_sections` reads them from a checked page (with their lines), `quick_sections` from a
body alone (in order, for inferring what a group's pages share), both keyed by `section_key`.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.core.checks.body_text import prose
from editor_app.core.checks.content_text import LEAD_IN_LABEL, plain_words, read_body
from editor_app.core.checks.page import Page


def section_key(name: str) -> str:
    return " ".join(name.strip().rstrip(":.?!").split()).casefold()


# Each matched in "\n" + the text from the newline before its line (a pattern starting with a
# fixed character lets the regex engine skip ahead instead of trying every position); three
# passes, each turning a line down at its first character, cost less than one pattern trying
# every line as a heading over an underline.
_QUICK_ATX = re.compile(r"\n {0,3}#{1,6}[ \t]+([^\n]*?)[ \t#]*$", re.M)
_QUICK_UNDERLINE = re.compile(r"\n {0,3}(?:=+|-+)[ \t]*$", re.M)
_QUICK_LEAD = re.compile(r"\n" + LEAD_IN_LABEL, re.M)
_NOT_SETEXT_START = frozenset("-*#>|")


def quick_sections(body: str, title: Any = None) -> list[tuple[str, str]]:
    """(key, name) of each section of a body, in order: `page_sections` without lines, in a
    few scans (to infer what a collection's pages share without reading each one fully)."""
    # Blanking examples never adds a "#", "**" or an underline: a body without any has no
    # section, and is not blanked at all.
    atx = "#" in body
    underline = ("=" in body or "-" in body) and _QUICK_UNDERLINE.search("\n" + body) is not None
    # (A character alone is found in one fast pass, a pair takes several times as long.)
    lead = ("*" in body and "**" in body) or ("_" in body and "__" in body)
    if not (atx or underline or lead):
        return []
    title_key = section_key(title) if isinstance(title, str) else None
    text = prose(body)
    scan = "\n" + text  # offset i in `scan` is the newline before text offset i's line
    found: list[tuple[int, str]] = []  # (offset of the line, name)
    if atx and "#" in text:
        for m in _QUICK_ATX.finditer(scan):
            name = plain_words(m.group(1))
            if m.group(0)[1:].lstrip()[:2] in ("# ", "#\t") and section_key(name) == title_key:
                continue  # the title again, as a level 1 heading
            found.append((m.start(), name))
    setext: set[int] = set()
    if underline:
        for m in _QUICK_UNDERLINE.finditer(scan):
            end = m.start() - 1  # the newline ending the line above, in `text`
            if end < 0:
                continue
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line or line[0] in _NOT_SETEXT_START or line[0].isspace():
                if not (line.startswith("**") and line.strip("* \t")):  # bold words: a heading
                    continue
            setext.add(start)
            # Starts a paragraph: the text's first line, or one after a blank line (the
            # text's own first line may be that blank line: `scan` holds the newline before).
            if start == 0 or scan[start - 1 : start + 1] == "\n\n":
                found.append((start, plain_words(line)))
    if lead and ("**" in text or "__" in text):
        for m in _QUICK_LEAD.finditer(scan):
            start = m.start()
            if start in setext or (start > 0 and scan[start - 1 : start + 1] != "\n\n"):
                continue  # a heading over an underline, or a label not starting a paragraph
            found.append((start, plain_words(m.group(1))))
    found.sort(key=lambda item: item[0])
    out = []
    for _start, name in found:
        key = section_key(name)
        if key:
            out.append((key, name.rstrip(":")))
    return out


def page_sections(page: Page) -> list[tuple[str, str, int]]:
    """(key, name as written, line) of each section, in order."""
    body = read_body(page)
    title = page.data.get("title")
    title_key = section_key(title) if isinstance(title, str) else None
    found = [
        (section_key(h.text), h.text.rstrip(":"), h.line)
        for h in body.headings
        if h.text and not (h.level == 1 and section_key(h.text) == title_key)
    ]
    found += [(section_key(h.text), h.text.rstrip(":"), h.line) for h in body.lead_ins]
    return sorted(found, key=lambda s: s[2])
