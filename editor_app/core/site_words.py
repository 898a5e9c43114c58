"""The site's own vocabulary for spelling: words its pages use on several pages.

A documentation site writes its jargon ("shortcodes", "frontmatter", "lastmod") and its people's
names on page after page; no dictionary has them, and underlining each of them buries the real
slips. A word written on at least `MIN_PAGES` distinct pages of the site, in the dictionary's
language, is taken as known for that site: a slip ("recieve", "teh") is seldom made the same
way on three pages, while the site's jargon is on dozens. The words are read from each page's
prose as the spell checker reads it (`spelling.words_to_check`) and from its title.

Case follows the personal list's rule: a word the pages write in lower case is right in any
case; a name written only with a capital ("Jekyll") is known only so (or in capitals).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.page_language import page_language, same_language
from editor_app.core.spelling import site_word_form, words_to_check

# A word on this many distinct pages belongs to the site. Two would take a slip copied from one
# page to the next; on the five shared sites no word on three pages or more is a slip.
MIN_PAGES = 3
# At most this many pages are read (spread over the site): about a second's work beside the
# window on a large site, where a word on three of them is still the site's.
MAX_PAGES = 2000


@dataclass(frozen=True)
class PageText:
    """What the vocabulary reads of one page: its file and its title."""

    path: Path
    title: str = ""


def site_pages(site: object, dictionary: str) -> list[PageText]:
    """The site's pages whose words the dictionary `dictionary` checks (a page in another
    language is left out, as the editor leaves its words unchecked), from the site's index."""
    root = Path(getattr(site, "root", "."))
    config = getattr(site, "config", None)
    out: list[PageText] = []
    for entry in site.entries():  # type: ignore[attr-defined]
        path = root / entry.path
        language = page_language(entry.front_matter, path, config, root)
        if language and not same_language(language, dictionary):
            continue
        title = entry.front_matter.get("title") if isinstance(entry.front_matter, dict) else None
        out.append(PageText(path, title if isinstance(title, str) else ""))
    return out


def _page_words(page: PageText) -> set[str]:
    try:
        text = page.path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    words = {word for _s, _e, word in words_to_check(text)}
    words.update(word for _s, _e, word in words_to_check(page.title))
    return {site_word_form(word) for word in words}


def site_vocabulary(
    pages: Sequence[PageText], min_pages: int = MIN_PAGES, most: int = MAX_PAGES
) -> frozenset[str]:
    """The words written on at least `min_pages` of `pages` (of `most` of them, spread over
    the site, when there are more): in lower case when some page writes them so, else as
    written ("Jekyll"). About 0.6 s for hugo-docs' 1,000 pages."""
    if len(pages) > most:
        step = len(pages) / most
        pages = [pages[int(i * step)] for i in range(most)]
    by_key: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for page in pages:
        words = _page_words(page)
        keys = {word.lower() for word in words}
        by_key.update(keys)
        for word in words:
            forms.setdefault(word.lower(), set()).add(word)
    known: set[str] = set()
    for key, count in by_key.items():
        if count < min_pages:
            continue
        written = forms[key]
        known.update({key} if key in written else written)
    return frozenset(known)
