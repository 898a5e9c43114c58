"""Answering a real question box the way a person would, from a timer: the code under test
waits in the box's own loop. The box must come within a few seconds, or the test fails saying
so (a bare timer polling for ever hung the test instead)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

# Long enough for a slow, busy machine; short enough that a question that never comes fails
# the test at once rather than leaving it waiting.
WAIT_SECONDS = 5.0


class Answerer:
    """Clicks `button_text` on the question box once it shows; gives up after WAIT_SECONDS,
    closing whatever window waits instead, so a missing box fails the test clearly."""

    def __init__(
        self, button_text: str, read: Callable[[QMessageBox], object] | None = None
    ) -> None:
        self.button_text = button_text
        self.seen: list[str] = []  # the titles of the question boxes answered
        self._reader = read
        self.read: list[object] = []  # what `read` took from each box before answering
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
            if self._reader is not None:
                self.read.append(self._reader(box))
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
