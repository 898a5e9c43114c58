"""Review packs out: pages as Word documents, open review notes as comments on their words.

A pack shows each page as the preview does (title, author and date, topics, the page image,
the body with its pictures), built from the preview's own sanitised HTML. It carries which
pages and which versions it was made from (a custom document property), so that the
reviewed file can come back (`docx_import.import_review_pack`). Several pages make one file
with a contents list. The PDF form is in `core/docx_export_pdf.py`.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
from docx.enum.text import WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core.docx_direction_marks import mark_handles
from editor_app.core.docx_inline import MONO_FONT
from editor_app.core.docx_not_words import without_non_words
from editor_app.core.docx_read import CUSTOM_PROPERTIES, PACK_PROPERTY
from editor_app.core.docx_site_links import address_site_links
from editor_app.core.docx_template_tags import template_placeholders
from editor_app.core.docx_tracked import track_suggestions
from editor_app.core.docx_untracked import pack_paragraphs, words_digest
from editor_app.core.docx_write import WordWriter, find_in_text, normal_text, plain_quote
from editor_app.core.errors import counted
from editor_app.core.page_language import holds_right_to_left, written_left_to_right
from editor_app.core.store import atomic_write

if TYPE_CHECKING:
    from editor_app.core.document import Document

_HEADER = re.compile(r'<header class="page-header">(.*?)</header>', re.S)
_ARTICLE = re.compile(r'<article class="page-body">(.*)</article>', re.S)
# The preview's language and direction for the page (`lang: ar` -> right to left).
_HTML_TAG = re.compile(r'<html lang="([^"]*)"( dir="rtl")?')
# A badge the site's style sets apart from the words before it (Jekyll's docs:
# `collections<span class="version-badge">3.7.0</span>`, the include trimming the space).
_GLUED_BADGE = re.compile(r'(?<=[^\s>])(?=<span class="(?:[^"]*\s)?[\w-]*badge\b)')
# The preview's mark where the excerpt ends, alone between blocks: a dashed rule there, in a
# pack a line apart, in italics between dashes (it was a plain line, or, in the PDF, run on
# after the paragraph before it, read as the page's own words).
_EXCERPT_RULE = re.compile(
    r'(^|</(?:p|ul|ol|div|blockquote|pre|table|h[1-6])>)(\s*)'
    r'<span class="excerpt-rule" role="separator"><span>([^<]*)</span></span>'
)
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)


@dataclass
class PackPage:
    """One page as a pack shows it: the preview's HTML and its open review notes."""

    path: Path
    relative: str  # from the site root, with `/`
    version: str  # a digest of the file's bytes when exported
    title: str
    header_html: str
    body_html: str
    body: str  # the Markdown, for placing notes
    notes: list[Any] = field(default_factory=list)
    suggestions: list[Any] = field(default_factory=list)  # the open suggested edits
    tracked: list[str] = field(default_factory=list)  # ids of those the Word pack shows
    words: str = ""  # a digest of its paragraphs as the Word pack writes them (`docx_untracked`)
    language: str = "en"  # the page's language code, as the preview reads it
    right_to_left: bool = False  # written right to left (Arabic, Persian, Hebrew, Urdu...)


@dataclass
class ExportReport:
    target: Path
    pages: int
    comments: int
    suggestions: int = 0  # open suggested edits written as tracked changes
    unplaced: list[str] = field(default_factory=list)  # notes shown on the title instead
    missing: str = ""  # characters the PDF's fonts cannot draw (a few, spaced)
    missing_as: str = "empty boxes"  # how they show ("question marks" in the built-in font)

    def summary(self) -> str:
        pages, notes = counted(self.pages, "page"), counted(self.comments, "note")
        edits = f", {counted(self.suggestions, 'suggested edit')}" if self.suggestions else ""
        lines = [f"Wrote {self.target.name}: {pages}, {notes}{edits}."]
        if self.missing:
            lines.append(
                f"Some characters show as {self.missing_as} in the PDF, its fonts having no shape "
                f"for them (the Word pack shows them): {self.missing}"
            )
        return "\n".join(lines + self.unplaced)


def file_version(data: bytes) -> str:
    """The version a pack records for a page: a digest of its bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def pack_pages(
    paths: list[str | Path | Document],
    site: Any = None,
    schema: Any = None,
    renderer: Any = None,
) -> list[PackPage]:
    """The pages to export, rendered by the preview, with their open notes (OSError: unreadable).
    A page given as a Document already loaded (with its path) is used as it is, not read again."""
    from editor_app.core import review
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site_entries import page_title, title_from_name

    given = [p if isinstance(p, Document) else None for p in paths]
    resolved = [Path(p.path if isinstance(p, Document) else p).resolve() for p in paths]
    if site is None and resolved:
        from editor_app.core.site import Site

        site = Site.open(resolved[0])
    if schema is None and site is not None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    renderer = renderer or Renderer(site)
    pages = []
    for path, loaded in zip(resolved, given, strict=True):
        doc = loaded if loaded is not None else Document.load(path)
        page_html = renderer.render_page(doc, schema)
        header = _HEADER.search(page_html)
        article = _ARTICLE.search(page_html)
        html_tag = _HTML_TAG.search(page_html)
        title_m = re.search(r'<h1 class="page-title">(.*?)</h1>', page_html, re.S)
        # A page whose text opens with its own heading has no page-title line in the
        # preview: named as the site's list names it ("Order of Operations").
        if title_m:
            title = _html.unescape(title_m.group(1))
        else:
            title = page_title(doc.front_matter) or title_from_name(path.stem)
        try:
            relative = path.relative_to(Path(site.root).resolve()).as_posix()
        except (ValueError, AttributeError):
            relative = path.name
        store = review.NoteStore(path)
        right_to_left = bool(html_tag and html_tag.group(2))
        # A style sheet, script, template or <noscript> is no words of the page: out of both.
        header_html = (
            address_site_links(without_non_words(header.group(1)), site, path, right_to_left)
            if header
            else ""
        )
        body_html = (
            address_site_links(without_non_words(article.group(1)), site, path, right_to_left)
            if article
            else ""
        )
        # Its margin is lost in a pack: a space keeps "collections 3.7.0" two words.
        body_html = _GLUED_BADGE.sub(" ", body_html)
        body_html = _EXCERPT_RULE.sub(r'\1\2<p class="excerpt-rule"><em>– – \3 – –</em></p>', body_html)
        body_html = _code_toggle_names(body_html)
        # Template code the preview cannot draw: a placeholder, not words to edit.
        body_html = template_placeholders(body_html)
        pages.append(
            PackPage(
                path=path,
                relative=relative,
                version=file_version(doc.original),
                title=_xml_text(title),
                header_html=_xml_text(header_html),
                body_html=_xml_text(body_html),
                body=doc.body,
                notes=[n for n in store.notes if not n.resolved],
                suggestions=store.open_suggestions(),
                language=_html.unescape(html_tag.group(1)) if html_tag else "en",
                right_to_left=right_to_left,
            )
        )
    return pages


# Characters a Word file (XML 1.0) cannot hold: control characters other than tab and line
# breaks (a terminal's escape pasted into a page), and unpaired surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    """`text` without the characters a Word file cannot hold (they are invisible anyway)."""
    return _NOT_XML.sub("", text)


def pack_data(pages: list[PackPage]) -> dict[str, Any]:
    """What a pack records about its pages (read back by `docx_read.read_pack_data`)."""
    return {
        "editor-app": 1,
        "pages": [
            {"path": p.relative, "version": p.version, "title": p.title}
            | ({"suggestions": p.tracked} if p.tracked else {})
            | ({"words": p.words} if p.words else {})
            for p in pages
        ],
    }


_TOGGLE_START = '<div class="code-toggle">'
_TOGGLE_FILE = re.compile(r'\s*<p class="code-toggle-file">([^<]*\.)</p>')
_TOGGLE_LABEL = re.compile(r'(<label for="code-toggle-[^"]*">)([^<]*)(</label>)')


def _code_toggle_names(html: str) -> str:
    """A Hugo code-toggle box whose file is named without its format ("hugo."): each format
    under the file's whole name ("hugo.yaml"), as the site's tabs read; in a pack the name
    stood alone above them, "hugo." then "yaml"."""
    parts = html.split(_TOGGLE_START)
    for index, part in enumerate(parts[1:], start=1):  # each after a box's start
        named = _TOGGLE_FILE.match(part)
        if named:
            name = named.group(1)
            parts[index] = _TOGGLE_LABEL.sub(
                lambda m, name=name: f"{m.group(1)}{name}{m.group(2)}{m.group(3)}",
                part[named.end() :],
            )
    return _TOGGLE_START.join(parts)


def export_docx(
    paths: list[str | Path | Document],
    target: str | Path,
    site: Any = None,
    schema: Any = None,
    renderer: Any = None,
) -> ExportReport:
    """Write the pages as one Word file with their open notes as comments (OSError)."""
    pages = pack_pages(paths, site, schema, renderer)
    target = Path(target)
    document = docx.Document()
    document.core_properties.title = pages[0].title if len(pages) == 1 else "Review pack"
    writer = WordWriter(document)
    if len(pages) > 1:
        writer.contents(pages)
        # A right-to-left page's title in the contents list reads from the right, its number
        # at the right, as the PDF pack's contents list aligns it.
        paragraphs = [el for el in document.element.body if el.tag == qn("w:p")]
        items = paragraphs[-len(pages) :]
        _right_to_left([p for p, page in zip(items, pages, strict=True) if page.right_to_left])
        if all(page.right_to_left for page in pages):
            # Its heading too, where a right-to-left reader looks for it (it stood at the left).
            _right_to_left([paragraphs[-len(pages) - 1]])
    report = ExportReport(target=target, pages=len(pages), comments=0)
    for index, page in enumerate(pages):
        if index or len(pages) > 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        written = set(document.element.body)
        writer.page(page, index)
        report.comments += writer.comment_notes(page, report.unplaced)
        report.suggestions += track_suggestions(writer, page, report.unplaced)
        if page.right_to_left:
            _right_to_left([el for el in document.element.body if el not in written])
    # The words as written, so that an import finds a page's untouched words without
    # exporting it again.
    paragraphs = pack_paragraphs(document)
    for index, page in enumerate(pages):
        page.words = words_digest(paragraphs.get(index, []))
    _write_pack_property(document, pack_data(pages))
    from io import BytesIO

    out = BytesIO()
    document.save(out)
    atomic_write(target, out.getvalue())
    return report


# What follows `w:bidi` in a paragraph's properties (Word reads them in this order).
_AFTER_BIDI = (
    "w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents "
    "w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl "
    "w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange"
).split()


def _right_to_left(elements: list[Any]) -> None:
    """A page written right to left (Arabic, Hebrew, Persian, Urdu...) read so in Word: each
    paragraph and table laid out from the right, as the preview and the PDF pack show it
    (left to right, a sentence's full stop stood at its start and lists hung from the left)."""
    for element in elements:
        for paragraph in element.iter(qn("w:p")):
            properties = paragraph.get_or_add_pPr()
            kind = _left_to_right_kind(paragraph)
            if kind == "code":
                continue  # code reads left to right, at the left, as in the PDF pack
            if kind == "latin":
                # Words in Latin letters alone (an attribution "— @name, “Title”", an English
                # sentence) read left to right, at the right: laid out from the right, Word
                # moved their '@', quotes and full stop to the wrong end.
                if properties.find(qn("w:jc")) is None:
                    properties.insert_element_before(
                        _justified("right"), *_AFTER_BIDI[_AFTER_BIDI.index("w:jc") + 1 :]
                    )
                continue
            if properties.find(qn("w:bidi")) is None:
                properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
            mark_handles(paragraph, MONO_FONT)  # "@name" kept so, not drawn "name@"
        for table in element.iter(qn("w:tbl")):
            table.tblPr.get_or_add_bidiVisual()
        for run in element.iter(qn("w:r")):
            _right_to_left_run(run)


def _justified(value: str) -> Any:
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), value)
    return jc


def _left_to_right_kind(paragraph: Any) -> str:
    """"code" for a code block's paragraph, "latin" for one whose letters are all written
    left to right (not a list item: its bullet stays at the right with the others'), else ""."""
    runs = [r for r in paragraph.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    words = "".join(t.text or "" for t in paragraph.iter(qn("w:t"), qn("w:delText")))
    if not written_left_to_right(words):
        return ""
    fonts = [r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") for r in runs]
    if runs and all(f is not None and f.get(qn("w:ascii")) == MONO_FONT for f in fonts):
        return "code"
    properties = paragraph.find(qn("w:pPr"))
    style = properties.find(qn("w:pStyle")) if properties is not None else None
    listed = properties is not None and properties.find(qn("w:numPr")) is not None
    if listed or (style is not None and "List" in (style.get(qn("w:val")) or "")):
        return ""
    return "latin"


def _right_to_left_run(run: Any) -> None:
    """Word draws Arabic and Hebrew letters bold, italic and sized by the complex-script
    settings (`bCs`, `iCs`, `szCs`): with `b` alone, a bold word of such a page showed
    regular. A run of such letters is marked right to left, so that its spaces and marks
    keep to it."""
    properties = run.find(qn("w:rPr"))
    words = "".join(t.text or "" for t in run.iter(qn("w:t"), qn("w:delText")))
    right_to_left = holds_right_to_left(words)
    if properties is None and not right_to_left:
        return
    properties = run.get_or_add_rPr()
    if properties.find(qn("w:b")) is not None:
        properties.get_or_add_bCs()
    if properties.find(qn("w:i")) is not None:
        properties.get_or_add_iCs()
    size = properties.find(qn("w:sz"))
    if size is not None and properties.find(qn("w:szCs")) is None:
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), size.get(qn("w:val")) or "")
        size.addnext(size_cs)
    if right_to_left:
        properties.get_or_add_rtl()


def _write_pack_property(document: Any, data: dict[str, Any]) -> None:
    value = _html.escape(json.dumps(data, ensure_ascii=False), quote=False)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Properties xmlns="{CUSTOM_PROPERTIES}" xmlns:vt="http://schemas.openxmlformats.org/'
        'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        f'08002B2CF9AE}}" pid="2" name="{PACK_PROPERTY}"><vt:lpwstr>{value}</vt:lpwstr>'
        "</property></Properties>"
    )
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), _CUSTOM_TYPE, xml.encode("utf-8"), package)
    package.relate_to(part, _CUSTOM_REL)


__all__ = [
    "ExportReport",
    "PackPage",
    "export_docx",
    "file_version",
    "find_in_text",
    "normal_text",
    "pack_data",
    "pack_pages",
    "plain_quote",
]
