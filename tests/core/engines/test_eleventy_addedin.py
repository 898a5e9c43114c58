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


GUESS = (
    "Whether this version is out is a guess: the site asks GitHub for Eleventy&#x27;s newest "
    "release when it builds; the preview does not, and takes it to be {said}, the version of "
    "Eleventy the site&#x27;s package.json asks for ({dependency})."
)


def _badge(
    version: str, text: str, tag: str = "span", extra: str = "", hover: str = ""
) -> str:
    title = f' title="{hover}"' if hover else ""
    return (
        f'<{tag} data-pagefind-ignore eleventy:id-ignore class="minilink minilink-addedin{extra}" '
        f'data-uncoerced-version="{version}"{title}>{text}</{tag}>'
    )


def test_badges_follow_the_sites_rules_before_a_prerelease(tmp_path: Path) -> None:
    page = _site(tmp_path, "4.0.0-alpha.10")  # 4.0.0 not out: the newest is a 3.x
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "<h2>Computed " + _badge("2.0.0-canary.19", "Added in v2.0.0") + "</h2>" in body
    assert "Old , core " + _badge("v3.0.0-alpha.14", "Added in v3.0.0") in body
    # Added in v3.1.0 if 3.1.0 is out, Upcoming if the newest is a 3.0.x: a guess, said so.
    guess = GUESS.format(said="the last release before 4.0.0", dependency="4.0.0-alpha.10")
    assert _badge("3.1.0", "Added in v3.1.0", hover=guess) in body
    assert _badge("4.0.0-alpha.8", "Pre-release only: v4.0.0-alpha.8") in body
    assert _badge("v4.1.0", "Upcoming in: v4.1.0") in body
    assert _badge("Image v6.0.0", "Added in Image v6.0.0") in body
    assert _badge("1.0.0", "Added in v1.0.0", "div", " minilink-inline") in body
    unknown = (
        '<span class="liquid" title="Not drawn in the preview: it is given version, a value the '
        'page gets when the site builds (its data, a loop, a set tag).">{% addedin version %}'
    )
    assert "unknown " + unknown in body
    assert "Filter: v2.0.0 or newer." in body


def test_badges_after_a_release(tmp_path: Path) -> None:
    page = _site(tmp_path, "^3.0.0")  # 3.1.0 not out yet
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert _badge("v3.0.0-alpha.14", "Added in v3.0.0") in body
    guess = GUESS.format(said="3.0.0", dependency="3.0.0")
    assert _badge("3.1.0", "Upcoming in: v3.1.0", hover=guess) in body
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
    # Its one badge whose words hang on the newest release GitHub would name says so.
    copy = renderer.render_body(Document.load(eleventy / "src" / "docs" / "copy.md").body)
    guess = GUESS.format(said="the last release before 4.0.0", dependency="4.0.0-alpha.10")
    assert _badge("3.1.0-alpha.1", "Added in v3.1.0", hover=guess) in copy
    assert copy.count(" title=\"Whether this version is out") == 1


def test_badges_trim_the_space_around_them_as_nunjucks_does(tmp_path: Path) -> None:
    page = _site(tmp_path, "^3.0.0")
    page.write_text(
        '---\ntitle: T\n---\nA  {%- addedin "3.1.0" -%}  B, C  {{- "1.0.0" | coerceVersion -}}  D\n',
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    guess = GUESS.format(said="3.0.0", dependency="3.0.0")
    badge = _badge("3.1.0", "Upcoming in: v3.1.0", hover=guess)
    assert "<p>A" + badge + "B, Cv1.0.0D</p>" in body


VERSIONS_JS = """import fetchGitHubReleases from "./githubReleases.js";
const HARDCODED_VERSIONS = [{ tag: "v0.3.5", docs_link_to_github: true }];
let githubReleases = await fetchGitHubReleases();
export default versions;
"""
FETCH_JS = """let releasesJson = await getPagedGitHubData("https://api.github.com/repos/11ty/eleventy/releases");"""
RULE_JS = """import versions from "../src/_data/versions.js";
const newestPublishedVersion = versions
	.filter((v) => v.tag !== "LATEST" && !v.prerelease)
	.shift();
"""


def _release(tag: str, prerelease: bool = False, draft: bool = False) -> dict:
    url = "https://api.github.com/repos/11ty/eleventy/releases/1"
    return {"url": url, "tag_name": tag, "prerelease": prerelease, "draft": draft}


def test_the_newest_release_from_the_sites_fetch_cache_is_no_guess(tmp_path: Path) -> None:
    # The site's own rule, with GitHub's answer as its build kept it: the newest release
    # that is not a pre-release (a draft, another repository's and a pre-release left out).
    page = _site(tmp_path, "4.0.0-alpha.10")
    (tmp_path / "config" / "addedin.js").write_text(RULE_JS + ADDEDIN_JS, encoding="utf-8")
    data = tmp_path / "src" / "_data"
    data.mkdir(parents=True)
    (data / "versions.js").write_text(VERSIONS_JS, encoding="utf-8")
    (data / "githubReleases.js").write_text(FETCH_JS, encoding="utf-8")
    cache = tmp_path / ".cache" / "eleventy-fetch"
    cache.mkdir(parents=True)
    other = _release("v9.0.0")
    other["url"] = "https://api.github.com/repos/11ty/eleventy-img/releases/2"
    releases = [_release("v3.0.0"), _release("v3.1.0-alpha.1", prerelease=True),
                _release("v3.2.0", draft=True), other]
    (cache / "eleventy-fetch-abc.json").write_text(json.dumps(releases), encoding="utf-8")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert _badge("3.1.0", "Upcoming in: v3.1.0") in body  # no hover: not guessed
    assert _badge("v4.1.0", "Upcoming in: v4.1.0") in body
    assert _badge("v3.0.0-alpha.14", "Added in v3.0.0") in body
    assert ' title="Whether' not in body
