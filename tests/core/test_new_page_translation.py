"""A new Hugo page made as the translation of another goes where Hugo pairs the two: the same
path in the language's own content folder (hugo-docs with French mounted from content/fr), or
the same name with the language in it; the original's translationKey goes with it. A French
title gave `fonctionnalites.md`, which Hugo pairs with nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import hugo_docs_with_language_folder

from editor_app.core.document import Document
from editor_app.core.new_page_path import UnknownLanguage
from editor_app.core.new_page_translation import (
    NotTranslatable,
    TranslationExists,
    translation_sources,
)
from editor_app.core.page_create import new_document, proposed_path
from editor_app.core.site import Site

FEATURES = "content/en/about/features.md"
FRENCH = "---\ntitle: Introduction\n---\n\nBonjour.\n"


@pytest.fixture
def hugo_fr(tmp_path: Path) -> Site:
    hugo_docs_with_language_folder(tmp_path / "site", "fr", "fr", FRENCH)
    return Site.open(tmp_path / "site")


def test_a_french_translation_has_the_english_page_s_path_in_the_french_folder(
    hugo_fr: Site,
) -> None:
    site = hugo_fr
    wanted = site.root / "content/fr/about/features.md"
    assert proposed_path(site, "about", "Fonctionnalités", lang="fr", translation_of=FEATURES) == wanted
    # Without a language picked, the folder's tells it.
    assert (
        proposed_path(
            site, "about", "Fonctionnalités", folder="content/fr/about", translation_of=FEATURES
        )
        == wanted
    )
    path = new_document(site, "about", "Fonctionnalités", lang="fr", translation_of=FEATURES)
    assert path == wanted
    doc = Document.load(path)
    assert doc.front_matter["title"] == "Fonctionnalités"
    assert "translationKey" not in doc.front_matter  # the path pairs them
    # Asked again: the translation is there, nothing is written over it.
    with pytest.raises(TranslationExists, match="content/fr/about/features.md"):
        proposed_path(site, "about", "Autre", lang="fr", translation_of=FEATURES)
    with pytest.raises(TranslationExists):
        new_document(site, "about", "Autre", lang="fr", translation_of=FEATURES)
    assert Document.load(path).front_matter["title"] == "Fonctionnalités"


def test_the_pages_offered_are_those_in_another_language_than_the_translation_s(
    hugo_fr: Site,
) -> None:
    into_french = translation_sources(hugo_fr, "about", lang="fr")
    assert ("content/en/about/features.md", "Features") in into_french
    assert not any(path.startswith("content/fr/") for path, _title in into_french)
    # The French folder picked tells the language too.
    assert translation_sources(hugo_fr, "about", folder="content/fr/about") == into_french
    # Into English (the default): the French pages, their language named (only the default
    # language's pages were offered, so French could not be translated into English).
    into_english = translation_sources(hugo_fr, "about")
    assert into_english == [("content/fr/about/introduction.md", "Introduction (French)")]


def test_a_page_in_the_language_already_or_an_unknown_language_is_refused(hugo_fr: Site) -> None:
    with pytest.raises(NotTranslatable, match="in English already"):
        proposed_path(hugo_fr, "about", "X", lang="en", translation_of=FEATURES)
    with pytest.raises(UnknownLanguage):
        proposed_path(hugo_fr, "about", "X", lang="de", translation_of=FEATURES)
    with pytest.raises(NotTranslatable, match="no page"):
        proposed_path(hugo_fr, "about", "X", lang="fr", translation_of="content/en/about/nope.md")


def test_languages_told_by_file_name_and_the_translation_key(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        "defaultContentLanguage = 'en'\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n",
        encoding="utf-8",
    )
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    (posts / "hello.md").write_text(
        "---\ntitle: Hello\ntranslationKey: greeting\n---\n\nHi.\n", encoding="utf-8"
    )
    site = Site.open(tmp_path)
    path = new_document(site, "posts", "Bonjour", lang="fr", translation_of="content/posts/hello.md")
    assert path == posts / "hello.fr.md"
    assert Document.load(path).front_matter == {"title": "Bonjour", "translationKey": "greeting"}
    # And back to English from the French page: the plain name, taken.
    with pytest.raises(TranslationExists):
        proposed_path(site, "posts", "Hello", lang="en", translation_of="content/posts/hello.fr.md")


def test_off_hugo_a_translation_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    site = Site.open(tmp_path)
    with pytest.raises(NotTranslatable, match="not a Hugo site"):
        proposed_path(site, "posts", "B", lang="fr", translation_of="_posts/2024-01-01-a.md")
