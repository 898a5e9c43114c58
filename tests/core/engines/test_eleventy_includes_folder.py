"""The folder an Eleventy site includes templates from is the one its configuration names
(`dir.includes`, relative to `dir.input`; `setIncludesDirectory`), `_includes` by default:
a configuration example printed by an include shows in the preview either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

PAGE = (
    "---\ntitle: Config\n---\n"
    '{% set codeContent %}\nexport default function(eleventyConfig) {}\n{% endset %}\n'
    '{% include "snippets/config.njk" %}\n'
)


def _site(tmp_path: Path, config: str, includes: str) -> Path:
    (tmp_path / "eleventy.config.js").write_text(config, encoding="utf-8")
    folder = tmp_path / "src" / includes / "snippets"
    folder.mkdir(parents=True)
    (folder / "config.njk").write_text('{{ codeContent | highlight("js") | safe }}\n', "utf-8")
    page = tmp_path / "src" / "config.md"
    page.write_text(PAGE, encoding="utf-8")
    return page


@pytest.mark.parametrize(
    ("config", "includes"),
    [
        ('export const config = { dir: { input: "src", includes: "parts" } };\n', "parts"),
        ("module.exports = function() { return { dir: { input: 'src', includes: './parts/' } }; };\n", "parts"),
        (
            'export default function(c) { c.setInputDirectory("src"); c.setIncludesDirectory("parts"); }\n',
            "parts",
        ),
        ('export const config = { dir: { input: "src" } };\n', "_includes"),
    ],
)
def test_the_configured_includes_folder_is_read(tmp_path: Path, config: str, includes: str) -> None:
    page = _site(tmp_path, config, includes)
    site = Site.open(tmp_path)
    assert site.layout.includes == tmp_path / "src" / includes
    shown = Renderer(site).render_body(Document.load(page).body)
    assert "export default function(eleventyConfig) {}" in shown
    assert 'class="language-js"' in shown


def test_an_includes_folder_outside_the_site_falls_back(tmp_path: Path) -> None:
    site_root = tmp_path / "site"
    site_root.mkdir()
    config = 'export const config = { dir: { input: "src", includes: "../../elsewhere" } };\n'
    _site(site_root, config, "_includes")
    assert Site.open(site_root).layout.includes == site_root / "src" / "_includes"
