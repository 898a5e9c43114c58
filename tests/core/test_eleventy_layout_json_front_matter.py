"""An Eleventy layout whose front matter is JSON is not read for the data keys it sets: they
are unknown (None), not an empty set that would call a key it sets missing."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.eleventy_layout_tags import layout_data_keys
from editor_app.core.site import Site


def _site(root: Path, layout_text: str) -> Path:
    (root / "_includes").mkdir()
    (root / "eleventy.config.js").write_text("export default function () {}\n", encoding="utf-8")
    (root / "_includes/base.njk").write_text(layout_text, encoding="utf-8")
    page = root / "page.md"
    page.write_text("---\nlayout: base.njk\n---\nText.\n", encoding="utf-8")
    return page


def test_a_layout_with_json_front_matter_sets_unknown_keys(tmp_path: Path) -> None:
    page = _site(tmp_path, '---json\n{"section": "news"}\n---\n<main>{{ content }}</main>\n')
    site = Site.open(tmp_path)
    assert layout_data_keys(site, {"layout": "base.njk"}, page) is None


def test_a_layout_with_yaml_front_matter_gives_its_keys(tmp_path: Path) -> None:
    page = _site(tmp_path, "---\nsection: news\n---\n<main>{{ content }}</main>\n")
    site = Site.open(tmp_path)
    assert layout_data_keys(site, {"layout": "base.njk"}, page) == {"section"}
