"""How the page list names a collection and which collection it shows first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def collection_label(site: Any, name: str) -> str:
    """The collection's own label, else its folder name in words (`case_studies` reads
    "Case studies")."""
    collection = site.collections.get(name) if site is not None else None
    return getattr(collection, "label", "") or name.replace("_", " ").capitalize()


def writing_collection(
    names: Sequence[str], dated: Mapping[str, int], counts: Mapping[str, int]
) -> str:
    """The collection authors write in: the one with the most dated pages (posts, news, case
    studies), else the one with the most pages; the first listed among equals."""
    return max(names, key=lambda n: (dated.get(n, 0), counts.get(n, 0)))
