"""Get latest keeps the author's Undo, as Combine both does: what it brought into the open page
comes in as one step of the editor's Undo; one Ctrl+Z brings back the page as it was before
Get latest, the next ones the author's own earlier edits."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor_app.core import sync
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import wait_disk_looked  # noqa: E402
from sync_site import POST, replace_in  # noqa: E402
from test_sync_window import open_clone, team, wait_idle, window  # noqa: E402, F401


def undo(qtbot, window: MainWindow) -> str:  # noqa: ANN001, F811
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)  # the settings follow the editor's step a moment later
    return window.editor.toPlainText()


@pytest.fixture
def never_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(
        ChangedOnDiskDialog,
        "ask",
        classmethod(lambda cls, parent, name, change: asked.append(name) or cls.MINE),
    )
    return asked


def test_one_undo_after_get_latest_brings_the_saved_page_back(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    never_asked: list[str],
) -> None:
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed and saved.")
    assert window.save_document()
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    replace_in(author / POST, "A short story", "A story of letters")
    assert sync.push(author).shared

    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "windy Tuesday" in window.editor.toPlainText(), timeout=20000)
    doc = window.current_document()
    assert "Typed and saved." in window.editor.toPlainText()
    assert not doc.is_modified and doc.get("subtitle") == "A story of letters"

    text = undo(qtbot, window)
    assert "wet Tuesday" in text and "windy" not in text and "Typed and saved." in text
    assert window.current_document().get("subtitle") == "A short story"
    assert window.current_document().is_modified  # differs from the file Get latest brought
    # The next Undo is the author's own typing, from before the save.
    assert "Typed and saved." not in undo(qtbot, window)
    assert never_asked == []


def test_one_undo_after_get_latest_brings_the_unsaved_text_back(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    never_asked: list[str],
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync.push(author).shared
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed, not saved.")

    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "windy Tuesday" in window.editor.toPlainText(), timeout=20000)
    wait_disk_looked(qtbot, window, editor / POST)  # the window's look at the changed file
    text = window.editor.toPlainText()
    assert "Typed, not saved." in text and window.current_document().is_modified
    assert text[: window.editor.textCursor().position()].endswith("Typed, not saved.")

    text = undo(qtbot, window)
    assert "wet Tuesday" in text and "windy" not in text and "Typed, not saved." in text
    assert "Typed, not saved." not in undo(qtbot, window)
    assert never_asked == []
