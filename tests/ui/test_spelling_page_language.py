"""A page in a language the dictionary is not (the guide's French and Spanish articles,
`lang: fr`) is left unchecked, and the window says why; an English page of the same site is
checked as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from spelling_helpers import misspelt

from editor_app.ui.spell import SpellService


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    for part in ("_articles/fr", "_articles/es"):
        shutil.copytree(source / part, dest / part)
    shutil.copy(source / "_articles" / "best-practices.md", dest / "_articles")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_a_french_page_is_left_unchecked_and_an_english_one_checked(
    qtbot, guide: Path, quiet_window  # noqa: ANN001
) -> None:
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    french = guide / "_articles" / "fr" / "best-practices.md"
    assert window.open_folder(guide, then_open=french)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    reason = window.editor.spelling_paused_reason
    assert "French" in reason and "English" in reason
    assert window.statusBar().currentMessage() == reason
    qtbot.wait(100)
    assert misspelt(window.editor) == set()  # "responsable", "processus": no wave at all

    english = guide / "_articles" / "best-practices.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("documentation", "documentasion", 1), encoding="utf-8")
    assert window.open_document(english)
    assert window.editor.spelling_paused_reason == ""
    qtbot.waitUntil(lambda: "documentasion" in misspelt(window.editor), timeout=10000)
