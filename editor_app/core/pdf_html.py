"""The preview's HTML made simple enough for fpdf2's HTML layout (a PDF review pack): the
body's top-level blocks, fpdf2's own tags only, local pictures by path, a table cell holding
more than one piece drawn as its plain words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from editor_app.core.pdf_nested_tables import (
    CELL_BOLD,
    CELL_ITALIC,
    CELL_LINK,
    holds_only_a_table,
)

TEXT_W = 122.0  # the text column, millimetres
_PT_MM = 72 / 25.4  # fpdf2 reads an <img>'s width in points (its unit's scale)
# A picture is fitted into the room left on the page when moving it on would leave more than
# this share of the page empty, into no less room than _FIT_ROOM_MM, at no less than _FIT_LEAST
# of its size: smaller, it is drawn on the next page at its full width.
_FIT_EMPTY = 0.5
_FIT_ROOM_MM = 40.0
_FIT_LEAST = 0.5
# What fpdf2's HTML reader draws; other tags keep their content only.
_KEPT = frozenset(
    "a b blockquote br code dd del dl dt em font h1 h2 h3 h4 h5 h6 hr i img li ol p pre s strong "
    "sub sup table tbody td tfoot th thead tr u ul".split()
)
# What starts a new line of a table cell drawn as plain words.
_CELL_LINES = frozenset("blockquote br dd dt h1 h2 h3 h4 h5 h6 hr li ol p pre tr ul".split())
# A style sheet, script, template or <noscript> is out already (docx_not_words, both packs).
_DROP = frozenset(["svg", "math", "input"])
TICKED, UNTICKED = "\u2611 ", "\u2610 "  # a task list's boxes, as in the Word pack
_CELL_MARKS = {"b": CELL_BOLD, "strong": CELL_BOLD, "i": CELL_ITALIC, "em": CELL_ITALIC}
_PRIVATE_MARKS = re.compile("[\ue0b0-\ue0b8]")  # the marks, and two kept unused


def blocks_of(soup: Any) -> list[Tag]:
    """The body's top-level blocks (loose text wrapped in a paragraph)."""
    out: list[Tag] = []
    for child in list(soup.children):
        if isinstance(child, Tag):
            if child.name in ("div", "section", "article", "details", "figure") and child.find(
                ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre"]
            ):
                out.extend(blocks_of(child))
            else:
                out.append(child)
        elif isinstance(child, NavigableString) and not isinstance(child, Comment):
            if child.strip():
                p = soup.new_tag("p")
                p.string = str(child)
                out.append(p)
    return out


def simplify(el: Any) -> Any:
    """A copy fpdf2 can draw: its own tags, local pictures by path, in-page links as text."""
    soup = BeautifulSoup(str(el), "html.parser")
    for tag in soup.find_all(True):
        if tag.name == "input" and tag.get("type") != "radio":
            # A task-list box, ticked or not, as the Word pack draws it; a tab's radio button
            # (Hugo's code-toggle) is not drawn: every tab's code is in the pack.
            tag.replace_with(TICKED if tag.has_attr("checked") else UNTICKED)
        elif tag.name in _DROP:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.name == "a":
            href = tag.get("href") or ""
            if not re.match(r"^(?:https?:|mailto:)", href):
                tag.unwrap()
                continue
            tag.attrs = {"href": href}
        elif tag.name == "img":
            path = _local_file(tag.get("src") or "")
            if path is None or path.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif"):
                alt = tag.get("alt") or ""
                tag.replace_with(f"[picture: {alt}]" if alt else "")
                continue
            # The text column's width: at 460 "pixels" (fpdf2 reads points) it ran 40 mm into
            # the notes' margin.
            tag.attrs = {"src": str(path), "width": f"{TEXT_W * _PT_MM:.2f}"}
        elif tag.name in ("td", "th"):
            tag.attrs = {k: v for k, v in tag.attrs.items() if k in ("colspan", "align")}
        elif tag.name == "table":
            # In the text column: fpdf2 centres a table on the page, which ran it into the
            # margin where the notes are.
            tag.attrs = {"align": "left"}
        elif tag.name == "font":  # a suggested edit's colour (`pdf_suggestions`)
            tag.attrs = {k: v for k, v in tag.attrs.items() if k == "color"}
        elif tag.name not in _KEPT:
            if tag.name in ("div", "figcaption", "summary", "dl", "label"):
                tag.name = "p"
                tag.attrs = {}
            else:
                tag.unwrap()
        else:
            tag.attrs = {}
    for cell in soup.find_all(["td", "th"]):
        # fpdf2 draws a cell bold or italic by its <b> and <i> only, not <strong> or <em>.
        for tag in cell.find_all(["strong", "em"]):
            tag.name = "b" if tag.name == "strong" else "i"
        # fpdf2 draws one piece per cell (a text in one style, or a picture) and stops its
        # layout at a second one: such a cell is drawn as its plain words, line by line.
        words = [s for s in cell.find_all(string=True) if s.strip() and not isinstance(s, Comment)]
        if holds_only_a_table(cell):
            continue  # drawn as a table in the cell (`pdf_nested_tables`)
        if len(words) + len(cell.find_all("img")) > 1:
            text = _cell_text(cell)
            cell.clear()
            cell.append(text)
        elif words and not words[0].find_parent("pre"):
            # fpdf2 keeps a cell's line breaks and indents as written in the page's HTML.
            words[0].replace_with(" ".join(words[0].split()))
    return soup


def fit_picture(el: Any, room_mm: float, page_mm: float) -> None:
    """A block that is one picture, made to fit the `room_mm` left on the page when it would
    otherwise go to the next one leaving more than half of the page (`page_mm` high) empty,
    as a word processor's "fit" does, kept at no less than half its size; one taller than a
    page made as tall as one."""
    pictures = el.find_all("img") if isinstance(el, Tag) else []
    if len(pictures) != 1 or el.get_text().strip() or pictures[0].find_parent(["td", "th"]):
        return
    picture = pictures[0]
    if room_mm < max(_FIT_ROOM_MM, page_mm * _FIT_EMPTY):
        room_mm = 0.0  # moved on whole, if it does not fit
    try:
        from PIL import Image

        with Image.open(picture["src"]) as image:
            width_px, height_px = image.size
    except (OSError, ValueError, KeyError):  # unreadable: fpdf2 says so when it draws it
        return
    width_mm = float(picture.get("width") or 0) / _PT_MM
    height_mm = width_mm * height_px / max(1, width_px)
    room_mm -= 2.0  # the line fpdf2 moves down after it
    if height_mm <= room_mm:
        return
    if room_mm < height_mm * _FIT_LEAST:
        # On the next page: no taller than it, where it was cut off at the foot.
        room_mm = page_mm - 2.0
        if height_mm <= room_mm:
            return
    picture["width"] = f"{width_mm * room_mm / height_mm * _PT_MM:.2f}"


def _cell_text(cell: Tag) -> str:
    """The cell's words, a line for each paragraph and list item (with its bullet or number)."""
    parts: list[str] = []

    def walk(node: Tag, pre: bool) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                words = _PRIVATE_MARKS.sub("", str(child))
                parts.append(words if pre else re.sub(r"\s+", " ", words))
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "img":
                parts.append(f"[picture: {child.get('alt') or ''}]".replace(": ]", "]"))
                continue
            line = child.name in _CELL_LINES
            if line:
                parts.append("\n")
            if child.name == "li":
                if isinstance(child.parent, Tag) and child.parent.name == "ol":
                    items = child.parent.find_all("li", recursive=False)
                    parts.append(f"{items.index(child) + 1}. ")
                else:
                    parts.append("• ")
            worded = bool(child.get_text().strip())
            mark = _CELL_MARKS.get(child.name, "") if worded else ""
            href = _PRIVATE_MARKS.sub("", str(child.get("href") or "")).strip()
            link = child.name == "a" and worded and bool(href) and not child.find("a")
            parts.append(CELL_LINK[0] if link else mark)
            walk(child, pre or child.name == "pre")
            parts.append(f"{CELL_LINK[1]}{href}{CELL_LINK[2]}" if link else mark)
            if line:
                parts.append("\n")

    walk(cell, False)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _local_file(src: str) -> Path | None:
    parts = urlsplit(src)
    if parts.scheme != "file":
        return None
    path = Path(unquote(parts.path))
    return path if path.is_file() else None


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
