"""A paragraph under Hugo's docs' "New in" badge (`{{< new-in X />}}` on its own line) keeps
its distance from it in the web preview, as on the site; it was glued to the badge."""

from __future__ import annotations

from pathlib import Path

from preview_helpers import measure, show_html
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui.preview import PreviewPane


def _shown(page: Path) -> str:
    return Renderer(Site.open(page)).render_page(Document.load(page))


def test_a_paragraph_under_a_new_in_badge_keeps_its_distance(
    qtbot, web_pane: PreviewPane, tmp_path: Path
) -> None:
    page = shared_site_path("hugo-docs") / "content/en/functions/hugo/Store.md"
    show_html(qtbot, web_pane, _shown(page), page.parent, (700, 600))
    (gap,) = measure(
        qtbot,
        web_pane,
        "var b = document.querySelector('span.not-prose.inline-flex');"
        "var p = b.nextElementSibling;"
        "String(Math.round(p.getBoundingClientRect().top - b.getBoundingClientRect().bottom))",
    )
    assert gap >= 10
