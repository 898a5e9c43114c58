"""The language a page says it is written in, and whether a dictionary can check it."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site, shared_site_path

from editor_app.core.page_language import (
    holds_right_to_left,
    language_name,
    page_language,
    same_language,
    site_page_language,
)
from editor_app.core.site import Site


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ({"lang": "fr"}, "fr"),
        ({"language": "pt_BR"}, "pt-BR"),
        ({"locale": "en-US"}, "en-US"),
        ({"lang": " de "}, "de"),
        ({"lang": "not a language"}, None),
        ({"lang": 3}, None),
        ({"title": "x"}, None),
        ([], None),
    ],
)
def test_the_header_says_the_language(front_matter, expected) -> None:  # noqa: ANN001
    assert page_language(front_matter) == expected


def test_hugo_says_it_by_a_suffix_or_a_content_folder(tmp_path: Path) -> None:
    config = {"languages": {"en": {"contentDir": "content/en"}, "fr": {"contentDir": "content/fr/"}}}
    root = tmp_path
    assert page_language({}, root / "content/fr/docs/a.md", config, root) == "fr"
    assert page_language({}, root / "content/en/a.md", config, root) == "en"
    assert page_language({}, root / "content/about.fr.md", config, root) == "fr"
    assert page_language({}, root / "content/about.de.md", config, root) is None  # not declared
    assert page_language({}, root / "content/frog/a.md", config, root) is None
    assert page_language({"lang": "it"}, root / "content/fr/a.md", config, root) == "it"
    assert page_language({}, root / "content/fr/a.md", None, root) is None


def test_a_dictionary_checks_its_own_language_only() -> None:
    assert same_language("en", "en_GB") and same_language("EN-us", "en_GB")
    assert not same_language("fr", "en_GB")
    assert language_name("fr") == "French" and language_name("pt-BR") == "Portuguese"
    assert language_name("xx") == "xx"


def test_the_guide_s_translations_say_their_language() -> None:
    site = Site.open(shared_site_path("opensource-guide"))
    found = {}
    for entry in site.entries():
        if entry.collection == "articles":
            found[entry.path.parent.name] = page_language(
                entry.front_matter, entry.path, site.config, site.root
            )
    assert found["fr"] == "fr" and found["es"] == "es"
    assert found["_articles"] in ("en", None)


def test_every_language_of_the_guide_has_a_name() -> None:
    """The status bar names the page's language: "it is in sa" told a Sanskrit page's author
    nothing."""
    site = Site.open(shared_site_path("opensource-guide"))
    codes = {
        page_language(entry.front_matter, entry.path, site.config, site.root)
        for entry in site.entries()
        if entry.collection == "articles"
    } - {None}
    assert {"sa", "sw", "pcm"} <= codes
    assert [code for code in sorted(codes) if language_name(code) == code] == []


def test_holds_right_to_left_wherever_the_letter_stands() -> None:
    assert holds_right_to_left("GitHub در پروژه") and holds_right_to_left("(“שלום”)")
    assert not holds_right_to_left("/docs/x/#part ١٢٣")  # Arabic-Indic digits are no letters
    assert not holds_right_to_left("")


def test_a_french_page_of_gohugo_io_says_its_language(tmp_path: Path) -> None:
    site_root = copy_shared_site("hugo-docs", tmp_path)
    settings = site_root / "hugo.toml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace("    weight    = 1\n", "    weight    = 1\n  [languages.fr]\n    weight = 2\n", 1)
    text = text.replace(
        "      languages = ['en']\n",
        "      languages = ['en']\n  [[module.mounts]]\n    source = 'content/fr'\n"
        "    target = 'content'\n    [module.mounts.sites.matrix]\n      languages = ['fr']\n",
        1,
    )
    settings.write_text(text, encoding="utf-8")
    page = site_root / "content/fr/about/introduction.md"
    page.parent.mkdir(parents=True)
    page.write_text("+++\ntitle = 'Introduction'\n+++\nHugo est un générateur.\n", encoding="utf-8")
    site = Site.open(site_root)
    assert site_page_language(site, {}, page) == "fr"
    english = site_root / "content/en/about/introduction.md"
    assert site_page_language(site, {}, english) == "en"


def test_hugo_s_content_folders_read_from_its_settings_file(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        'title = "x"\n[languages.en]\ncontentDir = "content/en"\n'
        '[languages.fr]\ncontentDir = "content/fr"\n',
        encoding="utf-8",
    )
    for code in ("en", "fr"):
        page = tmp_path / "content" / code / "a.md"
        page.parent.mkdir(parents=True)
        page.write_text("+++\ntitle = 'a'\n+++\nb\n", encoding="utf-8")
    site = Site.open(tmp_path)
    assert site_page_language(site, {}, tmp_path / "content/fr/a.md") == "fr"
    assert site_page_language(site, {}, tmp_path / "content/en/a.md") == "en"


def test_quoted_persian_or_arabic_words_are_set_apart() -> None:
    from editor_app.core.page_language import isolate_quoted

    said = "The sentence starting 'إذا احتجت إلى...' has 40 words."
    assert isolate_quoted(said) == "The sentence starting '\u2068إذا احتجت إلى...\u2069' has 40 words."
    assert isolate_quoted("'کلمه' or 'tags'?") == "'\u2068کلمه\u2069' or 'tags'?"
    english = "The link text 'here' doesn't say where it goes."
    assert isolate_quoted(english) == english
