"""Tools > Rename or Merge a Value asks its questions for real: both questions failed to open
("Something went wrong inside the editor") at the moment of renaming, so no value could be
renamed from the window. Tests elsewhere answer them in advance; here they are shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.ui.rename_value import ConfirmRename, SaveFirstQuestion


def _answer_with(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer_with(button_text, seen))
        return
    seen.append(box.windowTitle())
    for button in box.buttons():
        if button.text().replace("&", "") == button_text:
            button.click()
            return
    box.reject()


def test_the_rename_question_opens_and_its_button_says_yes(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_with("Change the pages", seen))
    assert ConfirmRename.ask(parent, "Change “DirtyF” to “dirtyf” in 1 page?") is True
    assert seen == ["Rename or merge a value"]
    QTimer.singleShot(20, lambda: _answer_with("Cancel", seen))
    assert ConfirmRename.ask(parent, "Change “DirtyF” to “dirtyf” in 1 page?") is False


def test_the_save_first_question_opens_and_saves_on_its_button(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_with("Save and go on", seen))
    assert SaveFirstQuestion.ask(parent, "Jekyll 3.7.0 Released") is True
    assert seen == ["Unsaved changes"]
