"""British-English spell checking of Markdown prose, offline, with a personal word list."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import spelling
from editor_app.core.spelling import SpellChecker, available_languages, words_to_check


@pytest.fixture(scope="module")
def loaded() -> SpellChecker:
    """One checker with the dictionary read (reading takes seconds: share it)."""
    checker = SpellChecker(personal_path=Path("/nonexistent/personal.txt"))
    checker.load()
    return checker


def checker_for(tmp_path: Path, loaded: SpellChecker) -> SpellChecker:
    """A checker with its own personal list that reuses the already-read dictionary."""
    checker = SpellChecker(personal_path=tmp_path / "words.txt")
    checker._dictionary = loaded._dictionary
    return checker


def test_the_british_dictionary_is_bundled() -> None:
    assert "en_GB" in available_languages()
    folder = spelling.dictionary_dir()
    assert (folder / "en_GB.dic").stat().st_size > 100_000
    assert "Kevin Atkinson" in (folder / "en_GB.copyright").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "word", ["organisation", "programme", "colour", "realise", "behaviour", "centre", "Colour"]
)
def test_british_spellings_are_correct(loaded: SpellChecker, word: str) -> None:
    assert loaded.check(word)


@pytest.mark.parametrize("word", ["recieve", "seperate", "goverment", "campoigning"])
def test_typos_are_wrong(loaded: SpellChecker, word: str) -> None:
    assert not loaded.check(word)


def test_suggestions_offer_the_intended_word(loaded: SpellChecker) -> None:
    assert "receive" in loaded.suggest("recieve")


def test_curly_apostrophes_count_as_apostrophes(loaded: SpellChecker) -> None:
    assert loaded.misspelt_ranges("Don’t worry, it’s the council’s plan.") == []


def test_words_in_another_script_are_not_english_misspellings(
    loaded: SpellChecker, tmp_path: Path
) -> None:
    """A Chinese or Arabic page that does not say its language (the guide's zh-hant README has
    no header) had every word underlined against the English dictionary."""
    text = "開源軟體指南 是一份給個人 كيف تساهم Привет and one speling mistake"
    assert loaded.misspelt_words(text) == ["speling"]
    assert not loaded.check("naïvte") and loaded.check("naïve")  # accented Latin still checked
    # A dictionary that names no alphabet checks every word, as before.
    folder = tmp_path / "dicts"
    folder.mkdir()
    for suffix in (".dic", ".aff"):
        source = spelling.dictionary_dir() / f"en_GB{suffix}"
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith("TRY ")]
        (folder / f"en_GB{suffix}").write_text("".join(kept), encoding="utf-8")
    bare = SpellChecker(personal_path=tmp_path / "words.txt", folder=folder)
    assert "開源軟體指南" in bare.misspelt_words(text)


def test_ranges_point_at_the_misspelt_words(loaded: SpellChecker) -> None:
    text = "We will recieve the report and seperate it."
    ranges = loaded.misspelt_ranges(text)
    assert [text[s:e] for s, e in ranges] == ["recieve", "seperate"]


@pytest.mark.parametrize(
    "markdown",
    [
        "Run `pip instal thingz` now.",
        "```\ndef fnuction():\n    retrun 1\n```\n",
        "See https://exmaple.org/pagez and www.exmaple.org.",
        "A [link](/asets/imagez/pictur.png) here.",
        "{% inclde footr.html %} and {{ site.baseurll }}",
        "Intro <!--mroe--> rest",
        '<span class="foobr">hello</span>',
        "Write to someone@exmaple.org today.",
        "---\ntitel: Somethign\n---\nBody text.",
        "[ref]: https://exmaple.org/stuf",
        "The NHS and GDPR, on GitHub, in 2024a.",
        "A heading {:#custm-id}",
    ],
)
def test_code_addresses_liquid_html_front_matter_are_not_checked(
    loaded: SpellChecker, markdown: str
) -> None:
    assert loaded.misspelt_words(markdown) == []


def test_text_inside_html_and_link_words_is_still_checked(loaded: SpellChecker) -> None:
    assert loaded.misspelt_words("<em>mistaek</em> and [a lnik](https://example.org)") == [
        "mistaek",
        "lnik",
    ]


def test_add_to_dictionary_is_remembered_in_the_data_folder(
    tmp_path: Path, loaded: SpellChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    assert spelling.personal_dictionary_path() == tmp_path / "data" / "dictionary.txt"
    first = SpellChecker()
    first._dictionary = loaded._dictionary
    assert not first.check("Trustopia")
    first.add_word("Trustopia")
    assert first.check("Trustopia")
    assert first.check("Trustopia's")
    assert (tmp_path / "data" / "dictionary.txt").read_text(encoding="utf-8") == "Trustopia\n"
    # A new session reads the list back.
    second = SpellChecker()
    second._dictionary = loaded._dictionary
    assert second.check("Trustopia")


def test_ignore_lasts_only_for_this_checker(tmp_path: Path, loaded: SpellChecker) -> None:
    checker = checker_for(tmp_path, loaded)
    assert not checker.check("Kamall")
    checker.ignore("Kamall")
    assert checker.check("Kamall")
    assert not (tmp_path / "words.txt").exists()


def test_missing_language_says_so(tmp_path: Path) -> None:
    checker = SpellChecker("xx_XX", personal_path=tmp_path / "w.txt")
    with pytest.raises(FileNotFoundError):
        checker.load()


def test_real_site_pages_have_few_flagged_words(loaded: SpellChecker, shared_site: Path) -> None:
    """Real prose: nearly every word passes, and front matter or links never show up."""
    total = flagged = 0
    for path in sorted((shared_site / "_resources").glob("*.md"))[:25]:
        text = path.read_text(encoding="utf-8", errors="replace")
        words = words_to_check(text)
        total += len(words)
        bad = loaded.misspelt_words(text)
        flagged += len(bad)
        assert not any(w in ("layout", "permalink", "https", "md") for w in bad)
    assert total > 5000
    assert flagged / total < 0.01


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_ranges_are_inside_the_text_and_in_order(loaded: SpellChecker, text: str) -> None:
    ranges = loaded.misspelt_ranges(text)
    last = 0
    for start, end in ranges:
        assert last <= start < end <= len(text)
        last = end


def test_two_windows_adding_words_keep_both(tmp_path: Path, loaded: SpellChecker) -> None:
    first, second = checker_for(tmp_path, loaded), checker_for(tmp_path, loaded)
    first.add_word("Kamall")
    second.add_word("Trustopia")
    saved = (tmp_path / "words.txt").read_text(encoding="utf-8").split()
    assert saved == ["Kamall", "Trustopia"]


def test_emoji_codes_are_no_words_to_check() -> None:
    """`:tada:` is a picture on sites with emoji on (Hugo's enableEmoji, Jekyll's jemoji); the
    words around it, and a colon in prose, are still read."""
    text = "Great news :tada: and :+1: from the teem: thanks:see you\n"
    words = [w for _, _, w in words_to_check(text)]
    assert "tada" not in words
    assert words == ["Great", "news", "and", "from", "the", "teem", "thanks", "see", "you"]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("languageCode: en-US\n", "en_US"),
        ("defaultContentLanguage: en-us\n", "en_US"),
        ("languageCode: en-GB\ndefaultContentLanguage: en-US\n", "en_GB"),
        # Jekyll's own names come first.
        ("lang: en-GB\nlanguageCode: en-US\n", "en_GB"),
        ("languageCode: fr\n", None),
        ("title: No language\n", None),
    ],
)
def test_hugos_names_in_a_jekyll_config_declare_the_sites_language(
    tmp_path: Path, config: str, expected: str | None
) -> None:
    # The window's dictionary and the spelling variety the checks use read the same names.
    from editor_app.core.site import Site
    from editor_app.core.spelling import declared_site_language

    (tmp_path / "_config.yml").write_text(config)
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\nText.\n")
    assert declared_site_language(Site.open(tmp_path), ["en_GB", "en_US"]) == expected
