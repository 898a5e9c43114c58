"""The site's own vocabulary: words its pages use on several pages are no misspellings there."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.site_words import PageText, site_pages, site_vocabulary
from editor_app.core.spelling import SpellChecker, known_to_site


@pytest.fixture(scope="module")
def american() -> SpellChecker:
    checker = SpellChecker("en_US", personal_path=Path("/nonexistent/personal.txt"))
    checker.load()
    return checker


def _pages(tmp_path: Path, texts: list[str]) -> list[PageText]:
    pages = []
    for n, text in enumerate(texts):
        path = tmp_path / f"p{n}.md"
        path.write_text(f"---\ntitle: Page {n}\n---\n\n{text}\n", encoding="utf-8")
        pages.append(PageText(path, f"Page {n}"))
    return pages


def test_a_word_on_three_pages_is_the_sites_a_word_on_two_is_not(tmp_path: Path) -> None:
    words = site_vocabulary(
        _pages(
            tmp_path,
            [
                "Write shortcodes here. We recieve mail.",
                "Shortcodes again, and the frobnicator's job.",
                "More shortcodes; the frobnicator. We recieve mail.",
                "Made by Zubeida, as Zubeida's pages say.",
                "Zubeida again.",
                "And Zubeida.",
            ],
        )
    )
    assert known_to_site("shortcodes", words)
    assert known_to_site("Shortcodes", words)  # at a sentence's start
    assert known_to_site("shortcode's", words) is False  # singular: on no page
    assert not known_to_site("frobnicator", words)  # on two pages only
    assert not known_to_site("recieve", words)
    assert known_to_site("Zubeida", words) and known_to_site("Zubeida's", words)
    assert not known_to_site("zubeida", words)  # a name the pages write with its capital


def test_a_title_counts_as_the_pages_words(tmp_path: Path) -> None:
    pages = _pages(tmp_path, ["one", "two", "three"])
    pages = [PageText(p.path, "Taxonomies") for p in pages]
    assert known_to_site("Taxonomies", site_vocabulary(pages))


def test_pages_in_another_language_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for n in range(3):
        (tmp_path / f"fr{n}.md").write_text(
            "---\ntitle: Page\nlang: fr\n---\n\nNous recevons.\n", encoding="utf-8"
        )
    (tmp_path / "en.md").write_text("---\ntitle: Page\n---\n\nWe receive.\n", encoding="utf-8")
    pages = site_pages(Site.open(tmp_path), "en_GB")
    assert [p.path.name for p in pages] == ["en.md"]


def test_hugo_docs_jargon_is_known_and_typos_are_still_misspelt(american: SpellChecker) -> None:
    site = Site.open(shared_site_path("hugo-docs"))
    words = site_vocabulary(site_pages(site, "en_US"))
    page = site.root / "content/en/content-management/shortcodes.md"
    text = page.read_text(encoding="utf-8")
    assert "shortcodes" in american.misspelt_words(text)
    assert len(american.misspelt_words(text)) == 46
    assert len(american.misspelt_words(text, words)) <= 2
    planted = text + "\nShortcodes recieve teh arguments.\n"
    assert american.misspelt_words(planted, words)[-2:] == ["recieve", "teh"]


def test_a_large_site_is_read_in_a_spread_of_its_pages(tmp_path: Path) -> None:
    pages = _pages(tmp_path, ["frobnicate"] * 3 + ["other"] * 7)
    # Every other page read: two of the three pages with the word are.
    assert not known_to_site("frobnicate", site_vocabulary(pages, most=5))
    assert known_to_site("frobnicate", site_vocabulary(pages))
    assert known_to_site("other", site_vocabulary(pages, most=5))


def test_a_page_read_again_counts_its_new_words_in_place_of_its_old(tmp_path: Path) -> None:
    from editor_app.core.site_words import SiteVocabulary

    vocabulary = SiteVocabulary()
    pages = [tmp_path / f"p{n}.md" for n in range(3)]
    for path in pages[:2]:
        vocabulary.set_page(path, frozenset({"zorblax", "Jekyll"}))
    vocabulary.set_page(pages[2], frozenset({"other"}))
    assert vocabulary.known() == frozenset()
    vocabulary.set_page(pages[2], frozenset({"Jekyll", "zorblax"}))  # saved again
    assert vocabulary.known() == {"zorblax", "Jekyll"}
    vocabulary.set_page(pages[0], frozenset({"jekyll"}))  # its old words out
    assert vocabulary.known() == {"jekyll"}
    vocabulary.remove_page(pages[1])
    assert vocabulary.known() == frozenset()
