"""Word footnotes in a draft: as the site's own footnotes (`[^1]`, `[^1]: ...` at the end)
where its renderer shows them; they arrived as "\\[1]" in the text and a numbered list ending
in stray "↑" arrows. A site whose renderer has no footnotes (Eleventy without
markdown-it-footnote, where `[^1]: ...` would vanish) gets a raised number (¹) and the notes
as a numbered list after a rule."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from shared_sites import copy_shared_site, shared_site_path

from editor_app.core.docx_footnotes import footnotes_shown
from editor_app.core.docx_read import read_docx
from editor_app.core.render import Renderer
from editor_app.core.site import Site

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _reference(number: int):  # noqa: ANN202
    return parse_xml(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )


def _note(number: int, *paragraphs: str) -> str:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for text in paragraphs
    )
    return f'<w:footnote w:id="{number}">{body}</w:footnote>'


def word_with_footnotes(path: Path) -> Path:
    """Two footnotes, the second of two paragraphs, as Word writes them."""
    document = docx.Document()
    document.add_heading("Footnoted", level=1)
    p = document.add_paragraph("Data trusts are growing")
    p._p.append(_reference(1))
    p.add_run(" across the sector.")
    p = document.add_paragraph("A second claim")
    p._p.append(_reference(2))
    p.add_run(".")
    xml = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        + _note(1, " Source: the 2024 survey, page 12.")
        + _note(2, " See the annex.", "It lists every trust.")
        + "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        document.part.package,
    )
    document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
    )
    document.save(path)
    return path


def test_footnotes_become_markdown_footnotes(tmp_path: Path) -> None:
    markdown = read_docx(word_with_footnotes(tmp_path / "f.docx"), footnotes=True).markdown
    assert markdown == (
        "Data trusts are growing[^1] across the sector.\n\n"
        "A second claim[^2].\n\n"
        "[^1]: Source: the 2024 survey, page 12.\n\n"
        "[^2]: See the annex.\n\n"
        "    It lists every trust.\n"
    )
    assert "↑" not in markdown


def test_without_footnotes_the_notes_are_raised_numbers_and_a_list(tmp_path: Path) -> None:
    markdown = read_docx(word_with_footnotes(tmp_path / "f.docx")).markdown
    assert markdown == (
        "Data trusts are growing¹ across the sector.\n\n"
        "A second claim².\n\n"
        "---\n\n"
        "1. Source: the 2024 survey, page 12.\n"
        "2. See the annex.\n\n"
        "   It lists every trust.\n"
    )


def test_the_eleventy_preview_shows_the_notes_apart_from_a_list_ending_the_text(
    tmp_path: Path,
) -> None:
    path = word_with_footnotes(tmp_path / "f.docx")
    document = docx.Document(str(path))
    document.add_paragraph("First step", style="List Number")
    document.add_paragraph("Second step", style="List Number")
    document.save(path)
    markdown = read_docx(path).markdown
    renderer = Renderer(Site.open(shared_site_path("eleventy-website")), engine="markdown-it")
    shown = renderer.render_body(markdown)
    assert shown.count("<ol>") == 2 and "<hr" in shown and "↑" not in shown


@pytest.mark.parametrize(
    ("name", "shown"),
    [("connectedbydata", True), ("hugo-docs", True), ("eleventy-website", False)],
)
def test_each_sites_renderer_says_whether_it_shows_footnotes(name: str, shown: bool) -> None:
    assert footnotes_shown(Site.open(shared_site_path(name))) is shown


def test_the_jekyll_preview_shows_them_as_footnotes(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, "site")
    markdown = read_docx(word_with_footnotes(tmp_path / "f.docx"), footnotes=True).markdown
    html = Renderer(Site.open(root)).render_body(markdown)
    assert 'class="footnotes"' in html and "Source: the 2024 survey, page 12." in html
    assert "[^1]" not in html and "It lists every trust." in html


def test_a_word_draft_keeps_its_footnotes(site_copy: Path, tmp_path: Path) -> None:
    from editor_app.core.document import Document
    from editor_app.core.docx_import import import_docx

    source = word_with_footnotes(tmp_path / "f.docx")
    report = import_docx(source, Site.open(site_copy), "resources")
    body = Document.load(report.path).body
    assert "growing[^1] across" in body and "[^1]: Source: the 2024 survey, page 12." in body
