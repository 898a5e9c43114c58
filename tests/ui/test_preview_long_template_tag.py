"""Long unbreakable words wrap inside a narrow pane (a preview at 1024x700) instead of pushing
the page past its right edge behind a sideways scroll bar: template tags shown as code
(Eleventy's author pages: `{% if site.twitter.toLowerCase() == author.name.toLowerCase() or
... %}`), code in a definition list's terms (Hugo's audit page:
`HUGO_MINIFY_TDEWOLFF_HTML_KEEPCOMMENTS=true`) and a path in a site's own HTML (a <div> on
Eleventy's permalinks page: `this-is-a-new-path/subdirectory/testing/index.html`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from preview_helpers import page_fits, show_html
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui.preview import PreviewPane


@pytest.mark.parametrize(
    ("site", "page", "words"),
    [
        ("eleventy-website", "src/authors/author-pages.md", "site.twitter.toLowerCase()"),
        (
            "hugo-docs",
            "content/en/troubleshooting/audit/index.md",
            "<dt><code>HUGO_MINIFY_TDEWOLFF_HTML_KEEPCOMMENTS=true</code></dt>",
        ),
        (
            "eleventy-website",
            "src/docs/permalinks.md",
            "permalink: this-is-a-new-path/subdirectory/testing/index.html\n---\n</code>",
        ),
    ],
)
def test_long_words_fit_the_pane(
    qtbot, web_pane: PreviewPane, tmp_path: Path, site: str, page: str, words: str
) -> None:
    source = shared_site_path(site)
    root = tmp_path / site
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".git"))
    path = root / page
    html = Renderer(Site.open(root)).render_page(Document.load(path))
    assert words in html
    show_html(qtbot, web_pane, html, path.parent, (330, 600))
    page_fits(qtbot, web_pane)
