"""One Markdown engine per site generator, behind one interface.

Jekyll renders with kramdown, Eleventy with markdown-it, Hugo with Goldmark; the preview
renders each page with the engine that matches its site (see docs/RENDERING.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from editor_app.core.site import Site

ENGINE_NAMES = ("kramdown", "markdown-it", "goldmark")
ENGINE_OF_GENERATOR = {"jekyll": "kramdown", "eleventy": "markdown-it", "hugo": "goldmark"}

_HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
_HUGO_OLD_CONFIGS = ("config.toml", "config.yaml", "config.yml", "config.json")
ELEVENTY_CONFIGS = (
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
    ".eleventy.js",
    ".eleventy.mjs",
    ".eleventy.cjs",
)


class Engine(Protocol):
    """Turns the Markdown of a page body (templates already neutralised) into HTML."""

    name: str
    # Plain-words remarks for the preview, e.g. plugins the site adds that the preview lacks.
    notes: tuple[str, ...]

    def notes_for(self, text: str, html: str | None = None) -> tuple[str, ...]:
        """The notes that apply to a page of Markdown `text` (all of `notes`, or fewer);
        `html`, the page's HTML when the caller has rendered it, spares reading it again."""
        ...

    def render(self, text: str, env: dict | None = None) -> str:
        """The HTML the site's renderer makes of `text`.

        `env`, when given, carries a page's document-wide state from one part of it to the
        next (`core/render_blocks.py`), read and updated in place: `references` (the link
        definitions known so far) and `heading_ids` (the counters behind repeated ids).
        """
        ...


def detect_generator(root: Path) -> str | None:
    """ "jekyll", "hugo" or "eleventy" from the configuration files in `root`, else None."""
    if (root / "_config.yml").is_file() or (root / "_config.yaml").is_file():
        return "jekyll"
    if any((root / name).is_file() for name in ELEVENTY_CONFIGS):
        return "eleventy"
    if any((root / name).is_file() for name in _HUGO_CONFIGS):
        return "hugo"
    if any((root / name).is_file() for name in _HUGO_OLD_CONFIGS) and (root / "content").is_dir():
        return "hugo"
    return None


def generator_of(site: Site | None) -> str | None:
    """The generator that builds `site` (None for a loose file or an unknown site)."""
    if site is None:
        return None
    known = getattr(site, "generator", None)
    if isinstance(known, str) and known:
        return known
    return detect_generator(site.root)


def make_engine(site: Site | None, name: str | None = None) -> Engine:
    """The engine `name` (one of ENGINE_NAMES), else the one of the site's generator."""
    if name is None:
        name = ENGINE_OF_GENERATOR.get(generator_of(site) or "", "kramdown")
    root = site.root if site is not None else None
    if name == "markdown-it":
        from editor_app.core.engines.markdown_it import MarkdownItEngine

        return MarkdownItEngine.for_site(root)
    if name == "goldmark":
        from editor_app.core.engines.goldmark import GoldmarkEngine

        return GoldmarkEngine.for_site(root)
    if name == "kramdown":
        from editor_app.core.engines.kramdown import KramdownEngine

        return KramdownEngine.for_site(site)
    raise ValueError(f"unknown engine {name!r}")
