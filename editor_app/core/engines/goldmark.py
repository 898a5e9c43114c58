"""Goldmark (Hugo): CommonMark plus Hugo's default Goldmark extensions, on markdown-it-py.

Hugo's defaults: GFM tables, strikethrough, linkify and task lists, definition lists,
footnotes, the typographer, automatic heading ids (GitHub's style) and `{#id .class}`
after a heading; raw HTML is dropped (`<!-- raw HTML omitted -->`) unless the site sets
`[markup.goldmark.renderer] unsafe = true`. Each behaviour is a small module in
`goldmark_ext/`; the site's `[markup.goldmark]` settings switch them.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

_CONFIG_NAMES = ("hugo", "config")
# A code block Hugo draws as a picture (GoAT: ASCII art to SVG).
_GOAT_FENCE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})[ \t]*goat\b", re.M)
GOAT_NOTE = (
    "Hugo draws the diagrams written in goat code blocks as pictures; "
    "the preview shows one too big to draw here as the text it is drawn from."
)
_CONFIG_SUFFIXES = (".toml", ".yaml", ".yml", ".json")
# How a goat block left as text is printed (Hugo's hook draws every other one).
_UNDRAWN_GOAT = '<code class="language-goat"'


class GoldmarkEngine:
    """Goldmark as Hugo sets it up, with the site's `markup.goldmark` settings."""

    name = "goldmark"

    def __init__(
        self,
        settings: dict[str, Any] | None = None,
        highlight: dict[str, Any] | None = None,
        alerts: bool = False,
        emoji: bool = False,
    ) -> None:
        """`settings`: the site's `markup.goldmark` table; `highlight`: `markup.highlight`;
        `alerts`: the site's blockquote hook draws `> [!NOTE]` quotes as boxes; `emoji`:
        the site's `enableEmoji` (`:smile:` printed as 😄)."""
        from editor_app.core.engines import goldmark_ext

        self.notes: tuple[str, ...] = ()
        self.settings = goldmark_ext.Settings.from_config(settings or {}, highlight)
        md = MarkdownIt("commonmark", {"html": True, "typographer": False, "linkify": False})
        goldmark_ext.install(md, self.settings)
        if alerts:
            from editor_app.core.engines.goldmark_ext.alerts import alerts_plugin

            md.use(alerts_plugin)
        self._md = md
        self.emoji = emoji

    def notes_for(self, text: str, html: str | None = None) -> tuple[str, ...]:
        """The notes that apply to a page: a GoAT diagram Hugo draws and the preview shows
        as text (too big to draw here: `goldmark_ext/goat.py`) is named. Read from the
        page's `html` as rendered (the page is rendered here only when it is not given):
        a diagram left as text is the only code block printed as `language-goat`."""
        if "goat" not in text or not _GOAT_FENCE.search(text):
            return self.notes
        if html is None:
            html = self.render(text)
        if _UNDRAWN_GOAT in html:
            return (*self.notes, GOAT_NOTE)
        return self.notes

    @classmethod
    def for_site(cls, root: Path | None, hooks: bool = True) -> GoldmarkEngine:
        """The site's Goldmark settings; with `hooks`, what its render hooks draw too (alerts)."""
        if root is None:
            return cls()
        from editor_app.core.engines.goldmark_ext.alerts import site_shows_alerts

        markup = read_markup_config(root)
        goldmark, highlight = markup.get("goldmark"), markup.get("highlight")
        return cls(
            goldmark if isinstance(goldmark, dict) else None,
            highlight if isinstance(highlight, dict) else None,
            alerts=hooks and site_shows_alerts(root),
            emoji=site_enables_emoji(root),
        )

    def render(self, text: str, env: dict | None = None) -> str:
        """The HTML Hugo makes of `text` with Goldmark (`env`: see `Engine.render`)."""
        if env is None:
            env = {}
        if self.emoji:
            from editor_app.core.engines.goldmark_ext.emoji import emojify

            text = emojify(text)  # Hugo replaces the codes before Goldmark reads the page
        if "<!--more-->" in text:
            # Hugo's summary divider, wherever it is (even mid-paragraph or in a list), ends
            # the summary: the two sides are rendered apart and the divider is not printed.
            summary, _, rest = text.partition("<!--more-->")
            return self._render_part(summary, env) + self._render_part(rest, env)
        return self._render_part(text, env)

    def _render_part(self, text: str, env: dict) -> str:
        if self.settings.table:
            from editor_app.core.engines.goldmark_ext.tables import pad_short_headers

            text = pad_short_headers(text, env)
        try:
            html = self._md.render(text, env)
        except (RecursionError, ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
            from editor_app.core.engines.kramdown import unformatted

            return unformatted(text, e)
        if self.settings.footnote:
            from editor_app.core.engines.goldmark_ext.footnotes import back_links_after_code

            html = back_links_after_code(html)
        return html


def _read(path: Path) -> dict:
    try:
        data = path.read_bytes()
        if path.suffix == ".toml":
            loaded: Any = tomllib.loads(data.decode("utf-8", errors="replace"))
        elif path.suffix == ".json":
            loaded = json.loads(data)
        else:
            loaded = yaml.safe_load(data)
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def read_goldmark_config(root: Path) -> dict[str, Any]:
    """The site's `markup.goldmark` table."""
    goldmark = read_markup_config(root).get("goldmark")
    return goldmark if isinstance(goldmark, dict) else {}


def site_enables_emoji(root: Path) -> bool:
    """Whether the site sets `enableEmoji = true` (in `hugo.toml`, `config.toml` or
    `config/_default/`; Hugo reads its keys in any case)."""
    for path in _config_files(root):
        if path.stem != "markup" and path.is_file():
            config = _read(path)
            if any(k.lower() == "enableemoji" and v is True for k, v in config.items()):
                return True
    return False


def _config_files(root: Path) -> list[Path]:
    candidates = [root / f"{n}{s}" for n in _CONFIG_NAMES for s in _CONFIG_SUFFIXES]
    default = root / "config" / "_default"
    return candidates + [
        default / f"{n}{s}" for n in (*_CONFIG_NAMES, "markup") for s in _CONFIG_SUFFIXES
    ]


def read_markup_config(root: Path) -> dict[str, Any]:
    """The site's `markup` table (hugo.toml, config.toml, config/_default/...)."""
    for path in _config_files(root):
        if not path.is_file():
            continue
        config = _read(path)
        markup = config if path.stem == "markup" else config.get("markup")
        if isinstance(markup, dict):
            return markup
    return {}
