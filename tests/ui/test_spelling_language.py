"""Tools > Spelling Language: the site's declared language, a choice remembered per site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from shared_sites import shared_site_path
from spelling_helpers import misspelt
from window_helpers import click_document, new_shown_window, open_site

from editor_app.core.site import Site
from editor_app.core.spelling import declared_site_language, site_language
from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"


def make_window(qtbot, settings: QSettings) -> MainWindow:  # noqa: ANN001 - qtbot
    return new_shown_window(qtbot, settings)


def write_words(window: MainWindow, qtbot) -> None:  # noqa: ANN001 - qtbot
    window.editor.selectAll()
    qtbot.keyClicks(window.editor, "Our favorite colour is grey. ")


def language_menu_choice(window: MainWindow) -> str:
    checked = [a for a in window.spelling_language.menu.actions() if a.isChecked()]
    assert len(checked) == 1
    return checked[0].data()


def test_site_language_reads_the_usual_config_keys() -> None:
    both = ["en_GB", "en_US"]
    assert site_language({}, both) is None
    assert site_language({"lang": "en-US"}, both) == "en_US"
    assert site_language({"lang": "EN_us"}, both) == "en_US"
    assert site_language({"locale": "en_GB"}, both) == "en_GB"
    assert site_language({"lang": "en"}, both) == "en_GB"  # the default, when it fits
    assert site_language({"lang": "en"}, ["en_US"]) == "en_US"
    assert site_language({"lang": "fr-FR"}, both) is None
    assert site_language({"lang": 7, "locale": "en-US"}, both) == "en_US"


def test_a_site_without_a_language_is_checked_in_british_english(
    qtbot, settings, site_copy: Path
) -> None:
    w = make_window(qtbot, settings)
    open_site(qtbot, w, site_copy)
    click_document(qtbot, w, site_copy / CASE_STUDY)
    assert w.editor.spelling_language == "en_GB"
    assert language_menu_choice(w) == "en_GB"
    write_words(w, qtbot)
    qtbot.waitUntil(lambda: misspelt(w.editor) == {"favorite"}, timeout=60000)


def test_a_site_that_declares_american_english_gets_that_dictionary_and_a_choice_sticks(
    qtbot, settings, site_copy: Path
) -> None:
    config = site_copy / "_config.yml"
    config.write_text("lang: en-US\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    w = make_window(qtbot, settings)
    open_site(qtbot, w, site_copy)
    click_document(qtbot, w, site_copy / CASE_STUDY)
    assert w.editor.spelling_language == "en_US"
    assert language_menu_choice(w) == "en_US"
    write_words(w, qtbot)
    qtbot.waitUntil(lambda: misspelt(w.editor) == {"colour", "grey"}, timeout=60000)

    # The editor picks British English from the menu: the words are checked again at once...
    british = w.spelling_language.actions["en_GB"]
    assert british.text() == "English (United Kingdom)"
    british.trigger()
    assert w.editor.spelling_language == "en_GB"
    qtbot.waitUntil(lambda: misspelt(w.editor) == {"favorite"}, timeout=60000)
    w.close()

    # ...and the choice holds for this site the next time, whatever its config says.
    again = make_window(qtbot, settings)
    open_site(qtbot, again, site_copy)
    assert again.editor.spelling_language == "en_GB"
    assert language_menu_choice(again) == "en_GB"


def hugo_site(folder: Path, settings: str) -> Path:
    (folder / "content" / "posts").mkdir(parents=True)
    (folder / "hugo.toml").write_text(settings, encoding="utf-8")
    page = folder / "content" / "posts" / "first.md"
    page.write_text("---\ntitle: First\n---\nOur favorite colour is grey.\n", encoding="utf-8")
    return page


def test_a_hugo_site_declares_its_language_in_its_own_settings(tmp_path: Path) -> None:
    both = ["en_GB", "en_US"]
    cases = {
        "languageCode = 'en-us'\n": "en_US",
        "languageCode = 'en-GB'\n": "en_GB",
        # The default language's own settings come first, as Hugo reads them.
        "languageCode = 'en-gb'\n[languages.en]\nlocale = 'en-US'\n": "en_US",
        "defaultContentLanguage = 'EN'\n[languages.en]\nlanguageCode = 'en-US'\n": "en_US",
        "defaultContentLanguage = 'fr'\n[languages.en]\nlocale = 'en-US'\n"
        "[languages.fr]\nlocale = 'fr-FR'\n": None,
        "title = 'No language'\n": None,
    }
    for number, (settings, expected) in enumerate(cases.items()):
        hugo_site(tmp_path / str(number), settings)
        assert declared_site_language(Site.open(tmp_path / str(number)), both) == expected, settings


def test_hugo_documentation_is_checked_in_american_english() -> None:
    hugo_docs = shared_site_path("hugo-docs")
    # hugo.toml: [languages.en] locale = 'en-US'
    assert declared_site_language(Site.open(hugo_docs), ["en_GB", "en_US"]) == "en_US"


def test_the_window_checks_a_hugo_site_in_the_language_its_settings_declare(
    qtbot, settings, tmp_path: Path
) -> None:
    page = hugo_site(tmp_path / "site", "[languages.en]\n  locale = 'en-US'\n")
    w = make_window(qtbot, settings)
    open_site(qtbot, w, tmp_path / "site")
    click_document(qtbot, w, page)
    assert w.editor.spelling_language == "en_US"
    assert language_menu_choice(w) == "en_US"
    qtbot.waitUntil(lambda: misspelt(w.editor) == {"colour", "grey"}, timeout=60000)
