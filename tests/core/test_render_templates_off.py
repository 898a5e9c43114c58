"""A page that turns its generator's templates off (Jekyll's `render_with_liquid: false`,
Eleventy's `templateEngineOverride: md`, in its header, the site's `defaults:` or Eleventy's
directory data) shows its `{% %}` and `{{ }}` as text, as the site prints them: no placeholder,
no include filled in. Tried on real pages of the shared sites (none of which turns them off
itself: the setting is added to a copy)."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.render_templates_off import templates_turned_off
from editor_app.core.site import Site

_JEKYLL_PAGE = "_docs/liquid/tags.md"
_ELEVENTY_PAGE = "src/blog/2026-04-21-collaborative-editing.md"


def _article(page: Path) -> str:
    html = Renderer(Site.open(page)).render_page(Document.load(page))
    return html[html.index("<article") :]


def _with_header_line(page: Path, line: str) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    page.write_text("---\n" + line + "\n" + text[4:], encoding="utf-8")


def _jekyll_copy(tmp_path: Path) -> Path:
    site = shared_site_path("jekyll-docs")
    root = tmp_path / "jekyll-docs"
    root.mkdir()
    shutil.copy(site / "_config.yml", root / "_config.yml")
    shutil.copytree(site / "_includes", root / "_includes")
    page = root / _JEKYLL_PAGE
    page.parent.mkdir(parents=True)
    shutil.copy(site / _JEKYLL_PAGE, page)
    return page


def _eleventy_copy(tmp_path: Path) -> Path:
    site = shared_site_path("eleventy-website")
    root = tmp_path / "eleventy-website"
    root.mkdir()
    shutil.copy(site / "eleventy.config.js", root / "eleventy.config.js")
    shutil.copytree(site / "src/_includes", root / "src/_includes")
    page = root / _ELEVENTY_PAGE
    page.parent.mkdir(parents=True)
    shutil.copy(site / _ELEVENTY_PAGE, page)
    shutil.copy(site / "src/blog/blog.json", page.parent / "blog.json")
    return page


def test_jekyll_page_with_liquid_off_shows_its_tags_as_text(tmp_path: Path) -> None:
    page = _jekyll_copy(tmp_path)
    templated = _article(page)
    assert 'class="version-badge"' in templated and "<p>{% raw %}</p>" not in templated

    _with_header_line(page, "render_with_liquid: false")
    html = _article(page)
    assert 'class="liquid"' not in html
    assert 'class="version-badge"' not in html
    assert 'Since Jekyll {% include docs_version_badge.html version="4.0" %}' in html
    assert "<p>{% raw %}</p>" in html  # the raw tag itself is text too


def test_jekyll_defaults_can_turn_liquid_off(tmp_path: Path) -> None:
    page = _jekyll_copy(tmp_path)
    config = page.parents[2] / "_config.yml"
    text = config.read_text(encoding="utf-8")
    assert "\ndefaults:\n" in text
    config.write_text(
        text.replace(
            "\ndefaults:\n",
            "\ndefaults:\n- scope:\n    path: _docs/liquid\n  values:\n"
            "    render_with_liquid: false\n",
        ),
        encoding="utf-8",
    )
    html = _article(page)
    assert 'class="version-badge"' not in html and "<p>{% raw %}</p>" in html
    # The page's own header wins over the site's defaults.
    _with_header_line(page, "render_with_liquid: true")
    assert 'class="version-badge"' in _article(page)


def test_eleventy_page_with_markdown_only_shows_its_tags_as_text(tmp_path: Path) -> None:
    page = _eleventy_copy(tmp_path)
    templated = _article(page)
    assert 'class="liquid"' in templated and "<svg" in templated  # its balloon icon

    _with_header_line(page, "templateEngineOverride: md")
    html = _article(page)
    assert 'class="liquid"' not in html and "<svg" not in html
    assert '{% include "components/ba-balloon.svg" %}' in html.replace("&quot;", '"')
    assert '<p>{% callout "demo" %}</p>' in html and "{% endcallout %}" in html


def test_eleventy_directory_data_can_turn_templates_off(tmp_path: Path) -> None:
    page = _eleventy_copy(tmp_path)
    data = page.parent / "blog.json"
    data.write_text(
        data.read_text(encoding="utf-8").replace("{", '{\n\t"templateEngineOverride": "md",', 1),
        encoding="utf-8",
    )
    html = _article(page)
    assert 'class="liquid"' not in html and "<svg" not in html
    # Nunjucks then Markdown, in the page's own data file: templated again.
    (page.parent / (page.stem + ".11tydata.json")).write_text(
        '{"templateEngineOverride": "njk,md"}', encoding="utf-8"
    )
    assert 'class="liquid"' in _article(page)


def test_body_alone_with_templates_off(tmp_path: Path) -> None:
    renderer = Renderer(Site.open(_jekyll_copy(tmp_path)))
    body = "Hi {{ site.title }} {% include x.html %}\n"
    assert 'class="liquid"' in renderer.render_body(body)
    assert (
        renderer.render_body(body, templates=False)
        == "<p>Hi {{ site.title }} {% include x.html %}</p>\n"
    )


def test_which_values_turn_templates_off() -> None:
    assert templates_turned_off("jekyll", {"render_with_liquid": False}, {})
    assert not templates_turned_off("jekyll", {"render_with_liquid": True}, {})
    assert not templates_turned_off("jekyll", {}, {})
    for off in ("md", "MD", " md ", "ejs,md", False, None, ""):
        assert templates_turned_off("eleventy", {"templateEngineOverride": off}, {}), off
    for on in ("njk", "njk,md", "liquid,md", "Liquid"):
        assert not templates_turned_off("eleventy", {"templateEngineOverride": on}, {}), on
    assert templates_turned_off("eleventy", {}, {"templateEngineOverride": "md"})
    assert not templates_turned_off(
        "eleventy", {"templateEngineOverride": "njk,md"}, {"templateEngineOverride": "md"}
    )
    assert not templates_turned_off("hugo", {"render_with_liquid": False}, {})


def test_eleventy_config_turning_markdown_templates_off_is_honoured_in_the_preview(
    tmp_path: Path,
) -> None:
    """`markdownTemplateEngine: false` in the site's config (as Word import already read it):
    the preview shows the tags as text; a page naming a template language still runs it."""
    page = _eleventy_copy(tmp_path)
    config = page.parents[2] / "eleventy.config.js"
    text = config.read_text(encoding="utf-8")
    assert 'markdownTemplateEngine: "njk"' in text
    config.write_text(
        text.replace('markdownTemplateEngine: "njk"', "markdownTemplateEngine: false"),
        encoding="utf-8",
    )
    html = _article(page)
    assert 'class="liquid"' not in html and "<svg" not in html
    assert '<p>{% callout "demo" %}</p>' in html
    _with_header_line(page, "templateEngineOverride: njk,md")
    assert 'class="liquid"' in _article(page)


def test_one_rule_for_preview_and_word_import(tmp_path: Path) -> None:
    """Word import asks the preview's own question: directory data turning templates off
    means Word's `{{ x }}` arrives as typed (no raw tags, which would then print)."""
    from editor_app.core.render_templates_off import page_runs_templates

    root = tmp_path / "site"
    (root / "posts").mkdir(parents=True)
    (root / "eleventy.config.js").write_text("export default function () { return {}; }\n")
    assert page_runs_templates("eleventy", {}, {}, root)
    assert not page_runs_templates("eleventy", {}, {"templateEngineOverride": "md"}, root)
    (root / "eleventy.config.js").write_text(
        "export default function (c) {\n  c.setMarkdownTemplateEngine(false);\n}\n"
    )
    assert not page_runs_templates("eleventy", {}, {}, root)
    assert page_runs_templates("eleventy", {"templateEngineOverride": "liquid,md"}, {}, root)
    assert page_runs_templates("jekyll", {}, {}, None)
    assert not page_runs_templates("hugo", {}, {}, None)
