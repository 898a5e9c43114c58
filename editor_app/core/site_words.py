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

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.page_language import same_language, site_page_language
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
    out: list[PageText] = []
    for entry in site.entries():  # type: ignore[attr-defined]
        page = page_text(
            site, Path(getattr(site, "root", ".")) / entry.path, entry.front_matter, dictionary
        )
        if page is not None:
            out.append(page)
    return out


def page_text(site: object, path: Path, front_matter: object, dictionary: str) -> PageText | None:
    """What the vocabulary reads of the page at `path` (its header `front_matter`), or None
    when the page is in another language than `dictionary`'s."""
    language = site_page_language(site, front_matter, path)
    if language and not same_language(language, dictionary):
        return None
    title = front_matter.get("title") if isinstance(front_matter, dict) else None
    return PageText(path, title if isinstance(title, str) else "")


def _page_words(page: PageText) -> set[str]:
    try:
        text = page.path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    words = {word for _s, _e, word in words_to_check(text)}
    words.update(word for _s, _e, word in words_to_check(page.title))
    return {site_word_form(word) for word in words}


class SiteVocabulary:
    """The pages each word is written on, kept so that a page saved again changes only its own
    words' counts (its old words out, its new in) and the known words follow at once."""

    def __init__(self, min_pages: int = MIN_PAGES) -> None:
        self.min_pages = min_pages
        self._words_of: dict[Path, frozenset[str]] = {}  # each page's words, as written
        self._pages_of: Counter[str] = Counter()  # lower case: the pages writing it
        self._forms: dict[str, Counter[str]] = {}  # lower case: its forms, by pages

    def set_page(self, path: Path, words: frozenset[str]) -> None:
        """The page at `path` now holds `words` (`site_word_form`), in place of what it held."""
        self.remove_page(path)
        self._words_of[path.resolve()] = words
        self._pages_of.update({word.lower() for word in words})
        for word in words:
            self._forms.setdefault(word.lower(), Counter())[word] += 1

    def remove_page(self, path: Path) -> None:
        """Leave out the words of the page at `path` (gone, or now in another language)."""
        old = self._words_of.pop(path.resolve(), None)
        if not old:
            return
        self._pages_of.subtract({word.lower() for word in old})
        for word in old:
            forms = self._forms[word.lower()]
            forms[word] -= 1
            if forms[word] <= 0:
                del forms[word]

    def forget_gone(self) -> bool:
        """Leave out the pages whose file is gone (deleted by another program, which no index
        hears of); whether any was. A stat a page: a few milliseconds on 2,000 pages."""
        return self.forget_pages(gone_pages(self.pages()))

    def pages(self) -> frozenset[Path]:
        """The pages counted (their paths resolved)."""
        return frozenset(self._words_of)

    def forget_pages(self, paths: Iterable[Path]) -> bool:
        """Leave out the pages at `paths` (resolved, as `pages` gives them); whether any was
        counted."""
        counted = [path for path in paths if path in self._words_of]
        for path in counted:
            self.remove_page(path)
        return bool(counted)

    def read_page(self, page: PageText) -> None:
        """Count the words of `page` as it is on disk now."""
        self.set_page(page.path, frozenset(_page_words(page)))

    def known(self) -> frozenset[str]:
        """The words written on at least `min_pages` pages: in lower case when some page
        writes them so, else as written ("Jekyll")."""
        known: set[str] = set()
        for key, count in self._pages_of.items():
            if count < self.min_pages:
                continue
            written = self._forms[key]
            known.update({key} if key in written else written)
        return frozenset(known)


def gone_pages(pages: Iterable[Path]) -> set[Path]:
    """The pages among `pages` whose file is gone (a stat each)."""
    return {path for path in pages if not path.is_file()}


class FoldersSeen:
    """The modification times of the folders holding some pages, as read once: a page deleted
    changes its folder's time, so while none moved no page can be gone, and a stat a folder
    (tens) stands for a stat a page (thousands). A time as recent as `RACY_NS` before it was
    read is not trusted (a deletion in the same clock tick would leave it as it was)."""

    RACY_NS = 2_000_000_000

    def __init__(self, pages: Iterable[Path]) -> None:
        self.taken = time.time_ns()
        self.times = {folder: _folder_time(folder) for folder in {p.parent for p in pages}}

    def may_have_lost(self, pages: Iterable[Path]) -> bool:
        """Whether a page of `pages` may have been deleted since (a folder not seen then, or
        whose time moved, was recent or cannot be read)."""
        for folder in {p.parent for p in pages}:
            then = self.times.get(folder)
            if then is None or then >= self.taken - self.RACY_NS or _folder_time(folder) != then:
                return True
        return False


def _folder_time(folder: Path) -> int | None:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return None


def read_vocabulary(
    pages: Sequence[PageText], min_pages: int = MIN_PAGES, most: int = MAX_PAGES
) -> SiteVocabulary:
    """The vocabulary of `pages` (of `most` of them, spread over the site, when there are
    more). About 0.6 s for hugo-docs' 1,000 pages."""
    if len(pages) > most:
        step = len(pages) / most
        pages = [pages[int(i * step)] for i in range(most)]
    vocabulary = SiteVocabulary(min_pages)
    for page in pages:
        vocabulary.read_page(page)
    return vocabulary


def site_vocabulary(
    pages: Sequence[PageText], min_pages: int = MIN_PAGES, most: int = MAX_PAGES
) -> frozenset[str]:
    """The words written on at least `min_pages` of `pages` (`read_vocabulary(...).known()`)."""
    return read_vocabulary(pages, min_pages, most).known()
