"""style: British/American spelling follows the language a Hugo site declares in hugo.toml
(`languageCode`, or `[languages.en] locale`), as the spelling dictionary does."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _style_words(root: Path) -> list[tuple[int, str]]:
    return [
        (p.line, p.message)
        for p in validate_site(Site.open(root), content=True)
        if p.code == "style-word"
    ]


def _hugo_site(root: Path, settings: str, body: str) -> Path:
    (root / "hugo.toml").write_text(settings)
    (root / "content").mkdir()
    (root / "content" / "page.md").write_text(f"---\ntitle: T\n---\n{body}\n")
    return root


def test_a_hugo_site_in_american_english_by_its_default_languages_locale(tmp_path: Path) -> None:
    settings = (
        "title = 'x'\ndefaultContentLanguage = 'en'\n"
        "[languages]\n  [languages.en]\n    languageName = 'English'\n    locale = 'en-US'\n"
    )
    root = _hugo_site(tmp_path, settings, "The colour is blue.")
    assert _style_words(root) == [
        (4, "'colour' is the British spelling; the site's language is American English: 'color'.")
    ]


def test_a_hugo_site_in_british_english_by_its_language_code(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path, "title = 'x'\nlanguageCode = 'en-GB'\n", "The color is blue.")
    assert _style_words(root) == [
        (4, "'color' is the American spelling; the site's language is British English: 'colour'.")
    ]


def test_a_hugo_site_in_plain_english_keeps_a_page_in_one_spelling(tmp_path: Path) -> None:
    root = _hugo_site(tmp_path, "title = 'x'\nlanguageCode = 'en'\n", "The colour is blue.")
    assert _style_words(root) == []


def test_hugo_docs_british_spellings_are_told_as_the_site_is_american(tmp_path: Path) -> None:
    hugo_docs = shared_site_path("hugo-docs")
    found = [
        p.message
        for p in validate_site(Site.open(hugo_docs), content=True)
        if p.code == "style-word"
    ]
    assert found and all("the site's language is American English" in m for m in found)
