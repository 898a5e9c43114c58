"""Links written as a Jekyll post's web address (`/news/2016/06/02/slug/`,
`{{ site.baseurl }}/2019/03/02/slug.html`, `https://example.com/...`) when its file is renamed
to its date field's day (core/post_rename.py).

A document whose address is made from its file name (`/:collection/:name`) moves with it:
links to its address today are changed to the new one, as its `post_url` tags are.

Jekyll publishes a post at the day of its `date` field, not of its file name. A link written
with the file name's day, the address the post would have if the two agreed, leads nowhere;
once the file takes the date field's day, such a link is changed to the address the site
publishes. Only where that address is worked out with certainty (the site's `permalink`
setting, the collection's or the post's own; a slug that reads the same to every slugify;
no folder categories); otherwise, and for a link written in another way (another scheme,
the day without zeros), the pages are listed for the author to look at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# A slug Jekyll's slugify modes all leave as it is: letters, digits, single hyphens.
_PLAIN_SLUG = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
_UNFILLED = re.compile(r":[a-z_]+")
# Characters that continue an address: a match must not start or end beside one.
_BEFORE = rb"(?<![\w/.~%-])"
_AFTER = rb"(?![\w/%-]|\.\w)"


@dataclass(frozen=True)
class PostAddress:
    """The address links are changed from (`old`) and to (`new`), site-relative; `exact`
    when both are worked out with certainty. `moved`: the page's own address changes with its
    file name (a document named by its file, `/:collection/:name`), so links that work today
    would break; else `old` is a post's address by its file name's day, never published."""

    old: str
    new: str
    exact: bool
    old_day: date
    slug: str
    moved: bool = False


def header_key(header: Any, name: str) -> Any:
    """The key of the page's header that is `name` in any capitals (`URL`, `Aliases`), as the
    page writes it; `name` itself when the header has none."""
    return next((k for k in header if str(k).lower() == name), name)


def post_address(
    site: Any, path: Path, new_path: Path, fm: dict, name_day: date, field_day: date
) -> PostAddress | None:
    """What the rename of `path` to `new_path` does to addresses: the page moves (its address
    is made from its file name), or, a post, links by its file name's day can take the day it
    is published at; None when neither, or the site is not Jekyll or does not publish it."""
    if not getattr(site, "is_jekyll", False):
        return None
    try:
        now = site.url_on_day(path, field_day, fm)  # where the site publishes it today
        after = site.url_on_day(new_path, field_day, fm)
        by_name = site.url_on_day(path, name_day, fm)
    except (OSError, ValueError):
        return None
    if not now or not after:
        return None
    slug = path.stem[len("2024-01-02-") :]
    names = [path.stem, new_path.stem] if now != after else [slug]
    exact = (
        all(_PLAIN_SLUG.match(n) is not None for n in names)
        and (fm.get("slug") is None or _PLAIN_SLUG.match(str(fm.get("slug"))) is not None)
        and not _UNFILLED.search(now + after + (by_name or ""))
        and not _folder_categories(site, path)
    )
    if now != after:
        return PostAddress(now, after, exact, name_day, _published_name(now, path.stem), moved=True)
    if by_name and by_name != now:
        return PostAddress(by_name, now, exact, name_day, slug)
    return None


def _published_name(address: str, stem: str) -> str:
    """`stem` as the end of `address` writes it (`/resources/2024-01-02-upper` for
    `2024-01-02-UPPER.md`: Jekyll's `:name` is slugified, in lower case); `stem` when the
    address does not end with it in some form."""
    last = address.rstrip("/").rpartition("/")[2].removesuffix(".html")

    def loose(name: str) -> str:
        return re.sub(r"[\W_]+", "-", name.lower()).strip("-")

    return last if loose(last) == loose(stem) else stem


def relinked(data: bytes, address: PostAddress, config: dict) -> bytes:
    """`data` with each link to the old address giving the new one, written as it was (the
    site's `url` and `baseurl` before it, a final `/` or not); a page's `redirect_from` or
    `aliases`, which keep the old address on purpose, are left alone."""
    if not address.exact:
        return data
    pattern = _address_pattern(address.old, config)
    new = address.new.encode()

    def swap(m: re.Match[bytes]) -> bytes:
        if _in_redirect_from(data, m.start()):
            return m.group(0)
        path = new.rstrip(b"/") if new.endswith(b"/") else new
        return m.group("pre") + path + m.group("slash")

    return pattern.sub(swap, data)


def still_linking(data: bytes, address: PostAddress, config: dict) -> bool:
    """True when `data` seems to link to the old address in a way not changed: its day's
    `/YYYY/MM/DD/` (zeros or not) with the slug after it, outside `redirect_from` and not on
    another site (`https://other.org/...`)."""
    d = address.old_day
    # A moved page: any address ending in its old file name; else the day, then the slug.
    days = rb"/" if address.moved else rb"/%d/0?%d/0?%d/(?:[\w.%%-]+/)*" % (d.year, d.month, d.day)
    pattern = re.compile(days + re.escape(address.slug.encode()) + rb"(?:/|\.html)?" + _AFTER)
    url = config.get("url")
    own = urlsplit(url.strip()).netloc.encode() if isinstance(url, str) else b""
    for m in pattern.finditer(data):
        start = max(data.rfind(c, 0, m.start()) for c in (b" ", b"(", b'"', b"'", b"\n", b"<"))
        host = re.match(rb"[a-z]*:?//([^/]+)", data[start + 1 : m.start()])
        if (host is None or host.group(1) == own) and not _in_redirect_from(data, m.start()):
            return True
    return False


def _address_pattern(old: str, config: dict) -> re.Pattern[bytes]:
    """The old address, with the site's own host and `baseurl` before it or not."""
    prefix = b""
    url = config.get("url")
    host = urlsplit(url.strip()).netloc if isinstance(url, str) else ""
    if host:
        prefix += rb"(?:(?:https?:)?//" + re.escape(host.encode()) + rb")?"
    base = config.get("baseurl")
    if isinstance(base, str) and base.strip("/"):
        prefix += rb"(?:/" + re.escape(base.strip("/").encode()) + rb")?"
    written = old.encode()
    if written.endswith(b"/"):
        body = re.escape(written.rstrip(b"/")) + rb"(?P<slash>/?)"
    elif b"." not in written.rpartition(b"/")[2]:
        # `/:collection/:name` is written out as `name.html`: a link may give either.
        body = re.escape(written) + rb"(?P<slash>(?:\.html)?)"
    else:
        body = re.escape(written) + rb"(?P<slash>)"
    return re.compile(_BEFORE + rb"(?P<pre>" + prefix + rb")" + body + _AFTER)


def _in_redirect_from(data: bytes, position: int) -> bool:
    """True when `position` is in the header's `redirect_from` (jekyll-redirect-from) or
    `aliases` (Hugo): old addresses kept on purpose."""
    if not data.startswith((b"---", b"+++")):
        return False
    end = data.find(b"\n" + data[:3], 3)
    if end == -1 or position > end:
        return False
    start = data.rfind(b"\n", 0, position) + 1
    while start > 0:
        line = data[start : data.find(b"\n", start)]
        if line[:1] not in (b" ", b"\t", b"-", b"\r", b"") or line.startswith(b"---"):
            return line.startswith((b"redirect_from", b"aliases"))
        start = data.rfind(b"\n", 0, start - 1) + 1
    return False


def _folder_categories(site: Any, path: Path) -> bool:
    """A document in a folder below its collection's (`_posts/news`), or a post in another
    `_posts` (`news/_posts`): Jekyll makes categories of such folders, which the address
    model does not know."""
    collection = site.collections.get(site.collection_of(path) or "")
    if collection is None:
        return True
    return path.parent.resolve() != Path(collection.folder).resolve()
