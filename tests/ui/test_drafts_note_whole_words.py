"""A note on words dragged in the Drafts dialog's comparison takes whole words, as the review
window does: a drag from inside "windy" to inside "Tuesday" quoted "indy Tues"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import click_and_wait, open_sent_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_drag_inside_words_notes_the_whole_words(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    asked: list[str] = []

    def note(cls, parent, title, quote=""):  # noqa: ANN001, ANN202
        asked.append(quote)
        return "Which Tuesday?"

    monkeypatch.setattr(DraftsDialog, "ask_note_text", classmethod(note))
    found = dialog.changes.document().find("windy Tuesday")
    assert not found.isNull()
    cursor = QTextCursor(dialog.changes.document())
    cursor.setPosition(found.selectionStart() + 1)  # "indy Tues"
    cursor.setPosition(found.selectionEnd() - 3, QTextCursor.MoveMode.KeepAnchor)
    dialog.changes.setTextCursor(cursor)
    assert cursor.selectedText() == "indy Tues"
    assert dialog.selected_words() == "windy Tuesday"

    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == 1)
    assert asked == ["windy Tuesday"]
    assert "“windy Tuesday”" in dialog.notes.item(0).text()
