"""Word documents in: a `.docx` as a new draft, or a reviewed pack coming back.

A new draft: the body as Markdown, pictures saved into the collection's asset folder, the
title from the document (its title, else its first heading), the other settings from the
schema's defaults (as `new` does), and every Word comment as a review note on its words.

A returned review pack (a `.docx` exported by `core/docx_export.py`): its new comments become
review notes and its tracked changes suggested edits on the page it came from; the page itself
is never changed. Comments the pack was exported with are recognised and not added twice.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import assets
from editor_app.core.document import Document, FrontMatterError
from editor_app.core.docx_markdown import html_to_markdown
from editor_app.core.docx_read import DocxComment, DocxContent, DocxError, TrackedChange, read_docx
from editor_app.core.docx_untracked import pack_paragraphs, untracked_edits_note
from editor_app.core.errors import counted
from editor_app.core.page_create import slugify
from editor_app.core.store import atomic_write

if TYPE_CHECKING:
    from editor_app.core.review import Note

__all__ = [
    "DocxError",
    "ImportReport",
    "PackReport",
    "html_to_markdown",
    "import_docx",
    "import_review_pack",
    "is_review_pack",
    "locate_words",
    "pasted_image_saver",
]

_IMAGE_SUFFIX = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
                 "image/bmp": ".bmp", "image/tiff": ".tif", "image/svg+xml": ".svg",
                 "image/webp": ".webp", "image/x-emf": ".emf", "image/x-wmf": ".wmf"}  # fmt: skip
_WEB_IMAGES = {".png", ".jpg", ".gif", ".svg", ".webp"}


@dataclass
class ImportReport:
    """What `import_docx` made: the new page, its pictures and notes, and what was lost."""

    path: Path
    title: str
    images: list[Path] = field(default_factory=list)
    notes: int = 0
    lost: list[str] = field(default_factory=list)
    held: str = ""  # the setting that keeps the new page off the site (`draft: true`), if any
    # The site has no way to hold a draft back (an Eleventy site without a status field):
    # the page is published as it is, which the author is told.
    unheld: bool = False

    def summary(self) -> str:
        lines = [f"Created {self.path.name} ({self.title})."]
        if self.held:
            lines.append("It is a draft: the site leaves it out until it is approved.")
        elif self.unheld:
            lines.append(
                "Careful: this site has no way to hold a draft back, so the page is published "
                "with the site's next update."
            )
        if self.images:
            lines.append(f"{counted(len(self.images), 'picture')} saved in {self.images[0].parent.name}.")
        if self.notes:
            lines.append(f"{counted(self.notes, 'comment')} kept as review notes.")
        lines += [f"Not carried over: {item}" for item in self.lost]
        return "\n".join(lines)


@dataclass
class PackReport:
    """What `import_review_pack` added to each page."""

    notes: dict[Path, int] = field(default_factory=dict)
    suggestions: dict[Path, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # plain sentences
    changed_since: list[Path] = field(default_factory=list)  # edited after the export
    pages: int = 0  # how many pages the pack holds
    missing: list[str] = field(default_factory=list)  # its pages this site does not have

    @property
    def wrong_site(self) -> bool:
        """None of the pack's pages is in this site: it was made from another site."""
        return self.pages > 0 and len(self.missing) == self.pages

    @property
    def added(self) -> int:
        return sum(self.notes.values()) + sum(self.suggestions.values())

    def summary(self) -> str:
        lines = []
        for path in sorted(set(self.notes) | set(self.suggestions)):
            n, s = self.notes.get(path, 0), self.suggestions.get(path, 0)
            lines.append(f"{path.name}: {counted(n, 'new note')}, {counted(s, 'suggested edit')}.")
        if not lines:
            lines.append("Nothing new in this document: no comments or changes to add.")
        lines += [
            f"{path.name} was edited after the pack was made: its notes were placed by their "
            "quoted words."
            for path in self.changed_since
        ]
        return "\n".join(lines + self.skipped)


# -- a new draft ---------------------------------------------------------------------------------


def import_docx(
    source: str | Path,
    site: Any,
    collection: str,
    title: str | None = None,
    schema: Any = None,
    today: dt.date | None = None,
) -> ImportReport:
    """Make a new draft in `collection` from a Word document; return what was done.

    Raises DocxError (not a readable .docx), `UnknownCollection`, OSError.
    """
    from editor_app.core.page_create import new_document

    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    source = Path(source)
    collection = _collection_name(site, collection)
    folder = assets.asset_folder(
        site, collection, schema.for_collection(collection) if schema else None
    )
    stem = slugify(title or source.stem) or "image"
    saved: list[Path] = []
    left_out: list[str] = []

    def save_image(data: bytes, content_type: str, alt: str) -> str | None:
        suffix = _IMAGE_SUFFIX.get(content_type) or mimetypes.guess_extension(content_type) or ""
        if suffix not in _WEB_IMAGES:
            left_out.append(alt)  # a Windows metafile and the like: no browser shows it
            return None
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / assets.free_name(folder, f"{stem}-{len(saved) + 1}{suffix}")
        atomic_write(target, data)
        saved.append(target)
        return assets.site_url(site, target)

    content = read_docx(source, save_image)
    page_title = (title or content.title or source.stem).strip()
    path = new_document(site, collection, page_title, schema, today)
    doc = Document.load(path)
    doc.body = content.markdown
    held = _kept_as_draft(site, collection, schema, doc)
    doc.save()
    lost = list(content.lost)
    if left_out:
        lost.append(
            f"{counted(len(left_out), 'picture')} in a format web pages cannot show (such as Windows "
            "metafiles): left out, their descriptions kept in the text."
        )
    notes = _add_comment_notes(path, doc.body, content.comments, lost)
    if hasattr(site, "update_entry"):
        site.update_entry(path)
    return ImportReport(
        path=path,
        title=page_title,
        images=saved,
        notes=notes,
        lost=lost,
        held=held or "",
        unheld=held is None,
    )


def _kept_as_draft(site: Any, collection: str, schema: Any, doc: Document) -> str | None:
    """A Word document comes in as a draft: where its collection has no review status of its
    own, the page is kept off the site the generator's way (`draft: true` on Hugo,
    `published: false` on Jekyll) until it is approved. The setting written, "" when the
    page is a draft already, or None when nothing holds it back (Eleventy has no draft
    setting of its own)."""
    from editor_app.core.review.status import in_jekyll_drafts, is_unpublished, status_rule

    generator = getattr(site, "generator", None)
    if status_rule(schema.for_collection(collection) if schema is not None else None):
        return ""
    if is_unpublished(doc.front_matter, generator) or in_jekyll_drafts(collection, generator):
        return ""
    key, value = {"hugo": ("draft", True), "jekyll": ("published", False)}.get(
        generator or "", ("", None)
    )
    if not key:
        return None
    try:
        doc.set(key, value)
    except (ValueError, TypeError, FrontMatterError):
        return None
    return f"{key}: {'true' if value else 'false'}"


def _collection_name(site: Any, given: str) -> str:
    """The collection meant: its name, its folder (`_posts`) or its label, in any case."""
    collections = getattr(site, "collections", {}) or {}
    if given in collections:
        return given
    wanted = given.strip().strip("/").lstrip("_").casefold()
    for name, coll in collections.items():
        label = str(getattr(coll, "label", "") or "")
        if wanted in (name.lstrip("_").casefold(), label.casefold()):
            return name
    return given


def _inside_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """A range around `*words*` or `**words**` narrowed to the words themselves."""
    while end - start > 2 and body[start] in "*_~" and body[end - 1] == body[start]:
        start, end = start + 1, end - 1
    return start, end


def _located(body: str, comment: DocxComment) -> tuple[int, int]:
    """Where the words a Word comment is on stand in the body; (0, 0) when they are not found
    (the note is then on the whole page)."""
    found = locate_words(body, comment.quoted) if comment.quoted else None
    return found or (0, 0)


def _located_in_context(body: str, comment: DocxComment) -> tuple[int, int]:
    """Where a returned pack's comment stands in the page: when its words are there more
    than once, the copy with the same words around it in the paragraph (as a tracked change
    is placed), else the first."""
    if comment.quoted and "\n" not in comment.quoted.strip():
        glued = (
            _touches(comment.before, comment.quoted),
            _touches(comment.quoted, comment.after),
        )
        found = _locate_in_context(
            body,
            comment.quoted.strip(),
            comment.before.split()[-6:],
            comment.after.split()[:6],
            glued,
        )
        if found is not None:
            return found
    return _located(body, comment)


def _note_of(body: str, start: int, end: int, comment: DocxComment) -> Note:
    """A Word comment as a review note on body[start:end], dated as in Word when it says."""
    from editor_app.core import review

    note = review.make_note(body, start, end, comment.text, comment.author or None)
    if comment.date is not None:
        note.date = comment.date
    return note


def _add_comment_notes(page: Path, body: str, comments: list[DocxComment], lost: list[str]) -> int:
    from editor_app.core import review

    store = review.NoteStore(page)
    added = 0
    for comment in comments:
        if comment.placed:
            start, end = _inside_marks(body, comment.start, comment.end)
        else:
            start, end = _located(body, comment)
        store.add(_note_of(body, start, end, comment))
        added += 1
        if comment.quoted and start == end:
            lost.append(
                f"The comment by {comment.author or 'someone'} on “{_short(comment.quoted)}” "
                "is kept as a note on the whole page: its words were not found."
            )
    return added


# -- pictures in pasted HTML -------------------------------------------------------------------

_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,(.*)$", re.S | re.I)
_MAX_PASTED_IMAGE = 25_000_000


def pasted_image_saver(site: Any, folder: Path) -> Callable[[str, str], str | None]:
    """For `html_to_markdown(keep_image=...)`: web pictures keep their address; pictures
    pasted inline (`data:`) or from a local file (Word's clipboard) are saved into `folder`
    under a free name and linked by their site address; anything else is left out."""

    def keep(src: str, alt: str) -> str | None:
        if re.match(r"^https?://", src, re.I):
            return src
        data, suffix = _picture_bytes(src)
        if data is None:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / assets.free_name(
                folder, f"{slugify(alt) if alt.strip() else 'pasted-image'}{suffix}"
            )
            atomic_write(target, data)
        except OSError:
            return None
        return assets.site_url(site, target)

    return keep


def _picture_bytes(src: str) -> tuple[bytes | None, str]:
    import base64
    import binascii
    from urllib.parse import unquote, urlsplit

    m = _DATA_IMAGE.match(src.strip())
    if m:
        kind = m.group(1).lower()
        try:
            data = base64.b64decode(m.group(2), validate=False)
        except (binascii.Error, ValueError):
            return None, ""
        suffix = ".jpg" if kind == "jpeg" else f".{kind}"
        return (data, suffix) if 0 < len(data) <= _MAX_PASTED_IMAGE else (None, "")
    parts = urlsplit(src)
    if parts.scheme.lower() != "file":
        return None, ""
    path = Path(
        unquote(parts.path.lstrip("/") if re.match(r"^/[A-Za-z]:", parts.path) else parts.path)
    )
    suffix = ".jpg" if path.suffix.lower() == ".jpeg" else path.suffix.lower()
    if suffix not in _WEB_IMAGES:
        return None, ""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_PASTED_IMAGE:
            return None, ""
        return path.read_bytes(), suffix
    except OSError:
        return None, ""


# -- finding quoted words in Markdown ------------------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "."})
# Between two words of the quote the Markdown may hold formatting marks or a link's address.
_BETWEEN = r"(?:[\s*_`~\[\]>#|\\]|\]\([^)\s]*\))+"
_INSIDE = r"[*_`~\\]*"
_EDGE_WORDS = 30


def locate_words(body: str, words: str) -> tuple[int, int] | None:
    """Where `words` (plain text, as a reader sees it) stand in Markdown `body`, or None.

    White space, formatting marks, link addresses and typographic quotes or dashes may
    differ. When the words stand there more than once, the first place is taken.
    """
    tokens = words.translate(_QUOTES).split()
    if not tokens:
        return None
    if len(tokens) > 2 * _EDGE_WORDS:
        # A long passage: found by its first words and its last ones.
        first = _search(body, tokens[:_EDGE_WORDS], 0)
        last = _search(body, tokens[-_EDGE_WORDS:], first[1]) if first else None
        return (first[0], last[1]) if first and last else None
    return _search(body, tokens, 0)


def _search(body: str, tokens: list[str], start: int) -> tuple[int, int] | None:
    pattern = _BETWEEN.join(_INSIDE.join(_char(c) for c in token[:200]) for token in tokens)
    try:
        m = re.compile(pattern).search(body, start)
    except re.error:
        return None
    return (m.start(), m.end()) if m else None


def _char(c: str) -> str:
    if c == '"':
        return '["“”]'
    if c == "'":
        return "['‘’]"
    if c == "-":
        return "(?:-{1,3}|[–—])"
    if c == ".":
        return "[.…]"
    return re.escape(c)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- a returned review pack ----------------------------------------------------------------------


def is_review_pack(source: str | Path) -> bool:
    """True when the file is a review pack exported by editor-app (it names its pages)."""
    try:
        import docx

        from editor_app.core.docx_read import read_pack_data

        return read_pack_data(docx.Document(str(source))) is not None
    except Exception:  # not a readable Word file: not a pack
        return False


def import_review_pack(source: str | Path, site: Any) -> PackReport:
    """Add a returned pack's new comments as notes and its tracked changes as suggestions.

    The pages are found by the paths the pack carries; a page changed since the export is
    matched by the quoted words. Raises DocxError when the file is not a review pack.
    """
    from editor_app.core import review
    from editor_app.core.docx_export import file_version

    content: DocxContent = read_docx(Path(source))
    if content.pack is None:
        raise DocxError("This Word document was not exported from editor-app as a review pack.")
    report = PackReport()
    returned = pack_paragraphs(Path(source).read_bytes())  # to tell of untracked edits
    pages = content.pack.get("pages") or []
    report.pages = len(pages)
    root = Path(site.root).resolve()
    for index, info in enumerate(pages):
        rel = str(info.get("path") or "")
        page = site.resolve_inside(rel) if rel else None
        if page is None or not page.is_file():
            report.skipped.append(f"The page {rel or '(unnamed)'} is not in this site any more.")
            report.missing.append(rel or "(unnamed)")
            continue
        page = page.resolve()
        doc = Document.load(page)
        body = doc.body
        if info.get("version") and info["version"] != file_version(doc.original):
            report.changed_since.append(page)
        store = review.NoteStore(page)
        if store.error:
            report.skipped.append(f"{page.relative_to(root)}: {store.error}")
            continue
        known = {(_plain(n.author), _plain(n.text)) for n in store.notes}
        for comment in (c for c in content.comments if c.page == index):
            if (_plain(comment.author), _plain(_as_exported(comment.text))) in known:
                continue  # exported with the pack: already a note
            start, end = _located_in_context(body, comment)
            store.add(_note_of(body, start, end, comment))
            known.add((_plain(comment.author), _plain(comment.text)))
            report.notes[page] = report.notes.get(page, 0) + 1
        for change in (c for c in content.changes if c.page == index):
            placed = _add_suggestion(store, body, change)
            if placed == _ADDED:
                report.suggestions[page] = report.suggestions.get(page, 0) + 1
            elif placed == _NOT_PLACED:
                report.skipped.append(
                    f"{page.name}: a change by {change.author or 'someone'} "
                    f"(“{_short(change.old or change.new)}”) could not be placed in the page."
                )
        if page not in report.changed_since:  # else the words differ anyway
            untracked = untracked_edits_note(page, site, returned.get(index, []))
            report.skipped += [untracked] if untracked else []
    return report


def _as_exported(text: str) -> str:
    """A comment's own words: an export writes `On “words”: note` when the note's words were
    not found in the page, and the note is `note`."""
    m = re.match(r"On “[^”]*”: (.*)\Z", text, re.S)
    return m.group(1) if m else text


def _plain(text: str) -> str:
    return " ".join((text or "").split()).casefold()


_ADDED, _KNOWN, _NOT_PLACED = "added", "known", "not placed"


def _add_suggestion(store: Any, body: str, change: TrackedChange) -> str:
    """A tracked change as a suggested edit on the words it touches: `_ADDED`, `_KNOWN`
    (the same edit is already suggested: a pack imported twice) or `_NOT_PLACED`."""
    from editor_app.core import review

    make = getattr(review, "make_suggestion", None)
    if make is None or not hasattr(store, "add_suggestion"):
        return _NOT_PLACED
    before_words = change.before.split()[-6:]
    after_words = change.after.split()[:6]
    old = change.old.strip()
    if old:
        glued = (
            _touches(change.before, change.old),
            _touches(change.old, change.after),
        )
        where = _locate_in_context(body, old, before_words, after_words, glued)
        if where is None:
            return _NOT_PLACED
        start, end = where
        replacement = change.new.strip()
    elif before_words or after_words:
        # An insertion: the word next to it is the passage, the new words added to it.
        if before_words:
            where = _locate_in_context(body, before_words[-1], before_words[:-1], after_words)
        else:
            where = _locate_in_context(body, after_words[0], [], after_words[1:])
        if where is None:
            return _NOT_PLACED
        start, end = where
        added = change.new.strip()
        if before_words:
            replacement = _joined(body[start:end], added)
        else:
            replacement = _joined(added, body[start:end])
    else:
        return _NOT_PLACED
    author = change.author or "Reviewer"
    same = (_plain(author), body[start:end], replacement)
    if any((_plain(s.author), s.quote, s.replacement) == same for s in store.suggestions):
        return _KNOWN
    suggestion = make(body, start, end, replacement, author)
    if change.date is not None:
        suggestion.date = change.date
    store.add_suggestion(suggestion)
    return _ADDED


def _touches(left: str, right: str) -> bool:
    """Whether the end of `left` and the start of `right` touch, no space between them
    (`permalink` and `: /:year/`)."""
    return bool(left and right) and not left[-1].isspace() and not right[0].isspace()


def _joined(left: str, right: str) -> str:
    """Two pieces of text, a space between them when two words would otherwise run together."""
    if left and right and left[-1].isalnum() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


def _locate_in_context(
    body: str,
    words: str,
    before: list[str],
    after: list[str],
    glued: tuple[bool, bool] = (False, False),
) -> tuple[int, int] | None:
    """`words` in the body, told apart from other copies by the words around them. `glued`:
    whether the words touch the word before / after them without a space (`permalink:`)."""
    for b, a in (
        (before, after),
        (before[-3:], after[:3]),
        (before[-1:], after[:1]),
        (before[-1:], []),
        ([], after[:1]),
        ([], []),
    ):
        left = " ".join(b) + ("" if glued[0] or not b else " ")
        right = ("" if glued[1] or not a else " ") + " ".join(a)
        phrase = left + words + right
        where = locate_words(body, phrase)
        if where is None:
            continue
        inner = locate_words(body[where[0] : where[1]], words)
        if b:
            # The words are after the context: look from the end of the context words.
            ctx = locate_words(body[where[0] : where[1]], " ".join(b))
            offset = ctx[1] if ctx else 0
            inner = locate_words(body[where[0] + offset : where[1]], words)
            if inner is not None:
                inner = (inner[0] + offset, inner[1] + offset)
        if inner is not None:
            return where[0] + inner[0], where[0] + inner[1]
    return None
