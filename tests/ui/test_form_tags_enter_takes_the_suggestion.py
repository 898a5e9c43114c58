"""The topics box: "heal" typed lists only "Health", and Enter added a topic "heal" (then
warned it is not one of the site's). Enter takes the one suggestion listed when what was
typed starts it, as a new author expects; with several listed, or typed text inside a
suggestion, Enter adds what was typed; Down then Enter takes the one chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow


def _type_in_topics(qtbot, window: MainWindow, site: Path, typed: str):  # noqa: ANN001, ANN202
    open_site(qtbot, window, site)
    click_document(qtbot, window, site / "_resources/case-study-cag.md")
    topics = window.form.widgets["topics"]
    window.form.focus_field("topics")
    qtbot.waitUntil(topics.input.hasFocus)
    for tag in list(topics.tags):  # the page has Health already: taken off first
        topics.remove(str(tag))
    qtbot.keyClicks(topics.input, typed)
    qtbot.waitUntil(topics.completer.popup().isVisible)
    return topics


def test_enter_takes_the_only_suggestion_typed_text_starts(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "heal")
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: topics.input.text() == "")
    assert topics.tags == ["Health"]
    assert not topics.completer.popup().isVisible()


def test_enter_with_several_listed_adds_what_was_typed(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "tion")  # Education, Data Protection…, Participation
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: topics.input.text() == "")
    assert topics.tags == ["tion"]


def test_down_then_enter_takes_the_one_chosen(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "heal")
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: topics.input.text() == "")
    assert topics.tags == ["Health"]


def test_the_tooltip_says_what_enter_does(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "heal")
    assert "the one suggestion listed" in topics.input.toolTip()
