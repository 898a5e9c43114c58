"""A Word document's headings as the collection's pages write theirs.

Word's "Heading 1" is `#`; most sites show the page's title as its one `#` heading, and
their pages' own headings start at `##` (Hugo's docs, the Open Source Guide,
connectedbydata), while Eleventy's docs use `#` in the text. An imported document's
headings follow the collection's habit: shifted so its top level is `##` where the pages'
bodies (nearly) never hold a `#`, relative levels kept. A paragraph in Word's "Title" style
is the page's title, not a heading of its text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

# What mammoth writes for a "Title" paragraph (`docx_read`'s style map), and the mark the
# first one carries into the Markdown, to be found there and taken out as the page's title.
TITLE_CLASS = "editor-app-title"
_TITLE_MARK = "\ue004"
_TITLE_TAG = re.compile(f'<h1 class="{TITLE_CLASS}">')
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})(?=[ \t]|$)")
# The marks `docx_read` writes into the text where a Word comment starts (START id CLOSE) and
# ends (END id CLOSE): private-use characters no document holds. Defined once, here, as
# `docx_read` imports this module.
COMMENT_START, COMMENT_END, COMMENT_CLOSE = "\ue000", "\ue002", "\ue001"
COMMENT_MARK = re.compile(f"[{COMMENT_START}{COMMENT_END}](\\d+){COMMENT_CLOSE}")
# Below this share of the pages holding a heading, `#` in the text is the odd page out
# (jekyll-docs' docs: 3 of 91, its unfinished "TO WRITE" pages), not the collection's way.
_H1_HABIT = 0.2


def mark_title_paragraph(html_text: str) -> str:
    """The HTML with its first "Title" paragraph marked as the title, any later one a plain
    top-level heading."""
    found = [False]

    def replaced(_m: re.Match[str]) -> str:
        if found[0]:
            return "<h1>"
        found[0] = True
        return f"<h1>{_TITLE_MARK}"

    return _TITLE_TAG.sub(replaced, html_text)


def take_title_paragraph(markdown: str) -> tuple[str, str | None]:
    """The Markdown without the marked "Title" paragraph, and its words as typed (None when
    the document has none, or it is empty). Comment marks on it stay where it was."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        at = line.find(_TITLE_MARK)
        if at < 0:
            continue
        words = line[at + 1 :].rstrip(" \t#")
        title = html.unescape(COMMENT_MARK.sub("", words).replace("\\", "")).strip()
        marks = "".join(m.group(0) for m in COMMENT_MARK.finditer(line))
        del lines[i]
        if i < len(lines) and not lines[i].strip():
            del lines[i]  # the blank line after it
        if marks:  # the comments on it: at the start of what follows
            lines[i : i + 1] = [marks + (lines[i] if i < len(lines) else "")]
        text = "\n".join(lines)
        return (text.lstrip("\n") if i == 0 else text), title or None
    return markdown, None


def _heading_lines(markdown: str) -> list[int]:
    """The indexes of the ATX heading lines outside fenced code."""
    found = []
    fence = ""
    for i, line in enumerate(markdown.split("\n")):
        m = _FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
        elif m:
            fence = m.group(1)
        elif _HEADING.match(line):
            found.append(i)
    return found


def shift_headings(markdown: str, top: int) -> str:
    """The headings moved down so the highest is at least level `top` (2: `#` becomes `##`,
    `##` becomes `###`), their relative levels kept, none deeper than `######`."""
    lines = markdown.split("\n")
    places = _heading_lines(markdown)
    if not places:
        return markdown
    highest = min(len(_HEADING.match(lines[i]).group(1)) for i in places)
    by = top - highest
    if by <= 0:
        return markdown
    for i in places:
        marks = _HEADING.match(lines[i]).group(1)
        lines[i] = "#" * min(6, len(marks) + by) + lines[i][len(marks) :]
    return "\n".join(lines)


def _body_of(path: Path) -> str:
    """The page's text after its front matter (`---`/`+++` fenced)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    m = re.match(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", text, re.S)
    return text[m.end() :] if m else text


def usual_top_heading(site: Any, collection: str) -> int:
    """The level the collection's pages start their headings at: 1 where `#` in the text is
    their way (a fifth or more of the pages holding headings hold one), else 2 (the title
    is the page's `#`)."""
    with_headings = with_h1 = 0
    try:
        entries = list(site.documents(collection))
    except (KeyError, OSError, AttributeError):
        return 1
    for entry in entries:
        try:
            body = _body_of(Path(entry.path))
        except OSError:
            continue
        lines = body.split("\n")
        levels = [len(_HEADING.match(lines[i]).group(1)) for i in _heading_lines(body)]
        if levels:
            with_headings += 1
            with_h1 += 1 in levels
    if not with_headings:
        return 1  # no habit to follow: the headings stay as Word had them
    return 1 if with_h1 >= _H1_HABIT * with_headings else 2


def take_first_heading(markdown: str, title: str | None) -> tuple[str, str | None]:
    """The first heading, taken out when it opens the text and is the title, or there is no
    title yet (the page shows its title itself)."""
    m = re.match(r"\A\s*#{1,6}[ \t]+([^\n]{1,2000}?)[ \t#]*(?:\n|\Z)", markdown)
    if m is None:
        return markdown, None
    # The words as typed: Markdown's escapes (backslashes, entities such as &lt;) undone.
    heading = html.unescape(COMMENT_MARK.sub("", m.group(1)).replace("\\", "")).strip()
    if title is not None and heading != title:
        return markdown, None
    marks = "".join(x.group(0) for x in COMMENT_MARK.finditer(m.group(1)))
    return marks + markdown[m.end() :].lstrip("\n"), heading
