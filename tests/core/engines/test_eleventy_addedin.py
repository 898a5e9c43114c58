"""11ty.dev's version badges: `{% addedin "2.0.0-canary.19" %}` prints the site's
`minilink-addedin` span with the version coerced as `config/addedin.js` does (pre-release
suffix dropped once released, "Upcoming in"/"Pre-release only" above the newest release,
nothing below 0.99999.0), where a placeholder stood."""

from __future__ import annotations

import json
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

# The site's own shortcode module, cut down to what the preview reads of it.
ADDEDIN_JS = """import semver from "semver";
const MINIMUM_VERSION_SHOWN = "0.99999.0";
const COERCE = {
	"v2.0.0-canary.": "v2.0.0",
};
function coerceVersion(version) {
	for (let coerceKey in COERCE) {}
	return versionText;
}
function addedIn(version, tag, extraClass) {
	return `<${tag} class="minilink minilink-addedin${extraClass}">${beforeText}</${tag}>`;
}
export { addedIn, coerceVersion };
"""
CONFIG = """import { addedIn, coerceVersion } from "./config/addedin.js";
export default function (eleventyConfig) {
	eleventyConfig.addFilter("coerceVersion", coerceVersion);
	eleventyConfig.addShortcode("addedin", addedIn);
	return { markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Badges
---
## Computed {% addedin "2.0.0-canary.19" %}

Old {% addedin "0.9.0" %}, core {% addedin "v3.0.0-alpha.14" %}, minor {% addedin "3.1.0" %},
next {% addedin "4.0.0-alpha.8" %}, major {% addedin "v4.1.0" %}, plugin {% addedin "Image v6.0.0" %},
as a block {% addedin "1.0.0", "div", "minilink-inline" %}, unknown {% addedin version %}.

Filter: {{ "2.0.0-canary.19" | coerceVersion }} or newer.
"""


def _site(tmp_path: Path, eleventy: str) -> Path:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "addedin.js").write_text(ADDEDIN_JS, encoding="utf-8")
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    package = {"dependencies": {"@11ty/eleventy": eleventy}}
    (tmp_path / "package.json").write_text(json.dumps(package), encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path / "page.md"


def _badge(version: str, text: str, tag: str = "span", extra: str = "") -> str:
    return (
        f'<{tag} data-pagefind-ignore eleventy:id-ignore class="minilink minilink-addedin{extra}" '
        f'data-uncoerced-version="{version}">{text}</{tag}>'
    )


def test_badges_follow_the_sites_rules_before_a_prerelease(tmp_path: Path) -> None:
    page = _site(tmp_path, "4.0.0-alpha.10")  # 4.0.0 not out: the newest is a 3.x
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "<h2>Computed " + _badge("2.0.0-canary.19", "Added in v2.0.0") + "</h2>" in body
    assert "Old , core " + _badge("v3.0.0-alpha.14", "Added in v3.0.0") in body
    assert _badge("3.1.0", "Added in v3.1.0") in body
    assert _badge("4.0.0-alpha.8", "Pre-release only: v4.0.0-alpha.8") in body
    assert _badge("v4.1.0", "Upcoming in: v4.1.0") in body
    assert _badge("Image v6.0.0", "Added in Image v6.0.0") in body
    assert _badge("1.0.0", "Added in v1.0.0", "div", " minilink-inline") in body
    assert "unknown <span class=\"liquid\">{% addedin version %}</span>" in body
    assert "Filter: v2.0.0 or newer." in body


def test_badges_after_a_release(tmp_path: Path) -> None:
    page = _site(tmp_path, "^3.0.0")  # 3.1.0 not out yet
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert _badge("v3.0.0-alpha.14", "Added in v3.0.0") in body
    assert _badge("3.1.0", "Upcoming in: v3.1.0") in body
    assert _badge("4.0.0-alpha.8", "Upcoming in: v4.0.0-alpha.8") not in body
    assert _badge("4.0.0-alpha.8", "Pre-release only: v4.0.0-alpha.8") in body


def test_the_eleventy_site_badges() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(Document.load(eleventy / "src" / "docs" / "data-computed.md").body)
    assert _badge("0.11.0", "Added in v0.11.0") not in body  # below the minimum: nothing
    assert "{% addedin" not in body
    custom = renderer.render_body(
        Document.load(eleventy / "src" / "docs" / "languages" / "custom.md").body
    )
    assert _badge("2.0.0-canary.19", "Added in v2.0.0") in custom
    assert "If you’re using v2.0.0 or newer" in custom


def test_badges_trim_the_space_around_them_as_nunjucks_does(tmp_path: Path) -> None:
    page = _site(tmp_path, "^3.0.0")
    page.write_text(
        '---\ntitle: T\n---\nA  {%- addedin "3.1.0" -%}  B, C  {{- "1.0.0" | coerceVersion -}}  D\n',
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "<p>A" + _badge("3.1.0", "Upcoming in: v3.1.0") + "B, Cv1.0.0D</p>" in body
