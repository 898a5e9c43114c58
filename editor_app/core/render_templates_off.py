"""Whether the generator runs a page's template tags at all: a page can turn them off, and
then `{% ... %}` and `{{ ... }}` are printed as written, as text.

Jekyll: `render_with_liquid: false` (the page's header or the site's `defaults:`). Eleventy:
`templateEngineOverride` (the page's header or its directory data) naming no template language
(`md` alone), or a false value (the text copied as it is). Hugo never runs templates in a page
(its shortcodes are not turned off this way).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Eleventy's languages that run `{% %}` / `{{ }}` tags in a page before Markdown.
_TEMPLATE_LANGUAGES = frozenset({"liquid", "njk", "nunjucks"})
_FALSE_WORDS = frozenset({"false", ""})


def templates_turned_off(
    generator: str | None, front_matter: Mapping[str, Any], implied: Mapping[str, Any]
) -> bool:
    """True when the page's generator prints its template tags as text: the page's header
    (`front_matter`) or what the site gives it (`implied`: Jekyll's `defaults:`, Eleventy's
    directory data) turns templates off. The header wins over the site."""
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
        return False
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
