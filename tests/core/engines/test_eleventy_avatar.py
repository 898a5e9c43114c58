"""11ty.dev's `{% indieavatar %}`: the avatar's place drawn as the site prints it, a picture
placeholder whose hover says whose favicon it is and why it is not shown (never fetched)."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.render_images import REMOTE_PLACEHOLDER
from editor_app.core.site import Site

CONFIG = """const shortcodes = {
	getAvatarHtmlFromFullUrl(fullUrl, cls = "", attrs = "", dims = [150, 150]) {
		return `<img src="${fullUrl}">`;
	},
	getIndieAvatarHtml(iconUrl, cls = "") {
		if(typeof iconUrl !== "string" || iconUrl.startsWith("/")) {
			return "";
		}
		let fullUrl = `https://v1.indieweb-avatar.11ty.dev/${encodeURIComponent(iconUrl)}/`;
		return shortcodes.getAvatarHtmlFromFullUrl(fullUrl, cls, "eleventy:ignore", [60, 60]);
	},
};
export default function (eleventyConfig) {
	eleventyConfig.addShortcode("indieavatar", shortcodes.getIndieAvatarHtml);
}
"""
PAGE = """---
title: News
---
- Support for the [{% indieavatar "https://vite.dev/" %}Vite plugin](/docs/server-vite/)
- A local one: {% indieavatar "/img/x.png" %}done
- From a loop: {% indieavatar post.url %}
"""


def test_the_avatar_is_drawn_as_the_site_prints_it(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "news.md"
    page.write_text(PAGE, encoding="utf-8")
    renderer = Renderer(Site.open(tmp_path))
    body = renderer.render_body(Document.load(page).body)
    assert (
        '<a href="/docs/server-vite/"><img src="https://v1.indieweb-avatar.11ty.dev/'
        'https%3A%2F%2Fvite.dev%2F/" width="60" height="60" alt="Favicon for vite.dev" '
        'class="avatar avatar-indieweb"'
    ) in body
    assert "A local one: done" in body  # an address starting with / prints nothing
    assert "indieavatar post.url" in body  # a variable: a placeholder
    shown = renderer.render_page(Document.load(page))
    assert "indieweb-avatar.11ty.dev/https" not in shown  # never fetched
    assert f'<img src="{REMOTE_PLACEHOLDER}"' in shown
    assert 'title="Favicon for vite.dev: the site shows it from its avatar service' in shown


def test_the_eleventy_site_avatars() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    page = eleventy / "src" / "blog" / "2023-02-08-eleventy-v2.md"
    shown = renderer.render_page(Document.load(page))
    assert "{% indieavatar" not in shown
    assert 'alt="Favicon for vite.dev" class="avatar avatar-indieweb"' in shown


LINK_CONFIG = CONFIG.replace(
    "\n}\n",
    """
	eleventyConfig.addShortcode("indieweblink", function (content, url, iconUrl) {
		if (!url) {
			return content;
		}

		let imgHtml = shortcodes.getIndieAvatarHtml(iconUrl || url);
		return `<a href="${url}">${imgHtml}${content}</a>`;
	});
}
""",
)
LINK_PAGE = """---
title: Links
---
By {% indieweblink "Bob Monsour", "https://www.bobmonsour.com/" %}, with
{% indieweblink "an icon", "https://a.example/", "https://b.example/" %},
{% indieweblink "no address" %} and {% indieweblink link.Title, link.Link %}.
"""


def test_a_link_with_an_avatar_is_drawn_as_the_site_prints_it(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(LINK_CONFIG, encoding="utf-8")
    page = tmp_path / "links.md"
    page.write_text(LINK_PAGE, encoding="utf-8")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert (
        'By <a href="https://www.bobmonsour.com/"><img src="https://v1.indieweb-avatar.11ty.dev/'
        'https%3A%2F%2Fwww.bobmonsour.com%2F/" width="60" height="60" '
        'alt="Favicon for www.bobmonsour.com" class="avatar avatar-indieweb"'
    ) in body
    assert ">Bob Monsour</a>, with" in body
    # The third argument, when given, is the avatar's address; the link stays the second's.
    assert (
        '<a href="https://a.example/"><img src="https://v1.indieweb-avatar.11ty.dev/https%3A%2F%2Fb.example%2F/"'
        in body
    )
    assert ", \nno address and" in body or ",\nno address and" in body
    assert "{% indieweblink link.Title, link.Link %}" in body  # a loop's variables


def test_the_eleventy_site_avatar_links() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(
        Document.load(eleventy / "src" / "docs" / "plugins" / "image.md").body
    )
    assert "{% indieweblink" not in body
    assert (
        '<a href="https://www.zachleat.com/web/svg-short-circuit/"><img '
        'src="https://v1.indieweb-avatar.11ty.dev/https%3A%2F%2Fwww.zachleat.com%2Fweb%2Fsvg-short-circuit%2F/"'
    ) in body


def test_avatars_and_avatar_links_trim_the_space_around_them(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(LINK_CONFIG, encoding="utf-8")
    page = tmp_path / "links.md"
    page.write_text(
        '---\ntitle: T\n---\nA  {%- indieavatar "/img/x.png" -%}  B and'
        ' C  {%- indieweblink "no address" -%}  D\n',
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "<p>AB and Cno addressD</p>" in body
