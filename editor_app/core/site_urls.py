"""The web addresses of a site's pages, as its generator makes them (part of `Site`).

`SiteUrls` is mixed into `core.site.Site`: `url_for(path)` from the collection's permalink
(Jekyll's placeholders and styles), Hugo's and Eleventy's folder addresses (another language
under `/LANG/`), and `find_by_url(url)`, old addresses kept by `redirect_from`/`aliases`
included.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from editor_app.core.hugo_addresses import default_in_subdir, given_address, hugo_alias_address
from editor_app.core.hugo_urlize import path_sanitized, path_settings
from editor_app.core.site_layout import Collection

if TYPE_CHECKING:
    import threading

    from editor_app.core.site_layout import Layout

_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.*)$")
# Jekyll's built-in permalink styles.
PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_PLACEHOLDER = re.compile(r":([a-z_]+)")


class SiteUrls:
    """Page addresses; needs the `Site` attributes named below."""

    root: Path
    config: dict
    is_jekyll: bool
    collections: dict[str, Collection]
    layout: Layout
    _content_base: Path
    _entries: list[Any] | None
    _by_path: dict[Path, Any]
    _urls: dict[str, Path] | None
    _index_folders: dict[Path, frozenset[str]] | None  # dropped with `_urls`
    _lock: threading.RLock

    def entries(self) -> list[Any]:  # pragma: no cover - provided by Site
        raise NotImplementedError

    def collection_of(self, path: str | os.PathLike[str]) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def _full_path(self, path: str | os.PathLike[str]) -> Path:  # pragma: no cover - by Site
        raise NotImplementedError

    def _front_matter_of(self, path: Path) -> dict:  # pragma: no cover - provided by Site
        raise NotImplementedError

    # -- URLs and paths ---------------------------------------------------------------------

    def url_for(self, path: str | os.PathLike[str]) -> str | None:
        """The page's URL on the published site, or None when it is not published."""
        p = self._full_path(path)
        entry = self._by_path.get(p) if self._entries is not None else None
        if entry is not None:
            return self._url_of(p, entry.front_matter, entry.collection)
        return self._url_of(p, self._front_matter_of(p), self.collection_of(p))

    def url_on_day(self, path: str | os.PathLike[str], day: date, fm: dict) -> str | None:
        """The address of the page whose header is `fm` were its date on `day` (a post's
        address by its file name's day and by its date field's: core/post_rename_addresses)."""
        p = self._full_path(path)
        return self._url_of(p, {**fm, "date": day}, self.collection_of(p))

    def content_folder_of(self, path: Path) -> tuple[Path, str | None] | None:
        """The content folder (resolved) holding the resolved `path`, with its language (a Hugo
        mount's `lang`), or None when the page is in none (Hugo, Eleventy: the folders the
        generator reads pages from; the source folder when the layout gives none)."""
        return next(
            ((f, lang) for f, lang in self.content_folders() if path.is_relative_to(f)), None
        )

    def content_folders(self) -> list[tuple[Path, str | None]]:
        """The folders the generator reads pages from (resolved), each with its language (a
        Hugo mount's `lang`); the content base alone when the layout gives none."""
        folders = self.layout.content or [(self._content_base, None)]
        return [(Path(folder).resolve(), lang) for folder, lang in folders]

    def index_folders(self, content_folder: Path) -> frozenset[str] | None:
        """The folders of the content folder `content_folder` (paths in it, `posts/sub`)
        holding an `_index` page, as the site's index lists them (Hugo's sections: worked out
        once for the index, not by listing each page's folders), or None with no index yet."""
        with self._lock:
            if self._entries is None:
                return None
            if self._index_folders is None:
                content = [f for f, _lang in self.content_folders()]
                found: dict[Path, set[str]] = {f: set() for f in content}
                others: dict[Path, set[tuple[str, ...]]] = {f: set() for f in content}
                for e in self._entries:
                    for f in content:
                        if e.path.is_relative_to(f):
                            folder = e.path.parent.relative_to(f)
                            if e.path.name.startswith("_index."):
                                found[f].add(folder.as_posix())
                            else:
                                others[f].add(folder.parts)
                for f in content:
                    found[f] |= _other_index_folders(f, others[f], found[f])
                self._index_folders = {f: frozenset(names) for f, names in found.items()}
            return self._index_folders.get(content_folder, frozenset())

    def folder_url_for(self, path: str | os.PathLike[str]) -> str | None:
        """A Hugo page's address by its folder alone, were its `url:`, `slug:` and its
        section's `[permalinks]` template not there (`url_for` elsewhere)."""
        p = self._full_path(path)
        entry = self._by_path.get(p) if self._entries is not None else None
        fm = entry.front_matter if entry is not None else self._front_matter_of(p)
        name = entry.collection if entry is not None else self.collection_of(p)
        return self._url_of(p, fm, name, given=False)

    def _url_of(self, p: Path, fm: dict, name: str | None, given: bool = True) -> str | None:
        coll = self.collections.get(name) if name else None
        own = fm.get("permalink")
        if not self.is_jekyll:
            if isinstance(own, str) and own:
                return "/" + own.lstrip("/")
            found = self.content_folder_of(p)
            if found is None:
                return None
            rel, lang = p.relative_to(found[0]), found[1]
            # Hugo puts the other languages under their code: /fr/posts/x/.
            prefix = [lang] if lang and lang != self.layout.default_language else []
            parts = list(rel.with_suffix("").parts)
            # Hugo's translation by file name: `about.fr.md` is the French `about`.
            languages = self.layout.config.get("languages")
            stem, dot, code = parts[-1].rpartition(".") if parts else ("", "", "")
            if dot and stem and isinstance(languages, dict) and code.lower() in languages:
                parts[-1] = stem
                rel = rel.with_name(stem + rel.suffix)  # its file name, for `permalinks`
                if code.lower() != self.layout.default_language and not prefix:
                    prefix = [code.lower()]
            if not prefix and self.layout.generator == "hugo":
                # `defaultContentLanguageInSubdir` (two languages or more): the default
                # language's pages too are under its code, /en/posts/a/ (`hugo` 0.111).
                prefix = [sub] if (sub := default_in_subdir(self.layout.config)) else []
            parts = prefix + parts
            if parts and parts[-1] in ("index", "_index"):
                parts.pop()
            address = "/".join(parts)
            if self.layout.generator != "hugo":
                return "/" + address + ("/" if parts else "")
            config = self.layout.config
            folder_address = "/" + _hugo_page_path(address, config) + ("/" if parts else "")
            if not given:
                return folder_address
            # `url:`, the section's `[permalinks]` template or `slug:` (core/hugo_addresses).
            return given_address(
                PurePosixPath(rel.as_posix()),
                fm if isinstance(fm, dict) else {},
                folder_address,
                prefix[0] if prefix else "",
                config,
                self.sections_of(found[0]),
            )
        if coll is not None and not coll.output:
            return None
        if coll is not None:
            template = own if isinstance(own, str) and own else coll.permalink
            if not template:
                return None
            values = self._placeholders(p, fm, coll)
        else:
            if not p.is_relative_to(self.root):
                return None
            rel = p.relative_to(self.root)
            if isinstance(own, str) and own:
                template = own
            else:
                style = self.config.get("permalink")
                pretty = style == "pretty" or (isinstance(style, str) and style.endswith("/"))
                parts = list(rel.with_suffix("").parts)
                if parts and parts[-1] == "index":
                    return "/" + "/".join(parts[:-1]) + ("/" if len(parts) > 1 else "")
                return "/" + "/".join(parts) + ("/" if pretty else ".html")
            values = self._placeholders(p, fm, None)
        return _expand(template, values)

    def sections_of(self, content_folder: Path) -> Path | frozenset[str]:
        """What tells Hugo's sections in `content_folder` (`hugo_addresses.SectionFolders`):
        the index's folders holding an `_index` page, or the folder itself (then listed)."""
        known = self.index_folders(content_folder)
        return content_folder if known is None else known

    def _placeholders(self, path: Path, fm: dict, coll: Collection | None) -> dict[str, str]:
        stem = path.stem
        m = _DATED_NAME.match(stem)
        slug_part = m.group(4) if (m and (coll is None or coll.dated)) else stem
        when = fm.get("date")
        d: date | None = None
        if when is not None:
            from editor_app.core.checks.dates import date_on_site

            # Jekyll's day: the date field's, as text too (`2016-04-21 10:26:12 -0700` is no
            # YAML time), in the site's `timezone`; the file name's only without one.
            d = date_on_site(when, self)
        if d is None and m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                d = None
        cats = fm.get("categories", fm.get("category"))
        if isinstance(cats, str):
            cats = cats.split()
        cats = [str(c).lower() for c in cats] if isinstance(cats, list) else []
        own_slug = fm.get("slug")
        values = {
            "collection": coll.name if coll else "",
            "path": (
                path.relative_to(coll.folder).with_suffix("").as_posix()
                if coll
                else path.relative_to(self.root).with_suffix("").as_posix()
            ),
            "name": _slugify(stem),
            "basename": stem,
            "title": _slugify(str(own_slug), cased=True)
            if own_slug
            else _slugify(slug_part, cased=True),
            "slug": _slugify(str(own_slug)) if own_slug else _slugify(slug_part),
            "categories": "/".join(dict.fromkeys(cats)),
            "output_ext": ".html",
        }
        if d is not None:
            values.update(
                year=f"{d.year:04d}",
                month=f"{d.month:02d}",
                i_month=str(d.month),
                day=f"{d.day:02d}",
                i_day=str(d.day),
                short_year=f"{d.year % 100:02d}",
                y_day=f"{d.timetuple().tm_yday:03d}",
                short_month=d.strftime("%b"),
                long_month=d.strftime("%B"),
                week=d.strftime("%V"),
                short_day=d.strftime("%a"),
                long_day=d.strftime("%A"),
            )
        return values

    def _url_map(self) -> dict[str, Path]:
        with self._lock:
            if self._urls is None:
                urls: dict[str, Path] = {}
                own: list[str | None] = []
                entries = self.entries()
                for e in entries:
                    url = self._url_of(e.path, e.front_matter, e.collection)
                    own.append(url)
                    if url is not None:
                        urls.setdefault(normal_url(url), e.path)
                # Old addresses kept by a redirect (jekyll-redirect-from, Hugo `aliases`) still
                # lead to the page; its own address wins over another page's old one. (A Hugo
                # alias without a leading slash is from the page's own folder.)
                hugo = self.layout.generator == "hugo"
                for e, url in zip(entries, own, strict=True):
                    for old in old_addresses(e.front_matter, url if hugo else None):
                        urls.setdefault(normal_url(old), e.path)
                self._urls = urls
            return self._urls

    def page_addresses(self) -> Mapping[str, Path]:
        """Every address that leads to a page (`normal_url` form, the case kept), old ones
        kept by `redirect_from`/`aliases` included, with the page's path (built once)."""
        return MappingProxyType(self._url_map())

    def find_by_url(self, url: str) -> Path | None:
        """The document published at `url` (site-relative, with or without `.html` or `/`)."""
        if not isinstance(url, str) or not url.strip():
            return None
        path = unquote(urlsplit(url.strip()).path)
        base = self.config.get("baseurl")
        if isinstance(base, str) and base.strip("/"):
            prefix = "/" + base.strip("/")
            if path == prefix or path.startswith(prefix + "/"):
                path = path[len(prefix) :]
        return self._url_map().get(normal_url(path))


def old_addresses(front_matter: dict, page_url: str | None = None) -> list[str]:
    """The old addresses a page keeps leading to it (jekyll-redirect-from's `redirect_from:`,
    Hugo's `aliases:`; one or a list), as written, blank ones left out; with the page's own
    address (`page_url`), a Hugo alias without a leading slash is resolved from its folder,
    as Hugo publishes it (`rel/` on `/fr/posts/a/` is `/fr/posts/rel/`, `../up/` `/up/`)."""
    found: list[str] = []
    for key in ("redirect_from", "aliases"):
        old = front_matter.get(key)
        for url in old if isinstance(old, list) else [old]:
            if isinstance(url, str) and url.strip():
                if key == "aliases" and page_url:
                    url = hugo_alias_address(url, page_url)
                found.append(url)
    return found


def published_address(site: Any) -> tuple[Any, Any]:
    """The site's published host (`url`) and base path (`baseurl`) as its settings give them:
    Jekyll's and Eleventy's two settings, Hugo's `baseURL` split into the two (None, None when
    the site gives none)."""
    if getattr(site, "generator", None) != "hugo":
        config = site.config if isinstance(getattr(site, "config", None), dict) else {}
        return config.get("url"), config.get("baseurl")
    layout = getattr(site, "layout", None)
    base = getattr(layout, "config", {}).get("baseurl") if layout is not None else None
    if not isinstance(base, str) or "//" not in base:
        return None, None
    parts = urlsplit(base.strip())
    return f"{parts.scheme}://{parts.netloc}", parts.path


def site_permalink(config: dict) -> str:
    """The site's own permalink template (Jekyll `permalink:`, a style name or a template)."""
    style = config.get("permalink")
    if not isinstance(style, str) or not style:
        style = "date"
    return PERMALINK_STYLES.get(style, style)


def _hugo_page_path(path: str, config: dict) -> str:
    """A Hugo page's path as Hugo makes it (`MakePathSanitized`): spaces as hyphens, other
    punctuation dropped, accents removed when `removePathAccents` is set, lowered unless
    `disablePathToLower` is (`config`: Hugo's settings, their names lowered as
    `site_settings` reads them)."""
    return path_sanitized(path, *path_settings(config))


def _slugify(text: str, cased: bool = False) -> str:
    """Jekyll's default slugify: anything but letters and digits becomes one hyphen."""
    slug = re.sub(r"[^\w]+|_+", "-", text).strip("-")
    return slug if cased else slug.lower()


def add_permalink_suffix(template: str, style: Any) -> str:
    """Jekyll's `add_permalink_suffix`: a collection's default URL follows the site's style."""
    if style in ("pretty",):
        return template + "/"
    if style in ("date", "ordinal", "none", "weekdate", None, ""):
        return template + ":output_ext"
    if isinstance(style, str):
        if style.endswith("/"):
            return template + "/"
        if style.endswith(":output_ext"):
            return template + ":output_ext"
    return template


def _expand(template: str, values: dict[str, str]) -> str:
    url = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
    url = re.sub(r"/{2,}", "/", "/" + url)
    return url


def normal_url(url: str) -> str:
    """A site address as compared with others: one leading `/`, no final `/`, `index.html`
    or `.html` (`resources/a/index.html` and `/resources/a/` are both `/resources/a`)."""
    url = "/" + url.strip().lstrip("/")
    if url.endswith("/index.html"):
        url = url[: -len("index.html")]
    elif url.endswith(".html"):
        url = url[: -len(".html")]
    return url.rstrip("/") or "/"


# Hugo's section pages in its content formats other than the Markdown the index lists (HTML,
# AsciiDoc, Pandoc, Org, reStructuredText, Markdown spelt `.mdown`).
HUGO_OTHER_SECTION_PAGES = tuple(
    "_index." + suffix
    for suffix in ("html", "htm", "adoc", "asciidoc", "ad", "pandoc", "pdc", "org", "rst", "mdown")
)


def _other_index_folders(
    content_folder: Path, page_folders: set[tuple[str, ...]], indexed: set[str]
) -> set[str]:
    """The folders above the index's pages (below the top: a top folder is always a section)
    whose `_index` page the index does not list, being no Markdown (`_index.html`): Hugo
    reads them as sections all the same. Each folder looked at once, for a section page of
    each content format Hugo reads (`HUGO_OTHER_SECTION_PAGES`), without listing it."""
    found: set[str] = set()
    seen: set[str] = set()
    for parts in page_folders:
        for depth in range(len(parts), 1, -1):
            name = "/".join(parts[:depth])
            if name in seen or name in indexed:
                continue
            seen.add(name)
            folder = content_folder.joinpath(*parts[:depth])
            if any(os.path.isfile(folder / page) for page in HUGO_OTHER_SECTION_PAGES):
                found.add(name)
    return found
