"""Links: body links to pages, posts (`{% post_url %}`) and files (`{% link %}`) that do not exist."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths
from editor_app.core.checks.body_text import page_prose
from editor_app.core.checks.common import (
    DATED_STEM,
    file_stem,
    shown,
    singular,
    slug,
)
from editor_app.core.checks.context import Context
from editor_app.core.checks.hugo_links import broken_hugo_links
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.suggest import close_match
from editor_app.core.site_urls import normal_url, old_addresses

_MD_LINK = re.compile(r"\]\(\s*<?([^()\s<>\[\]]+)>?(?:\s+[\"'(][^)]*)?\)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_HREF = re.compile(r"""\b(?:href)\s*=\s*["']([^"']+)["']""", re.I)
_POST_URL = re.compile(r"\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}")
_LINK_TAG = re.compile(r"\{%-?\s*link\s+([^\s%]+)\s*-?%\}")
# Where a link to a page of this site may start: cheap to look for before the full scan.
_BASEURL_ANY = re.compile(r"\{\{-?\s*site\.baseurl\s*-?\}\}")


_PLAIN_STEM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _link_index(
    ctx: Context, coll: str
) -> tuple[dict[tuple[str, str], list[Path]], dict[str, Path]]:
    """Documents by (collection, URL slug), those of `coll` at least, and pages with their own
    `permalink` or old addresses, built once; each collection's documents are added on the
    first link to it (most links go to a few collections: the others' names are never
    worked out).

    Checking a link then asks `Site.url_for` about a handful of candidates instead of working
    out the URL of every document of the site.
    """
    with ctx.lock:
        assert ctx.site is not None
        if ctx.link_index is None:
            custom: dict[str, Path] = {}
            for e in ctx.site.entries():
                if e.collection is None:
                    continue
                fm = e.front_matter
                if isinstance(fm.get("permalink"), str):
                    url = ctx.site.url_for(e.path)
                    if url:
                        custom[normal_url(url)] = e.path
                # Old addresses kept by jekyll-redirect-from and Hugo still lead to the page.
                for url in old_addresses(fm):
                    custom.setdefault(normal_url(url), e.path)
            ctx.link_index = (defaultdict(list), custom, set())
        by_slug, custom, slugged = ctx.link_index
        if coll not in slugged:
            slugged.add(coll)
            for e in ctx.site.entries():
                if e.collection != coll:
                    continue
                stem = file_stem(e.path.name)
                plain = stem.lower()
                if _PLAIN_STEM.match(plain) is None:
                    keys = {slug(stem), plain, slug(DATED_STEM.sub("", stem))}
                else:  # the usual file name: its own slug already
                    keys = {plain, DATED_STEM.sub("", plain)}
                for k in keys:
                    by_slug[(coll, k)].append(e.path)
        return by_slug, custom


def _url_exists(ctx: Context, coll: str, path: str) -> bool:
    assert ctx.site is not None
    by_slug, custom = _link_index(ctx, coll)
    wanted = normal_url(path)
    if wanted in custom:
        # An old address (`redirect_from`) is taken as written; the page's own, as built.
        page = custom[wanted]
        own = ctx.site.url_for(page)
        if own is None or normal_url(own) != wanted or _served_at(own, path):
            return True
        entry = ctx.site.entry(page)
        olds = old_addresses(entry.front_matter) if entry is not None else []
        if any(normal_url(old) == wanted for old in olds):
            return True
    last = wanted.rsplit("/", 1)[-1]
    for key in {last.lower(), slug(last)}:
        for candidate in by_slug.get((coll, key), ()):
            url = ctx.site.url_for(candidate)
            if url is not None and normal_url(url) == wanted and _served_at(url, path):
                return True
    return False


def _served_at(url: str, link: str) -> bool:
    """Does the page built at `url` answer the link `link` (the same address but for a final
    `/`, `.html` or `index.html`)? An address with no final `/` (`/resources/a`, a permalink
    `:collection/:name`) is written as a file, `resources/a.html` (Jekyll) or `resources/a`
    (Eleventy): `/resources/a` and `/resources/a.html` reach it, `/resources/a/` asks for a
    folder that is not there and is not found (GitHub Pages, `jekyll serve`)."""
    if not link.endswith("/") or link == "/":
        return True
    return url.endswith(("/", "/index.html", "/index.htm"))


def _url_guess(ctx: Context, coll: str, path: str) -> str | None:
    """The URL of the document whose name is closest to the link's last part (remembered)."""
    last = normal_url(path).rsplit("/", 1)[-1].lower()
    key = (("url", coll), last, 0.7)
    if key not in ctx.guesses:
        by_slug, _ = _link_index(ctx, coll)
        slugs = ctx.url_slugs.get(coll)
        if slugs is None:  # one list per collection, not one per broken link
            slugs = ctx.url_slugs[coll] = [k for (c, k) in by_slug if c == coll]
        # The index discards, in C, every name too far to be meant (checks/suggest.py).
        found = close_match(last, slugs, 0.7)
        best = [found] if found is not None else []
        url = None
        if best and ctx.site is not None:
            url = ctx.site.url_for(by_slug[(coll, best[0])][0])
        ctx.guesses[key] = url
    return ctx.guesses[key]


def _may_link_to_pages(
    body: str, prefixes: list[tuple[str, str]], any_prefix: re.Pattern[str] | None = None
) -> bool:
    """Does a collection URL (`/resources/`) appear where a link starts? (`](`, `href="`,
    `]:`, or after `{{ site.baseurl }}`; `/assets/resources/x.pdf` does not count).

    `any_prefix` matches any of the prefixes: one scan finds where the next one starts.
    """
    if any_prefix is not None:
        m = any_prefix.search(body)
        while m is not None:
            i = m.start()
            before = body[max(0, i - 12) : i].rstrip(" \t<")
            if before.endswith(("](", '="', "='", "]:", "}}")):
                return True
            m = any_prefix.search(body, i + 1)  # from the next character: overlaps count too
        return False
    for pre, _ in prefixes:
        i = body.find(pre)
        while i >= 0:
            before = body[max(0, i - 12) : i].rstrip(" \t<")
            if before.endswith(("](", '="', "='", "]:", "}}")):
                return True
            i = body.find(pre, i + 1)
    return False


def check_links(page: Page, ctx: Context) -> Iterable[Problem]:
    body = page.body
    if ctx.site is None or not body:
        return
    # Blanking examples never makes a tag: without the words, no tag to read (most pages).
    if "{" in body and "{%" in body and ("post_url" in body or "link" in body):
        # Tags shown as examples (in raw blocks or code) are text, not links.
        tags = page_prose(page)
        for m in _POST_URL.finditer(tags):
            name = m.group(1).strip("'\"")
            stem = Path(name).stem if name.endswith((".md", ".markdown", ".html")) else name
            if stem.split("/")[-1] in ctx.post_names or name in ctx.post_names:
                continue
            guess = ctx.post_index.closest(stem, 0.7) if ctx.post_names else None
            hint = f" Did you mean '{guess}'?" if guess else ""
            yield make_problem(
                page,
                page.body_line(m.start()),
                None,
                "broken-link",
                f"The link to the post '{name}' points at no post of this site, and the site "
                f"cannot be built with it.{hint}",
            )
        for m in _LINK_TAG.finditer(tags):
            target = ctx.site.resolve_inside(m.group(1).strip("'\""))
            if target is None or not safe_paths.exists(target):
                yield make_problem(
                    page,
                    page.body_line(m.start()),
                    None,
                    "broken-link",
                    f"The link to '{m.group(1)}' points at no file of this site, and the site "
                    "cannot be built with it.",
                )
    if getattr(ctx.site, "generator", "") == "hugo":
        # Hugo's sections have no fixed folder to screen links by: every site-absolute link.
        if any(start in body for start in ("](/", "]: /", '="/', "='/", "(</")):
            yield from _hugo_links(page, ctx)
        return
    if not _may_link_to_pages(body, ctx.url_prefixes, ctx.any_url_prefix):
        return  # no link to a page of a collection: the usual case, found out cheaply
    # Links inside code or raw blocks are examples, not links.
    scan = page_prose(page)  # (worked out once a page, for the tags above too)
    if "{{" in scan:
        # `{{ site.baseurl }}/resources/x` links to `/resources/x` (lines stay where they are).
        scan = _BASEURL_ANY.sub("", scan)
    seen: set[tuple[int, str]] = set()
    for rx in (_MD_LINK, _HREF, _REF_DEF):
        for m in rx.finditer(scan):
            url = m.group(1).strip()
            if not url.startswith("/") or url.startswith("//"):
                continue
            path = unquote(urlsplit(url).path)
            coll = next((c for pre, c in ctx.url_prefixes if path.startswith(pre)), None)
            if coll is None:
                continue  # a page outside the collections, or a file: not known here
            if _url_exists(ctx, coll, path):
                continue
            line = page.body_start_line + scan.count("\n", 0, m.start(1))
            if (line, path) in seen:
                continue
            seen.add((line, path))
            guess = _url_guess(ctx, coll, path)
            word = singular(ctx.site.collections[coll].label)
            hint = f" Did you mean '{guess}'?" if guess else ""
            yield make_problem(
                page,
                line,
                None,
                "broken-link",
                f"The link to '{shown(url)}' points at no {word} of this site.{hint}",
            )


def _hugo_links(page: Page, ctx: Context) -> Iterable[Problem]:
    scan = page_prose(page)
    seen: set[tuple[int, str]] = set()
    for start, url, guess, what in broken_hugo_links(page, ctx, scan, (_MD_LINK, _HREF, _REF_DEF)):
        line = page.body_start_line + scan.count("\n", 0, start)
        if (line, url) in seen:
            continue
        seen.add((line, url))
        hint = f" Did you mean '{guess}'?" if guess else ""
        yield make_problem(
            page,
            line,
            None,
            "broken-link",
            f"The link to '{url}' points at no {what} of this site.{hint}",
        )


register(
    Rule(
        "links",
        {"broken-link": ERROR},
        check=check_links,
        wants=lambda page: "{" in page.body or "/" in page.body,
        needs=("usage", "urls", "link_index"),
    )
)
