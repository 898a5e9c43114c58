"""Hugo: body links to site-absolute addresses (`/about/features/`) that lead to no page.

A Hugo site's sections carry no `permalink` with a fixed folder, so the collection-prefix
screen of `links.py` finds no Hugo link at all. Every Hugo page's address comes from
`content/`, though: an address that is no page's (nor an alias, a file under `static/` or a
content folder, a taxonomy's list, another language's page) leads nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths
from editor_app.core.checks.common import shown
from editor_app.core.checks.context import Context
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
    generated: set[str] = field(default_factory=set)
    lasts: list[str] = field(default_factory=list)


def _gather(ctx: Context) -> HugoUrls:
    out = HugoUrls()
    site = ctx.site
    if site is None:
        return out
    out.pages = {""} | {k.lower().rstrip("/") for k in site.page_addresses()}
    # "Did you mean" offers an address as the page writes it (its own with its final `/`, an
    # alias as given), the first page's in the site's order: the address map keeps them
    # normalised and own addresses first, which would change the guess (`/alis/`: the alias
    # `/doc/alias/`, not the page's own `/content-management/urls/`).
    for e in site.entries():
        for url in [site.url_for(e.path), *old_addresses(e.front_matter)]:
            if isinstance(url, str) and url.strip():
                key = normal_url(url).lower().rstrip("/")
                out.by_last.setdefault(key.rsplit("/", 1)[-1], url)
    config = site.layout.config if getattr(site, "layout", None) is not None else {}
    taxonomies = config.get("taxonomies") if isinstance(config, dict) else None
    if isinstance(taxonomies, dict):
        out.generated |= {str(v).lower() for v in taxonomies.values()}
    else:  # Hugo's own two when the site names none
        out.generated |= {"tags", "categories"}
    languages = config.get("languages") if isinstance(config, dict) else None
    if isinstance(languages, dict):
        out.generated |= {str(k).lower() for k in languages}
    out.generated |= {str(lang).lower() for _f, lang in site.layout.content if lang}
    out.lasts = sorted(k for k in out.by_last if k)
    return out


_FILE_LIKE = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def broken_hugo_links(
    page: Page, ctx: Context, scan: str, links: Iterable[re.Pattern[str]]
) -> Iterator[tuple[int, str, str | None]]:
    """`(offset in scan, the link as written, the page address meant or None)` for each
    site-absolute link of `scan` (the page's prose) that leads to no page of the Hugo site."""
    site = ctx.site
    assert site is not None
    urls: HugoUrls = ctx.fact("hugo_urls", _gather)
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
            if parts[0] in urls.generated or _FILE_LIKE.search(parts[-1]):
                continue  # a list Hugo makes, another language, or a file (judged elsewhere)
            found = site.resolve_inside(path.lstrip("/"))
            if found is not None and safe_paths.exists(found):
                continue  # a file or folder the site serves (static/, a page bundle)
            yield m.start(1), shown(url), _guess(ctx, urls, parts[-1])


def _guess(ctx: Context, urls: HugoUrls, last: str) -> str | None:
    """The address whose last part is closest to `last` (remembered: a site links to the
    same missing page from many pages)."""
    key = (("hugo-url",), last, 0.7)
    if key not in ctx.guesses:
        best = close_match(last, urls.lasts, 0.7) if last else None
        ctx.guesses[key] = urls.by_last[best] if best else None
    return ctx.guesses[key]
