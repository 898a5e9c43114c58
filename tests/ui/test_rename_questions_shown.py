"""Tools > Rename or Merge a Value asks its questions for real: both questions failed to open
("Something went wrong inside the editor") at the moment of renaming, so no value could be
renamed from the window. Tests elsewhere answer them in advance; here they are shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.ui.rename_value import ConfirmRename, SaveFirstQuestion

# Long enough for a slow, busy machine; short enough that a question that never comes fails
# the test at once rather than leaving it waiting.
WAIT_SECONDS = 5.0


class Answerer:
    """Clicks `button_text` on the question box once it shows; gives up after WAIT_SECONDS,
    closing whatever window waits instead, so a missing box fails the test clearly."""

    def __init__(self, button_text: str) -> None:
        self.button_text = button_text
        self.seen: list[str] = []  # the titles of the question boxes answered
        self.failure = ""
        self._deadline = time.monotonic() + WAIT_SECONDS
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self._timer.stop()
            self.seen.append(box.windowTitle())
            for button in box.buttons():
                if button.text().replace("&", "") == self.button_text:
                    button.click()
                    return
            self.failure = f"the question has no “{self.button_text}” button"
            box.reject()
        elif time.monotonic() > self._deadline:
            self._timer.stop()
            self.failure = f"no question box showed within {WAIT_SECONDS:g} seconds"
            if box is not None:  # another window waits for an answer: let the test go on
                box.close()

    def answered(self) -> list[str]:
        """The titles of the boxes answered; fails the test when none was, or not as asked."""
        self._timer.stop()  # never left polling into the next test
        assert not self.failure, self.failure
        assert self.seen, "no question box showed"
        return self.seen


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
