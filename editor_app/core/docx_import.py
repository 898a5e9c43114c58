"""Word documents in: a `.docx` as a new draft, or a reviewed pack coming back.

A new draft: the body as Markdown, pictures saved into the collection's asset folder, the
title from the document (its title, else its first heading), the other settings from the
schema's defaults (as `new` does), and every Word comment as a review note on its words.

A returned review pack: `core/docx_pack_import.py`; the words comments are on found in the
page: `core/docx_place.py`; pictures in pasted HTML: `core/docx_pasted.py`.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import assets
from editor_app.core.document import Document, FrontMatterError
from editor_app.core.docx_footnotes import footnotes_shown
from editor_app.core.docx_headings import usual_top_heading
from editor_app.core.docx_language import document_language
from editor_app.core.docx_markdown import html_to_markdown
from editor_app.core.docx_pack_import import PackReport, import_review_pack, is_review_pack
from editor_app.core.docx_pasted import WEB_IMAGES, pasted_image_saver
from editor_app.core.docx_place import add_comment_notes, locate_words
from editor_app.core.docx_read import DocxError, open_docx, read_docx
from editor_app.core.errors import counted
from editor_app.core.new_page_language import language_place
from editor_app.core.new_page_path import slugify
from editor_app.core.new_page_same_title import same_title
from editor_app.core.page_language import writes_right_to_left
from editor_app.core.render_templates_off import page_runs_templates
from editor_app.core.review.common import isolate_runs
from editor_app.core.store import atomic_write

__all__ = [
    "DocxError",
    "ImportReport",
    "collection_meant",
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
    # Another page of the kind already had the title (the document imported before?).
    same_title: Path | None = None
    # Where the page went for its language, when not where an English one goes.
    language: str = ""
    # The document is written right to left (Persian, Arabic, Hebrew): its title reads so.
    right_to_left: bool = False

    def summary(self) -> str:
        # Each part reads in its own direction: a Persian title ending in "GitHub" showed
        # the Latin word on the wrong side, and its words in the wrong order around the name.
        title = f"\u2067{self.title}\u2069" if self.right_to_left else isolate_runs(self.title)
        lines = [f"Created {isolate_runs(self.path.name)} ({title})."]
        if self.language:
            lines.append(self.language)
        if self.same_title is not None:
            lines.append(
                "A page with this title was already there: "
                f"{isolate_runs(self.same_title.name)}. If this "
                "Word document was imported before, keep one of the two pages."
            )
        if self.held:
            lines.append("It is a draft: the site leaves it out until it is approved.")
        elif self.unheld:
            lines.append(
                "Careful: this site has no way to hold a draft back, so the page is published "
                "with the site's next update."
            )
        if self.images:
            folder = isolate_runs(self.images[0].parent.name)
            lines.append(f"{counted(len(self.images), 'picture')} saved in {folder}.")
        if self.notes:
            lines.append(f"{counted(self.notes, 'comment')} kept as review notes.")
        lines += [f"Not carried over: {item}" for item in self.lost]
        return "\n".join(lines)


# -- a new draft ---------------------------------------------------------------------------------


def import_docx(
    source: str | Path,
    site: Any,
    collection: str,
    title: str | None = None,
    schema: Any = None,
    today: dt.date | None = None,
    page_folder: str | None = None,
) -> ImportReport:
    """Make a new draft in `collection` from a Word document; return what was done.
    `page_folder`: the folder of the collection it goes into (from the site root), where
    the collection's pages all live in subfolders (hugo-docs' `content/en/methods/page`).

    Raises DocxError (not a readable .docx), `UnknownCollection`, `FolderNeeded`, OSError.
    """
    from editor_app.core.page_create import new_document

    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    source = Path(source)
    collection = collection_meant(site, collection)
    folder = assets.asset_folder(
        site, collection, schema.for_collection(collection) if schema else None
    )
    saved: list[Path] = []
    pictures: list[tuple[bytes, str]] = []  # saved once the page, which names them, exists
    left_out: list[str] = []

    def save_image(data: bytes, content_type: str, alt: str) -> str | None:
        suffix = _IMAGE_SUFFIX.get(content_type) or mimetypes.guess_extension(content_type) or ""
        if suffix not in WEB_IMAGES:
            left_out.append(alt)  # a Windows metafile and the like: no browser shows it
            return None
        pictures.append((data, suffix))
        return _picture_mark(len(pictures))

    document = open_docx(source)
    language = document_language(document)
    place = language_place(site, collection, language, page_folder)
    content = read_docx(
        document,
        save_image,
        footnotes=footnotes_shown(site),
        top_heading=usual_top_heading(site, collection),
    )
    page_title = (title or content.title or source.stem).strip()
    path = new_document(
        site,
        collection,
        page_title,
        schema,
        today,
        folder=place.folder or page_folder,  # the picked folder, in the page's language
        lang=place.name_lang,
    )
    stem = _page_slug(path) or slugify(page_title) or "image"
    addresses = []
    for data, suffix in pictures:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / assets.free_name(folder, f"{stem}-{len(saved) + 1}{suffix}")
        atomic_write(target, data)
        saved.append(target)
        addresses.append(assets.site_url(site, target))
    _put_addresses(content, addresses)
    doc = Document.load(path)
    doc.body = content.markdown
    if _runs_templates_in_pages(site, doc):
        doc.body = _template_marks_as_text(content.markdown, content.comments)
    if place.field is not None and doc.front_matter.get(place.field[0]) != place.field[1]:
        doc.set(*place.field)  # `lang: en`, the collection's usual value, is not this page's
    held = _kept_as_draft(site, collection, schema, doc)
    doc.save()
    lost = list(content.lost)
    if left_out:
        lost.append(
            f"{counted(len(left_out), 'picture')} in a format web pages cannot show (such as Windows "
            "metafiles): left out, their descriptions kept in the text."
        )
    notes = add_comment_notes(path, doc.body, content.comments, lost)
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
        same_title=same_title(site, collection, page_title, path),
        language=place.said,
        right_to_left=writes_right_to_left(language),
    )


def _picture_mark(number: int) -> str:
    """Where a picture's address goes until it is saved (plain letters: kept as they are)."""
    return f"editor-app-picture-{number}.invalid"


def _page_slug(path: Path) -> str:
    """The name the site gives the page's pictures: its file's (its folder's for a Hugo
    bundle's `index.md`), as `2025-03-10-cag.md` has `2025-03-10-cag.png`."""
    return path.parent.name if path.stem in ("index", "_index") else path.stem


def _put_addresses(content: Any, addresses: list[str]) -> None:
    """Each picture's address in place of its mark; the comments' places move with the text."""
    if not addresses:
        return
    marks = {_picture_mark(n): a for n, a in enumerate(addresses, 1)}
    pattern = re.compile("|".join(re.escape(m) for m in marks))
    found = list(pattern.finditer(content.markdown))

    def moved(offset: int) -> int:
        return offset + sum(
            len(marks[m.group(0)]) - len(m.group(0)) for m in found if m.end() <= offset
        )

    for comment in content.comments:
        comment.start, comment.end = moved(comment.start), moved(comment.end)
    content.markdown = pattern.sub(lambda m: marks[m.group(0)], content.markdown)


# What Liquid (Jekyll, Eleventy) or Nunjucks (Eleventy) would run instead of showing: `{{ x }}`,
# `{% x %}`, `{# x #}`, or an opening one left open on its line.
_TEMPLATE_MARK = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\{%|\{#")
_RAW, _END_RAW = "{% raw %}", "{% endraw %}"


def _runs_templates_in_pages(site: Any, doc: Document) -> bool:
    """Whether the site's template language runs in the new page: the preview's own rule
    (`render_templates_off.page_runs_templates`: Jekyll's Liquid unless turned off, Eleventy's
    unless the page, its directory data or `markdownTemplateEngine: false` turns it off)."""
    fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
    try:
        implied = site.implied_values(doc.path)
    except (OSError, ValueError, AttributeError):
        implied = {}
    root = Path(site.root) if getattr(site, "root", None) is not None else None
    return page_runs_templates(getattr(site, "generator", None), fm, implied, root)


def _template_marks_as_text(markdown: str, comments: list[Any]) -> str:
    """The Word text with each template mark kept as text (`{% raw %}{{ name }}{% endraw %}`):
    the site's template language runs what the pages hold, so `{{ name }}` typed in Word
    vanished and `{% anything %}` stopped the site being built. The comments' places move
    with the text."""
    marks = list(_TEMPLATE_MARK.finditer(markdown))
    if not marks:
        return markdown

    def moved(offset: int) -> int:
        """A comment on the mark itself takes in its raw and endraw; one beside it, neither."""
        raw = sum(len(_RAW) for m in marks if m.start() < offset)
        return offset + raw + sum(len(_END_RAW) for m in marks if m.end() <= offset)

    for comment in comments:
        if comment.end > comment.start:
            comment.start, comment.end = moved(comment.start), moved(comment.end)
    return _TEMPLATE_MARK.sub(lambda m: f"{_RAW}{m.group(0)}{_END_RAW}", markdown)


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


def collection_meant(site: Any, given: str) -> str:
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
