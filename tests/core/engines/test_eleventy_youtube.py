"""11ty.dev's `{% youtubeEmbed %}`: a still box with the play label where the site's player is
(never loaded, a hover saying why), then the link the site prints after it."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """export default function (eleventyConfig) {
	eleventyConfig.addShortcode(
		"youtubeEmbed",
		function (slug, label, startTime) {
			return `<div><is-land on:visible import="/js/lite-yt-embed.js" class="fluid"><lite-youtube videoid="${slug}"${
				startTime ? ` params="start=${startTime}"` : ""
			}></lite-youtube></is-land></div>`;
		}
	);
	return { markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Videos
---
{% youtubeEmbed "tjfmI1epOag" %}

{%- youtubeEmbed "abc", 'The "Talk"', 90 -%}

{% youtubeEmbed video.slug %}
"""


def test_a_video_is_a_still_box_and_the_sites_link(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "videos.md"
    page.write_text(PAGE, encoding="utf-8")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert (
        '<div><div class="preview-video" title="YouTube video tjfmI1epOag: the site plays it here '
        'from YouTube; the preview never loads a video or its picture.">'
        '<span class="preview-video-play" aria-hidden="true">▶</span>'
        '<span class="preview-video-label">Play</span></div>'
        '<a href="https://youtube.com/watch?v=tjfmI1epOag">Watch on YouTube</a></div>'
    ) in body
    assert '<span class="preview-video-label">Play: The Talk</span>' in body
    assert (
        '<a href="https://youtube.com/watch?v=abc&amp;t=90">The Talk <code>▶1m30s</code></a>'
        in body
    )
    assert "{% youtubeEmbed video.slug %}" in body  # a variable: not known here
    assert "ytimg" not in body and "<iframe" not in body


def test_the_eleventy_site_videos() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    page = eleventy / "src" / "blog" / "2023-03-03-five-million.md"
    body = renderer.render_body(Document.load(page).body)
    assert '<a href="https://youtube.com/watch?v=tjfmI1epOag">Watch on YouTube</a>' in body
    assert "{% youtubeEmbed" not in body
