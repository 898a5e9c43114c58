"""An Eleventy page's templates reading values known for certain are drawn: the site's global
data written as literals in a JavaScript data file (11ty.dev's `_data/config.js`), the page's
`page.inputPath` and `page.fileSlug`; what is computed when the site builds stays a
placeholder saying why."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_script_data import UNKNOWN, exported_literals
from editor_app.core.engines.eleventy_values import file_path_stem, file_slug
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """// The site's settings
export default {
\tgithubEdit: "https://github.com/o/docs/tree/main/",
\toutdated: false,
\tnow: new Date(), // computed when the site builds
\tname: 'Docs',
};
"""
EDIT = (
    '<a href="{{ config.githubEdit }}{{ page.inputPath }}">Edit this page'
    "{% if config.outdated -%} (in latest version){% endif -%}</a>"
)


def _site(tmp_path: Path, page_header: str = "title: A", layout: str = "") -> Path:
    (tmp_path / "eleventy.config.js").write_text(
        'export default function () { return { dir: { input: "src" } }; }\n', encoding="utf-8"
    )
    (tmp_path / "src" / "_includes").mkdir(parents=True)
    (tmp_path / "src" / "_data").mkdir()
    (tmp_path / "src" / "_data" / "config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "src" / "_includes" / "edit.njk").write_text(EDIT, encoding="utf-8")
    if layout:
        (tmp_path / "src" / "_includes" / "page.njk").write_text(layout, encoding="utf-8")
    page = tmp_path / "src" / "docs" / "2020-01-02-a.md"
    page.parent.mkdir()
    page.write_text(
        f"---\n{page_header}\n---\n"
        'Text {% include "edit.njk" %} by {{ config.name }} on {{ config.now }}.\n',
        encoding="utf-8",
    )
    return page


def test_an_include_of_the_sites_literal_data_and_the_pages_path_is_drawn(tmp_path: Path) -> None:
    page = _site(tmp_path)
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert (
        '<p>Text <a href="https://github.com/o/docs/tree/main/./src/docs/2020-01-02-a.md">'
        "Edit this page</a> by Docs on <span" in shown
    )
    # A value computed when the site builds stays a placeholder, its hover saying why.
    assert (
        "title=\"Not drawn in the preview: it reads config.now, from the site's data file "
        '_data/config.js, run only when the site builds.">{{ config.now }}</span>' in shown
    )


def test_a_value_the_layout_or_the_page_may_set_is_not_taken_from_the_data_file(
    tmp_path: Path,
) -> None:
    page = _site(tmp_path, "title: A\nlayout: page.njk", "---\nconfig:\n  name: Other\n---\n")
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert "Docs" not in shown and "github.com" not in shown
    assert '{% include "edit.njk" %}</span>' in shown
    looped = tmp_path / "src" / "b.md"
    looped.write_text(
        '---\ntitle: B\n---\n{% for config in list %}{% include "edit.njk" %}{% endfor %}\n',
        encoding="utf-8",
    )
    assert "github.com" not in Renderer(Site.open(tmp_path)).render_page(Document.load(looped))


def test_the_eleventy_sites_edit_links_and_kickstarter_address_are_drawn() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    glossary = renderer.render_page(Document.load(eleventy / "src" / "docs" / "glossary.md"))
    assert (
        '<a href="https://github.com/11ty/docs/tree/main/./src/docs/glossary.md" '
        'class="elv-externalexempt"><i class="fa-regular fa-pen-to-square"></i>Edit this page</a>'
        in glossary
    )
    post = renderer.render_page(
        Document.load(eleventy / "src" / "blog" / "2026-04-28-build-awesome-pro.md")
    )
    assert "{{ config.kickstarterUrl }}" not in post
    assert 'href="https://www.kickstarter.com/projects/fontawesome/build-awesome-pro?ref=43ttgb"' in post


def test_only_an_exported_object_of_literals_is_read() -> None:
    read = exported_literals(
        "import x from 'y';\nexport default {\n  a: [1, 'two', {b: true}], \"c d\": null,\n"
        "  e: x + 1, f: `t${x}`, g() { return {h: 1}; }, i: 1.5, j: `plain`,\n};\n"
    )
    assert read == {
        "a": [1, "two", {"b": True}], "c d": None, "e": UNKNOWN, "f": UNKNOWN, "g": UNKNOWN,
        "i": 1.5, "j": "plain",
    }
    assert exported_literals("module.exports = { a: 1 };\nmodule.exports.b = 2;\n") is None
    assert exported_literals("export default { a: 1, ...more };") is None
    assert exported_literals("export default async function () { return { a: 1 }; }") is None


def test_file_slug_and_stem_as_the_eleventy_docs_tabulate_them() -> None:
    source = Path("/s")
    slugs = {
        "2018-01-01.md": "2018-01-01",
        "2018-01-01-myFile.md": "myFile",
        "myDir/myFile.md": "myFile",
        "index.md": "",
        "myDir/index.md": "myDir",
        "myDir/2018-01-01-index.md": "myDir",
        "2018-01-01-myDir/index.md": "myDir",
    }
    for path, slug in slugs.items():
        assert file_slug(source, source / path) == slug, path
    assert file_path_stem(source, source / "2018-01-01-myFile.md") == "/myFile"
    assert file_path_stem(source, source / "myDir/myFile.md") == "/myDir/myFile"
