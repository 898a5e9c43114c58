"""A review pack shows the page, not the preview's notes about itself: the eleventy-website
blog post's pack began with "This site adds Markdown plugins the preview does not have
(markdown-it-table-of-contents), ...", which a reviewer would read as the page's words (Word
and PDF alike). The preview now draws that plugin, so the copy adds one it lacks."""

from __future__ import annotations

from pathlib import Path

import docx
from shared_sites import copy_shared_site

from editor_app.core.docx_export import export_docx, pack_pages
from editor_app.core.docx_write import header_parts
from editor_app.core.site import Site

PAGE = "src/blog/2023-07-04-six-million.md"


def test_the_preview_notes_are_not_in_the_pack(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    config = root / "config" / "markdownPlugin.js"
    text = config.read_text("utf-8")
    text = 'import markdownItFootnote from "markdown-it-footnote";\n' + text.replace(
        "mdLib.use(markdownItToc, {", "mdLib.use(markdownItFootnote);\n\t\tmdLib.use(markdownItToc, {"
    )
    config.write_text(text, "utf-8")
    site = Site.open(root)
    (page,) = pack_pages([root / PAGE], site)
    assert "preview does not have" in page.header_html  # the preview says it, for its reader
    assert not [p for _, p in header_parts(page.header_html) if "preview" in str(p)]

    export_docx([root / PAGE], tmp_path / "pack.docx", site)
    words = [p.text for p in docx.Document(str(tmp_path / "pack.docx")).paragraphs]
    assert not [w for w in words if "preview does not have" in w]
    assert words[0] == "Six Million npm Downloads!"
    assert any(w.startswith("On July 3, 2023 Eleventy passed six million") for w in words)
