"""A value typed into a list field (Topics) and added with Enter closes the box's list of
suggestions: it stayed open over the fields below, an empty box listing every value, and held
the keyboard there (F6 and what the author typed next went into the box)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow


def test_enter_adds_the_value_and_closes_the_suggestions(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / "_resources/case-study-cag.md")
    topics = window.form.widgets["topics"]
    window.form.focus_field("topics")
    qtbot.waitUntil(topics.input.hasFocus)
    qtbot.keyClicks(topics.input, "tion")  # three listed: Enter adds what was typed
    qtbot.waitUntil(topics.completer.popup().isVisible)  # suggestions while typing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(50)
    assert "tion" in topics.tags and topics.input.text() == ""
    assert not topics.completer.popup().isVisible()


def test_a_value_typed_without_enter_is_kept_by_save_or_leaving_the_box(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    page = site_copy / "_resources/case-study-cag.md"
    click_document(qtbot, window, page)
    topics = window.form.widgets["topics"]
    window.form.focus_field("topics")
    qtbot.waitUntil(topics.input.hasFocus)
    qtbot.keyClicks(topics.input, "Community power")
    qtbot.keyClick(topics.input, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: b"  - Community power\n" in page.read_bytes())
    assert topics.input.text() == ""
    # Typed, then a click in another field: added too, unsaved.
    qtbot.keyClicks(topics.input, "Local government")
    window.form.focus_field("title")
    qtbot.waitUntil(lambda: "Local government" in topics.tags)
    assert window.current_document().is_modified
    # Ctrl+A in the box is the box's own: nothing added.
    window.form.focus_field("topics")
    qtbot.waitUntil(topics.input.hasFocus)
    qtbot.keyClicks(topics.input, "Half typed")
    qtbot.keyClick(topics.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert topics.input.selectedText() == "Half typed" and "Half typed" not in topics.tags
