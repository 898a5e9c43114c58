"""The content checks on all five shared sites, as Check runs by default: untouched pages get a
handful of suggestions at most, and problems planted in a page are each found at their line."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from content_helpers import content_of
from shared_sites import SHARED_SITES, shared_site_path

from editor_app.core.checks.content_text import written_in_english
from editor_app.core.checks.page import decode, make_page, read_file
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

NAMES = ["connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website"]
# Per page and code, at most three are named (the last says how many more): with the reading
# level, a page as long and dense as the worst real one gets eight.
MOST_PER_PAGE = 8

LONG_SENTENCE = (
    "This sentence goes on and on with one clause after another, because the author wanted "
    "to say everything at once, including the history of the group, the names of its members, "
    "the dates of its meetings, the rules it follows, the places where it meets and the reasons "
    "for each of them, which is far too much for one sentence to carry for a reader."
)
# (text, code): each a paragraph of its own, appended to a page that had no suggestion.
PLANTED = [
    ("![](planted-picture.png)", "alt-text-missing"),
    ("![IMG_2041.jpg](planted-picture.png)", "alt-text-poor"),
    ("To read the report, [click here](https://example.org/report).", "link-text-unclear"),
    ("## Planted part\n\nSome text.\n\n#### Planted detail", "heading-skipped"),
    (LONG_SENTENCE, "sentence-long"),
]


def _site(name: str) -> Path:
    return shared_site_path(name)


@pytest.fixture(scope="module")
def untouched() -> dict[str, tuple[Site, list]]:
    found = {}
    for name in NAMES:
        root = SHARED_SITES / name
        if root.is_dir():
            site = Site.open(root)
            found[name] = (site, content_of(validate_site(site)))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_untouched_pages_get_a_handful_of_suggestions_at_most(name: str, untouched: dict) -> None:
    _site(name)
    site, found = untouched[name]
    per_page = Counter(path for path, _line, _code in found)
    assert found, "a real site has a few"
    assert max(per_page.values()) <= MOST_PER_PAGE, per_page.most_common(3)
    # Most pages get none or one or two; the guide's translated pages, full of http:// links
    # as its English ones, are told their long sentences too (2.6 a page there).
    assert len(found) <= 3 * len(site.entries())


def _clean_page(site: Site, found: list) -> Path:
    """An English Markdown page without code or template tags that got none of the planted
    problems' suggestions (the first by name)."""
    planted = {code for _text, code in PLANTED}
    with_some = {path for path, _line, code in found if code in planted}
    for entry in sorted(site.entries(), key=lambda e: str(e.path)):
        rel = entry.path.relative_to(site.root).as_posix()
        if entry.path.suffix != ".md" or rel in with_some or entry.collection is None:
            continue
        text = decode(read_file(entry.path))[0]
        page = make_page(rel, entry.path, entry.collection, text)
        body = page.body
        if len(body) < 300 or any(mark in body for mark in ("```", "~~~", "{%", "{{")):
            continue
        if written_in_english(page, site):
            return entry.path
    pytest.fail(f"no plain English page without those suggestions in {site.root}")


@pytest.mark.parametrize("name", NAMES)
def test_planted_problems_are_each_found_at_their_line(
    name: str, untouched: dict, tmp_path: Path
) -> None:
    root = _site(name)
    site, found = untouched[name]
    rel = _clean_page(site, found).relative_to(site.root)  # the site resolves its root
    copy = tmp_path / name
    shutil.copytree(
        root, copy, ignore=shutil.ignore_patterns("*.png", "*.jp*g", "*.gif", "*.webp", "*.pdf")
    )
    os.chmod(copy / rel, 0o644)
    text = (copy / rel).read_text(encoding="utf-8").rstrip("\n")
    expected = []
    for planted, code in PLANTED:
        text += "\n\n"
        line = text.count("\n") + 1 + planted.count("\n")  # its last line (the heading's)
        text += planted
        expected.append((rel.as_posix(), line, code))
    (copy / rel).write_text(text + "\n", encoding="utf-8")
    got = content_of(validate_site(Site.open(copy)))
    assert set(expected) <= set(got), (expected, [g for g in got if g[0] == rel.as_posix()])
