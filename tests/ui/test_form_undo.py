"""Edit > Undo and Redo in the form: a removed topic or a changed status comes back, the file
with it byte for byte; in the editor, Undo undoes the typing as before. Typing into one field
within a moment is one step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from window_helpers import open_page_with_its_site

from editor_app.ui.form_undo import ABSENT, FormHistory

CASE_STUDY = "_resources/case-study-cag.md"


class Clock:
    def __init__(self) -> None:
        self.now = 10.0

    def __call__(self) -> float:
        return self.now


def test_history_steps_merge_typing_and_clear_redo() -> None:
    clock = Clock()
    history = FormHistory(clock)
    history.record("title", "A", "Ab")
    clock.now += 0.5
    history.record("title", "Ab", "Abc")  # still typing: one step
    clock.now += 5
    history.record("status", ABSENT, "draft")
    assert history.undo() == ("status", ABSENT)
    assert history.undo() == ("title", "A")
    assert history.undo() is None and history.can_redo
    assert history.redo() == ("title", "Abc")
    history.record("title", "Abc", "X")  # a new edit: nothing left to redo
    assert not history.can_redo
    assert history.undo() == ("title", "Abc")


@pytest.fixture
def case_study(qtbot, site_copy: Path, quiet_window):  # noqa: ANN001, ANN201
    """The window showing a copy of a case study: (window, the page's bytes as saved)."""
    window = quiet_window
    page = site_copy / CASE_STUDY
    saved = page.read_bytes()
    open_page_with_its_site(qtbot, window, site_copy, page)
    return window, saved


def test_undo_and_redo_in_the_form_and_in_the_editor(qtbot, case_study) -> None:  # noqa: ANN001
    window, saved = case_study
    topics = window.form.widgets["topics"]
    assert topics.tags == ["Public sector", "Health"]
    chip = next(c for c in topics.chips.findChildren(QLabel) if c.text() == "Health")
    qtbot.mouseClick(chip.parentWidget().remove_button, Qt.MouseButton.LeftButton)
    assert window.current_document().front_matter["topics"] == ["Public sector"]
    topics.input.setFocus()
    qtbot.waitUntil(lambda: topics.input.hasFocus(), timeout=5000)

    window.undo_action.trigger()
    doc = window.current_document()
    assert doc.front_matter["topics"] == ["Public sector", "Health"]
    assert topics.tags == ["Public sector", "Health"]
    assert doc.to_bytes() == saved and not window.isWindowModified()
    window.redo_action.trigger()
    assert window.current_document().front_matter["topics"] == ["Public sector"]
    assert topics.tags == ["Public sector"]
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.current_document().to_bytes() == saved

    # In the editor, Undo is the editor's: the typing goes, the form stays as it is.
    editor = window.editor
    editor.setFocus()
    qtbot.waitUntil(lambda: editor.hasFocus(), timeout=5000)
    body = editor.markdown()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " More")
    assert editor.markdown() == body + " More"
    window.undo_action.trigger()
    assert editor.markdown() == body
    assert topics.tags == ["Public sector", "Health"]


def test_undoing_a_field_the_page_lacked_takes_its_line_away(qtbot, case_study) -> None:  # noqa: ANN001
    from editor_app.ui.form_fields import BoolField

    window, saved = case_study
    doc = window.current_document()
    name, widget = next(
        (n, w)
        for n, w in window.form.widgets.items()
        if n not in doc.front_matter and type(w) is BoolField
    )
    box = widget.focus_target()
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus(), timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Space)  # ticked
    assert window.current_document().front_matter[name] is True
    window.undo_action.trigger()
    assert name not in window.current_document().front_matter
    assert window.current_document().to_bytes() == saved
    assert not box.isChecked()
    window.redo_action.trigger()
    assert window.current_document().front_matter[name] is True
    assert box.isChecked()


def test_a_value_the_header_cannot_take_is_said_and_left_out_of_the_steps(
    qtbot, case_study, monkeypatch  # noqa: ANN001
) -> None:
    from editor_app.ui import field_writes

    window, saved = case_study
    title = window.form.widgets["title"].focus_target()
    title.setFocus()
    qtbot.waitUntil(lambda: title.hasFocus(), timeout=5000)
    window.form.widgets["title"].edited.emit("Public data")  # written: one step to undo
    assert window.current_document().front_matter["title"] == "Public data"
    real_set_field = field_writes.set_field

    def refuse(site, doc, name, value) -> None:  # noqa: ANN001
        raise ValueError("the header cannot take it")

    monkeypatch.setattr(field_writes, "set_field", refuse)
    window.form.widgets["subtitle"].edited.emit("Refused")
    said = window.statusBar().currentMessage()
    assert said == "“subtitle” was not changed: the header cannot take it"
    assert "subtitle" in window.current_document().front_matter
    assert window.current_document().front_matter["subtitle"] != "Refused"

    monkeypatch.setattr(field_writes, "set_field", real_set_field)
    window.undo_action.trigger()  # the refused subtitle left no step: the title goes back
    assert window.current_document().to_bytes() == saved

    window.form.widgets["title"].edited.emit("Public data")
    monkeypatch.setattr(field_writes, "set_field", refuse)
    window.undo_action.trigger()  # the header refuses the title's old value too
    said = window.statusBar().currentMessage()
    assert said == "“title” could not be set back: the header cannot take it"
    assert window.current_document().front_matter["title"] == "Public data"
