"""Links to other pages of the site in a review pack (Word or PDF) made to say where they go.

A reviewer reads a pack away from the site: a link such as `/docs/collections/` printed as
plain words could not be followed. When the site's published address is known from its
settings (Jekyll's `url` and `baseurl`, Hugo's `baseURL`) the link goes to the page there;
otherwise the page's title (when the site has a page at that address) and its address are
written after the words. Links within the page (`#part`) stay as they are.

On a right-to-left page (Persian, Arabic, Hebrew) the title and the address are each kept
to their direction by Unicode's direction marks, which Word, LibreOffice and the PDF's
layout follow: the brackets, quotes and comma read with the sentence, a Latin address left
to right; without them "/fa/how-to-contribute/#..." broke into pieces, its slashes and the
brackets moved to the wrong ends.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from editor_app.core.page_language import holds_right_to_left
from editor_app.core.site_urls import published_address

# Jekyll's `{{ '/docs/x/' | relative_url }}` written in a link, left so by the preview.
_LIQUID_URL = re.compile(r"""^\{\{\s*["']([^"']+)["']\s*\|\s*(?:relative|absolute)_url\s*\}\}$""")
_OUTSIDE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)  # https:, mailto:, file:...


def published_root(site: Any) -> str:
    """The site's published address with its base path, no `/` at the end ('' unknown)."""
    if site is None:
        return ""
    url, base = published_address(site)
    if not isinstance(url, str) or not re.match(r"^https?://[^/]", url.strip()):
        return ""
    base = base.strip().strip("/") if isinstance(base, str) else ""
    return url.strip().rstrip("/") + (f"/{base}" if base else "")


# Unicode's left-to-right and right-to-left marks (no width, followed by Word, LibreOffice
# and the PDF's layout; the isolates showed as gaps in LibreOffice).
_LTR, _RTL = "\u200e", "\u200f"


def address_site_links(html: str, site: Any, page_path: Any, right_to_left: bool = False) -> str:
    """`html` with each link to another page of the site saying where it goes; on a
    `right_to_left` page its title and address each kept to their own direction."""
    if "<a" not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    links = [a for a in soup.find_all("a") if _site_address(a.get("href") or "")]
    if not links:
        return html
    root = published_root(site)
    here = _page_url(site, page_path)
    for link in links:
        address = urljoin(here, _site_address(link.get("href") or ""))
        if root:
            link["href"] = root + address
            continue
        title = _title_at(site, address)
        words = link.get_text(" ").strip()
        title = title if title and title != words else ""
        if right_to_left:
            link.insert_after(" " + _said_right_to_left(title, address))
            continue
        said = f"“{title}”, {address}" if title else address
        link.insert_after(f" ({said})")
    return str(soup)


def _said_right_to_left(title: str, address: str) -> str:
    """The words after a link on a right-to-left page, each part kept to its direction by
    marks: the brackets, quotes and comma read with the sentence (a Latin title's end, a
    Latin word after the link, did not pull them to its side), a Latin address left to
    right, a Persian part's name (`/fa/x/#نوشتن-راهنما`) after its path in the sentence's
    order (path, `#`, name), as the PDF's layout can draw it."""
    path, mark, part = address.partition("#")
    latin = not holds_right_to_left(address)
    shown = f"{_LTR}{address}{_LTR}" if latin else f"{_LTR}{path}{_LTR}{mark}{part}"
    named = f"“{title}”{_RTL}, " if title else ""
    return f"{_RTL}({named}{shown}){_RTL}"


def _site_address(href: str) -> str:
    """The address of a page of the site the link names ('' for another site, this page)."""
    href = href.strip()
    liquid = _LIQUID_URL.match(href)
    if liquid:
        href = liquid.group(1)
    if not href or href.startswith("#") or _OUTSIDE.match(href) or "{{" in href:
        return ""
    # A word alone (hugo-docs' `[term](g)`, a glossary's mark for its own render hook) is no
    # address; a page's is a path.
    return href if "/" in href or re.search(r"\.(?:md|html?)(?:#|$)", href) else ""


def _page_url(site: Any, page_path: Any) -> str:
    try:
        url = site.url_for(page_path) if site is not None else None
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        url = None
    return url if isinstance(url, str) and url.startswith("/") else "/"


def _title_at(site: Any, address: str) -> str:
    """The title of the site's page at `address` ('' when none is found)."""
    if site is None:
        return ""
    try:
        path = site.find_by_url(urlsplit(address).path)
        entry = next((e for e in site.entries() if e.path == path), None) if path else None
        title = entry.front_matter.get("title") if entry is not None else None
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return ""
    return " ".join(title.split()) if isinstance(title, str) else ""
