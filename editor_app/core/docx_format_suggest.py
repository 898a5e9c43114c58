"""Formatting a reviewer added or took away in a returned Word pack with Track Changes on,
as suggested edits on the page's Markdown: words made bold, `words` -> `**words**`; italics
taken away, `_words_` -> `words`; struck through, `~~words~~`; set in the pack's code font
(Courier New), `` `words` ``; made a link, `[words](address)`; a link taken away, its words
alone.

Word records such a change on the run (`w:rPrChange`, the run's former properties beside its
new ones; a link also by the run now standing in a hyperlink, or no longer), not as words:
the import read none of it and only said that formatting changed. Other formatting (a
paragraph's style, another font, a size, a colour, underline), and a change whose words are
not found in the page with the marks around them, is still told in one sentence of the
import's summary ("formatting changed in Word ... was not taken in"), not taken in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from editor_app.core.docx_inline import MONO_FONT
from editor_app.core.docx_loose_text import plain_quote
from editor_app.core.docx_place import locate_in_context
from editor_app.core.docx_read import word_date
from editor_app.core.docx_untracked import page_paragraphs
from editor_app.core.errors import counted

# The Markdown marks each is written with, the first for a new one.
_MARKS = {"bold": ("**", "__"), "italic": ("*", "_"), "strike": ("~~",), "code": ("`",)}
_TAGS = {"bold": (qn("w:b"),), "italic": (qn("w:i"),), "strike": (qn("w:strike"), qn("w:dstrike"))}
_CHANGED = qn("w:rPrChange")
_SAID = {
    "bold": "bold",
    "italic": "italic",
    "strike": "strikethrough",
    "code": "code",
    "link": "a link",
}
_LINK_COLOUR = "0563C1"  # the export's (and Word's) link blue
# A link's address, after `[words]`: `(address)` or `(address "title")`.
_LINK_END = re.compile(r"\s*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


@dataclass
class FormatChange:
    """Words of a paragraph made bold or italic (`added`), or no longer so."""

    words: str
    before: str  # the paragraph's words before them, and after
    after: str
    mark: str  # "bold", "italic", "strike", "code" or "link"
    added: bool
    author: str
    date: datetime | None
    address: str = ""  # a link added: where it goes


@dataclass
class PageFormatting:
    """A page's formatting changes: those that can be suggested, and how many paragraphs hold
    others (a style, a font...)."""

    changes: list[FormatChange] = field(default_factory=list)
    other: int = 0


def _on(properties: Any, tags: tuple[str, ...]) -> bool:
    for tag in tags:
        mark = properties.find(tag) if properties is not None else None
        if mark is not None and (mark.get(qn("w:val")) or "true") not in ("0", "false", "off"):
            return True
    return False


def _code_font(properties: Any) -> bool:
    fonts = properties.find(qn("w:rFonts")) if properties is not None else None
    return fonts is not None and (fonts.get(qn("w:ascii")) or "") == MONO_FONT


def _link_look(properties: Any) -> bool:
    """Formatted as a link: Word's Hyperlink style, or the export's link blue."""
    if properties is None:
        return False
    style = properties.find(qn("w:rStyle"))
    colour = properties.find(qn("w:color"))
    return (style is not None and "hyperlink" in (style.get(qn("w:val")) or "").casefold()) or (
        colour is not None and (colour.get(qn("w:val")) or "").upper() == _LINK_COLOUR
    )


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(qn("w:t")))


def _link_addresses(paragraph: Any, runs: list[Any], part: Any) -> list[str]:
    """Each run's link address ("" outside a link): a hyperlink around it, or a HYPERLINK
    field (what Word writes for a link inserted with Track Changes on)."""
    field_address, in_field, instruction = "", False, ""
    addresses = []
    for run in paragraph.iter(qn("w:r")):
        for mark in run.iter(qn("w:fldChar")):
            kind = mark.get(qn("w:fldCharType"))
            if kind == "begin":
                in_field, instruction, field_address = True, "", ""
            elif kind == "separate":
                found = re.match(r'\s*HYPERLINK\s+"([^"]+)"', instruction)
                field_address = found.group(1) if found else ""
            elif kind == "end":
                in_field, field_address = False, ""
        if in_field:
            instruction += "".join(t.text or "" for t in run.iter(qn("w:instrText")))
        if run not in runs:
            continue
        parent = run.getparent()
        if parent.tag == qn("w:ins"):
            parent = parent.getparent()
        address = field_address
        if parent.tag == qn("w:hyperlink"):
            rel = parent.get(qn("r:id"))
            try:
                address = (
                    part.rels[rel].target_ref if rel else "#" + (parent.get(qn("w:anchor")) or "")
                )
            except KeyError:
                address = ""
        addresses.append(address)
    return addresses


def _marks_changed(properties: Any, was: Any, address: str) -> list[tuple[str, bool]]:
    """The formatting the page's Markdown can carry that the change set (True) or took away."""
    marks = [(m, _on(properties, t)) for m, t in _TAGS.items() if _on(properties, t) != _on(was, t)]
    if _code_font(properties) != _code_font(was):
        marks.append(("code", _code_font(properties)))
    if bool(address) != _link_look(was) and (address or _link_look(was) != _link_look(properties)):
        marks.append(("link", bool(address)))
    return marks


def format_changes(document: DocxDocument) -> dict[int, PageFormatting]:
    """Each page's (by index) formatting changes made with Track Changes on; a row of runs
    with the same change is one."""
    pages: dict[int, PageFormatting] = {}
    for page, paragraph in page_paragraphs(document):
        if next(paragraph.iter(_CHANGED, qn("w:pPrChange")), None) is None:
            continue  # no formatting changed here (most paragraphs): no runs to read
        runs = [r for r in paragraph.iter(qn("w:r")) if r.getparent().tag != qn("w:del")]
        texts = [_run_text(r) for r in runs]
        addresses = _link_addresses(paragraph, runs, document.part)
        found: list[FormatChange] = []
        other = paragraph.find(f"{qn('w:pPr')}/{qn('w:pPrChange')}") is not None
        last: tuple[int, str, bool, str, str] | None = None
        for i, run in enumerate(runs):
            properties = run.find(qn("w:rPr"))
            change = properties.find(_CHANGED) if properties is not None else None
            if change is None or not texts[i]:
                last = None
                continue
            marks = _marks_changed(properties, change.find(qn("w:rPr")), addresses[i])
            other = other or not marks
            for mark, added in marks:
                author = change.get(qn("w:author")) or ""
                address = addresses[i] if mark == "link" and added else ""
                if last == (i - 1, mark, added, author, address):
                    found[-1].words += texts[i]
                    found[-1].after = "".join(texts[i + 1 :])
                else:
                    before, after = "".join(texts[:i]), "".join(texts[i + 1 :])
                    when = word_date(change.get(qn("w:date")))
                    found.append(
                        FormatChange(texts[i], before, after, mark, added, author, when, address)
                    )
                last = (i, mark, added, author, address)
        if found or other:
            entry = pages.setdefault(page, PageFormatting())
            entry.changes += found
            entry.other += int(other)
    return pages


def _suggestion_span(body: str, change: FormatChange) -> tuple[int, int, str] | None:
    """Where the suggestion goes in the body and its new words; None when not found (or the
    marks to take away are not right around the words)."""
    words = change.words.strip()
    if not words:
        return None
    where = locate_in_context(body, words, change.before.split()[-6:], change.after.split()[:6])
    if where is None:
        return None
    start, end = where
    words = body[start:end]
    if change.mark == "link":
        return _link_span(body, start, end, change)
    if change.mark == "code" and ("`" in words or change.added and words != change.words.strip()):
        return None  # marks or backticks inside: not certain to read back as these words
    if change.added:
        mark = _MARKS[change.mark][0]
        return start, end, f"{mark}{words}{mark}"
    for mark in _MARKS[change.mark]:
        outer = (start - len(mark), end + len(mark))
        if body[outer[0] : start] == mark and body[end : outer[1]] == mark:
            return outer[0], outer[1], body[start:end]
    return None


def _link_span(
    body: str, start: int, end: int, change: FormatChange
) -> tuple[int, int, str] | None:
    """A link made (`[words](address)`) or taken away (its words alone) on `body[start:end]`;
    None when the words hold a link's marks already, or (taken away) are not one link's."""
    words = body[start:end]
    if change.added:
        if any(c in words for c in "[]()") or not change.address:
            return None
        return start, end, f"[{words}]({change.address})"
    opening = body.rfind("[", 0, start)
    closing = _LINK_END.match(body, end) if end < len(body) else None
    if opening < 0 or body[opening + 1 : start].strip() or closing is None:
        return None
    if opening and body[opening - 1] == "!":
        return None  # a picture
    return opening, closing.end(), body[opening + 1 : end].strip()


def _in_setting(change: FormatChange, settings: dict[str, Any]) -> bool:
    """The change is in a line the pack shows a page setting in (its title, subtitle)."""
    line = " ".join(f"{change.before}{change.words}{change.after}".split())
    return any(isinstance(v, str) and " ".join(v.split()) == line for v in settings.values())


def add_dated_suggestion(
    store: Any,
    text: str,
    where: tuple[int, int],
    replacement: str,
    author: str,
    when: datetime | None,
    field: str | None = None,
) -> None:
    """A suggested edit of `text[where]` (the body, or the page setting `field`) added to
    `store`, dated when the reviewer made the change in Word (`when`; now, Word giving none)."""
    from editor_app.core import review

    suggestion = review.make_suggestion(text, *where, replacement, author, field=field)
    if when is not None:
        suggestion.date = when
    store.add_suggestion(suggestion)


def already_suggested(
    store: Any,
    author: str,
    quote: str,
    replacement: str,
    field: str | None = None,
    exact: bool = False,
) -> bool:
    """The same edit is suggested already (a pack imported twice, or one that tracked the
    page's open suggestions): same author, setting (`field`), words and new words, read as the
    pack shows them (white space and Markdown marks aside), or as written when `exact` (a
    formatting change differs from another by its marks alone)."""

    def plain(text: str) -> str:
        return " ".join((text or "").split()).casefold()

    def same(a: str, b: str) -> bool:
        if exact:
            return a == b
        return plain(a) == plain(b) or plain(plain_quote(a)) == plain(plain_quote(b))

    return any(
        (s.author == author if exact else plain(s.author) == plain(author))
        and (s.field or None) == field
        and same(s.quote, quote)
        and same(s.replacement, replacement)
        for s in store.suggestions
    )


def suggest_formatting(
    store: Any, body: str, found: PageFormatting | None, label: str, settings: Any = None
) -> tuple[int, str | None]:
    """The page's formatting changes (bold, italic, strikethrough, code, links) added as
    suggested edits (none twice); how many,
    and a sentence on the formatting not taken in (None when all was). `settings`: the page's
    front matter: a change in the title's line is not looked for in the text."""
    if found is None:
        return 0, None
    settings = settings if isinstance(settings, dict) else {}
    added, missed = 0, []
    for change in found.changes:
        span = None if _in_setting(change, settings) else _suggestion_span(body, change)
        if span is None:
            missed.append(change.mark)
            continue
        start, end, replacement = span
        author = change.author or "Reviewer"
        if already_suggested(store, author, body[start:end], replacement, exact=True):
            continue  # the pack imported before
        add_dated_suggestion(store, body, (start, end), replacement, author, change.date)
        added += 1
    if not missed and not found.other:
        return added, None
    said = " or ".join(_SAID[m] for m in _SAID if m in missed)
    parts = [f"{said} on {counted(len(missed), 'passage')} not found in the text"] * bool(missed)
    parts += [f"a style or a font: {counted(found.other, 'paragraph')}"] * bool(found.other)
    return added, (
        f"{label}: formatting changed in Word with Track Changes ({'; '.join(parts)}) was "
        "not taken in. Make those changes in the page."
    )
