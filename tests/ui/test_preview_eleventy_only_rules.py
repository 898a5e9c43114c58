"""The preview's rules for 11ty.dev's markup under generic names (a tab list, text for screen
readers only) style Eleventy pages alone: a Jekyll or Hugo page with such markup is shown as
its own site's styles would, not as 11ty.dev's."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import measure, show_html

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.ui.preview import PreviewPane

BODY = (
    '<div role="tablist"><a role="tab" href="#a">One</a></div>\n\n'
    'Words <span class="sr-only">for screen readers</span> here.\n'
)
# 1 when the tab list is laid out as 11ty.dev's, then 1 when the screen readers' words are hidden.
STYLED = (
    "var list = getComputedStyle(document.querySelector('[role=tablist]')).display;"
    "var words = document.querySelector('.sr-only').getBoundingClientRect().width;"
    "(list === 'flex' ? 1 : 0) + ' ' + (words <= 1 ? 1 : 0)"
)


def _page(tmp_path: Path, generator: str) -> str:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: Tabs\n---\n{BODY}", "utf-8")
    renderer = Renderer(None)
    renderer.generator = generator
    return renderer.render_page(Document.load(page))


def test_eleventy_pages_have_11ty_dev_s_look(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    html = _page(tmp_path, "eleventy")
    assert '<body class="generator-eleventy">' in html
    show_html(qtbot, web_pane, html, tmp_path, (700, 600))
    assert measure(qtbot, web_pane, STYLED) == [1, 1]


def test_other_pages_keep_their_own_look(qtbot, web_pane: PreviewPane, tmp_path: Path) -> None:
    html = _page(tmp_path, "jekyll")
    assert '<body class="generator-jekyll">' in html
    show_html(qtbot, web_pane, html, tmp_path, (700, 600))
    assert measure(qtbot, web_pane, STYLED) == [0, 0]
