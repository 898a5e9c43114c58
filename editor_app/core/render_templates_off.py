"""Whether the generator runs a page's template tags at all: a page can turn them off, and
then `{% ... %}` and `{{ ... }}` are printed as written, as text.

Jekyll: `render_with_liquid: false` (the page's header or the site's `defaults:`). Eleventy:
`templateEngineOverride` (the page's header or its directory data) naming no template language
(`md` alone), or a false value (the text copied as it is); without either, the site's
`markdownTemplateEngine: false` (its JS config) turns them off for every Markdown page. Hugo
never runs templates in a page (its shortcodes are not turned off this way).

`page_runs_templates` is the one answer for the preview, `editor-app render` and Word import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# Eleventy's languages that run `{% %}` / `{{ }}` tags in a page before Markdown.
_TEMPLATE_LANGUAGES = frozenset({"liquid", "njk", "nunjucks"})
_FALSE_WORDS = frozenset({"false", ""})


# `markdownTemplateEngine: false` in the returned object, or `setMarkdownTemplateEngine(false)`.
_MARKDOWN_ENGINE_OFF = re.compile(r"[mM]arkdownTemplateEngine\W*\s*[:=(]\s*false\b")
# Config file -> ((mtime, size), whether it turns Markdown templates off): read once per change.
_config_read: dict[Path, tuple[tuple[int, int], bool]] = {}


def markdown_templates_off(site_root: Path) -> bool:
    """True when an Eleventy site's config sets `markdownTemplateEngine: false`: its Markdown
    pages run no template language unless their own `templateEngineOverride` names one."""
    from editor_app.core.site_layout import eleventy_config_file

    config = eleventy_config_file(Path(site_root))
    if config is None:
        return False
    try:
        stat = config.stat()
        mtime = (stat.st_mtime_ns, stat.st_size)
        known = _config_read.get(config)
        if known is not None and known[0] == mtime:
            return known[1]
        text = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    off = _MARKDOWN_ENGINE_OFF.search(text) is not None
    _config_read[config] = (mtime, off)
    return off


def page_runs_templates(
    generator: str | None,
    front_matter: Mapping[str, Any],
    implied: Mapping[str, Any],
    site_root: Path | None,
) -> bool:
    """True when the generator runs `{% %}` / `{{ }}` in this page before its Markdown: Jekyll
    unless Liquid is turned off for it, Eleventy unless its override, directory data or the
    site's `markdownTemplateEngine: false` turns it off; never on Hugo or an unknown site."""
    if generator not in ("jekyll", "eleventy"):
        return False
    return not templates_turned_off(generator, front_matter, implied, site_root)


def templates_turned_off(
    generator: str | None,
    front_matter: Mapping[str, Any],
    implied: Mapping[str, Any],
    site_root: Path | None = None,
) -> bool:
    """True when the page's generator prints its template tags as text: the page's header
    (`front_matter`) or what the site gives it (`implied`: Jekyll's `defaults:`, Eleventy's
    directory data; then Eleventy's config at `site_root`) turns templates off. The header
    wins over the site."""
    if generator == "jekyll":
        key = "render_with_liquid"
    elif generator == "eleventy":
        key = "templateEngineOverride"
    else:
        return False
    if key in front_matter:
        value = front_matter[key]
    elif key in implied:
        value = implied[key]
    else:
        return generator == "eleventy" and site_root is not None and markdown_templates_off(site_root)
    if generator == "jekyll":
        return value is False or (isinstance(value, str) and value.strip().lower() == "false")
    if value is None or value is False:
        return True  # Eleventy copies the text without any transformation
    if not isinstance(value, str):
        return False
    if value.strip().lower() in _FALSE_WORDS:
        return True
    languages = {part.strip().lower() for part in value.split(",")}
    return not languages & _TEMPLATE_LANGUAGES
