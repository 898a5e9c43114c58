"""Offline spell checking of Markdown text (British English unless the site says otherwise).

Uses the Hunspell library through its compiled binding (`hunspell`, when installed: about
12 MB and 0.05 s to read a dictionary) or else `spylls` (Hunspell in pure Python: about 130 MB
and 2 s), with the dictionaries bundled in `resources/dictionaries/`; both give the same answers
(tested on every word of the shared sites). Words are cached because the same words recur endlessly in a page;
suggestions are slow (a fraction of a second each) and are only computed when asked for.
Code, web addresses, Liquid, HTML and the front matter are never checked: they are not prose.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from editor_app.core.store import atomic_write, user_data_dir
from editor_app.paths import resources_dir

DEFAULT_LANGUAGE = "en_GB"
PERSONAL_FILE = "dictionary.txt"
_SUGGESTION_LIMIT = 8

# A line starting an HTML block that holds no prose (`<style>`, `<script>`, `<pre>`): the
# element's name ends at a space, `>` or `/` (`<pre-x>` is another element, holding prose).
_RAW_TAG = r"[ \t]{0,3}<(style|script|pre)(?=[\s/>]|$)"
_RAW_OPEN = re.compile(_RAW_TAG, re.I)

# Regions of Markdown that are not prose. Order does not matter: they are all masked.
_SKIP_MULTILINE = [
    # front matter, only at the very start
    re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.M | re.S),
    # fenced code blocks (to the end of the text when never closed)
    re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S),
    # HTML comments, including <!--more-->
    re.compile(r"<!--.*?(?:-->|\Z)", re.S),
    # Liquid tags and output
    re.compile(r"\{%.*?(?:%\}|\Z)", re.S),
    re.compile(r"\{\{.*?(?:\}\}|\Z)", re.S),
    # HTML blocks of styles, scripts or preformatted code: a line starting with the tag, to
    # the line closing it (CommonMark's first kind of HTML block), or to the end
    re.compile(rf"^{_RAW_TAG}.*?(?:</\1\s*>.*?$|\Z)", re.M | re.S | re.I),
]
_SKIP_INLINE = [
    re.compile(r"(`+).+?\1"),  # inline code
    re.compile(r"<(code|kbd|samp)\b[^>]*>[^\n]*?</\1\s*>", re.I),  # <code>div</code>, as `div`
    re.compile(r"</?[A-Za-z][^<>]*>"),  # HTML tags (their text content is still checked)
    re.compile(r"\b(?:https?|ftp|mailto|file):[^\s<>()\[\]]*(?:\([^\s)]*\)[^\s<>()\[\]]*)*"),
    re.compile(r"\bwww\.[^\s<>()]+"),
    re.compile(r"\]\([^)\n]*\)"),  # link and image targets
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:.*$", re.M),  # reference definitions
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"\{:[^}\n]*\}"),  # kramdown attribute lists
    re.compile(r"&#?\w+;"),  # HTML entities
    # emoji codes (:tada:), which Hugo's enableEmoji and Jekyll's jemoji turn into pictures
    re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])"),
    re.compile(r"(?<![\w])(?:\.{0,2}/)?[\w.-]+/[\w./-]+"),  # file paths like assets/x.png
    re.compile(r"^(?: {4}|\t)(?![ \t]*(?:[-*+]|\d+[.)])\s).*$", re.M),  # indented code
]
# A word: letters (any alphabet) with inner apostrophes; digits and underscores disqualify.
_TOKEN = re.compile(r"[\w'’]+")
_APOSTROPHES = "'’"


def site_word_form(word: str) -> str:
    """A word as a site's vocabulary keeps it: curly apostrophes straight, no possessive 's."""
    word = word.replace("’", "'").strip(_APOSTROPHES)
    return word[:-2] if word.endswith("'s") else word


def known_to_site(word: str, site_words: frozenset[str]) -> bool:
    """Whether a site's vocabulary (`core/site_words.py`) holds `word`: as written, or in lower
    case when the site's pages write it so ("Shortcodes" at a sentence's start)."""
    if not site_words:
        return False
    word = site_word_form(word)
    return word in site_words or word.lower() in site_words


def dictionary_dir() -> Path:
    """The folder of bundled Hunspell dictionaries (`en_GB.dic` + `en_GB.aff`, ...)."""
    return resources_dir() / "dictionaries"


def available_languages() -> list[str]:
    """The languages with a bundled dictionary, e.g. `["en_GB"]`."""
    folder = dictionary_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.dic") if p.with_suffix(".aff").is_file())


# What the Language menu calls each dictionary (a language without a name shows its code).
LANGUAGE_NAMES = {
    "en_GB": "English (United Kingdom)",
    "en_US": "English (United States)",
}


def language_name(language: str) -> str:
    """The name a person reads for a dictionary code, e.g. "English (United Kingdom)"."""
    return LANGUAGE_NAMES.get(language, language.replace("_", "-"))


def site_language(config: dict, available: Iterable[str] | None = None) -> str | None:
    """The bundled dictionary matching the site's declared language, or None.

    Jekyll themes and plugins read `lang` (jekyll-seo-tag, minima) or `locale`; both come as
    `en-US`, `en_us`, `en`... A bare language picks the default dictionary when it is that
    language, else the first one of it.
    """
    choices = sorted(available_languages() if available is None else available)
    for key in ("lang", "locale", "language"):
        value = config.get(key) if isinstance(config, dict) else None
        if not isinstance(value, str) or not value.strip():
            continue
        parts = value.strip().replace("-", "_").split("_")
        code = parts[0].lower() + ("_" + parts[1].upper() if len(parts) > 1 and parts[1] else "")
        if code in choices:
            return code
        same_language = [c for c in choices if c.split("_")[0] == parts[0].lower()]
        if DEFAULT_LANGUAGE in same_language:
            return DEFAULT_LANGUAGE
        if same_language:
            return same_language[0]
    return None


def declared_site_language(site: object, available: Iterable[str] | None = None) -> str | None:
    """The bundled dictionary for the language `site` declares, or None.

    Jekyll says it in `_config.yml` (`lang`, `locale`); Hugo in its own settings file, as
    `languageCode` or under the default language (`[languages.en] locale = 'en-US'`, as
    Hugo's documentation does), which comes first as Hugo reads it. Hugo's names written in a
    `_config.yml` (`languageCode`, `defaultContentLanguage`) are read last.
    """
    config = getattr(site, "config", None) or {}
    found = site_language(config, available)
    layout = getattr(site, "layout", None)
    settings = getattr(layout, "config", None)  # Hugo's settings, their keys in lower case
    if found:
        return found
    return _in_hugo_settings(layout, settings, available) or _hugo_names_in(config, available)


def _in_hugo_settings(
    layout: object, settings: object, available: Iterable[str] | None
) -> str | None:
    """The dictionary for the language Hugo's own settings file declares, or None."""
    if not isinstance(settings, dict):
        return None
    languages = settings.get("languages")
    default = str(getattr(layout, "default_language", None) or "en").lower()
    own = languages.get(default) if isinstance(languages, dict) else None
    for part in (own, settings):
        if isinstance(part, dict):
            keys = {"lang": part.get("languagecode"), "locale": part.get("locale")}
            found = site_language(keys, available)
            if found:
                return found
    return None


def _hugo_names_in(config: object, available: Iterable[str] | None) -> str | None:
    """The dictionary for Hugo's own names of the language written in a `_config.yml`."""
    if not isinstance(config, dict):
        return None
    keys = {"lang": config.get("languageCode"), "locale": config.get("defaultContentLanguage")}
    return site_language(keys, available)


def personal_dictionary_path() -> Path:
    """The personal word list ("Add to dictionary"): one word a line, UTF-8."""
    return user_data_dir() / PERSONAL_FILE


def prose_mask(text: str) -> list[tuple[int, int]]:
    """The ranges of `text` that are not prose (code, addresses, Liquid, HTML...), merged."""
    ranges: list[tuple[int, int]] = []
    for pattern in (*_SKIP_MULTILINE, *_SKIP_INLINE):
        ranges.extend(m.span() for m in pattern.finditer(text))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def raw_element_end(line: str, element: str) -> int | None:
    """Where, in `line`, the `element` opened on a line before it ends (after `</pre>`);
    None when it goes on past this line: its words are not prose."""
    close = re.compile(rf"</{re.escape(element)}\s*>", re.I).search(line)
    return close.end() if close else None


def raw_element_left_open(line: str) -> str | None:
    """The element holding no prose (`style`, `script`, `pre`, lower case) that `line` starts
    with and does not close; None when there is none. The lines after it, to the one closing
    it, are left out of the spelling check as `prose_mask` leaves them out of a page; a tag
    within a sentence ("use `<pre>`") starts nothing, as in CommonMark."""
    m = _RAW_OPEN.match(line)
    if m is None:
        return None
    element = m.group(1).lower()
    return element if raw_element_end(line[m.end() :], element) is None else None


def words_to_check(text: str) -> list[tuple[int, int, str]]:
    """The prose words of `text` worth checking: `(start, end, word)`.

    Skipped: anything inside `prose_mask`, words with digits or underscores, single letters,
    words in capitals (acronyms) and words with capitals inside (product names like GitHub).
    """
    mask = prose_mask(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        while i < len(mask) and mask[i][1] <= start:
            i += 1
        if i < len(mask) and mask[i][0] < end:
            continue
        word = m.group()
        # Quotes around a word are not part of it: 'word' or word'.
        lead = len(word) - len(word.lstrip(_APOSTROPHES))
        word = word.strip(_APOSTROPHES)
        if len(word) < 2 or any(c.isdigit() or c == "_" for c in word):
            continue
        letters = word.replace("'", "").replace("’", "")
        if letters.isupper() or any(c.isupper() for c in letters[1:]):
            continue
        start += lead
        out.append((start, start + len(word), word))
    return out


# Two dictionaries can be read at once (a site's own language chosen while the default one is
# still being read). The first read to start saves the collector's state and the switch
# interval, the last one to finish puts them back: each read restoring what it found would
# leave the short interval in place for good when the later read finishes last.
_reads_lock = threading.Lock()
_reads = 0
_saved_state: tuple[bool, float] = (True, 0.005)


def _begin_read() -> None:
    global _reads, _saved_state
    import gc

    with _reads_lock:
        if _reads == 0:
            _saved_state = (gc.isenabled(), sys.getswitchinterval())
            gc.disable()
            sys.setswitchinterval(min(_saved_state[1], 0.0005))
        _reads += 1


def _end_read() -> None:
    global _reads
    import gc

    with _reads_lock:
        _reads -= 1
        if _reads == 0:
            collecting, interval = _saved_state
            sys.setswitchinterval(interval)
            if collecting:
                gc.enable()


class _CompiledDictionary:
    """The Hunspell library's dictionary behind the two calls the checker makes of spylls'."""

    def __init__(self, speller: object) -> None:
        self._speller = speller

    def lookup(self, word: str) -> bool:
        try:
            return bool(self._speller.spell(word))
        except (UnicodeError, ValueError):
            return False  # a character the dictionary's encoding cannot hold

    def suggest(self, word: str) -> list[str]:
        try:
            return list(self._speller.suggest(word))
        except (UnicodeError, ValueError):
            return []


def _compiled_dictionary(base: Path) -> _CompiledDictionary | None:
    """The dictionary read by the compiled Hunspell binding, or None without it (the pure-Python
    reader then stands in; `EDITOR_APP_SPELLING=spylls` asks for it, e.g. to compare them)."""
    if os.environ.get("EDITOR_APP_SPELLING", "").lower() == "spylls":
        return None
    try:
        import hunspell  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        speller = hunspell.HunSpell(str(base.with_suffix(".dic")), str(base.with_suffix(".aff")))
    except Exception:  # noqa: BLE001 - any trouble in the binding: the pure-Python reader works
        return None
    return _CompiledDictionary(speller)


def _alphabet(aff: Path) -> frozenset[str]:
    """The letters of a Hunspell dictionary's words, lower case, from its `TRY` line (the
    letters its suggestions try); empty when it has none or cannot be read."""
    try:
        with aff.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if line.startswith("TRY "):
                    return frozenset(c.lower() for c in line[4:].strip() if c.isalpha())
    except OSError:
        pass
    return frozenset()


class SpellChecker:
    """Checks words against a bundled Hunspell dictionary plus the user's personal word list."""

    def __init__(
        self,
        language: str = DEFAULT_LANGUAGE,
        personal_path: Path | None = None,
        folder: Path | None = None,
    ) -> None:
        self.language = language
        self.folder = folder or dictionary_dir()
        self.personal_path = personal_path or personal_dictionary_path()
        self._dictionary = None
        self._load_lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self._personal: set[str] = set()
        self._ignored: set[str] = set()
        self._letters: frozenset[str] | None = None  # the dictionary's alphabet, when read
        self._read_personal()

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Read the dictionary now (about half a second) instead of on the first check.

        Raises `FileNotFoundError` when the language has no bundled dictionary.
        """
        with self._load_lock:
            if self._dictionary is not None:
                return
            base = self.folder / self.language
            if not base.with_suffix(".dic").is_file() or not base.with_suffix(".aff").is_file():
                raise FileNotFoundError(f"There is no {self.language} dictionary in {self.folder}.")
            import gc
            import warnings

            # Reading makes about a million small objects that live as long as the program.
            # With the cycle collector on, its full passes over them held the interpreter for
            # hundreds of milliseconds at a time (the window froze for seconds while a page
            # opened); off, the read is twice as fast. Afterwards they are moved out of the
            # collector's sight (gc.freeze), so its later passes do not walk them again.
            # The read runs beside the window in a thread: every call from Qt into Python
            # (a highlighted line, a timer) waits for the interpreter lock for up to the switch
            # interval, 5 ms by default, so a page of 200 lines took a second to show. A short
            # interval while reading keeps those waits short.
            compiled = _compiled_dictionary(base)
            if compiled is not None:
                self._dictionary = compiled
                return
            _begin_read()
            try:
                from spylls.hunspell import Dictionary

                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    self._dictionary = Dictionary.from_files(str(base))
            finally:
                _end_read()
            gc.freeze()

    @property
    def engine(self) -> str:
        """Which reader holds the dictionary: "hunspell" (compiled) or "spylls"."""
        return "hunspell" if isinstance(self._dictionary, _CompiledDictionary) else "spylls"

    @property
    def loaded(self) -> bool:
        """True once the dictionary has been read."""
        return self._dictionary is not None

    def _read_personal(self, merge: bool = False) -> None:
        try:
            text = self.personal_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return  # no personal list yet (or unreadable): the dictionary alone still works
        words = {line.strip() for line in text.splitlines() if line.strip()}
        self._personal = self._personal | words if merge else words

    # -- checking -------------------------------------------------------------------------

    def check(self, word: str) -> bool:
        """True when `word` is spelt correctly (or is in the personal list, or ignored)."""
        word = word.replace("’", "'").strip("'")
        if not word:
            return True
        known = self._cache.get(word)
        if known is None:
            known = self._lookup(word)
            self._cache[word] = known
        return known

    def _lookup(self, word: str) -> bool:
        if self._in_personal(word):
            return True
        if word.endswith("'s") and self._in_personal(word[:-2]):
            return True  # the possessive of a name the user added
        if self._dictionary is None:
            self.load()
        if not self._in_alphabet(word):
            # Words in another script (Chinese, Arabic...) are no English misspellings: a page
            # that does not say its language had every Chinese word underlined.
            return True
        return bool(self._dictionary.lookup(word))

    def _in_alphabet(self, word: str) -> bool:
        """True when `word` has a letter of the dictionary's alphabet (its `TRY` letters), or
        when the dictionary names none."""
        if self._letters is None:
            self._letters = _alphabet(self.folder / f"{self.language}.aff")
        return not self._letters or any(c.lower() in self._letters for c in word)

    def _in_personal(self, word: str) -> bool:
        pool = self._personal | self._ignored
        # A word added in lower case is right in any case; "Jeni" only as written or in capitals.
        return word in pool or word.lower() in pool or word.capitalize() in pool

    def suggest(self, word: str, limit: int = _SUGGESTION_LIMIT) -> list[str]:
        """Likely intended spellings, best first. Slow (about 0.2-0.7 s): call on request."""
        if self._dictionary is None:
            self.load()
        word = word.replace("’", "'")
        out: list[str] = []
        for suggestion in self._dictionary.suggest(word):
            if suggestion not in out:
                out.append(suggestion)
            if len(out) >= limit:
                break
        return out

    def misspelt_ranges(
        self, text: str, site_words: frozenset[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """`(start, end)` of each misspelt prose word in Markdown `text`; `site_words`: the
        site's own vocabulary (`core/site_words.py`), taken as known."""
        return [(s, e) for s, e, word in words_to_check(text) if not self._right(word, site_words)]

    def misspelt_words(self, text: str, site_words: frozenset[str] = frozenset()) -> list[str]:
        """The misspelt words of `text`, in order (repeats included)."""
        return [w for s, e, w in words_to_check(text) if not self._right(w, site_words)]

    def _right(self, word: str, site_words: frozenset[str]) -> bool:
        return self.check(word) or known_to_site(word, site_words)

    # -- the personal list -------------------------------------------------------------------

    @property
    def personal_words(self) -> set[str]:
        """The words the user added, as a copy."""
        return set(self._personal)

    def add_word(self, word: str) -> None:
        """Add `word` to the personal list and save it (the file is created when needed)."""
        word = word.replace("’", "'").strip().strip("'")
        if not word or word in self._personal:
            return
        # Another window may have added words since we read the list: keep theirs too.
        self._read_personal(merge=True)
        self._personal.add(word)
        self._forget(word)
        self._save_personal(sorted(self._personal))

    def ignore(self, word: str) -> None:
        """Accept `word` until the program closes, without adding it to the list."""
        word = word.replace("’", "'").strip("'")
        self._ignored.add(word)
        self._forget(word)

    def _forget(self, word: str) -> None:
        for key in [k for k in self._cache if k.lower() in (word.lower(), word.lower() + "'s")]:
            del self._cache[key]

    def _save_personal(self, words: Iterable[str]) -> None:
        path = self.personal_path
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, ("\n".join(words) + "\n").encode("utf-8"))
