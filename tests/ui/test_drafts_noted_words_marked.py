"""The Drafts dialog's comparison marks the words an open note is on (yellow, as the review
window marks them in its text), on the draft's side: the notes list said "on these words"
and nothing showed where they were."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_draft_marks import NOTE_COLOUR
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import click_and_wait, open_sent_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_notes_words_are_marked_on_the_drafts_side(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    assert dialog.changes.extraSelections() == []  # no note yet: nothing marked
    monkeypatch.setattr(
        DraftsDialog, "ask_note_text", classmethod(lambda cls, p, t, quote="": "Which one?")
    )
    found = dialog.changes.document().find("windy Tuesday")
    cursor = QTextCursor(dialog.changes.document())
    cursor.setPosition(found.selectionStart() + len("windy "))
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    dialog.changes.setTextCursor(cursor)
    assert cursor.selectedText() == "Tuesday"  # on both sides: "wet Tuesday", "windy Tuesday"
    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == 1)

    marks = dialog.changes.extraSelections()
    assert marks and all(m.cursor.selectedText() == "Tuesday" for m in marks)
    assert all(m.format.background().color().name() == NOTE_COLOUR for m in marks)
    for mark in marks:  # the draft's column, not the shared copy's
        table = mark.cursor.currentTable()
        assert table is not None and table.cellAt(mark.cursor).column() == 1
    before = dialog.changes.document().find("wet Tuesday")
    assert not before.isNull()
    assert all(m.cursor.selectionStart() != before.selectionStart() + 4 for m in marks)
