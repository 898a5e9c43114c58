"""Pictures in a preview page: the page's own image (the schema's image field, else a usual
name) and the body's images, shown from the site folder (file://), never from the network."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths

if TYPE_CHECKING:
    from editor_app.core.document import Document
    from editor_app.core.site import Site

_REMOTE = re.compile(r"\s*(?:https?:)?//", re.I)
# What stands for a picture on the network (the preview loads nothing remote): a grey frame
# with a picture sign, 64 px unless the page sizes it.
REMOTE_PLACEHOLDER = "data:image/svg+xml," + (
    "%3Csvg xmlns='http://www.w3.org/2000/svg' width='64' height='64' viewBox='0 0 64 64'%3E"
    "%3Crect x='.5' y='.5' width='63' height='63' rx='6' fill='%23eef0f3' stroke='%23c3c8cf'/%3E"
    "%3Ccircle cx='23' cy='24' r='6' fill='%23aab1bb'/%3E"
    "%3Cpath d='M10 50l15-17 10 11 7-7 12 13z' fill='%23aab1bb'/%3E%3C/svg%3E"
)

# Where themes usually keep a page's picture, when the schema does not name an image field.
_IMAGE_FIELDS = (
    "image",
    "thumbnail",
    "cover",
    "cover_image",
    "featured_image",
    "feature_image",
    "header.image",
    "header.overlay_image",
    "header.teaser",
)


class PageImages:
    """The pictures half of `Renderer`: image addresses resolved to files inside the site."""

    site: Site | None

    def _resolve_asset(self, value: str, doc: Document, folder: str | None = None) -> Path | None:
        """The real file a site-relative or page-relative image path names, inside the site."""
        if self.site is None or not value:
            return None
        parts = urlsplit(value)
        if parts.scheme or parts.netloc:
            return None
        path = unquote(parts.path)
        baseurl = str(self.site.config.get("baseurl") or "").strip("/")
        rel = path.lstrip("/")
        if baseurl and rel.startswith(baseurl + "/"):
            rel = rel[len(baseurl) + 1 :]
        candidates = [rel]
        if folder:
            candidates.append(f"{folder.strip('/')}/{rel}")
        if not path.startswith("/") and doc.path is not None:
            try:
                here = doc.path.resolve().parent.relative_to(self.site.root.resolve())
                candidates.append(f"{here.as_posix()}/{rel}")
            except ValueError:
                pass
        if getattr(self.site, "generator", None) == "hugo":
            # Hugo publishes a global resource (`resources.Get "images/x.jpg"`, a figure's
            # src) from `assets/` at its path.
            candidates.append(f"assets/{rel}")
        if "/" not in rel:
            # A bare file name: the site's asset folders, as the page layout would look.
            root = self.site.root.resolve()
            for asset_folder in self.site.asset_folders:
                try:
                    base = asset_folder.resolve().relative_to(root).as_posix()
                except (ValueError, OSError):
                    continue
                candidates.append(f"{base}/{rel}")
        for candidate in candidates:
            target = self.site.resolve_inside(candidate)
            if target is not None and safe_paths.is_file(target):
                return target
        return None

    def _image_url(self, fm: dict, doc: Document, schema: Any) -> str | None:
        """The page's own image (the schema's image field, else a usual name), as file://."""
        names, folder = list(_IMAGE_FIELDS), None
        if schema is not None and self.site is not None and doc.path is not None:
            coll = schema.for_collection(self.site.collection_of(doc.path) or "")
            for f in getattr(coll, "fields", []) or []:
                if getattr(f, "type", None) == "image":
                    names, folder = [f.name], f.folder
                    break
        for name in names:
            value: Any = fm
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if isinstance(value, dict):  # e.g. jekyll-seo-tag's `image: {path: ...}`
                value = value.get("path")
            text = text_of(value)
            target = self._resolve_asset(text, doc, folder) if text else None
            if target is not None:
                return target.as_uri()
        return None

    def _local_images(self, body: str, doc: Document) -> str:
        """Images of the site shown from the site folder (file://); nothing from the network."""

        def swap(m: re.Match[str]) -> str:
            address = html.unescape(m.group(2))
            if _REMOTE.match(address):
                # Never fetched: a picture-shaped placeholder (not a broken image), the
                # address shown on hover.
                rest = m.string[m.end() : m.string.find(">", m.end())]
                own = " title=" in m.group(1) or " title=" in rest  # the page's hover kept
                title = "" if own else f' title="{html.escape(address)}"'
                return f'{m.group(1)}"{REMOTE_PLACEHOLDER}"{title}'
            target = self._resolve_asset(address, doc)
            if target is None:
                return m.group(0)
            return f'{m.group(1)}"{html.escape(target.as_uri())}"'

        body = re.sub(r'(<img\b[^>]*?\ssrc=)"([^"]*)"', swap, body)
        return _IMG_STYLE.sub(_within_column, body) if "max-width" in body else body


_IMG_STYLE = re.compile(r'(<img\b[^>]*?\sstyle=")([^"]*)(")', re.I)
_MAX_WIDTH = re.compile(r"(max-width\s*:\s*)([^;!]+?)(\s*(?:!important)?\s*(?:;|$))", re.I)


def _within_column(m: re.Match[str]) -> str:
    """An image's own `max-width` (`style="max-width: 700px"`, which beats the preview's
    `max-width: 100%`) kept within the text's column: the site's stylesheet usually sizes such
    an image to its column too (eleventy-website's `.sites-screenshot { width: 100% }`), where
    the narrower preview scrolled sideways."""
    style = _MAX_WIDTH.sub(lambda w: f"{w[1]}min({w[2]}, 100%){w[3]}", m.group(2))
    return f"{m.group(1)}{style}{m.group(3)}"


def text_of(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()
