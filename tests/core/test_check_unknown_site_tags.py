"""Check: a Hugo shortcode or an Eleventy tag the site does not define is an error on its line
(the build stops on it); the site's own and the generator's own tags are not."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from shared_sites import shared_site_path


def _validate(path: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "editor_app", "validate", "--no-cache", "--format", "json",
         str(path)], capture_output=True, text=True, check=False,
    ).stdout
    return [p for p in json.loads(out) if p["code"] == "unknown-tag"]


def test_hugo_unknown_shortcode_is_an_error(tmp_path: Path) -> None:
    site = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), site)
    page = site / "content/en/content-management/writing-callouts.md"
    page.write_text(
        "---\ntitle: Writing callouts\ndescription: How.\n---\n\nIntro.\n\n"
        "{{< warning >}}Careful here.{{< /warning >}}\n\n"
        "{{< code-toggle file=hugo >}}\nx = 1\n{{< /code-toggle >}}\n\n"
        "{{< highlight go >}}\nx\n{{< /highlight >}}\n\n{{</* nosuch */>}}\n",
        encoding="utf-8",
    )
    found = _validate(page)
    assert [(p["line"], p["severity"]) for p in found] == [(8, "error")]
    assert "no shortcode named warning" in found[0]["message"]


def test_hugo_theme_not_present_reports_nothing(tmp_path: Path) -> None:
    site = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), site)
    config = site / "hugo.toml"
    config.write_text("theme = 'absent'\n" + config.read_text("utf-8"), encoding="utf-8")
    page = site / "content/en/content-management/writing-callouts.md"
    page.write_text("---\ntitle: W\n---\n\n{{< warning >}}x{{< /warning >}}\n", encoding="utf-8")
    assert _validate(page) == []


def test_eleventy_mistyped_tag_is_an_error(tmp_path: Path) -> None:
    site = tmp_path / "eleventy-website"
    shutil.copytree(shared_site_path("eleventy-website"), site)
    page = site / "src/blog/2026-12-07-meetup.md"
    page.write_text(
        "---\ntitle: Meetup\n---\n\n"
        '{% callout "info", "md" %}Hi.{% endcallout %}\n\n'
        '{% indieweblink "Zach", "https://zachleat.com/" %}\n\n'
        '{% calout "warn" %}Parking is limited.{% endcalout %}\n\n'
        "{% raw %}{% nosuch %}{% endraw %}\n",
        encoding="utf-8",
    )
    found = _validate(page)
    assert [p["line"] for p in found] == [9]
    assert "no tag named calout" in found[0]["message"]
    assert "did you mean callout?" in found[0]["message"]


def _hovers(site: Path, page: Path) -> dict[str, str]:
    import html
    import re

    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    shown = Renderer(Site.open(site)).render_page(Document.load(page))
    found = re.findall(r'class="liquid"(?: title="([^"]*)")?>(.*?)</span>', shown)
    return {html.unescape(tag): html.unescape(title) for title, tag in found}


def test_eleventy_preview_says_the_site_has_no_such_tag(tmp_path: Path) -> None:
    site = tmp_path / "eleventy-website"
    shutil.copytree(shared_site_path("eleventy-website"), site)
    page = site / "src/blog/2026-12-07-meetup.md"
    page.write_text('---\ntitle: M\n---\n\n{% calout "warn" %}Parking.{% endcalout %}\n', "utf-8")
    said = _hovers(site, page)['{% calout "warn" %}']
    assert "this site has no tag named calout (did you mean callout?)" in said
    assert "the site's calout" not in said
    assert "its first tag says why" in _hovers(site, page)["{% endcalout %}"]


def test_hugo_preview_says_the_site_has_no_such_shortcode(tmp_path: Path) -> None:
    site = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), site)
    page = site / "content/en/content-management/writing-callouts.md"
    page.write_text("---\ntitle: W\n---\n\n{{< warning >}}Careful.{{< /warning >}}\n", "utf-8")
    hovers = _hovers(site, page)
    assert any("this site has no shortcode named warning" in t for t in hovers.values()), hovers


def test_site_tags_not_all_known_are_looked_up_once(tmp_path: Path, monkeypatch) -> None:
    """A theme not in the folder: the site's shortcodes are read once per Check, not on
    every page holding one (each look reads the site's settings again)."""
    from editor_app.core.checks import unknown_tags
    from editor_app.core.validate import validate_paths

    site = tmp_path / "site"
    (site / "content/posts").mkdir(parents=True)
    (site / "hugo.toml").write_text("title = 'S'\ntheme = 'absent'\n", encoding="utf-8")
    for n in range(4):
        (site / f"content/posts/p{n}.md").write_text(
            f"---\ntitle: P{n}\n---\n\n{{{{< warning >}}}}x{{{{< /warning >}}}}\n", "utf-8"
        )
    looked: list[Path] = []
    names = unknown_tags.hugo_shortcode_names
    monkeypatch.setattr(
        unknown_tags, "hugo_shortcode_names", lambda root: looked.append(root) or names(root)
    )
    found = validate_paths([site], cache=False)
    assert [p for p in found if p.code == "unknown-tag"] == []
    assert len(looked) == 1
