"""A French page of gohugo.io's docs, in the folder its settings mount for French
(`[[module.mounts]] source = 'content/fr'`, `sites.matrix.languages = ['fr']`), is left
unchecked and the window says why, as a `lang: fr` page is: every French word was underlined
as misspelt English. Its English pages are checked as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from spelling_helpers import misspelt

from editor_app.ui.spell import SpellService


@pytest.fixture
def hugo_docs(tmp_path: Path) -> Path:
    dest = tmp_path / "hugo-docs"
    source = shared_site_path("hugo-docs")
    shutil.copytree(source / "content" / "en" / "about", dest / "content" / "en" / "about")
    for name in ("hugo.toml", "go.mod"):
        shutil.copy(source / name, dest / name)
    settings = dest / "hugo.toml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace("    weight    = 1\n", "    weight    = 1\n  [languages.fr]\n    weight = 2\n", 1)
    text = text.replace(
        "      languages = ['en']\n",
        "      languages = ['en']\n  [[module.mounts]]\n    source = 'content/fr'\n"
        "    target = 'content'\n    [module.mounts.sites.matrix]\n      languages = ['fr']\n",
        1,
    )
    settings.write_text(text, encoding="utf-8")
    french = dest / "content" / "fr" / "about" / "introduction.md"
    french.parent.mkdir(parents=True)
    french.write_text(
        '+++\ntitle = "Introduction"\ndescription = "Hugo est un générateur."\n+++\n\n'
        "Hugo est un générateur de sites statiques écrit en Go, optimisé pour la vitesse.\n",
        encoding="utf-8",
    )
    return dest


def test_a_page_of_the_french_folder_is_left_unchecked(qtbot, hugo_docs: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    french = hugo_docs / "content" / "fr" / "about" / "introduction.md"
    assert window.open_folder(hugo_docs, then_open=french)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    reason = window.editor.spelling_paused_reason
    assert "French" in reason, "French words were checked against the English dictionary"
    qtbot.wait(100)
    assert misspelt(window.editor) == set()  # "générateur", "écrit": no wave

    english = hugo_docs / "content" / "en" / "about" / "introduction.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("renders a complete site", "rendrs a complete site", 1), encoding="utf-8")
    assert window.open_document(english)
    assert window.editor.spelling_paused_reason == ""
    qtbot.waitUntil(lambda: "rendrs" in misspelt(window.editor), timeout=10000)
