"""A language typed into the page's form (`fr` into Lang, as a French author fills a new page)
pauses the spelling at once, as opening a French page does, and the status bar says why;
typing an English code back checks the words again. French words were underlined as English
until the page was closed and opened again."""

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
    (dest / "_articles").mkdir(parents=True)
    shutil.copy(source / "_articles" / "best-practices.md", dest / "_articles")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def _type_language(qtbot, window, code: str) -> None:  # noqa: ANN001
    box = window.form.widgets["lang"].focus_target()
    box.selectAll()
    qtbot.keyClicks(box, code)


def test_typing_fr_into_lang_pauses_spelling_and_en_resumes_it(
    qtbot, guide: Path, quiet_window  # noqa: ANN001
) -> None:
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    page = guide / "_articles" / "best-practices.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("documentation", "documentasion", 1),
        encoding="utf-8",
    )
    assert window.open_folder(guide, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: "documentasion" in misspelt(window.editor), timeout=10000)

    _type_language(qtbot, window, "fr")
    assert window.current_document().get("lang") == "fr"
    reason = window.editor.spelling_paused_reason
    assert "French" in reason
    assert window.statusBar().currentMessage() == reason
    qtbot.waitUntil(lambda: misspelt(window.editor) == set(), timeout=10000)

    _type_language(qtbot, window, "en")
    assert window.editor.spelling_paused_reason == ""
    qtbot.waitUntil(lambda: "documentasion" in misspelt(window.editor), timeout=10000)
