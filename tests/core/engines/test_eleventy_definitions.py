"""One reader of an Eleventy site's shortcode definitions and one pattern of their tags,
shared by every shortcode the preview draws (`eleventy_definitions.py`)."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_definitions import (
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """const shortcodes = {
	avatar(iconUrl, cls = "") {
		return `<img src="https://v1.indieweb-avatar.11ty.dev/${encodeURIComponent(iconUrl)}/">`;
	},
};
function badge(version) { return `<b>${version}</b>`; }
export default function (eleventyConfig) {
	eleventyConfig.addShortcode("avatar", shortcodes.avatar);
	eleventyConfig.addShortcode("badge", badge);
	eleventyConfig.addShortcode("title", function (title, heading = "Filename") {
		return `<div class="codetitle"><b>${heading} </b>${title}</div>`;
	});
	eleventyConfig.addPairedShortcode("link", (text, href) => {
		return `<a href="${href}">${text}</a>`;
	});
	eleventyConfig.addShortcode("colours", async (url) => { return url; });
	eleventyConfig.addShortcode("elsewhere", imported.thing);
}
"""


def test_every_form_of_definition_is_read() -> None:
    found = {d.name: d for d in read_definitions(CONFIG)}
    # A function named elsewhere is read from its own definition; one defined in no text
    # read here (`imported.thing`) is left out, its body unknown.
    assert list(found) == ["avatar", "badge", "title", "link", "colours"]
    assert found["avatar"].function == "shortcodes.avatar"
    assert found["avatar"].param_names == ["iconUrl", "cls"]
    assert "indieweb-avatar" in found["avatar"].body
    assert found["badge"].body == "{ return `<b>${version}</b>`; }"
    assert found["title"].param_names == ["title", "heading"] and not found["title"].paired
    assert found["link"].paired and found["link"].arrow
    assert found["colours"].is_async and found["colours"].param_names == ["url"]


def test_a_tag_argument_may_hold_a_percent_sign() -> None:
    tag = shortcode_tag(["video"])
    text = '{%- video "x", "28% faster", "30" -%}\n{% video "a %} b" %}{% video %}{% videos "y" %}'
    found = [(m.group("name"), m.group("args")) for m in tag.finditer(text)]
    assert found == [
        ("video", '"x", "28% faster", "30"'),
        ("video", '"a %} b"'),
        ("video", ""),
    ]
    # Nunjucks' trimming, and a raw block left as written.
    shown = replaced_trimming("a\n  {%- video 1 -%}  b {% raw %}{% video 2 %}{% endraw %}",
                              tag, lambda m: "[" + m.group("args") + "]")
    assert shown == "a[1]b {% raw %}{% video 2 %}{% endraw %}"


def test_a_paired_tag_and_its_trimmed_content() -> None:
    tag = shortcode_tag(["link"], paired=True)
    m = tag.search('{% link "/docs/" -%}  text  {%- endlink %}')
    assert m is not None and m.group("content") == "  text  "
    assert (m.group("c1"), m.group("c2")) == ("-", "-")


def test_a_video_titled_with_a_percent_sign_is_drawn(tmp_path: Path) -> None:
    # 11ty.dev's performance page: "28% build time performance improvement ..." was left a
    # placeholder, the tag pattern stopping at the `%`.
    eleventy = shared_site_path("eleventy-website")
    html = Renderer(Site.open(eleventy)).render_page(
        Document.load(eleventy / "src/docs/performance.md")
    )
    assert "Play: 28% build time performance improvement" in html
    assert "youtubeEmbed" not in html


def test_shortcodes_defined_in_each_form_are_drawn(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "p.md"
    page.write_text('{% title "a.js" %}\n\n{% link "/x/" %}go{% endlink %}\n', encoding="utf-8")
    html = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert '<div class="codetitle"><b>Filename </b>a.js</div>' in html
    assert '<a href="/x/">go</a>' in html
