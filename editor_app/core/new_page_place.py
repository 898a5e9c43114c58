"""Where the fields a new page gets from its siblings' habits go, when its archetype lacks them.

Hugo's default archetype writes `title, description, categories, keywords`; hugo-docs'
commands write `title, slug, url`. A new command's `slug` and `url` (filled from the
siblings, `core/new_page_file_values.py`) belong after the title, as the siblings put them,
not after the archetype's own keys.

The rule: only keys the siblings holding the field also hold tell where it goes (the
archetype's keys the siblings never write say nothing either way, so they give no tie to
break); the field goes just after the last of those keys that the siblings put before it.
Keys with no such evidence leave the field at the end, where it was added.
"""

from __future__ import annotations

from typing import Any

from editor_app.core.document import Document
from editor_app.core.field_place import move_before, usual_place


def placed_like_siblings(data: bytes, added: tuple[str, ...], pages: list[dict[str, Any]]) -> bytes:
    """The new page `data` with each of the `added` keys (added after the archetype's own)
    moved to where the sibling headers `pages` put it; `data` unchanged when nothing tells."""
    doc = Document.from_bytes(data)
    if doc.error is not None or doc.front_matter_format != "yaml" or not added:
        return data
    moved = False
    for field in added:
        holding = [p for p in pages if field in p]
        if field not in doc.front_matter or not holding:
            continue
        keys = [k for k in doc.front_matter if k != field]
        known = [k for k in keys if any(k in p for p in holding)]
        if not known:
            continue
        gap = usual_place(holding, field, known)
        if gap == 0:
            following: str | None = known[0]
        else:
            at = keys.index(known[gap - 1]) + 1
            following = keys[at] if at < len(keys) else None
        moved = move_before(doc, field, following) or moved
    return doc.to_bytes() if moved else data


__all__ = ["placed_like_siblings"]
