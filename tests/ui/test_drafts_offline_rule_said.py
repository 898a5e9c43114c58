"""Offline, the Drafts dialog says one rule and keeps saying it: the line "The server could
not be reached…" (with what waits here: an approval; and what is sent only once the server
is reachable: a note or send back) stays while another draft is picked, and a send back or
note refused offline says so, its words kept for the next try also after the dialog is
closed and opened again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import answer, open_copy, send_draft  # noqa: E402
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import OTHER, git, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

OFFLINE = "The server could not be reached: the drafts shown are those on this computer."
RULE = "Approve is kept here and shared once the server is reachable; a note or send back"


def _two_drafts_offline(qtbot, window: MainWindow, team) -> Path:  # noqa: ANN001, F811
    """The editor's copy with two drafts fetched, its server then out of reach."""
    _server, author, editor = team
    send_draft(author)
    replace_in(author / OTHER, "A finished page.", "A finished page, read again.")
    assert sync_drafts.send_for_review(author, author / OTHER).shared
    open_copy(qtbot, window, editor, waiting="2 drafts from others to review: Drafts")
    git(editor, "remote", "set-url", "origin", "http://127.0.0.1:9/site.git")  # nobody answers
    return editor


def _open(qtbot, window: MainWindow):  # noqa: ANN001, ANN202, F811
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    qtbot.waitUntil(lambda: dialog.message.text().startswith(OFFLINE), timeout=20000)
    wait_idle(qtbot, window)
    return dialog


def test_the_offline_line_stays_when_another_draft_is_picked(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _two_drafts_offline(qtbot, window, team)
    dialog = _open(qtbot, window)
    assert dialog.list.count() == 2
    assert RULE in dialog.message.text()
    other = 1 - dialog.list.currentRow()
    rect = dialog.list.visualItemRect(dialog.list.item(other))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.list.currentRow() == other
    said = dialog.message.text()
    assert said.startswith(OFFLINE), said  # still said, with the picked draft's status after
    assert "Status: " in said
    wait_idle(qtbot, window)


def test_send_back_refused_offline_says_what_waits_and_keeps_its_words_after_closing(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _two_drafts_offline(qtbot, window, team)
    dialog = _open(qtbot, window)
    answer(monkeypatch, "ask_send_back_note", "Name the park")
    dialog.send_back_button.click()
    qtbot.waitUntil(lambda: "so the send back was not sent" in dialog.message.text(), timeout=30000)
    said = dialog.message.text()
    assert "Its words are kept: click Send back… again once the server is reachable" in said
    assert "only an approval is kept here and shared later" in said
    wait_idle(qtbot, window)
    branch = dialog.current.branch
    dialog.close()
    # Opened again: the words typed are offered again.
    offered: list[str] = []
    from editor_app.ui.sync_drafts import DraftsDialog

    monkeypatch.setattr(
        DraftsDialog,
        "ask_send_back_note",
        classmethod(lambda cls, parent, text="": offered.append(text)),  # cancelled
    )
    dialog = _open(qtbot, window)
    assert dialog.show_branch(branch)
    dialog.send_back_button.click()
    assert offered == ["Name the park"]
    wait_idle(qtbot, window)
