"""Cancelling the reviewer's name question cancels the action: nothing written, nothing said
as done (the review window; the Drafts dialog's side is in test_drafts_dialog_review.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from editor_app.core import gitutil, review
from editor_app.ui.dialogs import ReviewerName
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402
from review_site import EDUCATION  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_cancelled_name_question_neither_approves_nor_sends_back(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    monkeypatch.setattr(
        ReviewerName,
        "ask",
        classmethod(lambda cls, parent, unnamed_as="": asked.append(1) and None),
    )
    monkeypatch.setattr(ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p: "Later"))
    path = git_site / EDUCATION
    before = path.read_bytes()
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(path)
    approved: list[Path] = []
    panel.approved.connect(approved.append)

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.send_back_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 2  # asked each time, cancelled each time
    assert path.read_bytes() == before
    assert review.NoteStore(path).last_decision() is None  # no approval, no send back
    assert approved == []
    assert not panel.undo_button.isEnabled()  # no "Undo approval of …": nothing was done
    assert EDUCATION in [it.relative for it in panel.model.items()]
    assert panel.text_notes.author_edit.text() == ""  # no name made up and shown


def test_cancelled_name_question_adds_no_note_and_no_suggestion(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ReviewerName, "ask", classmethod(lambda cls, parent, unnamed_as="": None))
    monkeypatch.setattr(ReviewPanel, "ask_note_text", classmethod(lambda cls, p, q: "Why?"))
    monkeypatch.setattr(ReviewPanel, "ask_suggestion", classmethod(lambda cls, p, q: "NEW"))
    path = git_site / EDUCATION
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(path)
    before = path.read_bytes()
    cursor = panel.text_notes.text_view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    panel.text_notes.text_view.setTextCursor(cursor)

    assert panel.add_note_on_selection() is None
    assert panel.suggest_on_selection() is None

    store = review.NoteStore(path)
    assert store.notes == [] and store.open_suggestions() == []
    assert path.read_bytes() == before


def test_the_name_is_asked_before_the_words_so_a_cancel_loses_none(
    qtbot,  # noqa: ANN001
    git_site: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The note, suggestion or send back message was typed first, then lost with the Cancel.
    typed: list[str] = []
    monkeypatch.setattr(ReviewerName, "ask", classmethod(lambda cls, parent, unnamed_as="": None))
    for name in ("ask_note_text", "ask_suggestion"):
        monkeypatch.setattr(
            ReviewPanel, name, classmethod(lambda cls, p, q, n=name: typed.append(n) or "x")
        )
    monkeypatch.setattr(
        ReviewPanel, "ask_send_back_note", classmethod(lambda cls, p: typed.append("back") or "x")
    )
    monkeypatch.setattr(
        ReviewPanel,
        "ask_setting_suggestion",
        classmethod(lambda cls, p, v, lab: typed.append("setting") or ("title", "New")),
    )
    panel = open_panel(qtbot, git_site, settings)
    assert panel.select_path(git_site / EDUCATION)
    assert panel.add_note_on_selection() is None
    assert panel.suggest_on_selection() is None  # nothing selected: a setting
    cursor = panel.text_notes.text_view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    panel.text_notes.text_view.setTextCursor(cursor)
    assert panel.suggest_on_selection() is None
    assert not panel.send_back_current()
    assert typed == []  # no words asked for, so none lost
