"""Search Site's snippets are the page's words: its own HTML (`<code class="option">`,
`</p>`, a tag cut at either end) is left out; Jekyll's docs showed `<code></p>` in them."""

from __future__ import annotations

import re

from shared_sites import shared_site_path

from editor_app.core import site_search
from editor_app.core.site import Site

TAGGISH = re.compile(r"</?[A-Za-z]|<$|-->")


def snippet(text: str, word: str) -> str:
    return site_search._snippet(text, text.casefold(), [site_search._Word(word)])


def test_tags_in_the_snippet_are_left_out_and_the_words_kept() -> None:
    text = (
        "x " * 80
        + 'the <code class="option">drafts</code> setting <!-- note --> is on.</p>'
        + " y" * 80
    )
    shown = snippet(text, "drafts")
    assert "the drafts setting is on." in shown
    assert not TAGGISH.search(shown)


def test_a_tag_cut_at_either_end_is_left_out() -> None:
    filler = "word " * 40
    text = filler + '<td class="align-center with a long attribute">Value here and more ' + filler
    start_inside = snippet(text, "value")
    assert "Value here" in start_inside and not TAGGISH.search(start_inside)
    ends_inside = snippet(
        "lead " + "Description " * 10 + "more " * 20 + '<code class="x">', "description"
    )
    assert not TAGGISH.search(ends_inside) and "Description" in ends_inside
    assert snippet("a " * 60 + "3 < 4 is true " + "b " * 60, "true").count("3 < 4") == 1


def test_no_snippet_of_the_shared_sites_shows_a_tag() -> None:
    for name in ("jekyll-docs", "eleventy-website", "hugo-docs"):
        site = Site.open(shared_site_path(name))
        for query in ("code", "table", "class", "permalink", "include"):
            for hit in site_search.search(site, query, limit=40):
                assert not TAGGISH.search(hit.snippet), (name, query, hit.snippet)
