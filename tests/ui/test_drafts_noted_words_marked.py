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
from review_helpers import (  # noqa: E402
    DRAFT_WAITS,
    click_and_wait,
    open_drafts,
    open_sent_draft,
    send_draft,
)
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401

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


def test_a_note_is_marked_at_its_own_place_not_wherever_its_words_are(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    from editor_app.core import sync_draft_review, sync_drafts

    _server, author, editor = team
    # "the park" twice in what the comparison shows: the changed paragraph and the next one.
    send_draft(author, "wet Tuesday in March.", "windy Tuesday in March, by the park.")
    branch = sync_drafts.draft_queue(author)[0].branch
    sync_draft_review.note_on_draft(author, branch, "Which park?", "Ed", on="the park", nth=2)
    dialog = open_drafts(qtbot, window, editor, waiting=DRAFT_WAITS)
    wait_idle(qtbot, window)

    document = dialog.changes.document()
    shown = [document.find("the park")]
    while not shown[-1].isNull():
        shown.append(document.find("the park", shown[-1]))
    # The draft's changed paragraph, then the next one on both sides.
    assert len(shown[:-1]) == 3
    marks = dialog.changes.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["the park"]
    # The draft's side of the next one, where the note is ("…letters about the park."), not
    # the changed paragraph's.
    assert marks[0].cursor.selectionStart() == shown[2].selectionStart()
    assert marks[0].cursor.block().text().startswith("Residents had written")
