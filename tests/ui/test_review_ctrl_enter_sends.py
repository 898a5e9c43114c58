"""Ctrl+Enter (Cmd+Enter on macOS) sends from the boxes of several lines, as in other editors:
the send back message, the review note (review window and Drafts) and the suggest questions.
Enter there starts a new line, so the keyboard alone could not send. The button's tooltip
names the keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from editor_app.ui.dialogs import NoteDialog
from editor_app.ui.review import ReviewPanel

CTRL = Qt.KeyboardModifier.ControlModifier


def type_then_send(typed: str, seen: list[str], *, keypad: bool = False) -> None:
    """Once the question is up: type `typed` (Enter between lines) where the keyboard is,
    note the go-ahead button's tooltip, then press Ctrl+Enter."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # not up yet
            QTimer.singleShot(50, act)
            return
        field = QApplication.focusWidget()
        for i, line in enumerate(typed.split("\n")):
            if i:
                QTest.keyClick(field, Qt.Key.Key_Return)
            QTest.keyClicks(field, line)
        ok = box.findChild(QDialogButtonBox).buttons()
        seen.extend(b.toolTip() for b in ok if b.toolTip())
        key = Qt.Key.Key_Enter if keypad else Qt.Key.Key_Return
        QTest.keyClick(field, key, CTRL | (Qt.KeyboardModifier.KeypadModifier if keypad else CTRL))
        if box.isVisible():  # not sent: closed, so the test fails on the answer, not a hang
            box.reject()

    QTimer.singleShot(100, act)


def asked(qtbot, question: Callable[[QWidget], object], typed: str, **keys: bool):  # noqa: ANN001, ANN201
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    type_then_send(typed, seen, **keys)
    return question(parent), seen


def test_ctrl_enter_sends_back(qtbot) -> None:  # noqa: ANN001
    answer, tips = asked(qtbot, ReviewPanel.ask_send_back_note, "Name the park.\nAnd its town.")
    assert answer == "Name the park.\nAnd its town."  # Enter was a new line, Ctrl+Enter sent
    assert tips == ["Send back (Ctrl+Enter)"]


def test_ctrl_enter_on_the_keypad_sends_back_too(qtbot) -> None:  # noqa: ANN001
    answer, _ = asked(qtbot, ReviewPanel.ask_send_back_note, "Thanks.", keypad=True)
    assert answer == "Thanks."


def test_ctrl_enter_adds_the_note(qtbot) -> None:  # noqa: ANN001
    answer, tips = asked(
        qtbot, lambda p: NoteDialog.ask(p, "Add review note", "speling"), "Spelling.\nTwice."
    )
    assert answer == "Spelling.\nTwice."
    assert tips == ["Add note (Ctrl+Enter)"]


def test_ctrl_enter_suggests_new_words(qtbot) -> None:  # noqa: ANN001
    answer, tips = asked(qtbot, lambda p: ReviewPanel.ask_suggestion(p, "teh"), "the\nend")
    assert answer == "the\nend"  # typed over the words written in, selected
    assert tips == ["Suggest (Ctrl+Enter)"]


def test_ctrl_enter_suggests_a_setting(qtbot) -> None:  # noqa: ANN001
    answer, tips = asked(
        qtbot,
        lambda p: ReviewPanel.ask_setting_suggestion(p, {"title": "Intro"}, {"title": "Title"}),
        "Introduction",
    )
    assert answer == ("title", "Introduction")
    assert tips == ["Suggest (Ctrl+Enter)"]
