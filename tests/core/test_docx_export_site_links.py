"""Links to other pages of the site in a Word or PDF review pack say where they go: to the
published page when the site's address is in its settings, else the page's title and address
after the words. They printed as plain words, which a reviewer away from the site could not
follow (in tables and outside)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

_PAGE = (
    "---\ntitle: Guide\n---\nSee [the setup](/docs/setup/) and [a part](#part) and "
    "[elsewhere](https://example.com/x).\n\n"
    "| Topic | Where |\n| --- | --- |\n| Setup | [read this](/docs/setup/) |\n\n## Part\n\nEnd.\n"
)


def _site(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    (root / "guide.md").write_text(_PAGE, encoding="utf-8")
    (root / "docs" / "setup.md").write_text(
        "---\ntitle: Setting up\npermalink: /docs/setup/\n---\nSteps.\n", encoding="utf-8"
    )
    return root


def _word(target: Path) -> tuple[str, list[str]]:
    """The pack's words (tables included) and the addresses its links go to."""
    document = docx.Document(str(target))
    words = [p.text for p in document.paragraphs]
    for table in document.tables:
        words += [cell.text for row in table.rows for cell in row.cells]
    from docx.oxml.ns import qn

    targets = {k: r.target_ref for k, r in document.part.rels.items() if "hyperlink" in r.reltype}
    links = [
        targets.get(el.get(qn("r:id")), "")
        for el in document.element.body.iter(qn("w:hyperlink"))
    ]
    return "\n".join(words), links


def test_with_the_site_address_known_links_go_to_the_published_page(tmp_path: Path) -> None:
    root = _site(tmp_path, "title: T\nurl: https://docs.example.org\nbaseurl: /guide\n")
    target = tmp_path / "p.docx"
    export_docx([root / "guide.md"], target, Site.open(root))
    words, links = _word(target)
    assert links.count("https://docs.example.org/guide/docs/setup/") == 2  # text and table
    assert "https://example.com/x" in links
    assert "(/docs/setup/)" not in words


def test_without_it_the_title_and_address_follow_the_words(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = _site(tmp_path, "title: T\n")
    target = tmp_path / "p.docx"
    export_docx([root / "guide.md"], target, Site.open(root))
    words, _links = _word(target)
    assert "See the setup (“Setting up”, /docs/setup/) and a part and elsewhere." in words
    assert "read this (“Setting up”, /docs/setup/)" in words
    pdf = tmp_path / "p.pdf"
    export_pdf([root / "guide.md"], pdf, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(pdf))
    text = " ".join(document.getAllText(0).text().split())
    assert "the setup (“Setting up”, /docs/setup/)" in text
    assert "read this (“Setting up”, /docs/setup/)" in text
    # Read back unchanged, the pack brings nothing in.
    report = import_review_pack(target, Site.open(root))
    assert not report.notes and not report.suggestions
