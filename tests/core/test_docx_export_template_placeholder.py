"""Template code the preview cannot draw (an Eleventy filter chain, a Nunjucks loop) shows in
the Word and PDF packs as a placeholder saying what is left out and why, as the preview
shows it, not as the code (words a reviewer could edit and the import take back as a change
to the page); a returned pack, the placeholder untouched or typed over, changes nothing."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

_PAGE = """---
title: Template Languages
---

Pick a language.

{{ eleventyNavigation.key | navFiltered | eleventyNavigationToHtml({ showExcerpt: true }) | safe }}

{%- for key, entry in community %}
{%- if entry.key == "i18n" -%}
{% include "site-card.njk" %}
{%- endif %}
{%- endfor %}

The end.
"""


def _site(tmp_path: Path) -> tuple[Path, Site]:
    root = tmp_path / "site"
    (root / "src").mkdir(parents=True)
    (root / "eleventy.config.js").write_text(
        'export default function (c) { return { dir: { input: "src" } }; }\n', encoding="utf-8"
    )
    page = root / "src" / "languages.md"
    page.write_text(_PAGE, encoding="utf-8")
    return page, Site.open(root)


def _word_text(path: Path) -> str:
    return "\n".join("".join(p._p.itertext()) for p in docx.Document(str(path)).paragraphs)


def test_the_packs_show_a_placeholder_not_the_code(tmp_path: Path, qapp) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    text = _word_text(tmp_path / "pack.docx")
    assert "{{" not in text and "{%" not in text, text
    assert "[template code left out: it runs the site's filter navFiltered" in text, text
    assert "[template code left out: it repeats its text for each item of community" in text
    assert "Pick a language." in text and "The end." in text

    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from editor_app.core.docx_export_pdf import export_pdf

    export_pdf([page], tmp_path / "pack.pdf", site)
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "pack.pdf"))
    words = " ".join(document.getAllText(0).text().split())
    assert "{{" not in words and "{%" not in words, words
    assert "template code left out" in words, words


def test_a_returned_pack_takes_nothing_from_the_placeholder(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    before = page.read_bytes()
    export_docx([page], tmp_path / "pack.docx", site)
    report = import_review_pack(tmp_path / "pack.docx", site)
    assert page.read_bytes() == before
    assert not review.NoteStore(page).suggestions, report.summary()

    document = docx.Document(str(tmp_path / "pack.docx"))
    locked = document.element.body.xpath(".//w:sdt[.//w:lock]//w:t")
    assert any("navFiltered" in t.text for t in locked), "Word does not let it be edited"
    for node in locked:  # typed over all the same (Track Changes off)
        node.text = node.text.replace("navFiltered", "navOther")
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert page.read_bytes() == before
    made = [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions]
    assert not [m for m in made if "navFiltered" in m[0] or "left out" in m[0]], made
