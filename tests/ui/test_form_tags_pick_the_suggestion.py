"""The topics box: "Educ" typed lists "Education". Tab takes the first one listed, Down then Enter
the one chosen; Enter alone adds what was typed when it starts none or several of those listed
("tion" lists three: a new topic stays new), and then the warning says how to pick one of
the site's topics instead."""

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
    qtbot.keyClicks(topics.input, typed)
    qtbot.waitUntil(topics.completer.popup().isVisible)
    # With its list open, the keys go to the list (as on a desktop), which hands them on.
    return topics


def test_tab_takes_the_first_topic_listed_and_stays_in_the_box(
    qtbot,
    quiet_window: MainWindow,
    site_copy: Path,  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "Educ")
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: topics.input.text() == "")
    assert "Education" in topics.tags and "Educ" not in topics.tags
    assert topics.input.hasFocus() and not topics.completer.popup().isVisible()


def test_down_then_enter_takes_the_topic_chosen(
    qtbot,
    quiet_window: MainWindow,
    site_copy: Path,  # noqa: ANN001
) -> None:
    topics = _type_in_topics(qtbot, quiet_window, site_copy, "Educ")
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: topics.input.text() == "")
    assert "Education" in topics.tags and "Educ" not in topics.tags


def test_enter_keeps_a_new_topic_and_the_warning_says_how_to_pick_one(
    qtbot,
    quiet_window: MainWindow,
    site_copy: Path,  # noqa: ANN001
) -> None:
    window = quiet_window
    topics = _type_in_topics(qtbot, window, site_copy, "tion")
    qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Return)
    assert "tion" in topics.tags
    qtbot.waitUntil(lambda: "tion" in window.form.problem_text("topics"), timeout=10000)
    assert "press Tab for the first one listed" in window.form.problem_text("topics")
