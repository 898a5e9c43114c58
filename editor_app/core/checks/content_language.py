"""Whether a page is written in English, as the reading and spelling checks need to know."""

from __future__ import annotations

import re
from typing import Any

from editor_app.core.checks.page import Page
from editor_app.core.page_language import said_language, site_config, site_page_language


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
    if lang is None:
        lang = _folder_language(page, site)
    if lang is None:
        lang = _site_language(site_config(site), _SITE_KEYS + ("defaultContentLanguage",))
    if lang is not None:
        found = _primary(lang) == "en"
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


def _folder_language(page: Page, site: Any = None) -> str | None:
    """The code of a Hugo per-language content folder holding the page: as the site's settings
    say (`about.fr.md`, `languages.fr.contentDir`, a `[[module.mounts]]` of `content/fr` for
    French alone: `site_page_language`), else a folder named with a common code
    (`content/fr/...`; not `content/posts/...`, which is no language's). Worked out once a
    page: `written_in_english` and `words_spaced` both ask."""
    if "folder language" in page.cache:
        return page.cache["folder language"]
    found = site_page_language(site, {}, page.path) if site is not None else None
    if found is None and page.rel.startswith("content/") and page.rel.count("/") >= 2:
        part = page.rel.split("/")[1]
        found = part if part in _LANGUAGE_FOLDERS else None
    page.cache["folder language"] = found
    return found


# The site settings naming its language (Hugo's keys are read in lower case too).
_SITE_KEYS = ("lang", "locale", "language", "languageCode")


def _site_language(config: dict, keys: tuple[str, ...]) -> str | None:
    """The first of the settings `keys` the site gives a language code in."""
    for key in keys:
        value = config.get(key, config.get(key.lower()))
        if isinstance(value, str) and value.strip():
            return value
    return None


def _primary(code: str) -> str:
    """A language code's primary part: `pt_BR` -> `pt`."""
    return code.strip().lower().replace("_", "-").split("-")[0]


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_LATIN_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
# Language codes a Hugo site names its content folders with (the common ones).
_LANGUAGE_FOLDERS = frozenset(
    "en fr de es it pt nl sv da no nb fi pl cs sk hu ro bg el ru uk be tr ar fa he hi ta bn "
    "zh ja ko id ms vi th sa zh-cn zh-tw pt-br".split()
)


# Languages written without spaces between words (or, for Korean, whose spaced units are not
# words as a 35-word limit counts them): a sentence's length is no count of spaced words there.
_UNSPACED = frozenset({"ja", "zh", "ko", "th", "lo", "km", "my", "bo"})
# Letters of those scripts (kana, CJK ideographs, Hangul, Thai, Lao, Khmer, Burmese, Tibetan):
# a page that names no language but is mostly written in them.
_UNSPACED_LETTER = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1780-\u17ff"
    "\u1000-\u109f\u0f00-\u0fff]"
)


def words_spaced(page: Page, site: Any = None) -> bool:
    """Whether the page is written in a language that puts spaces between its words (English,
    French, Arabic, Hindi...; not Japanese, Chinese, Korean or Thai), so that a sentence's
    words can be counted: its own language code, else the site's, else its letters."""
    found = page.cache.get("spaced")
    if found is not None:
        return found
    if written_in_english(page, site):
        found = True
    else:
        # The header's code, else its folder's (as `site_page_language` with the header).
        said = said_language(page.data)
        code = said[1].replace("_", "-") if said is not None else _folder_language(page, site)
        if code is None:
            code = _site_language(site_config(site), _SITE_KEYS)
        if code is not None:
            found = _primary(code) not in _UNSPACED
        else:
            sample = page.body[:4000]
            letters = len(_LETTER.findall(sample))
            found = len(_UNSPACED_LETTER.findall(sample)) < 0.2 * max(letters, 1)
    page.cache["spaced"] = found
    return found
