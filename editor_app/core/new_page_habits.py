"""What a collection's pages usually do, read from the pages themselves: their usual fields
and order, each field's shape (one value or a list), quoting, empty lists and list style.
A new page follows them (`new_page`)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from editor_app.core.field_place import NOT_TEXT_STARTS
from editor_app.core.page_language import primary_language
from editor_app.core.quote_marks import quote_mark
from editor_app.core.schema_model import DATED_NAME

_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*)$")


def _name_words(path: Any) -> list[str]:
    """The words of a page's file name, without a leading date (`case-study-dfe` -> case, ...)."""
    stem = DATED_NAME.sub("", str(getattr(path, "stem", path)).lower())
    return [w for w in re.split(r"[^a-z0-9]+", stem) if w]


def _pages(site: Any, collection: str, like: str | None = None) -> list[Any]:
    """The collection's readable pages; with `like` (the new page's title), only the pages
    named like it when there are at least three (a collection may hold several kinds of page,
    each named its own way: `case-study-*` beside minutes)."""
    return _named_like(_readable(site, collection), like)


def _readable(site: Any, collection: str) -> list[Any]:
    return [e for e in site.documents(collection) if e.error is None and e.front_matter]


def _named_like(pages: list[Any], like: str | None) -> list[Any]:
    """`pages`, or those named like the title `like` when there are enough (see `_pages`)."""
    if not like:
        return pages
    words = _name_words(like)
    for n in range(min(len(words), 3), 0, -1):  # the longest shared start of the name first
        kin = [e for e in pages if _name_words(e.path)[:n] == words[:n]]
        if len(kin) >= 3 and len(kin) < len(pages):
            return kin
    return pages


def usual_keys(
    site: Any, collection: str, like: str | None = None, pages: list[Any] | None = None
) -> list[str]:
    """Keys at least 40% of the collection's pages have, in the order those pages use them
    (with `like`, of the pages named like that title: see `_pages`; `pages`: those pages,
    already listed)."""
    pages = _pages(site, collection, like) if pages is None else pages
    if not pages:
        return []
    seen: Counter[str] = Counter()
    place: dict[str, float] = {}
    for entry in pages:
        keys = list(entry.front_matter)
        for i, key in enumerate(keys):
            seen[key] += 1
            place[key] = place.get(key, 0.0) + i / max(1, len(keys) - 1)
    keys = [k for k, n in seen.items() if n * 5 >= len(pages) * 2]  # 40% of the pages
    return sorted(keys, key=lambda k: place[k] / seen[k])


def usual_shapes(
    site: Any, collection: str, like: str | None = None, pages: list[Any] | None = None
) -> dict[str, str]:
    """For each key, "list" when most pages give it a list, else "single"."""
    lists: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for entry in _pages(site, collection, like) if pages is None else pages:
        for key, value in entry.front_matter.items():
            if value is None:
                continue
            (lists if isinstance(value, list) else singles)[key] += 1
    return {
        key: "list" if lists[key] > singles[key] else "single" for key in set(lists) | set(singles)
    }


# How a page writes a list left empty, in the order preferred on a tie (the field in place).
_EMPTY_SPELLINGS = ("[]", "null", "absent")


def usual_empty_lists(pages: list[Any], keys: list[str]) -> dict[str, str]:
    """For each of `keys` some of `pages` leave without items, how most of those write it:
    "[]" (`key: []`), "null" (`key:`) or "absent" (the key left out)."""
    found: dict[str, str] = {}
    for key in keys:
        seen: Counter[str] = Counter()
        for entry in pages:
            value = entry.front_matter.get(key, ...)
            if value is ... or value is None or value == []:
                seen["absent" if value is ... else "null" if value is None else "[]"] += 1
        if seen:
            found[key] = max(_EMPTY_SPELLINGS, key=lambda s: (seen[s], -_EMPTY_SPELLINGS.index(s)))
    return found


def page_bytes(pages: list[Any]) -> dict[Any, bytes]:
    """The bytes of each of these pages' files, by path, read once for the habits that read
    the files themselves (`usual_quote_marks`, the new page's blank line after its header);
    a file that cannot be read is left out."""
    read: dict[Any, bytes] = {}
    for entry in pages:
        if entry.path not in read:
            try:
                read[entry.path] = entry.path.read_bytes()
            except OSError:
                continue
    return read


def usual_quote_marks(
    site: Any,
    collection: str,
    limit: int = 200,
    pages: list[Any] | None = None,
    files: dict[Any, bytes] | None = None,
) -> dict[str, str | None]:
    """For each key with text values, the quote most pages write it in (`'` or `"`: Jekyll's
    posts write `title: 'Jekyll 3.8.6 Released'`), None when most write it plain. `files`:
    the pages' bytes already read (`page_bytes`)."""
    pages = (_pages(site, collection) if pages is None else pages)[:limit]
    files = page_bytes(pages) if files is None else files
    quoted: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    single: Counter[str] = Counter()
    for entry in pages:
        data = files.get(entry.path)
        if data is None:
            continue
        lines = data.decode("utf-8", errors="replace").splitlines()
        if not lines or lines[0].strip() != "---":
            continue
        for line in lines[1:]:
            if line.strip() in ("---", "..."):
                break
            match = _KEY_LINE.match(line)
            if match is None or not match.group(2) or match.group(2)[0] in NOT_TEXT_STARTS:
                continue
            (quoted if match.group(2)[0] in "\"'" else plain)[match.group(1)] += 1
            single[match.group(1)] += match.group(2)[0] == "'"
    return {
        key: quote_mark(quoted[key], plain[key], single[key]) for key in set(quoted) | set(plain)
    }


def usual_flow_lists(pages: list[Any], keys: list[str], limit: int = 200) -> set[str]:
    """Those of `keys` whose lists most pages write in flow style (`keywords: [highlight]`),
    not as block items (`field_place.usual_list_style`, over the first `limit` headers)."""
    from editor_app.core.field_place import header_text, usual_list_style

    if not keys:
        return set()
    texts = [head for entry in pages[:limit] if (head := header_text(entry.path)) is not None]
    return {key for key in keys if usual_list_style(texts, key) == "flow"}


def _pages_with_list(site: Any, keys: list[str], limit: int = 200) -> list[Any]:
    """Up to `limit` of the site's pages, any collection, giving one of `keys` a list."""
    if not keys or not hasattr(site, "entries"):
        return []
    found = []
    for entry in site.entries():
        fm = entry.front_matter if entry.error is None else None
        if fm and any(isinstance(fm.get(k), list) and fm.get(k) for k in keys):
            found.append(entry)
            if len(found) >= limit:
                break
    return found


def site_default_language(site: Any) -> str | None:
    """The language the site says it is written in by default (Hugo's default content
    language, `lang`/`locale` in Jekyll's `_config.yml`), as a primary code; None if unsaid."""
    layout = getattr(site, "layout", None)
    config = getattr(site, "config", None) or {}
    hugo = getattr(layout, "config", None) or {}
    said = [getattr(layout, "default_language", None)]
    said += [config.get(k) for k in ("lang", "language", "locale", "defaultContentLanguage")]
    said += [hugo.get(k) for k in ("defaultcontentlanguage", "languagecode")]
    return next((p for p in map(primary_language, said) if p), None)


def _in_language(site: Any, entries: list[Any], language: str | None) -> list[Any]:
    """The pages written in `language` (the site's default, else `language` given), or all
    when none is: a site in several languages shows an example in the author's own."""
    wanted = site_default_language(site) or primary_language(language)
    if wanted is None:
        return entries
    language_of = getattr(site, "language_of", None)
    found = [
        e
        for e in entries
        if primary_language(language_of(e.path) if language_of else e.front_matter.get("lang"))
        == wanted
    ]
    return found or entries


def example_title(
    site: Any, collection: str, longest: int = 42, language: str | None = None
) -> str | None:
    """A title of the collection's own to show as an example for a new page's (the newest
    page's, by its date, else the first by file name); None when no page has a plain title
    short enough to read at a glance (`longest`: what the dialog's Title box shows whole).
    A site in several languages: a page in its default language, else in `language` (the
    author's, e.g. `en_GB`); opensource-guide's Arabic folder came first by name."""
    from editor_app.core.checks.common import as_date
    from editor_app.core.site_entries import title_value

    titled = []
    for entry in _in_language(site, _readable(site, collection), language):
        # `title`, or the field the collection names its pages by (Eleventy's blog: `newstitle`)
        title = title_value(entry.front_matter)
        if not isinstance(title, str):
            continue
        title = " ".join(title.split())
        if 8 <= len(title) <= longest and "{{" not in title and "{%" not in title:
            when = as_date(entry.front_matter.get("date"))
            titled.append((when.isoformat() if when else "", str(entry.path), title))
    if not titled:
        return None
    dated = [t for t in titled if t[0]]
    if dated:
        return max(dated)[2]
    return min(titled, key=lambda t: t[1])[2]
