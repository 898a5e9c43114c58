"""The first start opens the sample site with a word of what it is and how to open one's
own: the window showed "Choose a document in the list" over three pages of a "Riverside
Community Data Trust", and a newcomer could not tell they were not their own. A real site
says what it said before."""

from __future__ import annotations

from pathlib import Path

from editor_app.ui.app import start_folder


def _placeholder_after_opening(qtbot, window, folder: Path) -> str:  # noqa: ANN001
    assert window.open_folder(folder)
    qtbot.waitUntil(lambda: window.site is not None and window.library.isEnabled(), timeout=20000)
    qtbot.waitUntil(lambda: "document" in window.placeholder.text(), timeout=5000)
    return window.placeholder.text()


def test_the_sample_says_it_is_one(qtbot, settings, quiet_window) -> None:  # noqa: ANN001
    sample = start_folder(None, settings)  # the first start: the user's copy of the sample
    text = _placeholder_after_opening(qtbot, quiet_window, sample)
    assert "sample site" in text
    assert "Open\u00a0Folder" in text


def test_a_real_site_says_what_it_said(qtbot, site_copy: Path, quiet_window) -> None:  # noqa: ANN001
    text = _placeholder_after_opening(qtbot, quiet_window, site_copy)
    assert text == "Choose a document in the list, or make a new one."


def test_the_words_keep_clear_of_the_dividers(qtbot, settings, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    window.resize(1024, 700)
    _placeholder_after_opening(qtbot, window, start_folder(None, settings))
    label = window.placeholder
    inside = label.contentsRect()
    assert inside.left() >= 8 and label.width() - inside.right() >= 8, "words ran up to the edges"
