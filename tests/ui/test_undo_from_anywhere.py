"""Edit > Undo with the keyboard outside the form and the text (the list, the preview, a
panel) takes back the page's latest change wherever it was made, then the one before; Redo
brings them back in turn. In the text with nothing left there to undo, the form's goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import open_page_with_its_site

CASE_STUDY = "_resources/case-study-cag.md"


@pytest.fixture
def case_study(qtbot, site_copy: Path, quiet_window):  # noqa: ANN001, ANN201
    window = quiet_window
    page = site_copy / CASE_STUDY
    saved = page.read_bytes()
    open_page_with_its_site(qtbot, window, site_copy, page)
    return window, saved


def _focus(qtbot, widget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def test_undo_in_the_list_takes_back_the_latest_change_of_form_and_text(
    qtbot, case_study  # noqa: ANN001
) -> None:
    window, saved = case_study
    editor = window.editor
    body = editor.markdown()
    _focus(qtbot, editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " More")
    title = window.form.widgets["title"].focus_target()
    _focus(qtbot, title)
    old_title = title.text()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    qtbot.waitUntil(lambda: window.current_document().front_matter["title"] == old_title + " (draft)")
    _focus(qtbot, window.library.view)

    window.undo_action.trigger()  # the title, changed last
    assert window.current_document().front_matter["title"] == old_title
    assert title.text() == old_title
    assert editor.markdown() == body + " More"
    window.undo_action.trigger()  # then the text
    assert editor.markdown() == body
    assert window.current_document().to_bytes() == saved

    window.redo_action.trigger()  # the text, undone last
    assert editor.markdown() == body + " More"
    assert window.current_document().front_matter["title"] == old_title
    window.redo_action.trigger()
    assert window.current_document().front_matter["title"] == old_title + " (draft)"


def test_undo_in_the_text_with_nothing_typed_there_takes_back_the_form(
    qtbot, case_study  # noqa: ANN001
) -> None:
    window, saved = case_study
    title = window.form.widgets["title"].focus_target()
    _focus(qtbot, title)
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    _focus(qtbot, window.editor)
    window.undo_action.trigger()
    assert window.current_document().to_bytes() == saved
    assert not window.isWindowModified()


def test_undo_and_redo_are_greyed_while_there_is_nothing_to_take_back(
    qtbot, case_study  # noqa: ANN001
) -> None:
    window, saved = case_study
    undo, redo = window.undo_action, window.redo_action
    assert not undo.isEnabled() and not redo.isEnabled()  # the page as opened
    title = window.form.widgets["title"].focus_target()
    _focus(qtbot, title)
    qtbot.keyClicks(title, "X")
    assert undo.isEnabled() and not redo.isEnabled()
    _focus(qtbot, window.editor)
    window.undo_action.trigger()
    assert not undo.isEnabled() and redo.isEnabled()
    qtbot.keyClicks(window.editor, "Y")  # typing: nothing left to redo
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_document().to_bytes() == saved
    assert not undo.isEnabled() and redo.isEnabled()


def test_ctrl_z_in_the_text_with_nothing_typed_there_takes_back_the_form(
    qtbot, case_study  # noqa: ANN001
) -> None:
    window, saved = case_study
    title = window.form.widgets["title"].focus_target()
    _focus(qtbot, title)
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    _focus(qtbot, window.editor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_document().to_bytes() == saved
    assert title.text() == window.current_document().front_matter["title"]
    # And the text's own typing is still the text's first.
    qtbot.keyClicks(window.editor, "Y")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_document().to_bytes() == saved
