"""Check's unknown shortcode or tag on small sites: the shortcodes a Hugo site defines in
nested folders and in `layouts/_shortcodes`, `{{% %}}` shortcodes told as `{{< >}}` ones; an
Eleventy site's tags from a local plugin and a known package, a tag inside a `{# #}` comment
not told; and nothing said where the site's definitions cannot all be known (a Go module, a
plugin of an unknown package) or the page names its own engine."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _told(root: Path, page: Path) -> list[tuple[int, str]]:
    problems = validate_document(Document.load(page), Site.open(root))
    return [(p.line, p.message) for p in problems if p.code == "unknown-tag"]


def _hugo_site(root: Path) -> Path:
    (root / "hugo.toml").write_text("title = 'Notes'\n", encoding="utf-8")
    (root / "layouts/shortcodes/docs").mkdir(parents=True)
    (root / "layouts/shortcodes/docs/note.html").write_text("<p>{{ .Inner }}</p>", "utf-8")
    (root / "layouts/_shortcodes").mkdir(parents=True)
    (root / "layouts/_shortcodes/tip.html").write_text("<p>{{ .Inner }}</p>", "utf-8")
    (root / "content").mkdir()
    page = root / "content/page.md"
    page.write_text(
        "---\ntitle: Page\n---\n\n{{< docs/note >}}\n\n{{% tip %}}Hi.{{% /tip %}}\n\n"
        "{{% warn %}}Careful.{{% /warn %}}\n",
        encoding="utf-8",
    )
    return page


def test_hugo_nested_and_underscore_shortcodes_are_known_a_percent_one_told(
    tmp_path: Path,
) -> None:
    page = _hugo_site(tmp_path)
    told = _told(tmp_path, page)
    assert [line for line, _ in told] == [9]
    assert "no shortcode named warn" in told[0][1]


def test_hugo_site_with_go_modules_is_not_judged(tmp_path: Path) -> None:
    page = _hugo_site(tmp_path)
    (tmp_path / "go.mod").write_text(
        "module example.com/notes\n\nrequire github.com/x/theme v1.0.0\n", encoding="utf-8"
    )
    assert _told(tmp_path, page) == []


def test_hugo_site_importing_modules_is_not_judged(tmp_path: Path) -> None:
    page = _hugo_site(tmp_path)
    (tmp_path / "hugo.toml").write_text(
        "title = 'Notes'\n[module]\n[[module.imports]]\npath = 'github.com/x/theme'\n",
        encoding="utf-8",
    )
    assert _told(tmp_path, page) == []


_ELEVENTY_CONFIG = """import navigation from "@11ty/eleventy-navigation";
import local from "./_config/local.js";
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(navigation);
  eleventyConfig.addPlugin(local);
  eleventyConfig.addPairedShortcode("callout", (content) => content);
}
"""


def _eleventy_site(root: Path, config: str = _ELEVENTY_CONFIG) -> Path:
    (root / "eleventy.config.js").write_text(config, encoding="utf-8")
    (root / "_config").mkdir()
    (root / "_config/local.js").write_text(
        'export default function (c) { c.addShortcode("year", () => "2026"); }\n', "utf-8"
    )
    page = root / "page.md"
    page.write_text(
        "---\ntitle: Page\n---\n\n{% callout %}Hi.{% endcallout %}\n\n{% year %}\n\n"
        "{# {% nosuch %} #}\n\n{% calout %}Parking.{% endcalout %}\n",
        encoding="utf-8",
    )
    return page


def test_eleventy_tags_of_local_plugins_are_known_a_commented_one_not_told(
    tmp_path: Path,
) -> None:
    page = _eleventy_site(tmp_path)
    told = _told(tmp_path, page)
    assert [line for line, _ in told] == [11]
    assert "no tag named calout (did you mean callout?)" in told[0][1]


def test_eleventy_plugin_of_an_unknown_package_leaves_tags_unjudged(tmp_path: Path) -> None:
    config = _ELEVENTY_CONFIG.replace("@11ty/eleventy-navigation", "eleventy-plugin-unknown")
    page = _eleventy_site(tmp_path, config)
    assert _told(tmp_path, page) == []


def test_eleventy_page_naming_its_engine_is_not_judged(tmp_path: Path) -> None:
    page = _eleventy_site(tmp_path)
    text = page.read_text("utf-8").replace(
        "title: Page\n", "title: Page\ntemplateEngineOverride: md\n"
    )
    page.write_text(text, encoding="utf-8")
    assert _told(tmp_path, page) == []


def test_eleventy_bundle_is_a_paired_tag(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(
        'export default function (eleventyConfig) {\n  eleventyConfig.addBundle("scss");\n}\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: P\n---\n\n{% scss %}a { color: red }{% endscss %}\n\n{% scs %}{% endscs %}\n",
        encoding="utf-8",
    )
    told = _told(tmp_path, page)
    assert [line for line, _ in told] == [7]
    assert "no tag named scs" in told[0][1]
