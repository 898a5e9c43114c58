"""A page whose header cannot be read is, for the site-wide facts that read every page (the
sections a collection shares, the site's spelling majority), the very page its check makes:
made once from the bytes the index lent and shared, as a readable page is. (A page the check
cannot decode is not: its header is re-read from the replaced text, the facts go by the
index's.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_reads_helpers import count_decoded_apart, count_pages_made
from shared_sites import copy_shared_site

from editor_app.core.checks.context import context_for
from editor_app.core.site import Site
from editor_app.core.validate import page_made_ahead, page_of_entry, validate_site

PAGE = "content/en/commands/hugo_build.md"


def _break_header(site: Path) -> Path:
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace('title: "hugo build"', 'title: "hugo build'), encoding="utf-8")
    return page


def test_a_page_whose_header_cannot_be_read_is_made_once_and_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = copy_shared_site("hugo-docs", tmp_path, "site")
    _break_header(copy)
    site = Site.open(copy)
    apart = count_decoded_apart(monkeypatch)
    made = count_pages_made(monkeypatch)
    found = validate_site(site, cache=False)
    assert any(p.path == PAGE and p.severity == "error" for p in found)  # the header is told
    assert any(p.code == "section-missing" for p in found)  # the sections were inferred
    assert not apart  # the broken page too was made as its check makes it, not read apart
    assert made[PAGE] == 1 and max(made.values()) == 1, made.most_common(2)


def test_which_pages_are_shared(tmp_path: Path) -> None:
    copy = copy_shared_site("hugo-docs", tmp_path, "site")
    page = _break_header(copy)
    site = Site.open(copy)
    ctx = context_for(site, None)
    entry = site.entry(page.resolve())
    assert entry is not None and entry.error is not None and entry.front_matter == {}
    lent = page.read_bytes()
    # Being checked: the page itself, whose header the check parses again as a fact would.
    ctx.checking = page_of_entry(ctx.rel(entry.path), entry, lent)
    assert page_made_ahead(ctx, entry, None) is ctx.checking
    # Not being checked: made from the lent bytes and left for its check.
    ctx.checking = None
    shared = page_made_ahead(ctx, entry, lent)
    assert shared is not None and ctx.words_ahead[entry.path] == (lent, shared)
    assert page_made_ahead(ctx, entry, lent) is shared
    assert page_made_ahead(ctx, entry, None) is None  # no bytes lent: the fact reads the file
    # A header only the index read (none of the site's: a stand-in) goes by the index's.
    ctx.words_ahead.clear()
    kept = type(entry)(
        **{**{k: getattr(entry, k) for k in entry.__slots__}, "front_matter": {"title": "x"}}
    )
    assert page_made_ahead(ctx, kept, lent) is None
    # A page that cannot be decoded is read by the fact its own way.
    bad = page.read_bytes().replace(b"Build your", b"Build \xff your")
    assert page_made_ahead(ctx, entry, bad) is None and not ctx.words_ahead
