"""The language a page is written in, when it says so, and whether a dictionary can check it.

Translated sites say it in each page's header (`lang: fr`, as the Open Source Guide does;
`language:` or `locale:` elsewhere) or, on Hugo, by a language code before the suffix
(`about.fr.md`) or by the language's own content folder (`languages.fr.contentDir`, or a
folder mounted for that language alone, `[[module.mounts]]`: `site_page_language`).
Checking a French page against an English dictionary underlines nearly every word, which
tells the author nothing: the window leaves such a page unchecked and says why.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePath
from typing import Any

_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

# What a person reads for the commonest codes (the others show as written).
_NAMES = {
    "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "ms": "Malay", "nb": "Norwegian", "nl": "Dutch", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sv": "Swedish",
    "ta": "Tamil", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
    # The guide's other translations ("it is in sa" told the author nothing), and a few more.
    "sa": "Sanskrit", "sw": "Swahili", "pcm": "Nigerian Pidgin", "et": "Estonian",
    "lt": "Lithuanian", "lv": "Latvian", "sl": "Slovenian", "sr": "Serbian", "hr": "Croatian",
    "gl": "Galician", "eu": "Basque", "mr": "Marathi", "gu": "Gujarati", "te": "Telugu",
    "kn": "Kannada", "ml": "Malayalam", "pa": "Punjabi", "ne": "Nepali", "si": "Sinhala",
    "am": "Amharic", "tl": "Tagalog", "fil": "Filipino", "yo": "Yoruba", "ha": "Hausa",
    "ig": "Igbo", "zu": "Zulu", "af": "Afrikaans", "is": "Icelandic", "ga": "Irish",
    "cy": "Welsh", "hy": "Armenian", "ka": "Georgian", "kk": "Kazakh", "uz": "Uzbek",
    "az": "Azerbaijani", "mn": "Mongolian", "my": "Burmese", "km": "Khmer", "lo": "Lao",
    "eo": "Esperanto", "no": "Norwegian", "nn": "Norwegian", "sq": "Albanian",
    "mk": "Macedonian", "bs": "Bosnian",
}  # fmt: skip


# Languages written right to left (their primary code): the preview's `dir="rtl"`, the
# editor's and the form's right-aligned lines.
_RIGHT_TO_LEFT = frozenset(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"])


# Letters of the right-to-left scripts (Hebrew, Arabic and Persian, Syriac, Thaana, N'Ko and
# their presentation forms): a line holding one is a paragraph of the page's own language.
_RIGHT_TO_LEFT_LETTER = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ANY_LETTER = re.compile(r"[^\W\d_]")


def holds_right_to_left(text: str) -> bool:
    """Whether `text` holds a letter written right to left by Unicode's reckoning (Hebrew,
    Arabic, Persian...: bidirectional class R or AL), wherever it stands."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


_ISOLATES_OPEN, _ISOLATE_CLOSE = "\u2066\u2067\u2068", "\u2069"


def starts_right_to_left(text: str, *, skip_isolated: bool = False) -> bool:
    """Whether `text`'s first letter (bidirectional class L, R or AL) is written right to
    left: Unicode's rule (P2) for a paragraph with no direction of its own, which Qt and the
    browser follow; False with no such letter. `skip_isolated`: words set apart between an
    isolate mark (U+2066..U+2068) and its U+2069 are not counted, as P2 says (a Persian name
    isolated in "سارا, 07 Dec 2026" leaves the line left to right)."""
    depth = 0
    for char in text:
        if skip_isolated and char in _ISOLATES_OPEN:
            depth += 1
        elif skip_isolated and char == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False


# Letters written right to left (Hebrew; Arabic; Arabic digits) and the marks that start a
# right-to-left stretch (embedding, override, isolate): text holding one is not Latin alone.
_RIGHT_TO_LEFT_KINDS = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})


def written_left_to_right(text: str) -> bool:
    """Written left to right alone: a letter so, and nothing written or marked right to
    left (both packs lay such text out left to right on a right-to-left page)."""
    kinds = {unicodedata.bidirectional(c) for c in text}
    return "L" in kinds and not kinds & _RIGHT_TO_LEFT_KINDS


# Words a message quotes between straight single quotes ('...'), not an apostrophe in a word.
_QUOTED = re.compile(r"(?<!\w)'([^'\n]+?)'(?!\w)")


def isolate_quoted(message: str) -> str:
    """A message's quoted words that hold right-to-left letters set apart (Unicode's first
    strong isolate inside the quote marks), so that the quote reads in its own order with its
    closing "..." at its end: in an English line "The sentence starting 'إذا احتجت ...'" showed
    the "..." beside the sentence's first word. Other quotes and words as they are."""
    if not holds_right_to_left(message):
        return message
    return _QUOTED.sub(
        lambda m: f"'\u2068{m.group(1)}\u2069'" if holds_right_to_left(m.group(1)) else m.group(0),
        message,
    )


def line_reads_right_to_left(line: str) -> bool:
    """On a page written right to left, whether one line of its text reads right to left, as
    the preview draws its paragraph (the page's direction): a line holding a right-to-left
    letter, even when its first word is Latin ('GitHub در ...'), and a line with no letter at
    all (an empty line: the cursor waits at the right). A line of Latin letters alone (HTML,
    a link, code) reads left to right, so its markup stays readable."""
    return bool(_RIGHT_TO_LEFT_LETTER.search(line)) or not _ANY_LETTER.search(line)


def primary_language(code: Any) -> str | None:
    """`fr` for `fr`, `fr-CA`, `fr_CA.UTF-8`; Qt's and the system's "C" locale is English;
    None for no code."""
    if not isinstance(code, str) or not code.strip():
        return None
    primary = code.strip().replace("_", "-").split("-")[0].split(".")[0].lower()
    return "en" if primary in ("c", "posix") else primary or None


def writes_right_to_left(language: str | None) -> bool:
    """Whether `language` (a code as a page gives it: `fa`, `ar-EG`) is written right to left."""
    return primary_language(language) in _RIGHT_TO_LEFT


def _code(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value.replace("_", "-") if _CODE.match(value) else None


def said_language(front_matter: Any) -> tuple[str, str] | None:
    """The header key a page says its language with and the code as written (`("lang",
    "zh-hans")`), or None when its `lang`, `language` and `locale` give no code."""
    if isinstance(front_matter, dict):
        for key in ("lang", "language", "locale"):
            if _code(front_matter.get(key)):
                return key, front_matter[key].strip()
    return None


def page_language(
    front_matter: Any, path: PurePath | None = None, config: Any = None, root: Any = None
) -> str | None:
    """The page's language code as it gives it (`fr`, `pt-BR`), or None when it says none.

    `config` is the site's settings (Hugo's `languages` table names its codes and content
    folders) and `root` the site's folder, to read `path` from."""
    said = said_language(front_matter)
    if said is not None:
        return said[1].replace("_", "-")
    languages = config.get("languages") if isinstance(config, dict) else None
    if path is None or not isinstance(languages, dict):
        return None
    declared = {str(k).lower(): str(k) for k in languages}
    suffixes = PurePath(path).suffixes
    if len(suffixes) >= 2 and suffixes[-2][1:].lower() in declared:  # about.fr.md
        return declared[suffixes[-2][1:].lower()].replace("_", "-")
    try:
        rel = PurePath(path).relative_to(root).as_posix() if root is not None else None
    except ValueError:
        rel = None
    if rel is None:
        return None
    for key, settings in languages.items():
        # Hugo reads its settings' keys in any case (the site's layout holds them in lower case).
        folder = (
            settings.get("contentDir", settings.get("contentdir"))
            if isinstance(settings, dict)
            else None
        )
        if isinstance(folder, str) and folder.strip("/"):
            if rel.startswith(folder.strip("/") + "/"):
                return str(key).replace("_", "-")
    return None


def site_config(site: Any) -> dict:
    """The site's settings: Jekyll's `_config.yml`, else Hugo's or Eleventy's as the layout
    read them (`site.config` is Jekyll's alone: Hugo's `languageCode` and `languages` are in
    the layout's)."""
    config = getattr(site, "config", None)
    if not config:
        config = getattr(getattr(site, "layout", None), "config", None)
    return config if isinstance(config, dict) else {}


def site_page_language(site: Any, front_matter: Any, path: PurePath | None) -> str | None:
    """`page_language` with the site's own settings: Jekyll's `_config.yml`, else Hugo's as
    the site's layout read them (`site.config` is Jekyll's alone, so a page of a Hugo language
    folder was taken for one without language); then the content folder the layout found
    for one language (`languages.fr.contentDir`, or a `[[module.mounts]]` of `content/fr`
    for French alone, as gohugo.io's own settings do) that holds the page."""
    found = page_language(front_matter, path, site_config(site), getattr(site, "root", None))
    if found is not None or path is None:
        return found
    return _code(content_folder_language(site, path))


def content_folder_language(site: Any, path: PurePath | str) -> str | None:
    """The language (as the site's settings name it: `fr`) whose own content folder holds
    `path` (`content/fr/news/x.md`), as the site's layout found those folders
    (`languages.fr.contentDir`, or a `[[module.mounts]]` of `content/fr` for French alone);
    None where no language's folder holds it. The path as given is looked at first, then
    through links (both resolved)."""
    coded = [
        (Path(folder), str(lang))
        for folder, lang in getattr(getattr(site, "layout", None), "content", None) or []
        if lang
    ]
    if not coded:
        return None
    given = PurePath(path)
    for folder, lang in coded:
        if given.is_relative_to(folder):
            return lang
    here = Path(path).resolve()
    for folder, lang in coded:
        if here.is_relative_to(folder) or here.is_relative_to(folder.resolve()):
            return lang
    return None


def same_language(page: str, dictionary: str) -> bool:
    """Whether a dictionary (`en_GB`) checks a page in `page` (`en`, `en-US`, `EN`)."""
    return primary_language(page) == primary_language(dictionary)


def language_name(code: str) -> str:
    """`fr` -> "French"; a code without a name stays as written."""
    return _NAMES.get(primary_language(code) or "", code)
