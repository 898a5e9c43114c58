"""Pictures in HTML pasted into the editor (Word's clipboard, a web page), saved into the site."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor_app.core import assets
from editor_app.core.new_page_path import slugify
from editor_app.core.store import atomic_write

WEB_IMAGES = {".png", ".jpg", ".gif", ".svg", ".webp"}  # the picture formats browsers show
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,(.*)$", re.S | re.I)
_MAX_PASTED_IMAGE = 25_000_000


def pasted_image_saver(site: Any, folder: Path) -> Callable[[str, str], str | None]:
    """For `html_to_markdown(keep_image=...)`: web pictures keep their address; pictures
    pasted inline (`data:`) or from a local file (Word's clipboard) are saved into `folder`
    under a free name and linked by their site address; anything else is left out."""

    def keep(src: str, alt: str) -> str | None:
        if re.match(r"^https?://", src, re.I):
            return src
        data, suffix = _picture_bytes(src)
        if data is None:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / assets.free_name(
                folder, f"{slugify(alt) if alt.strip() else 'pasted-image'}{suffix}"
            )
            atomic_write(target, data)
        except OSError:
            return None
        return assets.site_url(site, target)

    return keep


def _picture_bytes(src: str) -> tuple[bytes | None, str]:
    import base64
    import binascii
    from urllib.parse import unquote, urlsplit

    m = _DATA_IMAGE.match(src.strip())
    if m:
        kind = m.group(1).lower()
        try:
            data = base64.b64decode(m.group(2), validate=False)
        except (binascii.Error, ValueError):
            return None, ""
        suffix = ".jpg" if kind == "jpeg" else f".{kind}"
        return (data, suffix) if 0 < len(data) <= _MAX_PASTED_IMAGE else (None, "")
    parts = urlsplit(src)
    if parts.scheme.lower() != "file":
        return None, ""
    path = Path(
        unquote(parts.path.lstrip("/") if re.match(r"^/[A-Za-z]:", parts.path) else parts.path)
    )
    suffix = ".jpg" if path.suffix.lower() == ".jpeg" else path.suffix.lower()
    if suffix not in WEB_IMAGES:
        return None, ""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_PASTED_IMAGE:
            return None, ""
        return path.read_bytes(), suffix
    except OSError:
        return None, ""
