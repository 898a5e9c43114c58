"""Body images whose file is missing (`image-not-found`).

`![Chart](/assets/images/chart.png)`, a reference-style image, `<img src>`, each candidate of
a `srcset` (`<img>`, `<source>`) and, on Hugo, the `src` of a figure shortcode (or of the
site's own image shortcode) in the page's text, outside examples (code, `{% raw %}`, Hugo's
`{{</* */>}}`, HTML comments): the address is turned into the files the generator would
publish there (`checks/image_places.py`), and each folder is listed once a site
(`Context.asset_names`), not a file looked up per image. A file Jekyll leaves out of the site
(a name starting with `_` or `.`, a path `exclude:` names) is told as missing, with why.

Judged only where the answer is known: remote addresses, `data:`, anchors and addresses a
template builds are left alone; so is an address no known place of the site covers (an
Eleventy path no passthrough copy names), and a page-relative one whose page address is not
known (a Hugo page that is no bundle; Eleventy without its image plugin).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

from editor_app.core import safe_paths
from editor_app.core.checks.common import shown
from editor_app.core.checks.content_links import reference_images
from editor_app.core.checks.content_text import content_prose, page_images
from editor_app.core.checks.context import Context
from editor_app.core.checks.image_addresses import (
    printed,
    printed_address,
    shortcode_images,
    srcset_images,
)
from editor_app.core.checks.image_places import HIDDEN_START, Places, places_for
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.suggest import another_word, close_match

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# An inline Markdown image's address (as `content_text` reads them).
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>\[\]]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)")


# Where an image may start: each pattern begins with one character, which the regex engine
# finds in one fast pass (about three times as fast as `in` looking for the pair).
_BANG_BRACKET = re.compile(r"!\[")
_IMG_TAG = re.compile(r"<(?:img|IMG|Img)")
_SHORTCODE_OPEN = re.compile(r"\{\{[<%]")


def _wanted(page: Page) -> bool:
    # Every page comes through here and most hold no image: each pattern is looked for only
    # in a body holding its first character (one `in` pass, faster still). A srcset is read
    # only before an `=`.
    body = page.body
    return (
        ("!" in body and _BANG_BRACKET.search(body) is not None)
        or ("<" in body and _IMG_TAG.search(body) is not None)
        or ("=" in body and ("rcset" in body or "rcSet" in body or "RCSET" in body))
        or ("{" in body and _SHORTCODE_OPEN.search(body) is not None)
    )


def _page_images(page: Page, places: Places) -> Iterator[tuple[str, int, bool]]:
    """(address, line, whether it can only be a page or global resource) of each image."""
    for address, line in _plain_images(page):
        yield address, line, False
    if not places.image_shortcodes:
        return
    for address, line, name in shortcode_images(
        page.body, content_prose(page), page.body_start_line, places.image_shortcodes
    ):
        yield address, line, name in places.resource_shortcodes


def _plain_images(page: Page) -> Iterator[tuple[str, int]]:
    prose = content_prose(page)
    if "{{" in prose and "url" in prose:
        # `![a]({{ site.baseurl }}/x.png)`: the template's spaces hide the image from the
        # usual reading; read again with each template as the address it prints.
        text = printed(prose)
        line, done = page.body_start_line, 0
        for m in _MD_IMAGE.finditer(text):
            line += text.count("\n", done, m.start())
            done = m.start()
            yield m.group(1), line
        for image in page_images(page):
            if image.html:
                yield image.src, image.line
    else:
        for image in page_images(page):
            if not (image.reference or image.shortcode):  # (told below, on their own lines)
                yield image.src, image.line
    yield from reference_images(page)
    yield from srcset_images(prose, page.body_start_line)


def _path_of(address: str) -> str | None:
    """The address's path as the server reads it, or None when it is not judged (remote,
    `data:`, an anchor, a template left in, a computer path)."""
    a = address.strip().strip("<>").strip()
    if "{" in a:
        a = printed_address(a)
        if "{{" in a or "{%" in a:
            return None
    if not a or a.startswith(("#", "//", "?")) or _SCHEME.match(a) or "\\" in a:
        return None
    path = unquote(a.split("#", 1)[0].split("?", 1)[0])
    if not path or path.endswith("/") or "\0" in path:
        return None
    return path


class _Finder:
    """Looks files up through folder listings (one a folder, shared by the site's check)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def names(self, folder: Path) -> dict[str, str] | None:
        return self.ctx.asset_names(str(folder))

    def has(self, folder: Path, rest: str) -> bool:
        parent, _, name = rest.rpartition("/")
        names = self.ctx.asset_names(
            os.path.join(folder, *parent.split("/")) if parent else str(folder)
        )
        return names is not None and names.get(name.lower()) == name

    def missing(self, candidates: list[tuple[Path, str]]) -> bool:
        """Whether none of the files is there, asked of the disk: the listings may be older
        than a file added since (only asked before telling, so seldom)."""
        return not any(safe_paths.is_file(f.joinpath(*r.split("/"))) for f, r in candidates)

    def closest(self, folder: Path, rest: str) -> str | None:
        """`rest` with its names put right, one folder at a time (capitals first, then the
        closest name), when each has a near miss; None otherwise."""
        fixed = []
        for part in rest.split("/"):
            names = self.names(folder)
            if not names:
                return None
            real = names.get(part.lower())
            if real is None:
                real = close_match(part, sorted(names.values()), 0.7)
                if real is None or another_word(part, real):
                    return None
            fixed.append(real)
            folder = folder / real
        found = "/".join(fixed)
        return found if found != rest else None


def _hidden(places: Places, rest: str) -> bool:
    """Jekyll leaves `_name` and `.name` out of the site (unless `include:` lists them)."""
    parts = rest.split("/")
    return any(
        p.startswith(HIDDEN_START)
        and p not in places.included
        and "/".join(parts[: i + 1]) not in places.included
        for i, p in enumerate(parts)
    )


def check_body_images(page: Page, ctx: Context) -> Iterable[Problem]:
    site = ctx.site
    if site is None:
        return
    places: Places = ctx.fact("image_places", lambda c: places_for(c.site))
    if "" in places.unknown:
        return  # files from outside the folder (a theme, a module, code): nothing is known
    finder = _Finder(ctx)
    seen: set[tuple[int, str]] = set()
    for address, line, only_resources in _page_images(page, places):
        path = _path_of(address)
        if path is None or (line, path) in seen:
            continue
        seen.add((line, path))
        if path.startswith("/"):
            found = _absolute(ctx, places, finder, path)
        else:
            found = _relative(page, ctx, places, finder, path, only_resources)
        if found is None:
            continue
        yield make_problem(
            page, line, None, "image-not-found", _message(ctx, finder, address, path, found)
        )


# What a lookup found wrong: (the folder and path below it the file was looked for at, a
# suggestion for the address's path below that folder, why the file is there but not
# published: `HIDDEN` for its name, else the `exclude:` pattern; None when it is not there).
_Missing = tuple[Path, str, str | None, str | None]
HIDDEN = "_"


def _absolute(ctx: Context, places: Places, finder: _Finder, path: str) -> _Missing | None:
    # The same image recurs across a site's pages: each address is worked out once a site.
    memo = ctx.fact("body_image_lookups", lambda c: {})
    found = memo.get(path, False)
    if found is False:
        found = memo[path] = _look(places, finder, _tries(ctx, places, path))
    if found is None or (not found[0][3] and not finder.missing(found[1])):
        return None
    return found[0]


def _tries(ctx: Context, places: Places, path: str) -> list[str]:
    """The site paths a root-absolute address may name (none when not judged)."""
    wanted = posixpath.normpath(path).lstrip("/")
    if not wanted or wanted.startswith("..") or places.is_unknown(wanted):
        return []
    if places.base_path and wanted.startswith(places.base_path + "/"):
        # Eleventy's pathPrefix: the output folder is the site at that address
        return [wanted[len(places.base_path) + 1 :]]
    base = _base_path(ctx)
    if base and wanted.startswith(base + "/"):
        return [wanted[len(base) + 1 :], wanted]  # written with the site's base path first
    return [wanted]


def _base_path(ctx: Context) -> str:
    site = ctx.site
    config = getattr(site, "config", None) if getattr(site, "generator", "") == "jekyll" else None
    base = config.get("baseurl") if isinstance(config, dict) else None
    return base.strip().strip("/") if isinstance(base, str) else ""


def _look(
    places: Places, finder: _Finder, tries: list[str]
) -> tuple[_Missing, list[tuple[Path, str]]] | None:
    """None when one of the addresses `tries` is published (or not known); else what is
    missing, for the first, and every place its file was looked for."""
    if not tries:
        return None
    first: list[tuple[Path, str]] = []
    for wanted in tries:
        sources = places.sources(wanted)
        if not sources:
            return None  # no known place publishes this address: not judged
        for folder, rest in sources:
            if finder.has(folder, rest):
                if _left_out(places, folder, rest):
                    first = first or [(folder, rest)]
                    continue
                return None
        if any(finder.has(f, wanted) for f in places.elsewhere):
            return None  # in the site folder, but not where it is published: not-published
        first = first or sources
    folder, rest = first[0]
    if finder.has(folder, rest):  # there, but left out of the site
        return (folder, rest, None, _left_out(places, folder, rest)), first
    for folder, rest in first:
        guess = finder.closest(folder, rest)
        if guess is not None and (
            places.exclusion(folder, guess)
            or (_hidden(places, guess) and not _hidden(places, rest))
        ):
            guess = None  # `/_projects/pic.png` is no address Jekyll publishes: no such advice
        if guess is not None:
            return (folder, rest, guess, None), first
    return (first[0][0], first[0][1], None, None), first


def _left_out(places: Places, folder: Path, rest: str) -> str | None:
    """Why Jekyll leaves the file `rest` below `folder` out of the site (`HIDDEN` or the
    `exclude:` pattern), or None."""
    if places.generator != "jekyll":
        return None
    if _hidden(places, rest):
        return HIDDEN
    return places.exclusion(folder, rest)


def _relative(
    page: Page, ctx: Context, places: Places, finder: _Finder, path: str, only_resources: bool
) -> _Missing | None:
    site = ctx.site
    if page.path is None or site is None:
        return None
    here = Path(page.path).parent
    if places.generator == "jekyll":
        url = site.url_for(page.path)
        if not url or not url.startswith("/") or ":" in url:
            return None  # the page's address is not known: nor is the image's
        wanted = posixpath.normpath(posixpath.join(url.rsplit("/", 1)[0] or "/", path))
        missing = _absolute(ctx, places, finder, wanted)
        if missing is None:
            return None
        beside = posixpath.normpath(path)
        if not beside.startswith("..") and finder.has(here, beside):
            return None  # beside the page as written (how an editor shows it): not told
        return missing
    if places.generator == "hugo":
        rest = posixpath.normpath(path)
        if any(not g or rest == g or rest.startswith(g + "/") for g in places.resource_gaps):
            return None  # a mount may bring it into assets/: not known here
        folders = [(r, rest) for r in places.resources]
        if Path(page.path).stem in ("index", "_index"):
            folders.insert(0, (here, rest))  # the bundle's own file first
        elif not only_resources:
            return None  # a page that is no bundle: the image's address depends on the page's
    elif places.generator == "eleventy" and places.image_plugin:
        folders = [(here, posixpath.normpath(path))]
    else:
        return None
    folders = [(f, r) for f, r in folders if not r.startswith("..") and r != "."]
    if not folders:
        return None
    if any(finder.has(folder, rest) for folder, rest in folders) or not finder.missing(folders):
        return None
    folder, rest = folders[0]
    return folder, rest, finder.closest(folder, rest), None


def _message(ctx: Context, finder: _Finder, address: str, path: str, found: _Missing) -> str:
    folder, rest, guess, left_out = found
    what = f"The image '{shown(address.strip())}' will be missing from the page"
    if left_out == HIDDEN:
        return (
            f"{what}: Jekyll does not publish files or folders whose names start with '_' or "
            "'.'. Move the file to a folder such as assets/ and change the address."
        )
    if left_out is not None:
        config = getattr(ctx.site, "config", None)
        if isinstance(config, dict) and "exclude" in config:
            return (
                f"{what}: the site's settings leave '{shown(left_out)}' out of the published "
                "site (exclude: in _config.yml). Move the file to a folder that is published "
                "and change the address, or take it off that list."
            )
        return (
            f"{what}: Jekyll leaves '{shown(left_out)}' out of the published site. Move the "
            "file to a folder such as assets/ and change the address."
        )
    parent, _, name = rest.rpartition("/")
    inside = folder.joinpath(*parent.split("/")) if parent else folder
    where = ctx.rel(inside).strip("/")
    where = where + "/" if where and where != "." else "the site's folder"
    if finder.names(inside) is None:
        said = f"there is no folder {where}"
    else:
        said = f"there is no file '{name}' in {where}"
    if guess is not None:
        return f"{what}: {said}. Did you mean '{_fixed(path, rest, guess)}'?"
    return f"{what}: {said}. Check the name, or add the file there."


def _fixed(path: str, rest: str, guess: str) -> str:
    """The written path with its last names put right (`guess` for `rest`)."""
    if path.endswith(rest):
        return path[: len(path) - len(rest)] + guess
    return guess.rsplit("/", 1)[-1]


register(
    Rule(
        "body_images",
        {"image-not-found": WARNING},
        check=check_body_images,
        wants=_wanted,
    )
)
