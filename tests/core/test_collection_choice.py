"""The page list's collection names and the collection it shows first."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from editor_app.core.collection_choice import collection_label, writing_collection
from editor_app.core.site import Site


def test_a_collection_without_a_label_reads_as_words() -> None:
    site = SimpleNamespace(collections={"news": SimpleNamespace(label="Latest news")})
    assert collection_label(site, "news") == "Latest news"
    assert collection_label(site, "case_studies") == "Case studies"
    assert collection_label(None, "posts") == "Posts"


def test_dated_pages_outweigh_more_pages() -> None:
    counts = {"pages": 40, "posts": 12, "people": 30}
    assert writing_collection(["pages", "posts", "people"], {"posts": 12}, counts) == "posts"
    assert writing_collection(["pages", "posts", "people"], {}, counts) == "pages"
    assert writing_collection(["a", "b"], {}, {"a": 3, "b": 3}) == "a"  # the first of equals


def test_the_real_site_opens_on_its_case_studies(shared_site: Path) -> None:
    site = Site.open(shared_site)
    names = list(site.collections)
    counts: dict[str, int] = {}
    dated: dict[str, int] = {}
    for entry in site.entries():
        name = site.collection_of(entry.path)
        if name:
            counts[name] = counts.get(name, 0) + 1
            if entry.front_matter.get("date"):
                dated[name] = dated.get(name, 0) + 1
    assert writing_collection(names, dated, counts) == "resources"
    assert collection_label(site, "resources")
