"""The Eleventy site's own shortcodes the preview draws, read once from its configuration.

11ty.dev's configuration (and the local modules it imports) defines the shortcodes its pages
use; those whose output can be told offline are drawn as the site prints them, before
Markdown reads the page (`Renderer._as_generator_reads`): the table of contents, avatars and
links with one, version badges, shortcodes filling their arguments into HTML (`codetitle`),
YouTube players as still boxes, callout boxes. The same drawing serves an include holding
only such shortcodes (`template_includes.py`); why another include is not drawn is kept by
its tag for the placeholder's hover text (`eleventy_include_reasons.py`).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from editor_app.core.engines.eleventy_addedin import read_addedin, with_addedin
from editor_app.core.engines.eleventy_avatar import (
    read_avatar_links,
    read_avatar_shortcodes,
    with_avatar_links,
    with_avatars,
)
from editor_app.core.engines.eleventy_callout import read_callout_shortcodes, with_callouts
from editor_app.core.engines.eleventy_date_filters import read_date_filters, with_date_filters
from editor_app.core.engines.eleventy_definitions import replaced_trimming
from editor_app.core.engines.eleventy_include_reasons import EleventyIncludes
from editor_app.core.engines.eleventy_navigation import (
    Navigation,
    pages_signature,
    read_nav_filters,
    read_navigation,
    with_navigation,
)
from editor_app.core.engines.eleventy_shortcodes import (
    read_filled_shortcodes,
    with_filled_shortcodes,
)
from editor_app.core.engines.eleventy_string_filters import read_replace_filters
from editor_app.core.engines.eleventy_toc import with_toc_shortcodes
from editor_app.core.engines.eleventy_youtube import read_youtube_shortcodes, with_youtube
from editor_app.core.engines.markdown_it import config_texts
from editor_app.core.engines.markdown_it_versions import eleventy_major
from editor_app.core.engines.site_tags import eleventy_tag_names
from editor_app.core.engines.templates import RAW_BLOCK

_ADD_BUNDLE = re.compile(r"addBundle\(\s*[\"'](\w+)[\"']")


class EleventyShortcodes:
    """The shortcodes of one Eleventy site the preview draws (`engine`: the page's engine,
    whose table of contents settings and markdown-it the shortcodes use)."""

    def __init__(self, root: Path | None, engine: Any, layout: Any = None) -> None:
        # The engine's own reading of the configuration when it has one (markdown-it's).
        texts = getattr(engine, "config_texts", None)
        if texts is None:
            texts = config_texts(root) if root else []
        config = "\n".join(texts)
        self.engine = engine
        self.avatars = read_avatar_shortcodes(config)
        self.avatar_links = read_avatar_links(config, self.avatars)
        self.callouts = read_callout_shortcodes(config)
        self.addedin = read_addedin(config, root)
        self.filled = read_filled_shortcodes(config)
        self.youtube = read_youtube_shortcodes(config)
        # Its filters that only replace text (`packageManagerCodeTransform`), run on code.
        self.string_filters = read_replace_filters(config)
        # Its date filter on a date written in the page (`"2025-08-01" | newsDate("yyyy")`).
        self.date_filters = read_date_filters(config)
        # Every tag name its pages can use, for a placeholder's hover (None: not all known).
        self.tag_names = eleventy_tag_names(root, texts) if root else None
        # 11ty.dev's lists of a section's pages (`nav`), the pages read at the first one.
        self._layout = layout
        self._root = root
        self._navigation: Navigation | None = None
        self._nav_checked = 0.0  # when the site's files were last looked at for changes
        self._nav_signature: tuple[tuple[str, int, int], ...] = ()
        self._nav_filters = read_nav_filters(config) if layout is not None else {}
        names = {"tableofcontents"}
        names |= {s.name for s in self.avatars} | {s.name for s in self.avatar_links}
        names |= set(self.callouts) | {s.name for s in self.filled}
        names |= {s.name for s in self.youtube} | set(self.addedin.names if self.addedin else [])
        names |= {"end" + name for name in names}
        self.includes = EleventyIncludes(self.drawn, names)
        # The bundle plugin's paired shortcodes (`{% css %}...{% endcss %}`): their content
        # goes to the page's bundle in its head, nothing where they stand. Eleventy 3 adds
        # `css`, `js` and `html` itself; a site may add its own.
        bundles = set(_ADD_BUNDLE.findall(config))
        major = eleventy_major(root)
        if major is not None and major >= 3:
            bundles |= {"css", "js", "html"}
        self._bundles = (
            re.compile(
                rf"(?P<raw>{RAW_BLOCK.pattern})"
                rf"|(?P<d1>\s*\{{%-)?(?(d1)|\{{%)\s*(?P<name>{'|'.join(sorted(bundles))})\b[^%]*%\}}"
                r".*?\{%-?\s*end(?P=name)\s*(?:-%\}\s*|%\})",
                re.S,
            )
            if bundles
            else None
        )

    def drawn(self, body: str) -> str:
        """`body` with the shortcodes drawn as the site prints them."""
        if self._bundles is not None and "{%" in body:
            body = self._bundles.sub(lambda m: m.group(0) if m.group("raw") else "", body)
        # A shortcode writing the table of contents' mark, as the site runs it; an
        # avatar's picture tag (the picture itself is never fetched).
        body = with_toc_shortcodes(body, getattr(self.engine, "toc", None))
        body = with_avatars(body, self.avatars)
        body = with_avatar_links(body, self.avatar_links)  # `indieweblink`
        body = with_addedin(body, self.addedin)  # 11ty.dev's version badges
        body = with_filled_shortcodes(body, self.filled)  # `codetitle`, `minilink`
        body = with_youtube(body, self.youtube)  # a still box, never loaded
        body = with_date_filters(body, self.date_filters)
        if self._nav_filters and "eleventyNavigationTo" in body:
            # Why a list is not drawn goes with the includes' reasons, for its hover.
            body = with_navigation(body, self._read_navigation(), self.includes.reasons)
        if self.callouts and hasattr(self.engine, "render_inline"):
            # 11ty.dev's callout boxes, their Markdown by the page's engine.
            body = with_callouts(body, self.callouts, self.engine.render_inline, self.engine.render)
        return body

    # How often, at most, the site's files are looked at for a page saved, added or removed
    # since the navigation was read (a look costs about a tenth of reading it again).
    RECHECK_SECONDS = 2.0

    def _read_navigation(self) -> Navigation | None:
        """The site's navigation, read again when one of its files changed (looked at no more
        often than `RECHECK_SECONDS`): a page's order saved shows in the lists."""
        if self._root is None or self._layout is None:
            return None
        now = time.monotonic()
        if self._navigation is not None and now - self._nav_checked < self.RECHECK_SECONDS:
            return self._navigation
        self._nav_checked = now
        source = self._layout.source or self._root
        signature = pages_signature(Path(source))
        if self._navigation is None or signature != self._nav_signature:
            self._navigation = read_navigation(
                self._root, source, list(self._layout.ignore), self._nav_filters,
                self._layout.includes,
            )
            self._nav_signature = signature
        return self._navigation


_OUTPUT = re.compile(
    rf"(?P<raw>{RAW_BLOCK.pattern})"
    r"|\{\{(?P<d1>-?)\s*(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?P<d2>-?)\}\}",
    re.S,
)


def with_front_matter_values(body: str, page: dict[str, Any] | None) -> str:
    """`body` with each `{{ name.path }}` the page's own front matter gives printed as Eleventy
    prints it (`{{ eleventyNavigation.excerpt }}`): front matter wins over every data file but
    computed data, so its value is the page's. Not when the page computes that name
    (`eleventyComputed`), sets it or loops over it, nor a value Nunjucks would escape."""
    if not page or "{{" not in body:
        return body
    computed = page.get("eleventyComputed")

    def printed(m: re.Match[str]) -> str | None:
        name = m.group("name")
        first = name.split(".")[0]
        if isinstance(computed, dict) and first in computed:
            return None
        if re.search(r"\{%-?\s*(?:set|for)\s+(?:[\w$]+\s*,\s*)?" + re.escape(first) + r"\b", body):
            return None
        value: Any = page
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float) and "e" in str(value):
            return None  # JavaScript writes such numbers otherwise
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (str, float)) and not re.search(r"[&<>\"']", str(value)):
            return str(value)
        return None

    return replaced_trimming(body, _OUTPUT, printed)
