"""A page holding its own style sheet (Eleventy's docs: `<style>` rules for the page's list)
or a script: the Word pack shows its words, not the rules as a paragraph of text (the PDF
pack already dropped them)."""

from __future__ import annotations

from pathlib import Path

import docx
from shared_sites import shared_site_path

from editor_app.core.docx_export import export_docx
from editor_app.core.site import Site

_PAGE = """---
title: Languages
---

Words before.

<style>
.page-toc li:after {
	content: "*";
}
</style>
<script>console.log("hi")</script>

Words after.
"""


def _words(target: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_a_style_sheet_is_not_written_as_words(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "page.md").write_text(_PAGE, encoding="utf-8")
    export_docx([root / "page.md"], tmp_path / "pack.docx", Site.open(root))
    words = _words(tmp_path / "pack.docx")
    assert "Words before." in words and "Words after." in words
    assert "page-toc" not in words and "content:" not in words and "console" not in words


def test_eleventy_template_languages_page_has_no_css(tmp_path: Path) -> None:
    root = shared_site_path("eleventy-website")
    page = root / "src/docs/languages.md"
    export_docx([page], tmp_path / "pack.docx", Site.open(root))
    words = _words(tmp_path / "pack.docx")
    assert "Template Languages" in words and ".elv-page-toc" not in words
