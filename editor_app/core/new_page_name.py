"""A new page's file name, named the way the pages beside it are named.

The default is the title's slug (`cast-tobool`). Where most pages of the folder are named
another way from their titles (hugo-docs' `functions/cast`: `cast.ToFloat` in `ToFloat.md`;
`methods/page`: `AllTranslations.md`), the new page is named that way too (`ToBool.md`).
A way is one of: the whole title or its last dotted part (`cast.ToFloat` -> `ToFloat`), in
its own capitals or lower case, its words joined by `-`, `_` or nothing; a number added
to a name already taken is joined the same way (`hugo_mod_init_2`, `Contains2`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from editor_app.core.archetype_find import BUNDLE_INDEX, SECTION_INDEX
from editor_app.core.schema_model import DATED_NAME
from editor_app.core.site_walk import MARKDOWN_SUFFIXES

_INDEXES = (SECTION_INDEX, Path(BUNDLE_INDEX).stem)

# (last dotted part only, keep capitals, joiner); the slug's own way first, then the others
# in the order preferred when pages fit several (a one-word title fits every joiner).
_SLUG_WAY = (False, False, "-")
_WAYS = [_SLUG_WAY] + [
    (last, keep, joiner)
    # Lower case first: pages titled in lower case (`hugo build`) prove no capitals kept.
    for keep in (False, True)
    for last in (False, True)
    # Kept capitals join words as written in code (`AllTranslations`), when pages tell no other.
    for joiner in (("", "-", "_") if keep else ("-", "_", ""))
    if (last, keep, joiner) != _SLUG_WAY
]


# A line break of any kind (pasted from a document or a web page), with the spaces around it.
_TITLE_LINE_BREAK = re.compile(r"[ \t]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")


def fold_title_lines(title: str) -> str:
    """`title` on one line, as a title is (the header's one-line value, the page's heading,
    its file's name): each line break, with the spaces around it, made one space. The New
    page dialog folds what is pasted in its Title box so; `editor-app new --title` too."""
    return _TITLE_LINE_BREAK.sub(" ", title)


def _words(title: str, last: bool) -> list[str]:
    if last:
        title = title.rsplit(".", 1)[-1]
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^A-Za-z0-9]+", ascii_text) if w]


def _named(title: str, way: tuple[bool, bool, str]) -> str:
    last, keep, joiner = way
    name = joiner.join(_words(title, last))
    return name if keep else name.lower()


def usual_way(titled: Iterable[tuple[str, str]]) -> tuple[bool, bool, str] | None:
    """The way most of these (file stem, title) pairs are named, when it is not the slug's
    and at least two are named so; None when the slug's way fits as many or the pages differ."""
    pairs = [(stem, title) for stem, title in titled if "." not in stem]
    if len(pairs) < 2:
        return None
    fits = {way: sum(_named(title, way) == stem for stem, title in pairs) for way in _WAYS}
    best = max(_WAYS, key=lambda way: fits[way])  # the first of the best: the slug on a tie
    if best == _SLUG_WAY or fits[best] < 2 or fits[best] * 2 <= len(pairs):
        return None
    return best


def _neighbours(site: Any, collection: str, folder: Path) -> list[tuple[str, str]]:
    """(file stem, title) of the collection's titled pages in `folder`, dates taken off the
    names; not a section's or bundle's own page (named by its folder)."""
    here = folder.resolve()
    found = []
    for entry in site.documents(collection):
        path = Path(entry.path)
        if path.suffix.lower() not in MARKDOWN_SUFFIXES or path.stem in _INDEXES:
            continue
        if isinstance(entry.title, str) and entry.title.strip() and path.parent.resolve() == here:
            found.append((DATED_NAME.sub("", path.stem), entry.title.strip()))
    return found


def named_like_neighbours(
    site: Any, collection: str, folder: Path, title: str, slug: str
) -> tuple[str, str]:
    """The stem of a new page's file in `folder` titled `title` (named as most pages there
    are, else `slug`, also when the title gives no word that way) and what joins a number to
    it when the name is taken: the words'
    own joiner (`hugo_mod_init_2` beside `hugo_mod_init`, `Contains2` beside `Contains`),
    `-` for the slug, and for a stem ending in a digit without one (`Chapter12` would read
    as chapter 12)."""
    neighbours = _neighbours(site, collection, folder)
    way = usual_way(neighbours)
    if way is None:
        return slug, "-"
    if len(_words(title, way[0])) > 1 and not _joins_words(neighbours, way):
        # Pages named by one word each (`Chomp`, `ContainsAny`) tell no way to join several:
        # `Café déjà vu` stays `cafe-deja-vu`, not `Cafedejavu`.
        return slug, "-"
    stem = _named(title, way)[:80].strip("-_")
    if not stem:
        return slug, "-"
    joiner = way[2]
    return stem, "-" if not joiner and stem[-1].isdigit() else joiner


def _joins_words(titled: list[tuple[str, str]], way: tuple[bool, bool, str]) -> bool:
    """Whether some page named `way` has a title of several words (its joiner seen)."""
    return any(
        len(_words(title, way[0])) > 1 and _named(title, way) == stem for stem, title in titled
    )


# A name starting with its day, its month or its year (`2022-dpdib`): the longest first.
_DATE_STARTS = (
    (re.compile(r"^(19|20)\d\d-\d\d-\d\d-"), "%Y-%m-%d-"),
    (re.compile(r"^(19|20)\d\d-\d\d-"), "%Y-%m-"),
    (re.compile(r"^(19|20)\d\d-"), "%Y-"),
)


def dated_like_neighbours(files: Iterable[Path], today: dt.date) -> str:
    """What a new page's name among `files` (its folder's) starts with, where most pages
    there (three or more) start theirs with their day, month or year though the collection
    is not dated: `2026-` beside connectedbydata's projects (`2022-dpdib.md`); else ''."""
    stems = [p.stem for p in files if p.suffix.lower() in MARKDOWN_SUFFIXES and p.stem not in _INDEXES]
    for pattern, form in _DATE_STARTS:
        count = sum(1 for stem in stems if pattern.match(stem))
        if count >= 3 and count * 2 > len(stems):
            return today.strftime(form)
    return ""


def title_folder(site: Any, collection: str, title: str) -> str | None:
    """The folder, from the site root, holding most of the pages whose titles share the new
    title's namespace (hugo-docs' `cast.ToBool`: `cast.ToFloat`, `cast.ToInt` and
    `cast.ToString` are in `content/en/functions/cast`); None for a title without one
    (`name.`, no spaces), or when fewer than two pages share it or they lie apart."""
    space, dot, rest = title.strip().rpartition(".")
    if not dot or not space or not rest or any(c.isspace() for c in space):
        return None
    start = f"{space.casefold()}."
    places = Counter(
        Path(entry.path).parent
        for entry in site.documents(collection)
        if isinstance(entry.title, str) and entry.title.strip().casefold().startswith(start)
    )
    if not places:
        return None
    place, count = places.most_common(1)[0]
    if count < 2 or count * 2 <= sum(places.values()):
        return None
    try:
        return place.resolve().relative_to(Path(site.root).resolve()).as_posix()
    except ValueError:
        return None
