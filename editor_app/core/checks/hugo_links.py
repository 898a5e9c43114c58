"""Hugo: body links to site-absolute addresses (`/about/features/`) that lead to no page.

A Hugo site's sections carry no `permalink` with a fixed folder, so the collection-prefix
screen of `links.py` finds no Hugo link at all. Every Hugo page's address comes from
`content/`, though: an address that is no page's (nor an alias, a file under `static/` or a
content folder, a taxonomy's list, another language's page) leads nowhere. An address under
another language's folder (`/fr/about/`) is judged as that language's pages give it (its home,
its lists and its sections' folders are Hugo's own); an address naming a file Hugo only copies
(`/images/x.png`, `/files/a.pdf`: from `static/` or a page bundle) is judged against the files,
with the closest name in that folder; a page's image is left to the image check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths
from editor_app.core.checks.common import shown
from editor_app.core.checks.content_links import page_images
from editor_app.core.checks.context import Context
from editor_app.core.checks.hugo_permalinks import permalink_addresses
from editor_app.core.checks.page import Page
from editor_app.core.checks.suggest import close_match
from editor_app.core.site_urls import normal_url, old_addresses


@dataclass
class HugoUrls:
    """The site's page addresses (lower case, no trailing slash: Hugo writes paths in lower
    case unless `disablePathToLower`), their last parts for "did you mean", and the first
    folders whose addresses Hugo makes itself (taxonomies, other languages)."""

    pages: set[str] = field(default_factory=set)
    by_last: dict[str, str] = field(default_factory=dict)
    lists: set[str] = field(default_factory=set)  # the taxonomies' folders
    languages: set[str] = field(default_factory=set)
    default_language: str = "en"
    lasts: list[str] = field(default_factory=list)
    bundles: dict[str, Path] = field(default_factory=dict)  # a bundle's address: its folder
    complete: bool = True  # False: a `permalinks` template left addresses unknown
    moved_from: set[str] = field(default_factory=set)  # folder addresses `permalinks` moved


def _gather(ctx: Context) -> HugoUrls:
    out = HugoUrls()
    site = ctx.site
    if site is None:
        return out
    config = site.layout.config if getattr(site, "layout", None) is not None else {}
    placed, out.complete = permalink_addresses(site, config if isinstance(config, dict) else {})
    # A page a `permalinks` template places is published there only, not at its folder's address.
    addresses = site.page_addresses()
    out.pages = {""} | {k.lower().rstrip("/") for k in addresses}
    if placed:
        out.moved_from = {
            normal_url(site.folder_url_for(e.path) or "").lower().rstrip("/") for e in placed
        } - {""}
    # A page bundle's files are published beside its page, at its address (`url:`, `slug:` or
    # a `permalinks` template may move it away from its folder).
    for address, path in addresses.items():
        if Path(path).stem in ("index", "_index"):
            out.bundles.setdefault(address.lower().rstrip("/"), Path(path).parent)
    # "Did you mean" offers an address as the page writes it (its own with its final `/`, an
    # alias as given), the first page's in the site's order: the address map keeps them
    # normalised and own addresses first, which would change the guess (`/alis/`: the alias
    # `/doc/alias/`, not the page's own `/content-management/urls/`).
    for e in site.entries():
        own = site.url_for(e.path)
        for url in [own, *old_addresses(e.front_matter, own)]:
            if isinstance(url, str) and url.strip():
                key = normal_url(url).lower().rstrip("/")
                out.by_last.setdefault(key.rsplit("/", 1)[-1], url)
    taxonomies = config.get("taxonomies") if isinstance(config, dict) else None
    if isinstance(taxonomies, dict):
        out.lists |= {str(v).lower() for v in taxonomies.values()}
    else:  # Hugo's own two when the site names none
        out.lists |= {"tags", "categories"}
    languages = config.get("languages") if isinstance(config, dict) else None
    if isinstance(languages, dict):
        out.languages |= {str(k).lower() for k in languages}
    out.languages |= {str(lang).lower() for _f, lang in site.layout.content if lang}
    out.default_language = str(getattr(site.layout, "default_language", None) or "en").lower()
    out.lasts = sorted(k for k in out.by_last if k)
    return out


_FILE_LIKE = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# Files Hugo only copies (from static/ or a page bundle), never makes: a link to one that is
# not there is broken. Others (`index.xml`, `sitemap.xml`, `a.html`, `main.css` from Pipes)
# may be Hugo's own output and are not judged.
_COPIED_FILES = frozenset(
    "png jpg jpeg gif svg webp avif ico bmp tif tiff pdf zip gz tgz tar 7z doc docx xls xlsx "
    "ppt pptx odt ods odp epub csv mp3 mp4 m4a webm ogg ogv wav mov woff woff2 ttf otf".split()
)


def broken_hugo_links(
    page: Page, ctx: Context, scan: str, links: Iterable[re.Pattern[str]]
) -> Iterator[tuple[int, str, str | None, str]]:
    """`(offset in scan, the link as written, the address meant or None, "page" or "file")`
    for each site-absolute link of `scan` (the page's prose) that leads nowhere on the Hugo
    site."""
    site = ctx.site
    assert site is not None
    urls: HugoUrls = ctx.fact("hugo_urls", _gather)
    images: set[str] | None = None
    for rx in links:
        for m in rx.finditer(scan):
            url = m.group(1).strip()
            if not url.startswith("/") or url.startswith("//"):
                continue
            path = unquote(urlsplit(url).path)
            key = normal_url(path).lower().rstrip("/")
            if key in urls.pages:
                continue
            parts = key.strip("/").split("/")
            if parts[0] in urls.lists:
                continue  # a list Hugo makes
            if _FILE_LIKE.search(parts[-1]):
                if parts[-1].rsplit(".", 1)[-1] not in _COPIED_FILES or _served(site, path):
                    continue
                bundle = urls.bundles.get(key.rsplit("/", 1)[0])
                if bundle is not None and safe_paths.exists(bundle / path.rsplit("/", 1)[-1]):
                    continue  # a file of the page bundle published at that address
                if images is None:  # a page's image is the image check's to tell
                    images = {i.src.strip().strip("<>") for i in page_images(page)}
                if url in images:
                    continue
                yield m.start(1), shown(url), _file_guess_once(ctx, path, bundle), "file"
                continue
            if parts[0] in urls.languages and _language_own(site, urls, parts):
                continue
            if (_served(site, path) and key not in urls.moved_from) or not urls.complete:
                continue  # a file or folder the site serves, or pages' addresses unknown
            yield m.start(1), shown(url), _guess(ctx, urls, parts[-1]), "page"


def _served(site: object, path: str) -> bool:
    """Whether the site serves a file or folder at `path` (static/, the content folders)."""
    found = site.resolve_inside(path.lstrip("/"))  # type: ignore[attr-defined]
    return found is not None and safe_paths.exists(found)


def _language_own(site: object, urls: HugoUrls, parts: list[str]) -> bool:
    """Whether `/<language>/rest` is an address Hugo makes for that language: its home, its
    taxonomies' lists, a section's list (a folder of pages). (The default language's pages
    published under its code, `defaultContentLanguageInSubdir`, have their addresses there:
    `SiteUrls`.)"""
    rest = parts[1:]
    if not rest or rest[0] in urls.lists:
        return True
    return any(
        safe_paths.is_dir(folder / "/".join(rest))
        for folder, _lang in site.content_folders()  # type: ignore[attr-defined]
    )


def _file_guess_once(ctx: Context, path: str, bundle: Path | None) -> str | None:
    """`_file_guess`, remembered for the Check: a missing file linked from many pages (a
    shared logo, a moved PDF) lists its folders once, not once per link."""
    key = (("hugo-file",), path, str(bundle) if bundle is not None else None)
    if key not in ctx.guesses:
        ctx.guesses[key] = _file_guess(ctx.site, path, bundle)
    return ctx.guesses[key]


def _file_guess(site: object, path: str, bundle: Path | None = None) -> str | None:
    """The address of the file named most like the missing one, in the folder the link names
    (under static/ or a content folder, or the page bundle published there), or None."""
    folder, _slash, name = path.lstrip("/").rpartition("/")
    if not name or ".." in folder.split("/"):
        return None
    names: set[str] = set()
    bases = [site.root / "static"] + [f for f, _lang in site.content_folders()]  # type: ignore[attr-defined]
    places = [base / folder for base in bases] + ([bundle] if bundle is not None else [])
    for place in places:
        try:
            names.update(
                p.name
                for p in place.iterdir()
                if p.suffix[1:].lower() in _COPIED_FILES and p.is_file()
            )
        except (OSError, ValueError):
            continue  # no such folder there
    best = close_match(name, sorted(names), 0.7)
    return "/" + (folder + "/" if folder else "") + best if best else None


def _guess(ctx: Context, urls: HugoUrls, last: str) -> str | None:
    """The address whose last part is closest to `last` (remembered: a site links to the
    same missing page from many pages)."""
    key = (("hugo-url",), last, 0.7)
    if key not in ctx.guesses:
        best = close_match(last, urls.lasts, 0.7) if last else None
        ctx.guesses[key] = urls.by_last[best] if best else None
    return ctx.guesses[key]
