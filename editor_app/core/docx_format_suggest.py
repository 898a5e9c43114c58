"""Bold and italic a reviewer added or took away in a returned Word pack with Track Changes
on, as suggested edits on the page's Markdown: words made bold, `words` -> `**words**`;
italics taken away, `_words_` -> `words`.

Word records such a change on the run (`w:rPrChange`, the run's former properties beside its
new ones), not as words: the import read none of it and only said that formatting changed.
Other formatting (a style, a font, a colour), and a change whose words are not found in the
page with the marks around them, is still told in one sentence, not taken in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from editor_app.core.docx_place import locate_in_context
from editor_app.core.docx_read import word_date
from editor_app.core.docx_untracked import page_paragraphs
from editor_app.core.errors import counted

# The Markdown marks each is written with, the first for a new one.
_MARKS = {"bold": ("**", "__"), "italic": ("*", "_")}
_TAGS = {"bold": qn("w:b"), "italic": qn("w:i")}
_CHANGED = qn("w:rPrChange")


@dataclass
class FormatChange:
    """Words of a paragraph made bold or italic (`added`), or no longer so."""

    words: str
    before: str  # the paragraph's words before them, and after
    after: str
    mark: str  # "bold" or "italic"
    added: bool
    author: str
    date: datetime | None


@dataclass
class PageFormatting:
    """A page's formatting changes: those that can be suggested, and how many paragraphs hold
    others (a style, a font...)."""

    changes: list[FormatChange] = field(default_factory=list)
    other: int = 0


def _on(properties: Any, tag: str) -> bool:
    mark = properties.find(tag) if properties is not None else None
    return mark is not None and (mark.get(qn("w:val")) or "true") not in ("0", "false", "off")


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(qn("w:t")))


def format_changes(document: DocxDocument) -> dict[int, PageFormatting]:
    """Each page's (by index) formatting changes made with Track Changes on; a row of runs
    with the same change is one."""
    pages: dict[int, PageFormatting] = {}
    for page, paragraph in page_paragraphs(document):
        runs = [r for r in paragraph.iter(qn("w:r")) if r.getparent().tag != qn("w:del")]
        texts = [_run_text(r) for r in runs]
        found: list[FormatChange] = []
        other = paragraph.find(f"{qn('w:pPr')}/{qn('w:pPrChange')}") is not None
        last: tuple[int, str, bool, str] | None = None
        for i, run in enumerate(runs):
            properties = run.find(qn("w:rPr"))
            change = properties.find(_CHANGED) if properties is not None else None
            if change is None:
                last = None
                continue
            was = change.find(qn("w:rPr"))
            marks = [
                (m, _on(properties, t))
                for m, t in _TAGS.items()
                if _on(properties, t) != _on(was, t)
            ]
            other = other or not marks
            for mark, added in marks:
                author = change.get(qn("w:author")) or ""
                if last == (i - 1, mark, added, author):
                    found[-1].words += texts[i]
                    found[-1].after = "".join(texts[i + 1 :])
                else:
                    before, after = "".join(texts[:i]), "".join(texts[i + 1 :])
                    when = word_date(change.get(qn("w:date")))
                    found.append(FormatChange(texts[i], before, after, mark, added, author, when))
                last = (i, mark, added, author)
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
    if change.added:
        mark = _MARKS[change.mark][0]
        return start, end, f"{mark}{body[start:end]}{mark}"
    for mark in _MARKS[change.mark]:
        outer = (start - len(mark), end + len(mark))
        if body[outer[0] : start] == mark and body[end : outer[1]] == mark:
            return outer[0], outer[1], body[start:end]
    return None


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


def suggest_formatting(
    store: Any, body: str, found: PageFormatting | None, label: str, settings: Any = None
) -> tuple[int, str | None]:
    """The page's bold and italic changes added as suggested edits (none twice); how many,
    and a sentence on the formatting not taken in (None when all was). `settings`: the page's
    front matter: a change in the title's line is not looked for in the text."""
    if found is None:
        return 0, None
    settings = settings if isinstance(settings, dict) else {}
    added = missed = 0
    for change in found.changes:
        span = None if _in_setting(change, settings) else _suggestion_span(body, change)
        if span is None:
            missed += 1
            continue
        start, end, replacement = span
        author = change.author or "Reviewer"
        if any(
            s.author == author
            and s.field is None
            and s.quote == body[start:end]
            and s.replacement == replacement
            for s in store.suggestions
        ):
            continue  # the pack imported before
        add_dated_suggestion(store, body, (start, end), replacement, author, change.date)
        added += 1
    if not missed and not found.other:
        return added, None
    parts = [f"bold or italic on {counted(missed, 'passage')} not found in the text"] * bool(missed)
    parts += [f"a style or a font: {counted(found.other, 'paragraph')}"] * bool(found.other)
    return added, (
        f"{label}: formatting changed in Word with Track Changes ({'; '.join(parts)}) was "
        "not taken in. Make those changes in the page."
    )
