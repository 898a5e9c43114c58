"""Reading a `.docx`: its text as Markdown (`mammoth`), comments, tracked changes, what is lost.

Comments are placed exactly: before conversion, an invisible marker is written where each
comment's range starts and ends, and found again in the Markdown afterwards. The review pack
data an export wrote (which pages, which versions) is read back from a custom property.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import mammoth
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from editor_app.core.docx_footnotes import put_notes, take_notes
from editor_app.core.docx_headings import (
    COMMENT_CLOSE,
    COMMENT_END,
    COMMENT_MARK,
    COMMENT_START,
    TITLE_CLASS,
    mark_title_paragraph,
    shift_headings,
    take_first_heading,
    take_title_paragraph,
)
from editor_app.core.docx_losses import _box_report, _converter_messages, _losses, _text_boxes
from editor_app.core.docx_markdown import html_to_markdown

PACK_PROPERTY = "editor-app review pack"
PACK_BOOKMARK = "editorapp_page_"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# Word's own styles mammoth leaves as plain paragraphs.
_STYLE_MAP = f"p[style-name='Title'] => h1.{TITLE_CLASS}:fresh\n" + """
p[style-name='Subtitle'] => p:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='macro'] => pre:separator('\\n')
p[style-name='HTML Preformatted'] => pre:separator('\\n')
p[style-name='Source Code'] => pre:separator('\\n')
r[style-name='HTML Code'] => code
r[style-name='Source Text'] => code
r[style-name='Strong'] => strong
r[style-name='Emphasis'] => em
"""
# "List Bullet 2", "List Number 3"... (python-docx's styles; older Word's way to nest a list,
# a style per level whose numbering has one level only): nested in the item before, as the
# numbering levels (`w:ilvl`) Word writes today are.
_STYLE_MAP += "".join(
    f"p[style-name='List {kind} {level}'] => {'ul|ol > li > ' * (level - 1)}{tag} > li:fresh\n"
    for level in range(2, 10)
    for kind, tag in (("Bullet", "ul"), ("Number", "ol"))
)


class DocxError(ValueError):
    """A file that is not a Word document we can read (plain words in the message)."""


@dataclass
class DocxComment:
    """A Word comment and where it sits in the Markdown (start == end: not found)."""

    comment_id: str
    author: str
    initials: str
    date: datetime | None
    text: str
    quoted: str  # the words it was attached to, as plain text
    start: int = 0
    end: int = 0
    page: int = 0  # in a review pack: the index of the page it is on
    # The paragraph's words just before and after them: which copy of repeated words it is on.
    before: str = ""
    after: str = ""
    done: bool = False  # marked done (resolved) in Word

    @property
    def placed(self) -> bool:
        return self.end > self.start


@dataclass
class TrackedChange:
    """A change still pending in Word: `old` words replaced by `new` (either may be empty)."""

    author: str
    date: datetime | None
    old: str
    new: str
    before: str  # the paragraph's words just before the change
    after: str
    page: int = 0
    # A whole paragraph (or several in a row) inserted: the words of the paragraph before it.
    previous: str = ""


@dataclass
class DocxContent:
    markdown: str
    title: str | None  # the document's title property, else its first heading
    title_from_heading: bool
    comments: list[DocxComment]
    changes: list[TrackedChange]
    lost: list[str]  # plain sentences: what could not be carried over
    pack: dict[str, Any] | None = None  # the review pack data, when exported by us
    images: list[str] = field(default_factory=list)


def open_docx(source: str | Path | bytes) -> DocxDocument:
    """The Word document in a file (or its bytes), parsed once for all that reads it.
    Raises DocxError when it is not a readable Word document."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged or foreign file
        raise DocxError("This file is not a Word document (.docx) that can be read.") from exc


def read_docx(
    source: str | Path | bytes | DocxDocument,
    save_image: Callable[[bytes, str, str], str | None] | None = None,
    footnotes: bool = False,
    top_heading: int = 1,
) -> DocxContent:
    """The document's text as Markdown, with its comments, pending changes and losses.

    `save_image(data, content_type, alt) -> address | None` stores each picture and says
    where the Markdown should point (None: the picture is left out, its alt text kept).
    `footnotes`: Word's footnotes and endnotes become Markdown footnotes (`[^1]`), for a
    site that shows them (`docx_footnotes.footnotes_shown`); else a raised number (`¹`) and
    a numbered list at the end. `top_heading`: the level the document's highest headings
    become (`docx_headings.usual_top_heading`). `source` may be a document `open_docx` gave (not changed).
    Raises DocxError when the file is not a readable Word document.
    """
    document = source if isinstance(source, DocxDocument) else open_docx(source)
    body = document.element.body
    lost = _losses(body)
    boxes = _text_boxes(body)
    changes = tracked_changes(document)
    quoted = _comment_words(body)
    around = _comment_context(body)
    pages = _comment_pages(body)
    markers = _mark_comment_ranges(body)
    done = done_comments(document)
    marked = io.BytesIO()
    document.save(marked)
    marked.seek(0)
    for marker in markers:  # the caller's document is left as it was given
        marker.getparent().remove(marker)

    saved: list[str] = []

    def image(img: Any) -> dict[str, str]:
        alt = getattr(img, "alt_text", None) or ""
        if save_image is None:
            return {"alt": alt}
        with img.open() as stream:
            address = save_image(stream.read(), img.content_type or "", alt)
        if address is None:
            return {"alt": alt}
        saved.append(address)
        return {"src": address, "alt": alt}

    result = mammoth.convert_to_html(
        marked, convert_image=mammoth.images.img_element(image), style_map=_STYLE_MAP
    )
    lost += _converter_messages(result.messages)
    html_text, notes = take_notes(mark_title_paragraph(result.value))

    def kept(src: str, alt: str) -> str | None:
        return src or None

    markdown = html_to_markdown(html_text, keep_image=kept)
    markdown = put_notes(
        markdown, notes, lambda note: html_to_markdown(note, keep_image=kept), footnotes
    )

    lost[:0] = _box_report(boxes, markdown)
    # The "Title" paragraph the author typed, else the document's title property.
    markdown, typed_title = take_title_paragraph(markdown)
    title = typed_title or (document.core_properties.title or "").strip() or None
    markdown, heading = take_first_heading(markdown, title)
    title_from_heading = title is None and heading is not None
    title = title or heading
    markdown = shift_headings(markdown, top_heading)

    markdown, places = _take_marks(markdown)
    comments = []
    for comment in document.comments:
        cid = str(comment.comment_id)
        start, end = places.get(cid, (0, 0))
        comments.append(
            DocxComment(
                comment_id=cid,
                author=comment.author or "",
                initials=comment.initials or "",
                date=comment.timestamp,
                text=comment.text.strip(),
                quoted=quoted.get(cid, "").strip(),
                start=start,
                end=end,
                page=pages.get(cid, 0),
                before=around.get(cid, ("", ""))[0],
                after=around.get(cid, ("", ""))[1],
                done=cid in done,
            )
        )
    return DocxContent(
        markdown=markdown,
        title=title,
        title_from_heading=title_from_heading,
        comments=comments,
        changes=changes,
        lost=lost,
        pack=read_pack_data(document),
        images=saved,
    )


# -- comments ------------------------------------------------------------------------------------


def _comment_words(body: Any) -> dict[str, str]:
    """Each comment's words, read between its range marks (deleted words left out)."""
    open_ids: list[str] = []
    words: dict[str, list[str]] = {}
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            cid = el.get(qn("w:id"))
            open_ids.append(cid)
            words.setdefault(cid, [])
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            if cid in open_ids:
                open_ids.remove(cid)
        elif el.tag == qn("w:t") and open_ids:
            for cid in open_ids:
                words[cid].append(el.text or "")
        elif el.tag == qn("w:p") and open_ids:
            for cid in open_ids:
                words[cid].append("\n")
    return {cid: "".join(parts) for cid, parts in words.items()}


def _comment_context(body: Any) -> dict[str, tuple[str, str]]:
    """Each comment's paragraph words before its range starts and after it ends (deleted
    words left out), as a tracked change has them."""
    around: dict[str, list[str]] = {}
    for p in body.iter(qn("w:p")):
        text: list[str] = []
        opened: list[str] = []  # comments whose range ended in this paragraph, by place
        ends: dict[str, int] = {}
        for el in p.iter(qn("w:t"), qn("w:commentRangeStart"), qn("w:commentRangeEnd")):
            if el.tag == qn("w:t"):
                text.append(el.text or "")
                continue
            cid = el.get(qn("w:id"))
            if el.tag == qn("w:commentRangeStart"):
                around.setdefault(cid, ["", ""])[0] = "".join(text)
            else:
                opened.append(cid)
                ends[cid] = len("".join(text))
        whole = "".join(text)
        for cid in opened:
            around.setdefault(cid, ["", ""])[1] = whole[ends[cid] :]
    return {cid: (before, after) for cid, (before, after) in around.items()}


def _comment_pages(body: Any) -> dict[str, int]:
    """In a review pack, the page each comment starts on (by the pages' bookmarks)."""
    page = 0
    pages: dict[str, int] = {}
    for el in body.iter(qn("w:bookmarkStart"), qn("w:commentRangeStart")):
        if el.tag == qn("w:bookmarkStart"):
            name = el.get(qn("w:name")) or ""
            if name.startswith(PACK_BOOKMARK) and name[len(PACK_BOOKMARK) :].isdigit():
                page = int(name[len(PACK_BOOKMARK) :])
        else:
            pages[el.get(qn("w:id"))] = page
    return pages


def _marker_run(text: str) -> Any:
    return parse_xml(f'<w:r xmlns:w="{_W}"><w:t xml:space="preserve">{text}</w:t></w:r>')


def _mark_comment_ranges(body: Any) -> list[Any]:
    """Marker runs at each comment range's start and end (returned, to be taken out again)."""
    markers = []
    for el in list(body.iter(qn("w:commentRangeStart"))):
        if el.getparent().tag in (qn("w:p"), qn("w:hyperlink")):
            markers.append(_marker_run(f"{COMMENT_START}{el.get(qn('w:id'))}{COMMENT_CLOSE}"))
            el.addnext(markers[-1])
    for el in list(body.iter(qn("w:commentRangeEnd"))):
        if el.getparent().tag in (qn("w:p"), qn("w:hyperlink")):
            markers.append(_marker_run(f"{COMMENT_END}{el.get(qn('w:id'))}{COMMENT_CLOSE}"))
            el.addprevious(markers[-1])
    return markers


def _take_marks(markdown: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The Markdown without the markers, and where each comment's range starts and ends."""
    out: list[str] = []
    length = 0
    pos = 0
    starts: dict[str, int] = {}
    places: dict[str, tuple[int, int]] = {}
    for m in COMMENT_MARK.finditer(markdown):
        out.append(markdown[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        cid = m.group(1)
        if m.group(0)[0] == COMMENT_START:
            starts[cid] = length
        elif cid in starts:
            places[cid] = (starts[cid], length)
    out.append(markdown[pos:])
    text = "".join(out)
    # Range ends sit after the last word; a mark moved past a line break comes back to it.
    for cid, (start, end) in places.items():
        while end > start and text[end - 1] in " \n":
            end -= 1
        while start < end and text[start] in " \n":
            start += 1
        places[cid] = (start, end)
    return text, places


# -- tracked changes -----------------------------------------------------------------------------


def tracked_changes(document: Any) -> list[TrackedChange]:
    """Insertions and deletions still pending, each with the words around it."""
    changes: list[TrackedChange] = []
    page = 0
    last_words = ""  # the last paragraph's words as the page has them
    new_paragraphs: TrackedChange | None = None  # paragraphs inserted one after another
    for p in document.element.body.iter(qn("w:p")):
        for bm in p.iter(qn("w:bookmarkStart")):
            name = bm.get(qn("w:name")) or ""
            if name.startswith(PACK_BOOKMARK) and name[len(PACK_BOOKMARK) :].isdigit():
                page = int(name[len(PACK_BOOKMARK) :])
                last_words, new_paragraphs = "", None
        segments: list[tuple[str, str, Any]] = []  # (kind, text, the w:ins/w:del element)
        for el in p.iter(qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br")):
            mark = _change_of(el)
            kind = "same" if mark is None else ("del" if mark.tag in _TAKEN_OUT else "ins")
            text = el.text or "" if el.tag in (qn("w:t"), qn("w:delText")) else " "
            if segments and segments[-1][0] == kind and segments[-1][2] is mark:
                segments[-1] = (kind, segments[-1][1] + text, mark)
            else:
                segments.append((kind, text, mark))
        if not "".join(s[1] for s in segments).strip():
            continue  # an empty line: neither a paragraph of the page nor a new one
        if all(s[0] == "ins" for s in segments):
            # A paragraph the reviewer wrote: added after the page's paragraph before it.
            added = "".join(s[1] for s in segments).strip()
            if new_paragraphs is not None:
                new_paragraphs.new += "\n\n" + added
                continue
            mark = segments[0][2]
            new_paragraphs = TrackedChange(
                author=mark.get(qn("w:author")) or "",
                date=word_date(mark.get(qn("w:date"))),
                old="",
                new=added,
                before="",
                after="",
                page=page,
                previous=last_words,
            )
            changes.append(new_paragraphs)
            continue
        new_paragraphs = None
        last_words = "".join(s[1] for s in segments if s[0] != "ins")
        i = 0
        while i < len(segments):
            if segments[i][0] == "same":
                i += 1
                continue
            j = i
            old, new, mark = "", "", segments[i][2]
            while j < len(segments) and segments[j][0] != "same":
                if segments[j][0] == "del":
                    old += segments[j][1]
                else:
                    new += segments[j][1]
                j += 1
            before = "".join(s[1] for s in segments[:i] if s[0] == "same")
            after = "".join(s[1] for s in segments[j:] if s[0] == "same")
            changes.append(
                TrackedChange(
                    author=mark.get(qn("w:author")) or "",
                    date=word_date(mark.get(qn("w:date"))),
                    old=old,
                    new=new,
                    before=before,
                    after=after,
                    page=page,
                )
            )
            i = j
    return changes


# A tracked change's marks: words taken out (deleted, or moved from here) and put in. Words
# moved with Track Changes on (dragged, or cut and pasted) are marked moved, not deleted and
# inserted: they came back as no change at all.
_TAKEN_OUT = frozenset([qn("w:del"), qn("w:moveFrom")])
_CHANGES = _TAKEN_OUT | {qn("w:ins"), qn("w:moveTo")}


def _change_of(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        if parent.tag in _CHANGES:
            return parent
        parent = parent.getparent()
    return None


def word_date(text: str | None) -> datetime | None:
    """A Word mark's `w:date` (ISO, "Z" for UTC) as a time; None when absent or unreadable."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


def done_comments(document: Any) -> set[str]:
    """The ids of the comments marked done in Word: `w15:done="1"` in
    `word/commentsExtended.xml`, paired by `w15:paraId` with the comment's last paragraph
    (the parts read from the package python-docx has opened already)."""
    parts = {str(part.partname): part for part in document.part.package.iter_parts()}
    extended_part = parts.get("/word/commentsExtended.xml")
    comments_part = parts.get("/word/comments.xml")
    if extended_part is None or comments_part is None:
        return set()
    try:
        extended = parse_xml(extended_part.blob)
        comments = parse_xml(comments_part.blob)
    except Exception:  # a damaged part: nothing is marked done
        return set()
    done_paragraphs = {
        el.get(f"{_W15}paraId")
        for el in extended.iter(f"{_W15}commentEx")
        if el.get(f"{_W15}done") in ("1", "true")
    }
    ids = set()
    for comment in comments.iter(qn("w:comment")):
        paragraphs = list(comment.iter(qn("w:p")))
        if paragraphs and paragraphs[-1].get(f"{_W14}paraId") in done_paragraphs:
            ids.add(str(comment.get(qn("w:id"))))
    return ids


# -- the review pack's data ----------------------------------------------------------------------


def read_pack_data(document: Any) -> dict[str, Any] | None:
    """The pages and versions a review pack was exported from (None: not one of ours)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) != "/docProps/custom.xml":
            continue
        try:
            root = parse_xml(part.blob)
        except Exception:  # a damaged custom part: not one of ours
            return None
        for prop in root:
            if prop.get("name") == PACK_PROPERTY and len(prop):
                try:
                    data = json.loads(prop[0].text or "")
                except ValueError:
                    return None
                return data if isinstance(data, dict) and "pages" in data else None
    return None
