"""A page's parts that are no words of it (its `<style>`, a `<script>`, a `<template>`, a
`<noscript>`) are left out of the Word pack and the PDF pack by one rule (`docx_not_words`),
applied where both packs take the page's HTML; before, the Word pack dropped all four and the
PDF pack only style and script, so a `<template>` or `<noscript>` the page's HTML carried was
drawn in the PDF as words."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from shared_sites import copy_shared_site

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.docx_not_words import without_non_words
from editor_app.core.render import Renderer
from editor_app.core.site import Site

_PARTS = (
    "<noscript><p>Turn on JavaScript to see the list</p></noscript>"
    "<template><p>Row template words</p></template>"
    "<style>.toc li:after { content: '*'; }</style>"
)


class _RendererKeepingParts(Renderer):
    """The site's own renderer, its page's HTML given those parts (as a renderer that does
    not clean them out would)."""

    def render_page(self, doc, schema=None):  # type: ignore[no-untyped-def]
        html = super().render_page(doc, schema)
        return html.replace('<article class="page-body">', f'<article class="page-body">{_PARTS}', 1)


@pytest.fixture
def eleventy(tmp_path: Path) -> tuple[Path, Site]:
    root = copy_shared_site("eleventy-website", tmp_path)
    return root / "src" / "docs" / "copy.md", Site.open(root)


def _pdf_text(path: Path, qapp) -> str:  # type: ignore[no-untyped-def]
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return " ".join(document.getAllText(i).text() for i in range(document.pageCount()))


def test_neither_pack_shows_a_template_noscript_or_style(eleventy, tmp_path: Path, qapp) -> None:
    page, site = eleventy
    renderer = _RendererKeepingParts(site)
    export_pdf([page], tmp_path / "pack.pdf", site, renderer=renderer)
    export_docx([page], tmp_path / "pack.docx", site, renderer=renderer)

    pdf = " ".join(_pdf_text(tmp_path / "pack.pdf", qapp).split())
    word = " ".join(p.text for p in docx.Document(str(tmp_path / "pack.docx")).paragraphs)
    for text in (pdf, word):
        assert "Passthrough" in text  # the page's own words are there
        for left_out in ("Turn on JavaScript", "Row template", "content:"):
            assert left_out not in text


def test_html_without_those_parts_is_left_as_it_was() -> None:
    html = '<p>Words <a href="/x/">link</a>&amp; more</p>\n'
    assert without_non_words(html) is html
    assert without_non_words("<p>a</p><NOSCRIPT>b</NOSCRIPT>") == "<p>a</p>"
