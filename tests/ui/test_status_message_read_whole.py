"""A long message in the status bar is read whole on a 1024-pixel window: the word count on the
right steps aside while it is shown, and comes back after. The message after a 'Combine both'
ran under the word count and was cut mid-word ('(Undo brings back your versi')."""

from __future__ import annotations

from pathlib import Path

from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow

LONG = (
    "Combined your changes with the ones made on disk to "
    "“2025-01-27-jekyll-4-4-0-released.markdown”: check the page and save it "
    "(Undo brings back your version)."
)


def test_a_long_message_has_the_room_of_the_word_count(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / "_resources/case-study-cag.md")
    bar, count = window.statusBar(), window.stats_label
    qtbot.waitUntil(lambda: count.isVisible() and "words" in count.text())
    bar.showMessage(LONG)
    qtbot.wait(20)
    words = bar.fontMetrics().horizontalAdvance(LONG)
    shown = bar.width() - (count.width() if count.isVisible() else 0)
    assert words < shown, "the message is cut under the word count"
    bar.showMessage("Saved.")
    qtbot.waitUntil(count.isVisible)
    bar.clearMessage()
    assert count.isVisible()
