"""The name question, asked before the first note or decision, says the name an empty answer
signs with when git has one for the site ("Left empty, they are signed Docs Writer, …", and
as the box's placeholder): it opened empty, and leaving it empty signed with that name
without a word."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from editor_app.ui.dialogs import ask_reviewer_name


def _answer_with(qtbot, seen: dict, typed: str | None) -> None:  # noqa: ANN001
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, look)
            return
        seen["label"] = box.labelText()
        seen["placeholder"] = box.findChild(QLineEdit).placeholderText()
        seen["text"] = box.textValue()
        if typed is None:
            box.reject()
        else:
            box.setTextValue(typed)
            box.accept()

    QTimer.singleShot(20, look)


def test_the_box_says_the_name_git_has(qtbot) -> None:  # noqa: ANN001
    seen: dict = {}
    _answer_with(qtbot, seen, "")
    assert ask_reviewer_name(None, "Docs Writer") == ""  # OK on an empty box: ""
    assert seen["placeholder"] == "Docs Writer"
    assert seen["text"] == ""  # not pre-filled: an empty answer still follows git's name
    assert "Left empty, they are signed Docs Writer, your name in git here." in seen["label"]


def test_without_a_git_name_the_box_says_nothing_of_it(qtbot) -> None:  # noqa: ANN001
    seen: dict = {}
    _answer_with(qtbot, seen, None)
    assert ask_reviewer_name(None, "") is None  # cancelled
    assert seen["placeholder"] == "" and "Left empty" not in seen["label"]
    seen.clear()
    _answer_with(qtbot, seen, "Ada Editor")
    assert ask_reviewer_name(None) == "Ada Editor"
