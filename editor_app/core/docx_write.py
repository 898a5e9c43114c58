"""Sanitised preview HTML written as Word: paragraphs, runs, lists, tables, pictures, comments.

`WordWriter` builds one review pack page after another into a python-docx `Document`, keeps
where each run sits in the page's plain text, and puts each open review note as a comment on
the runs holding its words (`plain_quote`, `find_in_text`: the note's Markdown words found
in the text as a reader sees it, in `docx_loose_text.py`). Its runs, links and pictures are
written by `docx_inline.InlineWriter`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.run import Run

from editor_app.core.docx_inline import BLOCKS, InlineWriter, is_comment, runs_covering
from editor_app.core.docx_loose_text import (  # noqa: F401 - also offered here
    LooseText,
    find_in_text,
    find_placed,
    normal_text,
    plain_quote,
)
from editor_app.core.docx_read import PACK_BOOKMARK


def header_parts(header_html: str) -> Iterator[tuple[str, Any]]:
    """The parts of the preview's page header a pack shows under the page's title (which it
    writes itself): ("topics", "a, b"), ("subtitle", element) or ("other", element). The
    preview's own notes ("This site adds Markdown plugins the preview does not have...") are
    left out: a reviewer would read them as the page's words."""
    header = BeautifulSoup(header_html, "html.parser")
    for el in header.find_all(True, recursive=False):
        classes = el.get("class") or []
        if "page-title" in classes or "render-note" in classes:
            continue  # the title is written apart; a note on the preview is no page's words
        if "page-topics" in classes:
            yield "topics", ", ".join(li.get_text(" ", strip=True) for li in el.find_all("li"))
        elif "page-subtitle" in classes:
            yield "subtitle", el
        else:
            yield "other", el


class WordWriter(InlineWriter):
    """Sanitised preview HTML written as Word paragraphs, runs, lists, tables and pictures."""

    def __init__(self, document: Any) -> None:
        self.doc = document
        self.spans: list[tuple[Run, int, int]] = []  # runs of the current page, in its text
        self.text = ""
        self.title_runs: list[Run] = []
        self.body_start = 0  # where the page's own text starts in `text` (after its header)
        self._bookmark = 0

    # -- structure ---------------------------------------------------------------------------

    def contents(self, pages: list[Any]) -> None:
        self.doc.add_heading("Contents", level=1)
        for index, page in enumerate(pages):
            p = self.doc.add_paragraph(style="List Number")
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), f"{PACK_BOOKMARK}{index}")
            p._p.append(link)
            run = self._run_in(link, p, page.title)
            run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            run.font.underline = True

    def page(self, page: Any, index: int) -> None:
        self.spans, self.text = [], ""
        heading = self.doc.add_heading(level=1)
        self._add_bookmark(heading, f"{PACK_BOOKMARK}{index}")
        self.title_runs = [self._add_text(heading, page.title, {})]
        self._newline()
        for kind, part in header_parts(page.header_html):
            if kind == "topics":
                p = self.doc.add_paragraph()
                self._add_text(p, "Topics: " + part, {"italic": True})
                self._newline()
            elif kind == "subtitle":
                p = self.doc.add_paragraph(style="Subtitle")
                self._inline(part, p, {})
                self._newline()
            else:
                self._block(part, None)
        self.body_start = len(self.text)
        # Its style sheet, script... are out already (docx_not_words, for both packs).
        self._block(BeautifulSoup(page.body_html, "html.parser"), None)

    def comment_notes(self, page: Any, unplaced: list[str]) -> int:
        """Each open note as a Word comment on its words (else on the page's title)."""
        count = 0
        # The page's text without its title and header, prepared on the first quote: a note
        # is on the text's words, never on the title's copy of them.
        loose: LooseText | None = None
        for note in page.notes:
            runs: list[Run] = []
            if note.quote:
                loose = loose or LooseText(self.text[self.body_start :])
                found = find_placed(loose, note, page.body)
                if found is not None:
                    start, end = found
                    runs = runs_covering(self.spans, start + self.body_start, end + self.body_start)
            text = note.text
            if not runs:
                runs = self.title_runs
                if note.quote:
                    text = f"On “{normal_text(note.quote)[:80]}”: {note.text}"
                    unplaced.append(
                        f"{page.path.name}: the note by {note.author} is on the title: "
                        "its words were not found in the page."
                    )
            if not runs:
                continue
            comment = self.doc.add_comment(
                runs, text=text, author=note.author or "", initials=_initials(note.author)
            )
            if getattr(note, "date", None) is not None:
                comment._comment_elm.set(qn("w:date"), note.date.strftime("%Y-%m-%dT%H:%M:%SZ"))
            count += 1
        return count

    def _add_bookmark(self, paragraph: Any, name: str) -> None:
        self._bookmark += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark))
        paragraph._p.append(start)
        paragraph._p.append(end)

    # -- blocks ---------------------------------------------------------------------------------

    def _newline(self) -> None:
        if self.text and not self.text.endswith("\n"):
            self.text += "\n"

    def _block(self, el: Any, style: str | None) -> None:
        paragraph = None  # for loose text and inline tags between blocks
        for child in el.children:
            if isinstance(child, NavigableString):
                if child.strip() and not is_comment(child):
                    if paragraph is None:
                        paragraph = self.doc.add_paragraph(style=style)
                    self._add_text(paragraph, str(child), {})
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in BLOCKS:
                if paragraph is not None:
                    self._newline()
                    paragraph = None
                self._one_block(child, style)
            else:
                if paragraph is None:
                    paragraph = self.doc.add_paragraph(style=style)
                self._inline_tag(child, paragraph, {})
        if paragraph is not None:
            self._newline()

    def _one_block(self, el: Tag, style: str | None) -> None:
        name = el.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            p = self.doc.add_heading(level=min(9, max(2, int(name[1]))))
            self._inline(el, p, {})
        elif name == "p":
            p = self.doc.add_paragraph(style=style)
            self._inline(el, p, {})
        elif name in ("ul", "ol"):
            self._list(el, 1)
            return
        elif name == "blockquote":
            self._block(el, "Quote")
            return
        elif name == "pre":
            p = self.doc.add_paragraph(style=style)
            lines = el.get_text().rstrip("\n").split("\n")
            for k, line in enumerate(lines):
                run = self._add_text(p, line, {"code": True}, keep_space=True)
                if k < len(lines) - 1:
                    run.add_break()
                    self.text += "\n"
        elif name == "table":
            self._table(el)
        elif name == "hr":
            p = self.doc.add_paragraph("* * *")
            p.alignment = 1
            return
        elif name == "img":
            p = self.doc.add_paragraph(style=style)
            self._picture(el, p)
        elif name == "figcaption":
            p = self.doc.add_paragraph(style="Caption")
            self._inline(el, p, {})
        elif name == "dt":
            p = self.doc.add_paragraph(style=style)
            self._inline(el, p, {"bold": True})
        elif name == "div" and "embed" in (el.get("class") or []):
            p = self.doc.add_paragraph(style=style)
            self._inline(el, p, {"italic": True})
        else:  # div, section, figure, details, dl, dd...
            self._block(el, style)
            return
        self._newline()

    def _list(self, el: Tag, level: int) -> None:
        kind = "List Number" if el.name == "ol" else "List Bullet"
        style = kind if level == 1 else f"{kind} {min(level, 3)}"
        numbering = self._own_numbering(style, el) if el.name == "ol" else None
        for li in el.find_all("li", recursive=False):
            p = self.doc.add_paragraph(style=style)
            if numbering is not None:
                p._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = numbering
            nested = []
            for child in li.children:
                if isinstance(child, Tag) and child.name in ("ul", "ol"):
                    nested.append(child)
                elif isinstance(child, Tag) and child.name == "p":
                    if p.runs:
                        self._add_text(p, " ", {})
                    self._inline(child, p, {})
                elif isinstance(child, Tag):
                    self._inline_tag(child, p, {})
                elif not is_comment(child):
                    self._add_text(p, str(child), {})
            self._newline()
            for sub in nested:
                self._list(sub, level + 1)

    def _own_numbering(self, style: str, el: Tag) -> int | None:
        """A numbering of its own for one numbered list, starting at its `start` (1): every
        paragraph of a "List Number" style shares one count, so each list (and the contents
        list) would go on from the last one's number."""
        try:
            num_pr = self.doc.styles[style].element.pPr.numPr
            shared = int(num_pr.numId.val)
            numbering = self.doc.part.numbering_part.element
            abstract = numbering.num_having_numId(shared).abstractNumId.val
        except (AttributeError, KeyError, ValueError, TypeError):
            return None  # a template without numbered styles: Word's own count
        try:
            start = int(str(el.get("start") or 1))
        except ValueError:
            start = 1
        num = numbering.add_num(abstract)
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        num.add_lvlOverride(ilvl=level).add_startOverride(max(start, 0))
        return int(num.numId)

    def _table(self, el: Tag) -> None:
        rows = [tr for tr in el.find_all("tr") if tr.find_parent("table") is el]
        if not rows:
            return
        width = max(len(tr.find_all(["td", "th"], recursive=False)) for tr in rows) or 1
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, tr in enumerate(rows):
            for c, cell in enumerate(tr.find_all(["td", "th"], recursive=False)):
                p = table.cell(r, c).paragraphs[0]
                self._inline(cell, p, {"bold": cell.name == "th"})
                self.text += " "
        self._newline()


def _initials(name: str | None) -> str:
    return "".join(w[0] for w in (name or "").split() if w[:1].isalpha())[:3].upper()
