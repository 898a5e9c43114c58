"""What a Hugo archetype's template may ask about the new page (`PageContext`): `.Date`,
`.Name`, `.File.*` (as Hugo names a bundle's `index.md` and a section's `_index.md`),
`.Section`, `.Type`, `.Kind`, `.Lang`, `.Page.*`, and `.Site.*` (`core/archetype_site.py`'s
values), and how `.A.B` is looked up on it or on a group (`field_value`). Nothing here writes to
disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.archetype_functions import NotEvaluated, rfc3339


@dataclass
class PageContext:
    """What an archetype's template may ask about the new page."""

    name: str  # the file's base name, without extension (`my-first-post`)
    section: str
    now: dt.datetime
    suffix: str = ".md"
    lang: str = "en"  # the page's language: `.Lang`, `.Site.Language.Lang`
    site: dict[str, Any] = field(default_factory=dict)  # `.Site`'s values (archetype_site)
    kind: str | None = None  # `--kind`: `.Type` (else the section)
    # The file from its content folder (`posts/sub/my-post/index.md`): `.File.Dir`, `.Path`...
    file: str | None = None
    section_page: bool = False  # `_index.md`: from a file archetype, never a bundle's
    # The site's path settings `urlize` follows, as Hugo's addresses do (`removePathAccents`,
    # `disablePathToLower`).
    remove_path_accents: bool = False
    path_to_lower: bool = True


def _file_names(page: PageContext) -> dict[str, str]:
    """`.File`'s names, as Hugo gives them (a bundle's `index.md`: `BaseFileName` `index`,
    `ContentBaseName` the folder's name)."""
    path = page.file or f"{page.section}/{page.name}{page.suffix}"
    folder, _, logical = path.rpartition("/")
    base = (
        logical[: -len(page.suffix)] if page.suffix and logical.endswith(page.suffix) else logical
    )
    translation = base[: -len(page.lang) - 1] if base.endswith(f".{page.lang}") else base
    names = {
        ".File.ContentBaseName": page.name, ".File.BaseFileName": base,
        ".File.TranslationBaseName": translation, ".File.LogicalName": logical,
        ".File.Ext": page.suffix.lstrip("."), ".File.Dir": f"{folder}/" if folder else "",
        ".File.Path": path, ".File.Section": page.section,
        ".File.UniqueID": hashlib.md5(path.encode("utf-8"), usedforsecurity=False).hexdigest(),
    }  # fmt: skip
    # Hugo 0.111 gives the file's names on `.` too (`.TranslationBaseName`: LoveIt's title).
    return names | {"." + key[len(".File.") :]: value for key, value in names.items()}


def _page_names(page: PageContext) -> dict[str, Any]:
    files = _file_names(page)
    return {
        **files, ".Name": page.name, ".Section": page.section,
        ".Type": page.kind or page.section, ".Kind": "page", ".Page.Kind": "page",
        ".Date": rfc3339(page.now), ".Lang": page.lang, ".File.Lang": page.lang,
        # `.Page`: the page Hugo makes to fill the archetype (its type the section's, kind
        # or not; its title, params... a placeholder's, never written here).
        ".Page.Section": page.section, ".Page.Type": page.section, ".Page.Lang": page.lang,
        ".Page.File.Lang": page.lang,
        **{".Page" + k: v for k, v in files.items() if k.startswith(".File.")},
    }  # fmt: skip


class PageRoot:
    """`.` at the top of the template (and `$`): the new page."""

    def __init__(self, page: PageContext) -> None:
        self.page = page
        self.names = _page_names(page)


def _lookup(group: dict[str, Any], key: str) -> tuple[bool, Any]:
    lowered = {str(k).lower(): v for k, v in group.items()}
    return key.lower() in lowered, lowered.get(key.lower())


def field_value(value: Any, names: list[str]) -> Any:
    """`value.A.B`: a group's keys (any case, as Hugo's settings); a key a group lacks is nil,
    as Go's map gives it; anything else is not evaluated."""
    if isinstance(value, PageRoot):
        dotted = "." + ".".join(names)
        if dotted in value.names:
            return value.names[dotted]
        if names[0] != "Site" or len(names) < 2 or not value.page.site:
            raise NotEvaluated(dotted)
        known, found = _lookup(value.page.site, names[1])
        if not known:
            raise NotEvaluated(dotted)  # no such field of `.Site`: Hugo fails
        return field_value(found, names[2:]) if len(names) > 2 else found
    for i, name in enumerate(names):
        if not isinstance(value, dict):
            raise NotEvaluated(".".join(names))
        value = _lookup(value, name)[1]
        if value is None and i < len(names) - 1:
            raise NotEvaluated(".".join(names))  # a field of nil: Hugo fails
    return value


__all__ = ["PageContext", "PageRoot", "field_value"]
