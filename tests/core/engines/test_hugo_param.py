"""Hugo's `param` shortcode prints the page's parameter, else the site's, in the preview as on
the site; one found nowhere stays a placeholder that says why."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _preview(tmp_path: Path, front: str, body: str, template: str | None = None) -> str:
    (tmp_path / "hugo.toml").write_text(
        "title = 'S'\n[params]\n  minVersion = 'v1.0'\n  [params.social]\n    name = 'hugo'\n",
        encoding="utf-8",
    )
    if template is not None:
        (tmp_path / "layouts" / "_shortcodes").mkdir(parents=True)
        (tmp_path / "layouts" / "_shortcodes" / "param.html").write_text(template, "utf-8")
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "page.md"
    page.write_text(f"---\ntitle: P\n{front}---\n{body}", encoding="utf-8")
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    return shown[shown.index("<article") :]


def test_param_prints_the_pages_then_the_sites_value(tmp_path: Path) -> None:
    shown = _preview(
        tmp_path,
        "params:\n  MinVersion: v2.5\ncolour: red\n",
        '{{% param "minVersion" %}}, {{% param colour %}}, {{% param "social.name" %}}, '
        '{{% param "nothere" %}}.\n',
    )
    assert "<p>v2.5, red, hugo, <span" in shown
    assert (
        '<span class="liquid" title="Not drawn in the preview: it names a parameter neither the '
        'page nor the site sets as text.">{{% param "nothere" %}}</span>.</p>'
    ) in shown


def test_the_sites_value_when_the_page_has_none(tmp_path: Path) -> None:
    assert "<p>Hugo v1.0 or later.</p>" in _preview(
        tmp_path, "", 'Hugo {{% param "minVersion" %}} or later.\n'
    )


def test_a_site_with_its_own_param_template_keeps_the_placeholder(tmp_path: Path) -> None:
    shown = _preview(tmp_path, "", 'Hugo {{% param "minVersion" %}}.\n', "<b>{{ .Get 0 }}</b>")
    assert "v1.0" not in shown and 'class="liquid"' in shown


def test_hugo_docs_quick_start_shows_its_minimum_version() -> None:
    root = shared_site_path("hugo-docs")
    page = root / "content" / "en" / "getting-started" / "quick-start.md"
    shown = Renderer(Site.open(root)).render_page(Document.load(page))
    assert "Verify that you have installed Hugo v0.158.0 or later." in shown
    assert "{{% param" not in shown
