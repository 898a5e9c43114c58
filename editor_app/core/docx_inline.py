"""Inline preview HTML written as Word runs (bold, italic, code, links, pictures), each run's
place in the page's plain text kept so that a comment can be put on just its words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from bs4 import Tag
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

from editor_app.core.docx_template_tags import LEFT_OUT_CLASS, lock_left_out

MONO_FONT = "Courier New"
_MAX_WIDTH = Cm(15)
# A picture taller than this (a portrait poster at the column's width, 21 cm) went to the next
# page whole, leaving the page before it empty under the title: drawn smaller, so it fits
# under a heading and a few lines, as the PDF pack fits it to the room left.
_MAX_HEIGHT = Cm(16)
BLOCKS = frozenset(
    "address article aside blockquote details dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr img li main nav ol p pre section summary table ul".split()
)


# The font of a task list's boxes (DejaVu Sans draws ☐ and ☑ as text).
BOX_FONT = "DejaVu Sans"

class InlineWriter:
    """The runs part of `WordWriter`: words, formatting, links and pictures added to a
    paragraph, `text` (the page's plain text so far) and `spans` (each run's place in it)."""

    doc: Any
    spans: list[tuple[Run, int, int]]
    text: str

    def _inline(self, el: Tag, paragraph: Any, fmt: dict[str, Any]) -> None:
        for child in el.children:
            if isinstance(child, Tag):
                self._inline_tag(child, paragraph, fmt)
            elif not is_comment(child):
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
                box = self._add_text(paragraph, "☑ " if el.has_attr("checked") else "☐ ", fmt)
                # In a text font: LibreOffice drew ☑ from the colour emoji font, which left
                # it blank (Word, lacking the font, takes its own symbol font).
                box.font.name = BOX_FONT
            return
        if name in BLOCKS:  # a block inside a line (a paragraph in a table cell)
            if paragraph.runs:
                self._add_text(paragraph, " ", fmt)
        if LEFT_OUT_CLASS in (el.get("class") or []):  # template code: not to be edited
            before = set(paragraph._p)
            self._inline(el, paragraph, new)
            lock_left_out(paragraph._p, [c for c in paragraph._p if c not in before])
            return
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
            run.font.name = MONO_FONT
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
                if width * natural.px_height > _MAX_HEIGHT * max(natural.px_width, 1):
                    paragraph.add_run().add_picture(str(path), height=_MAX_HEIGHT)
                else:
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


def is_comment(node: Any) -> bool:
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
