"""A Chinese page that does not say its language (the Open Source Guide's zh-hant README has no
header) is not underlined throughout: words in a script the dictionary has no letters of are
left alone, while an English typo on the same page is still marked."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from spelling_helpers import misspelt

from editor_app.ui.spell import SpellService


def test_chinese_words_are_not_marked_and_an_english_typo_is(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    guide = shared_site_path("opensource-guide")
    readme = guide / "_articles" / "zh-hant" / "README.md"
    site = tmp_path / "guide"
    (site / "_articles" / "zh-hant").mkdir(parents=True)
    shutil.copy(guide / "_config.yml", site / "_config.yml")
    page = site / "_articles" / "zh-hant" / "README.md"
    page.write_text(readme.read_text(encoding="utf-8") + "\nA speling slip.\n", encoding="utf-8")
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    assert window.editor.spelling_paused_reason == ""  # the page says no language
    qtbot.waitUntil(lambda: "speling" in misspelt(window.editor), timeout=10000)
    assert [word for word in misspelt(window.editor) if not word.isascii()] == []
