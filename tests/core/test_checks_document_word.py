"""A message names one document of the collection by its label in the singular only where the
label names the documents (People, Resources). eleventy-website's new blog post without its
navigation was told "Every other blog has one" (and to add "the page's eleventy
navigation", the generator's name in small letters); a Hugo section's page would have been a
"started" (Getting started) or an "about"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from shared_sites import shared_site_path

from editor_app.core.checks.common import doc_word
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_eleventy_blog_post_is_a_page_in_blog() -> None:
    site = Site.open(shared_site_path("eleventy-website"))
    problems = validate_site(site, content=False, cache=False)
    [missing] = [p for p in problems if p.path == "src/blog/2025-12-12-dependency-watch.md"]
    assert missing.message == (
        "Eleventy navigation is missing. Every other page in Blog has one. Add the page's "
        "Eleventy navigation (the 'eleventyNavigation' field)."
    )


@pytest.mark.parametrize(
    ("label", "word"),
    [
        ("People", "person"),
        ("Resources", "resource"),
        ("Tutorials", "tutorial"),
        ("Render hooks", "hook"),
        ("Blog", "page in Blog"),
        ("Getting started", "page in Getting started"),
        ("About", "page in About"),
        ("News", "page in News"),
        ("Status", "page in Status"),
    ],
)
def test_the_word_for_one_document(label: str, word: str) -> None:
    site = SimpleNamespace(collections={"c": SimpleNamespace(label=label)})
    assert doc_word(SimpleNamespace(site=site), SimpleNamespace(collection="c")) == word
