"""Tools > Rename or Merge a Value asks its questions for real: both questions failed to open
("Something went wrong inside the editor") at the moment of renaming, so no value could be
renamed from the window. Tests elsewhere answer them in advance; here they are shown."""

from __future__ import annotations

from answer_questions import Answerer
from PySide6.QtWidgets import QWidget

from editor_app.ui.rename_value import ConfirmRename, SaveFirstQuestion


def test_the_rename_question_opens_and_its_button_says_yes(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answerer = Answerer("Change the pages")
    said = ConfirmRename.ask(parent, "Change “DirtyF” to “dirtyf” in 1 page?")
    assert answerer.answered() == ["Rename or merge a value"]
    assert said is True
    answerer = Answerer("Cancel")
    said = ConfirmRename.ask(parent, "Change “DirtyF” to “dirtyf” in 1 page?")
    assert answerer.answered() == ["Rename or merge a value"]
    assert said is False


def test_the_save_first_question_opens_and_saves_on_its_button(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answerer = Answerer("Save and go on")
    said = SaveFirstQuestion.ask(parent, "Jekyll 3.7.0 Released")
    assert answerer.answered() == ["Unsaved changes"]
    assert said is True
