"""Sanitised preview HTML written as Word: paragraphs, runs, lists, tables, pictures, comments.

`WordWriter` builds one review pack page after another into a python-docx `Document`, keeps
where each run sits in the page's plain text, and puts each open review note as a comment on
the runs holding its words (`plain_quote`, `find_in_text`: the note's Markdown words found
in the text as a reader sees it).
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

from editor_app.core.docx_read import PACK_BOOKMARK

_MONO = "Courier New"
_MAX_WIDTH = Cm(15)


# -- quoted words in the rendered text -----------------------------------------------------------

_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "."})


def plain_quote(markdown: str) -> str:
    """The words of a Markdown passage as a reader sees them (marks and addresses gone)."""
    # Bounded, so a long or odd passage costs linear time.
    text = re.sub(r"!\[([^\[\]]{0,500})\]\([^()]{0,2000}\)", r"\1", markdown)
    text = re.sub(r"\[([^\[\]]{0,500})\]\([^()]{0,2000}\)", r"\1", text)
    text = re.sub(r"\[([^\[\]]{0,500})\]\[[^\[\]]{0,200}\]", r"\1", text)
    text = re.sub(r"<[^<>]{1,500}>", "", text)
    text = re.sub(r"(?m)^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", text)
    text = re.sub(r"[*_`~]+", "", text)
    text = text.replace("\\", "")
    return normal_text(_html.unescape(text))


def normal_text(text: str) -> str:
    """Text compared loosely: one space for any white space, plain quotes, dashes and dots."""
    text = re.sub(r"-{2,3}", "-", text.translate(_TYPO))
    text = re.sub(r"\.\.\.", ".", text)
    return " ".join(text.split())


class LooseText:
    """A text prepared once for loose searches (see `normal_text`); `find` gives positions in
    the text as given."""

    def __init__(self, text: str) -> None:
        index: list[int] = []
        chars: list[str] = []
        prev_space = True
        for i, c in enumerate(text.translate(_TYPO)):
            if c.isspace():
                if prev_space:
                    continue
                c = " "
                prev_space = True
            else:
                prev_space = False
            if c in "-." and chars and chars[-1] == c:
                continue  # `--` and `...` read as one
            chars.append(c)
            index.append(i)
        self.flat = "".join(chars)
        self.index = index

    def find(self, quote: str, near: float = 0.0) -> tuple[int, int] | None:
        """Where a plain `quote` stands, the copy nearest `near` (a fraction of the text)."""
        if not quote:
            return None
        found = [m.start() for m in re.finditer(re.escape(quote), self.flat)]
        if not found:
            return None
        start = min(found, key=lambda s: abs(s - near * len(self.flat)))
        end = start + len(quote) - 1
        return self.index[start], self.index[end] + 1


def find_in_text(text: str, quote: str, near: float = 0.0) -> tuple[int, int] | None:
    """Where a plain `quote` stands in `text` (loosely compared), the copy nearest `near`
    (a fraction of the text); positions are in `text` as given."""
    return LooseText(text).find(quote, near)


# -- writing Word ---------------------------------------------------------------------------------


def header_parts(header_html: str) -> Iterator[tuple[str, Any]]:
    """The parts of the preview's page header a pack shows under the page's title (which it
    writes itself): ("topics", "a, b"), ("subtitle", element) or ("other", element)."""
    header = BeautifulSoup(header_html, "html.parser")
    for el in header.find_all(True, recursive=False):
        classes = el.get("class") or []
        if "page-title" in classes:
            continue
        if "page-topics" in classes:
            yield "topics", ", ".join(li.get_text(" ", strip=True) for li in el.find_all("li"))
        elif "page-subtitle" in classes:
            yield "subtitle", el
        else:
            yield "other", el


class WordWriter:
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
        self._block(BeautifulSoup(page.body_html, "html.parser"), None)

    def comment_notes(self, page: Any, unplaced: list[str]) -> int:
        """Each open note as a Word comment on its words (else on the page's title)."""
        from editor_app.core import review

        count = 0
        # The page's text without its title and header, prepared on the first quote: a note
        # is on the text's words, never on the title's copy of them.
        loose: LooseText | None = None
        for note in page.notes:
            runs: list[Run] = []
            if note.quote:
                anchor = review.anchor_note(note, page.body)
                near = anchor.start / max(1, len(page.body))
                loose = loose or LooseText(self.text[self.body_start :])
                found = loose.find(plain_quote(note.quote), near)
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
                if child.strip() and not _is_comment(child):
                    if paragraph is None:
                        paragraph = self.doc.add_paragraph(style=style)
                    self._add_text(paragraph, str(child), {})
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in _BLOCKS:
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
                elif not _is_comment(child):
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

    # -- inline ---------------------------------------------------------------------------------

    def _inline(self, el: Tag, paragraph: Any, fmt: dict[str, Any]) -> None:
        for child in el.children:
            if isinstance(child, Tag):
                self._inline_tag(child, paragraph, fmt)
            elif not _is_comment(child):
                self._add_text(paragraph, str(child), fmt)

    def _inline_tag(self, el: Tag, paragraph: Any, fmt: dict[str, Any]) -> None:
        name = el.name
        new = dict(fmt)
        if name in ("strong", "b", "th", "dt"):
            new["bold"] = True
        elif name in ("em", "i", "cite", "dfn"):
            new["italic"] = True
        elif name in ("code", "kbd", "samp", "tt", "var"):
            new["code"] = True
        elif name in ("del", "s", "strike"):
            new["strike"] = True
        elif name == "sup":
            new["sup"] = True
        elif name == "sub":
            new["sub"] = True
        elif name == "br":
            if paragraph.runs:
                paragraph.runs[-1].add_break()
                self.text += "\n"
            return
        elif name == "img":
            self._picture(el, paragraph)
            return
        elif name == "a":
            href = el.get("href") or ""
            if re.match(r"^(?:https?:|mailto:)", href):
                new["link"] = href
        elif name in ("input",):
            # A task-list box; a tab's radio button (Hugo's code-toggle) is not drawn: every
            # tab's code is in the pack, under its name.
            if el.get("type") != "radio":
                self._add_text(paragraph, "☑ " if el.has_attr("checked") else "☐ ", fmt)
            return
        if name in _BLOCKS:  # a block inside a line (a paragraph in a table cell)
            if paragraph.runs:
                self._add_text(paragraph, " ", fmt)
        self._inline(el, paragraph, new)

    def _add_text(
        self, paragraph: Any, text: str, fmt: dict[str, Any], keep_space: bool = False
    ) -> Run:
        if not keep_space:
            text = re.sub(r"\s+", " ", text)
            if not self.text or self.text.endswith(("\n", " ")):
                text = text.lstrip(" ")
        if not text:
            return paragraph.runs[-1] if paragraph.runs else paragraph.add_run("")
        link = fmt.get("link")
        if link:
            element = OxmlElement("w:hyperlink")
            element.set(qn("r:id"), paragraph.part.relate_to(link, RT.HYPERLINK, is_external=True))
            paragraph._p.append(element)
            run = self._run_in(element, paragraph, text)
            run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            run.font.underline = True
        else:
            run = paragraph.add_run(text)
        run.bold = fmt.get("bold") or None
        run.italic = fmt.get("italic") or None
        if fmt.get("strike"):
            run.font.strike = True
        if fmt.get("sup"):
            run.font.superscript = True
        if fmt.get("sub"):
            run.font.subscript = True
        if fmt.get("code"):
            run.font.name = _MONO
            run.font.size = Pt(10)
        self.spans.append((run, len(self.text), len(self.text) + len(text)))
        self.text += text
        return run

    def _run_in(self, parent: Any, paragraph: Any, text: str) -> Run:
        r = OxmlElement("w:r")
        parent.append(r)
        run = Run(r, paragraph)
        run.text = text
        return run

    def _picture(self, el: Tag, paragraph: Any) -> None:
        alt = el.get("alt") or ""
        path = _local_file(el.get("src") or "")
        if path is not None:
            try:
                from docx.image.image import Image

                natural = Image.from_file(str(path))
                width = min(natural.width, _MAX_WIDTH)
                paragraph.add_run().add_picture(str(path), width=width)
                if alt:
                    docpr = paragraph._p.xpath(".//wp:docPr")
                    if docpr:
                        docpr[-1].set("descr", alt)
                return
            except Exception:  # a format Word cannot hold (SVG, WebP...): its words instead
                pass
        if alt:
            self._add_text(paragraph, f"[picture: {alt}]", {"italic": True})


_BLOCKS = frozenset(
    "address article aside blockquote details dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr img li main nav ol p pre section summary table ul".split()
)


def runs_covering(spans: list[tuple[Run, int, int]], start: int, end: int) -> list[Run]:
    """The runs covering text[start:end] (`spans`: each run and where it sits in the text),
    split so a comment holds just those words; `spans` is updated in place."""
    chosen: list[Run] = []
    for run, a, b in list(spans):
        if b <= start or a >= end:
            continue
        if a < start:
            run, a = _split(spans, run, a, b, start), start
        if b > end:
            _split(spans, run, a, b, end)
            b = end
        chosen.append(run)
    return chosen


def _split(spans: list[tuple[Run, int, int]], run: Run, a: int, b: int, at: int) -> Run:
    """Cut a run in two at text position `at`; return the second part."""
    text = run.text
    cut = at - a
    second = _copy_run_after(run)
    run.text, second.text = text[:cut], text[cut:]
    i = next(k for k, (r, _, _) in enumerate(spans) if r._r is run._r)
    spans[i : i + 1] = [(run, a, at), (second, at, b)]
    return second


def _is_comment(node: Any) -> bool:
    from bs4 import Comment

    return isinstance(node, Comment)


def _copy_run_after(run: Run) -> Run:
    from copy import deepcopy

    r = deepcopy(run._r)
    run._r.addnext(r)
    return Run(r, run._parent)


def _local_file(src: str) -> Path | None:
    parts = urlsplit(src)
    if parts.scheme != "file":
        return None
    path = Path(unquote(parts.path))
    return path if path.is_file() else None


def _initials(name: str | None) -> str:
    return "".join(w[0] for w in (name or "").split() if w[:1].isalpha())[:3].upper()
