"""Letters typed into a number box (jekyll-docs' Position: "second") are framed red and never
reach the page: closing the page, opening another, quitting or saving asks first, naming the
box and what it holds, and Go back puts the keyboard in the box again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.ui import not_kept_questions
from editor_app.ui.main_window import MainWindow
from editor_app.ui.not_kept_questions import NotKeptQuestion

PAGE = "_docs/step-by-step/02-liquid.md"
OTHER = "_docs/step-by-step/04-layouts.md"
SAID = "Position holds 'second', which is not a number and will not be kept."


@pytest.fixture
def jekyll(tmp_path: Path) -> Path:
    site = copy_shared_site("jekyll-docs", tmp_path)
    return site


class Answers(list):
    """The questions asked, as (lines, go-on button); `go_on` is the next answer."""

    go_on = False


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    asked = Answers()

    def ask(cls, parent, lines, go_on):  # noqa: ANN001, ANN202
        asked.append((lines, go_on.replace("&", "")))
        return asked.go_on

    monkeypatch.setattr(NotKeptQuestion, "ask", classmethod(ask))
    return asked


def _type_second(qtbot, w: MainWindow, jekyll: Path):  # noqa: ANN001, ANN202
    open_site(qtbot, w, jekyll)
    click_document(qtbot, w, jekyll / PAGE)
    box = w.form.widgets["position"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "second")
    assert w.form.not_kept() == [("Position", "second")]
    return box


def test_close_open_another_quit_and_save_ask_first(
    qtbot, settings: QSettings, jekyll: Path, answers: Answers
) -> None:
    before = (jekyll / PAGE).read_bytes()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    box = _type_second(qtbot, w, jekyll)

    # File > Close Document: asked, Go back keeps the page open and the keyboard in the box.
    w.form.widgets["title"].focus_target().setFocus()
    w.close_action.trigger()
    assert answers[-1] == ([SAID], "Leave anyway")
    assert w.current_document() is not None
    assert box.hasFocus() and box.text() == "second"

    # Another page: asked, Go back stays.
    click_document(qtbot, w, jekyll / OTHER)
    assert len(answers) == 2
    assert w.current_document().path == (jekyll / PAGE).resolve()

    # Quitting: asked, Go back keeps the window.
    assert not w.close()
    assert len(answers) == 3 and w.isVisible()

    # Save: said too, with its own button; Go back writes nothing.
    w.form.widgets["title"].focus_target().setFocus()
    qtbot.keyClicks(w.form.widgets["title"].focus_target(), "!")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answers[-1] == ([SAID], "Save without it")
    assert (jekyll / PAGE).read_bytes() == before
    assert box.hasFocus()

    # Save without it: the title is saved, the position the page had stays.
    answers.go_on = True
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = (jekyll / PAGE).read_text(encoding="utf-8")
    assert "position: 2" in after.splitlines() and "!" in after
    count = len(answers)
    click_document(qtbot, w, jekyll / OTHER)  # Leave anyway: the other page opens
    assert len(answers) == count + 1
    assert w.current_document().path == (jekyll / OTHER).resolve()
    assert w.form.not_kept() == []
    assert w.close()  # nothing left to ask about
    assert len(answers) == count + 1


def test_the_question_goes_back_on_enter_and_escape(qtbot) -> None:
    shown: list[QMessageBox] = []

    def press(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box)
        qtbot.keyClick(box, key)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        QTimer.singleShot(100, lambda key=key: press(key))
        assert NotKeptQuestion.ask(None, [SAID], "&Leave anyway") is False
    assert SAID in shown[0].text()
    words = [b.text().replace("&", "") for b in shown[0].buttons()]
    assert sorted(words) == ["Go back", "Leave anyway"]
    assert not_kept_questions.held_lines  # the sentence's rule, used above
