"""Whether a page is written in English, as the reading and spelling checks need to know."""

from __future__ import annotations

import re
from typing import Any

from editor_app.core.checks.page import Page


def written_in_english(page: Page, site: Any = None) -> bool:
    """Whether the page is in English, as the reading and spelling checks need: its own
    `lang`, else the site's, else its letters (mostly Latin ones)."""
    found = page.cache.get("english")
    if found is not None:
        return found
    lang = None
    for key in ("lang", "language", "locale"):
        value = page.data.get(key)
        if isinstance(value, str) and value.strip():
            lang = value
            break
    if lang is None and page.rel.startswith("content/") and page.rel.count("/") >= 2:
        part = page.rel.split("/")[1]  # Hugo's per-language folders: content/fr/...
        if 2 <= len(part) <= 5 and part.replace("-", "").isalpha() and part.islower():
            lang = part if part in _LANGUAGE_FOLDERS else None
    if lang is None:
        config = getattr(site, "config", None) or {}
        for key in ("lang", "locale", "language", "languageCode", "defaultContentLanguage"):
            value = config.get(key) if isinstance(config, dict) else None
            if isinstance(value, str) and value.strip():
                lang = value
                break
    if lang is not None:
        found = lang.strip().lower().replace("_", "-").split("-")[0] == "en"
    else:
        sample = page.body[:4000]
        if sample.isascii():
            found = True
        else:
            # Latin letters counted in C; every other character taken for a letter of another
            # script first (curly quotes and dashes are not): enough to say yes most of the time.
            ascii_part = sample.encode("ascii", "ignore")
            latin = len(ascii_part.translate(None, _NOT_LATIN_LETTER))
            others = len(sample) - len(ascii_part)
            if latin >= 0.8 * (latin + others):
                found = True
            else:
                letters = len(_LETTER.findall(sample))
                found = not letters or len(_LATIN.findall(sample)) >= 0.8 * letters
    page.cache["english"] = found
    return found


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_LATIN_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
# Language codes a Hugo site names its content folders with (the common ones).
_LANGUAGE_FOLDERS = frozenset(
    "en fr de es it pt nl sv da no nb fi pl cs sk hu ro bg el ru uk be tr ar fa he hi ta bn "
    "zh ja ko id ms vi th sa zh-cn zh-tw pt-br".split()
)
