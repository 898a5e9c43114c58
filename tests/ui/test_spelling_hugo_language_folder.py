"""A French page of gohugo.io's docs, in the folder its settings mount for French
(`[[module.mounts]] source = 'content/fr'`, `sites.matrix.languages = ['fr']`), is left
unchecked and the window says why, as a `lang: fr` page is: every French word was underlined
as misspelt English. Its English pages are checked as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import hugo_docs_with_language_folder
from spelling_helpers import misspelt

from editor_app.ui.spell import SpellService


@pytest.fixture
def hugo_docs(tmp_path: Path) -> Path:
    dest = tmp_path / "hugo-docs"
    french = (
        '+++\ntitle = "Introduction"\ndescription = "Hugo est un générateur."\n+++\n\n'
        "Hugo est un générateur de sites statiques écrit en Go, optimisé pour la vitesse.\n"
    )
    hugo_docs_with_language_folder(dest, "fr", "fr", french)
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
