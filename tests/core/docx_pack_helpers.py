"""A review pack's round trip as the Word-pack tests make it: a one-page site, the page's pack
exported and opened as the reviewer opens it, and the reviewer's copy saved and imported."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as WordDocument

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.docx_pack_import import PackReport
from editor_app.core.site import Site


def one_page_site(tmp: Path, text: str) -> Path:
    """A Jekyll site at `tmp / "site"` (`title: T` its settings) holding `page.md` written as
    `text`; the page's path."""
    root = tmp / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text(text, encoding="utf-8")
    return page


def opened_pack(page: Path, site: Site, tmp: Path) -> WordDocument:
    """`page`'s review pack exported to `tmp / "pack.docx"` and opened, for the reviewer's
    changes."""
    export_docx([page], tmp / "pack.docx", site)
    return docx.Document(str(tmp / "pack.docx"))


def import_returned(document: WordDocument, site: Site, tmp: Path) -> PackReport:
    """The reviewer's `document` saved as `tmp / "returned.docx"` and imported into `site`."""
    document.save(str(tmp / "returned.docx"))
    return import_review_pack(tmp / "returned.docx", site)
