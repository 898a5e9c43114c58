"""The name proposed for a page's Word or PDF review pack.

A translated page shares its file name with the original and every other translation
(the Open Source Guide's `_articles/code-of-conduct.md` and `_articles/fa/code-of-conduct.md`),
so packs of several languages saved in one folder would be written over each other: a page in
another language than the site's default gets its language in the name
(`code-of-conduct.fa.docx`), found by the site's own rule (`lang:` in the header, Hugo's
`about.fa.md` or the language's content folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.new_page_habits import site_default_language
from editor_app.core.page_language import primary_language, site_page_language


def pack_name(site: Any, path: Path, front_matter: Any, suffix: str = ".docx") -> str:
    """The pack's file name for the page at `path` (`suffix`: `.docx` or `.pdf`)."""
    stem = Path(path).stem  # `about.fa` for Hugo's `about.fa.md`: the language is in it
    language = site_page_language(site, front_matter, Path(path)) if site is not None else None
    default = (site_default_language(site) if site is not None else None) or "en"
    if language and primary_language(language) != primary_language(default):
        if not stem.lower().endswith("." + language.lower()):
            stem = f"{stem}.{language}"
    return stem + suffix
