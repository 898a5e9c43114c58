"""The content cache's keys of the site's files: the sections' key (pages in a collection) and
the spelling's (every page) are the digests of those very files, whether every page is in a
collection (one key made once, serving both) or some are not (two keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.content_cache import ContentCache
from editor_app.core.checks.context import context_for
from editor_app.core.site import Site


def _site(tmp_path: Path, with_plain_page: bool) -> Path:
    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\ncollections:\n  notes:\n    output: true\n")
    for name in ("a", "b", "c"):
        (root / "_notes" / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n\nText {name}.\n")
    if with_plain_page:
        (root / "about.md").write_text("---\ntitle: About\n---\n\nAbout us.\n")
    return root


def _key_of(cache: ContentCache, entries: list) -> bytes:
    fresh = ContentCache(cache.path, cache.fingerprint, {})
    fresh.file_digests = cache.file_digests
    return fresh._files_key(list(entries))  # a copy: worked out anew


@pytest.mark.parametrize("with_plain_page", [False, True])
def test_each_key_is_the_digest_of_its_own_files(tmp_path: Path, with_plain_page: bool) -> None:
    site = Site.open(_site(tmp_path, with_plain_page))
    entries = site.entries()
    raw = site.take_read_bytes()
    ctx = context_for(site, None)
    cache = ContentCache.open(ctx, raw)
    assert cache is not None and cache.file_digests
    in_collections = [e for e in entries if e.collection is not None]
    assert (len(in_collections) < len(entries)) == with_plain_page
    assert cache.sections_key == _key_of(cache, in_collections)
    assert cache.spelling_key == _key_of(cache, entries)
    assert (cache.sections_key == cache.spelling_key) == (not with_plain_page)
