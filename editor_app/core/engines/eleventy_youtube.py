"""11ty.dev's `{% youtubeEmbed "slug", "label", "startTime" %}`: the video's place drawn still,
never loaded.

The site's shortcode (50 on its pages) prints a `<lite-youtube videoid="slug">` player, its
picture from YouTube's servers and a play button (the script is loaded when it comes into
view), followed by a link: `<a href="https://youtube.com/watch?v=slug&t=90">label <code>▶1m30s</code></a>`
("Watch on YouTube" without a label; the label's `"` dropped). The preview never loads a
video nor its picture: the player is a still 16:9 box with the play label (`Play: label`) and
a hover naming the video and why it is not played, and the link is printed as the site prints
it. Told by the configuration: a shortcode whose function prints `<lite-youtube
videoid="${first parameter}"`; a tag given a variable stays a placeholder.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from editor_app.core.engines.eleventy_definitions import (
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)
from editor_app.core.engines.eleventy_shortcodes import arguments_of


@dataclass(frozen=True)
class YoutubeShortcode:
    """A shortcode printing a YouTube player for a video's id."""

    name: str


def read_youtube_shortcodes(config: str) -> list[YoutubeShortcode]:
    """The shortcodes of the configuration text `config` printing 11ty.dev's YouTube player."""
    found = []
    for d in read_definitions(config):
        params = d.param_names
        if not d.paired and params and f'<lite-youtube videoid="${{{params[0]}}}"' in d.body:
            found.append(YoutubeShortcode(d.name))
    return found


def with_youtube(text: str, shortcodes: list[YoutubeShortcode]) -> str:
    """`text` with each YouTube shortcode given plain arguments replaced by its still box."""
    if not shortcodes or "{%" not in text:
        return text
    tag = shortcode_tag(s.name for s in shortcodes)

    def printed(m: re.Match[str]) -> str | None:
        values = arguments_of(m.group("args"))
        return youtube_html(*values[:3]) if values else None

    return replaced_trimming(text, tag, printed)


def youtube_html(slug: str, label: str = "", start: str = "") -> str:
    """The still player and the link the site prints after it."""
    label = label.replace('"', "")
    readable = ""
    if start:
        match = re.match(r"\s*-?\d+", start)  # JavaScript's parseInt
        if match:
            seconds = int(match.group(0))
            readable = f"{seconds // 60}m{seconds % 60}s"
    watch = f"https://youtube.com/watch?v={slug}"
    play = "Play" + (f": {label}" if label else "")
    hover = (
        f"YouTube video {slug}: the site plays it here from YouTube; the preview never loads "
        "a video or its picture."
    )
    box = (
        f'<div class="preview-video" title="{html.escape(hover)}">'
        f'<span class="preview-video-play" aria-hidden="true">▶</span>'
        f'<span class="preview-video-label">{html.escape(play)}</span></div>'
    )
    link = (
        f'<a href="{html.escape(watch + (f"&t={start}" if start else ""))}">'
        f"{label or 'Watch on YouTube'}{f' <code>▶{readable}</code>' if readable else ''}</a>"
    )
    return f"<div>{box}{link}</div>"
