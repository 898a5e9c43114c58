"""Images people can understand without seeing them, and that load quickly:
`alt-text-missing`, `alt-text-poor` (a file name, "image", "photo of ...", the caption again)
and `image-heavy` (a big file or huge dimensions, with both)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from editor_app.core import safe_paths
from editor_app.core.checks.common import FILE_LIKE, is_empty
from editor_app.core.checks.content_text import Image, page_images
from editor_app.core.checks.context import Context
from editor_app.core.checks.image_info import image_size
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, LazyLine, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

_GENERIC = frozenset(
    {
        "image",
        "picture",
        "photo",
        "photograph",
        "graphic",
        "img",
        "icon",
        "logo",
        "figure",
        "screenshot",
        "banner",
        "alt",
        "alt text",
        "untitled",
        "placeholder",
    }
)
# ("A screenshot of ..." stays: a screen reader says "image", not what kind of image it is.)
_OF = re.compile(r"^(?:an? )?(?:image|picture|photo|photograph|graphic) of\b", re.I)
# A file's ending, for an alt text of several words ('OpenGraph image for netlify.com' ends
# with an address, not a file name).
_IMAGE_FILE_END = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|pdf)$", re.I)
_LIQUID = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
# A camera's or a program's name for a picture, without its ending: 'DSC01234', 'PXL_20240101',
# 'image1', 'Screenshot 2024-05-01'.
_CAMERA_NAME = re.compile(
    r"(?:img|dscn?|dscf|dcim|pxl|mvimg|gopr|image|photo|pic|picture|screenshot|scan|untitled)"
    r"[ _-]?\d[\d _.:-]*"
)
_ALT_SUFFIXES = ("_alt", "-alt", "Alt", "_alt_text", "-alt-text")
_SMALL_FILE = 100 * 1024  # bytes: not heavy, whatever its dimensions


def _name_words(text: str) -> list[str]:
    """The words of a file name or text, in lower case (`2025-03-10_CAG.png` -> 2025 03 10 cag)."""
    return re.findall(r"[^\W_]+", text.casefold())


def poor_alt(alt: str, caption: str = "", src: str = "") -> str | None:
    """Why `alt` does not describe the image, or None when it may (`src`: the image's
    address, whose file name's words alone, '2025 03 10 cag', say nothing of what it shows)."""
    text = alt.strip().strip(".").strip()
    low = text.casefold()
    if src and "{" not in src:
        stem = src.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        words = _name_words(stem)
        # (with a number among them: a date or a count, as cameras and exports name files;
        # 'Hugo logo' for hugo-logo.svg says what it shows)
        if len(words) >= 2 and any(w.isdigit() for w in words) and _name_words(text) == words:
            return "looks like a file name"
    if FILE_LIKE.search(text) and (" " not in text or _IMAGE_FILE_END.search(text)):
        return "looks like a file name"
    if re.fullmatch(r"[\w\-]+", text) and ("-" in text or "_" in text):
        # 'team-photo', 'IMG-2041', 'team_photo'; not words joined by a hyphen with a capital,
        # as German and Dutch write them ('clone-Diagramm', 'Bijdrager-grafiek')
        if "_" in text or text == text.lower() or any(c.isdigit() for c in text):
            return "looks like a file name"
    if _CAMERA_NAME.fullmatch(low):
        return "looks like a file name"
    if low in _GENERIC:
        return "only says it is an image"
    if _OF.match(text):
        return "starts by saying it is an image (screen readers say so already)"
    if caption and low == caption.strip().strip(".").casefold():
        return "repeats the caption"
    return None


def _image_problems(page: Page, image: Image) -> Iterable[Problem]:
    if image.html and image.alt == "":
        return  # alt="" says the image is decorative: screen readers skip it, as meant
    if image.alt is None or image.alt == "":
        where, how = "This image", "in the brackets: ![what it shows](...)"
        if image.html:  # (its fix is an attribute: there are no brackets to fill)
            where = "This image (an <img> tag)"
            how = 'as its alt: <img src="..." alt="what it shows">'
        if image.shortcode:
            where, how = "This figure", 'as its alt: {{< figure src="..." alt="what it shows" >}}'
        yield make_problem(
            page,
            image.line,
            None,
            "alt-text-missing",
            f"{where} has no alt text, so people who cannot see it miss what it shows. "
            f"Describe it in a few words ({how}).",
        )
        return
    why = poor_alt(image.alt, image.caption, image.src)
    if why:
        yield make_problem(
            page,
            image.alt_line or image.line,  # where the words it quotes are
            None,
            "alt-text-poor",
            f"The alt text '{image.alt}' {why}. Say what the image shows, for someone who "
            "cannot see it.",
        )


def _local_file(ctx: Context, page: Page, src: str, folder: str | None = None) -> str | None:
    """The image's file in the site, or None (remote, templated or missing)."""
    return _local_file_from(ctx, None if src.startswith("/") or folder else page.path, src, folder)


def _local_file_from(ctx: Context, where: Path | None, src: str, folder: str | None) -> str | None:
    """`_local_file` for a page at `where` (None: the address does not depend on it)."""
    # Remembered by what the page wrote and where from: a logo shown on every page is looked
    # up once.
    seen = ctx.fact("image_sources", lambda c: {})
    key = (src, folder, where)
    if key not in seen:
        seen[key] = _find_local_file(ctx, where, src, folder)
    return seen[key]


def image_lookups(ctx: Context) -> dict[tuple, tuple] | None:
    """The image files looked up so far by this check, as plain data to remember:
    (address, folder, the page's file or None) -> (the file found or None, its weight in
    words or None); None when an address or folder is no plain text."""
    weights = ctx.known_fact("image_weights") or {}
    found: dict[tuple, tuple] = {}
    for (src, folder, where), path in (ctx.known_fact("image_sources") or {}).items():
        if type(src) is not str or not (folder is None or type(folder) is str):
            return None
        found[(src, folder, None if where is None else str(where))] = (
            path,
            weights.get(path) if path else None,
        )
    return found


def same_image_files(ctx: Context, lookups: Any) -> bool:
    """Whether each lookup of `image_lookups` (an earlier check's) finds the same file of the
    same weight now: each is looked up again, as the check would."""
    if not isinstance(lookups, dict):
        return False
    try:
        for (src, folder, where), before in lookups.items():
            path = _local_file_from(ctx, None if where is None else Path(where), src, folder)
            if (path, _heavy(ctx, path) if path else None) != before:
                return False
    except (TypeError, ValueError, AttributeError):
        return False
    return True


def _find_local_file(ctx: Context, where: Path | None, src: str, folder: str | None) -> str | None:
    if "{" in src:
        src = _LIQUID.sub("", src)
    src = src.strip()
    if not src or "://" in src or src.startswith(("//", "data:")) or ctx.site is None:
        return None
    src = unquote(src.split("?")[0].split("#")[0])
    if src.startswith("/"):
        rel = src.lstrip("/")
    elif folder:
        rel = f"{folder.strip('/')}/{src}"
    elif where is not None:
        rel = os.path.relpath(os.path.join(os.path.dirname(str(where)), src), ctx.root_text)
    else:
        return None
    known = ctx.fact("image_files", lambda c: {})
    if rel not in known:
        target = ctx.site.resolve_inside(rel)
        ok = target is not None and safe_paths.is_file(target)
        known[rel] = str(target) if ok else None
    return known[rel]


def _heavy(ctx: Context, path: str) -> str | None:
    """The size and dimensions of a too heavy image, in words, or None."""
    found = ctx.fact("image_weights", lambda c: {}).get(path, "?")
    if found != "?":
        return found
    limit_kb = ctx.option("image_kb", 500)
    limit_px = ctx.option("image_pixels", 4000)
    dims = None
    try:
        size = os.stat(path).st_size
        # Huge dimensions count only in a file that is not small already (a 90 KB logo is
        # fine): a smaller file is judged by its size alone, without opening it.
        if size > _SMALL_FILE or size > limit_kb * 1024:
            with open(path, "rb") as fh:
                # The first 4 KB tell, but for a JPEG whose size comes later (after its EXIF
                # data): then the first 64 KB (the same answer as reading them at once).
                head = fh.read(4096)
                dims = image_size(head)
                if dims is None and len(head) == 4096:
                    dims = image_size(head + fh.read(65536 - 4096))
    except OSError:
        size = 0
    words = None
    huge = dims is not None and max(dims) > limit_px
    if size > limit_kb * 1024 or huge:
        shown = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size // 1024} KB"
        words = shown + (f", {dims[0]} x {dims[1]} pixels" if dims else "")
    ctx.fact("image_weights", lambda c: {})[path] = words
    return words


_DIMENSIONS = re.compile(r"(\d+) x (\d+) pixels$")
PLENTY_PX = 1600  # pixels on an image's longer side: plenty for a web page
# Over this, a copy of PLENTY_PX is much lighter; under it, making it smaller spares little.
SHRINK_FROM_PX = 2000


def _heavy_problem(page: Page, line: Any, fld: str | None, name: str, words: str) -> Problem:
    return make_problem(
        page,
        line,
        fld,
        "image-heavy",
        f"The image '{name}' is heavy ({words}): it slows the page, most of all on phones. "
        + _lighter(words),
    )


def _lighter(words: str) -> str:
    """How to make a heavy image lighter: a smaller copy when it is big, else one saved more
    compactly (connectedbydata's 500 KB cover of 601 x 848 pixels was told to save a copy of
    "about 1,600 pixels wide")."""
    dims = _DIMENSIONS.search(words)
    if dims is not None and max(int(dims[1]), int(dims[2])) <= SHRINK_FROM_PX:
        return (
            "Its size in pixels is fine: save it more compactly (a photo or a scan as a JPEG; "
            "a drawing, a logo or a screenshot through a PNG optimiser) and use that."
        )
    return f"Save a smaller copy (about {PLENTY_PX:,} pixels on its longer side is plenty) and use that."


def check_images(page: Page, ctx: Context) -> Iterable[Problem]:
    for image in page_images(page):
        yield from _image_problems(page, image)
        path = _local_file(ctx, page, image.src)
        words = _heavy(ctx, path) if path else None
        if words:
            yield _heavy_problem(page, image.line, None, os.path.basename(path or ""), words)
    yield from _header_images(page, ctx)


def _image_fields(ctx: Context, collection: str | None) -> list[tuple[str, Any, list[str], Any]]:
    """(name, field, the names its alt text may have, the collection's fields) of each image
    field of a collection (worked out once per collection)."""
    by_collection = ctx.fact("image_fields", lambda c: {})
    found = by_collection.get(collection)
    if found is None:
        fields = ctx.field_map(collection)
        found = by_collection[collection] = [
            (name, f, [name + s for s in _ALT_SUFFIXES] + ["alt", "image_alt", "imageAlt"], fields)
            for name, f in fields.items()
            if getattr(f, "type", "") == "image"
        ]
    return found


def image_fields_text(ctx: Context, collections: Iterable[str | None]) -> str:
    """The image fields of these collections as the check reads them from the schema (name,
    folder, the fields an alt text may be in), in text to compare with an earlier check's."""
    return repr(
        [
            (coll, [(name, getattr(f, "folder", None), list(fields)) for name, f, _alt, fields in found])
            for coll in collections
            for found in (_image_fields(ctx, coll),)
        ]
    )


def _alt_field_expected(alt_field: Any, image_field: Any) -> bool:
    """Whether a page with an image but no alt field at all is told it lacks one: when the
    schema declares the alt field, or when it is inferred from at least half the pages giving
    the image (one new page writing `image_alt:` does not make every other page's image lack
    it: the site's layouts may well not read it)."""
    if alt_field is None:
        return False
    alt_used, image_used = getattr(alt_field, "used_by", None), getattr(image_field, "used_by", None)
    if alt_used is None or image_used is None:
        return True
    return 2 * alt_used >= image_used


def _header_images(page: Page, ctx: Context) -> Iterable[Problem]:
    """Image fields: heavy files, and an empty alt field beside one (`image_alt`)."""
    data = page.data
    if not data:
        return
    for name, f, alt_names, declared in _image_fields(ctx, page.collection):
        if not isinstance(data.get(name), str):
            continue
        value = data[name]
        if not value.strip():
            continue
        for alt_name in alt_names:
            if alt_name in data or _alt_field_expected(declared.get(alt_name), f):
                alt = data.get(alt_name)
                if is_empty(alt):
                    yield make_problem(
                        page,
                        LazyLine(page, alt_name if alt_name in data else name),
                        alt_name,
                        "alt-text-missing",
                        f"The image '{value}' has no alt text in '{alt_name}'. Describe what "
                        "it shows in a few words.",
                    )
                elif isinstance(alt, str) and poor_alt(alt):
                    yield make_problem(
                        page,
                        LazyLine(page, alt_name),
                        alt_name,
                        "alt-text-poor",
                        f"The alt text '{alt}' {poor_alt(alt)}. Say what the image shows.",
                    )
                break
        path = _local_file(ctx, page, value, getattr(f, "folder", None))
        words = _heavy(ctx, path) if path else None
        if words:
            yield _heavy_problem(page, LazyLine(page, name), name, value, words)


register(
    Rule(
        "images",
        {"alt-text-missing": SUGGESTION, "alt-text-poor": SUGGESTION, "image-heavy": SUGGESTION},
        check=check_images,
        needs=("assets",),
        kind="content",
    )
)
