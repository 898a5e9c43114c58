"""Hugo: the pages a section's `permalinks` template places, for the link check.

`[permalinks] posts = '/:year/:month/:slug/'` (or, newer, `[permalinks.page]`) publishes a
section's pages at an address made of their date, title, slug or file name, not their folder
(`core/hugo_addresses`, which `Site.url_for` follows). A template holding a placeholder not
filled here (an hour `:15`, an index past the sections `:sections[5]`...) leaves those pages' addresses unknown: the link
check then judges no link to a page at all rather than tell links to them broken.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from editor_app.core.hugo_addresses import (
    filled_template,
    header_url,
    section_template,
    takes_template,
    template_values,
)
from editor_app.core.hugo_urlize import path_settings


def permalink_addresses(site: Any, config: dict) -> tuple[list[Any], bool]:
    """The site's entries whose page a `permalinks` template places, and whether every such
    page's address could be made (False: a placeholder not filled here). The address itself is
    `Site.url_for`'s (`core/hugo_addresses`)."""
    if not isinstance(config.get("permalinks"), dict):
        return [], True
    settings = path_settings(config)
    found: list[Any] = []
    complete = True
    for e in site.entries():
        path = (site.root / e.path).resolve()
        place = site.content_folder_of(path)
        fm = e.front_matter if isinstance(e.front_matter, dict) else {}
        if place is None or header_url(fm) is not None:
            continue  # no content page, or its `url:` says its address
        rel = PurePosixPath(path.relative_to(place[0]).as_posix())
        template = section_template(config, rel.parts[0]) if takes_template(rel) else None
        if template is None:
            continue
        # (as `given_address`: the index's folders holding an `_index` page)
        sections_in = site.sections_of(place[0]) if ":sections" in template else None
        if filled_template(template, template_values(rel, fm, settings, sections_in)) is None:
            complete = False
            continue
        found.append(e)
    return found, complete
