"""A version badge glued to a heading's words by the site's include (Jekyll's docs:
`<h5>Gather your collections {%- include docs_version_badge.html version="3.7.0" -%}</h5>`, the `-`
trimming the space) reads as two words in the Word and the PDF pack: the preview sets it
apart with a margin, which a pack does not have, so the heading read "collections3.7.0"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from shared_sites import copy_shared_site

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

BADGE = (
    '<span class="version-badge" title="This feature is available starting version '
    '{{ include.version }}">{{ include.version }}</span>'
)


def _small_site(root: Path) -> Path:
    (root / "_docs").mkdir(parents=True)
    (root / "_includes").mkdir()
    (root / "_config.yml").write_text(
        "title: Docs\ncollections:\n  docs:\n    output: true\n", encoding="utf-8"
    )
    (root / "_includes" / "docs_version_badge.html").write_text(BADGE, encoding="utf-8")
    page = root / "_docs" / "collections.md"
    page.write_text(
        "---\ntitle: Collections\n---\n\nCollections group content.\n\n"
        '<h2>Gather your collections {%- include docs_version_badge.html version="3.7.0" -%}</h2>\n\n'
        "You can optionally specify a directory.\n",
        encoding="utf-8",
    )
    return page


def _headings(pack: Path) -> list[str]:
    return [p.text.strip() for p in docx.Document(str(pack)).paragraphs if p.style.name.startswith("Heading")]


def _pdf_text(path: Path) -> str:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return " ".join(document.getAllText(i).text() for i in range(document.pageCount()))


def test_the_badge_is_a_word_of_its_own_in_both_packs(tmp_path: Path, qapp) -> None:
    page = _small_site(tmp_path / "site")
    site = Site.open(page.parent.parent)
    export_docx([page], tmp_path / "pack.docx", site)
    assert "Gather your collections 3.7.0" in _headings(tmp_path / "pack.docx")
    export_pdf([page], tmp_path / "pack.pdf", site)
    text = " ".join(_pdf_text(tmp_path / "pack.pdf").split())
    assert "Gather your collections 3.7.0" in text
    assert "collections3.7.0" not in text


def test_on_jekyll_docs_collections_page(tmp_path: Path) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path)
    page = root / "_docs" / "collections.md"
    export_docx([page], tmp_path / "pack.docx", Site.open(root))
    headings = _headings(tmp_path / "pack.docx")
    assert "Gather your collections 3.7.0" in headings
    assert "Custom Sorting of Documents 4.0" in headings
