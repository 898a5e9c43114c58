"""The send back question (the review window's and the Drafts dialog's) names what its
button does: "Send back", not "OK"; the words written before and not sent are in it, and
Cancel gives nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPlainTextEdit, QWidget

from editor_app.ui.review import ReviewPanel


def answer_open_question(press: str, seen: list[tuple[list[str], str]]) -> None:
    """Once the question is up: note its buttons and text, then press one."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        buttons = box.findChild(QDialogButtonBox).buttons()
        edit = box.findChild(QPlainTextEdit)
        seen.append(([b.text() for b in buttons], edit.toPlainText()))
        chosen = [b for b in buttons if b.text() == press]
        if chosen:
            chosen[0].click()
        else:  # no such button: closed, so the test fails on what it saw, not by a hang
            box.reject()

    QTimer.singleShot(100, act)


def test_the_send_back_question_says_send_back(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[list[str], str]] = []
    answer_open_question("Send back", seen)
    assert ReviewPanel.ask_send_back_note(parent, "Name the park.") == "Name the park."
    assert "Send back" in seen[0][0] and "OK" not in seen[0][0]
    assert seen[0][1] == "Name the park."
    answer_open_question("Cancel", seen)
    assert ReviewPanel.ask_send_back_note(parent) is None
