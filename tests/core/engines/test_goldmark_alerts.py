"""Hugo's blockquote alerts (`> [!NOTE]`): a box in the preview when the site's blockquote
hook draws them (hugo-docs: 188 pages), with the kind's icon and a title only when the alert
gives one (the hook prints `.AlertTitle`, empty for `> [!NOTE]` alone), the quote as written
when it does not. Kramdown (Jekyll) and markdown-it (Eleventy) print the quote as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.engines.goldmark import GoldmarkEngine
from editor_app.core.engines.goldmark_ext.alerts import site_shows_alerts
from editor_app.core.render import Renderer
from editor_app.core.site import Site

HUGO_DOCS = Path(__file__).resolve().parents[4] / "shared" / "sites" / "hugo-docs"
ALERTS = GoldmarkEngine(alerts=True)


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "> [!NOTE]\n> To override *Hugo*.\n",
            '<div class="alert alert-note">\n<span class="alert-icon alert-icon-note"></span>\n<p>To override <em>Hugo</em>.</p>\n</div>\n',
        ),
        (
            "> [!tip]\n>\n> One.\n>\n> Two.\n",
            '<div class="alert alert-tip">\n<span class="alert-icon alert-icon-tip"></span>\n<p>One.</p>\n<p>Two.</p>\n</div>\n',
        ),
        (
            "> [!WARNING]+ Be careful\n> Text.\n",
            '<div class="alert alert-warning">\n<span class="alert-icon alert-icon-warning"></span>\n<p class="alert-title">Be careful</p>\n'
            "<p>Text.</p>\n</div>\n",
        ),
        ("> [!FOO]\n> x\n", "<blockquote>\n<p>[!FOO]\nx</p>\n</blockquote>\n"),
        ("> Say [!NOTE] here.\n", "<blockquote>\n<p>Say [!NOTE] here.</p>\n</blockquote>\n"),
        (
            "- item\n\n  > [!CAUTION]\n  > nested\n",
            '<ul>\n<li>\n<p>item</p>\n<div class="alert alert-caution">\n'
            '<span class="alert-icon alert-icon-caution"></span>\n<p>nested</p>\n'
            "</div>\n</li>\n</ul>\n",
        ),
    ],
)
def test_alerts_become_boxes(text: str, html: str) -> None:
    assert ALERTS.render(text) == html


def test_jekyll_and_eleventy_print_the_quote_as_written() -> None:
    from editor_app.core.engines.kramdown import KramdownEngine
    from editor_app.core.engines.markdown_it import MarkdownItEngine

    for engine in (KramdownEngine(), MarkdownItEngine()):
        html = engine.render("> [!NOTE]\n> x\n")
        assert "<blockquote>" in html and "[!NOTE]" in html and "alert" not in html


def test_without_the_sites_hook_the_quote_is_printed_as_written() -> None:
    assert GoldmarkEngine().render("> [!NOTE]\n> x\n") == (
        "<blockquote>\n<p>[!NOTE]\nx</p>\n</blockquote>\n"
    )


def test_a_site_without_a_blockquote_hook_shows_quotes(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "t"\n')
    assert not site_shows_alerts(tmp_path)
    hooks = tmp_path / "layouts" / "_markup"
    hooks.mkdir(parents=True)
    (hooks / "render-blockquote.html").write_text("<blockquote>{{ .Text }}</blockquote>\n")
    assert not site_shows_alerts(tmp_path)
    (hooks / "render-blockquote.html").write_text('{{ if eq .Type "alert" }}{{ .AlertType }}')
    assert site_shows_alerts(tmp_path)


@pytest.mark.skipif(not HUGO_DOCS.is_dir(), reason="the shared Hugo site is not here")
def test_hugo_docs_notes_are_boxes_in_the_preview(tmp_path: Path) -> None:
    root = tmp_path / "hugo-docs"
    shutil.copytree(HUGO_DOCS, root, ignore=shutil.ignore_patterns(".git"))
    page = root / "content" / "en" / "shortcodes" / "param.md"
    assert "> [!NOTE]" in page.read_text("utf-8")
    html = Renderer(Site.open(root)).render_page(Document.load(page))
    html = html.split('<article class="page-body">', 1)[1]  # the page, not the stylesheet
    assert "[!NOTE]" not in html
    assert '<div class="alert alert-note">\n<span class="alert-icon alert-icon-note"></span>' in html
    assert "alert-title" not in html.split("To override Hugo")[0]  # no title given, none drawn
    assert "To override Hugo" in html
