"""The Drafts dialog approves the version it shows: a draft its author sent again since the
dialog read it is not approved unseen; the dialog says so and shows the newest version."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync_drafts
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import (  # noqa: E402
    DRAFT_WAITS,
    answer,
    click_and_wait,
    open_sent_draft,
)
from sharing_helpers import team, wait_for_status, wait_idle, window  # noqa: E402, F401
from sync_site import POST, git, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_draft_sent_again_meanwhile_is_shown_not_approved(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    assert "windy" in dialog.changes.toPlainText()
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    main_before = git(server, "rev-parse", "main")

    answer(monkeypatch, "ask_own_approval", True)
    click_and_wait(
        qtbot, window, dialog.approve_button, lambda: "sent again" in dialog.message.text()
    )
    assert dialog.message.text().startswith(
        "'What happens when a council listens' was sent again since you looked at it"
    )
    assert git(server, "rev-parse", "main") == main_before  # nothing approved
    assert "stormy" in dialog.changes.toPlainText()  # the newest version is shown now
    assert dialog.approve_button.isEnabled()
    # The Sharing bar's line goes back to where the copy stands (it kept the refusal until
    # its next status check); the window's status bar says the refusal for a while.
    bar = window.sync_bar
    wait_for_status(qtbot, bar, DRAFT_WAITS)
    assert "sent again" in window.statusBar().currentMessage()


def test_drafts_asks_the_server_as_it_opens(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    dialog.close()
    wait_idle(qtbot, window)
    # Sent again after this copy last asked: Drafts shows it without Get latest.
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    qtbot.waitUntil(lambda: "stormy" in dialog.changes.toPlainText(), timeout=20000)
    assert dialog.list.count() == 1 and dialog.current is not None


def test_a_send_back_that_could_not_be_sent_keeps_its_words(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    asked: list[str] = []

    def ask(cls, parent, text=""):  # noqa: ANN001, ANN202
        asked.append(text)
        return text or "Name the park, please."

    monkeypatch.setattr(DraftsDialog, "ask_send_back_note", classmethod(ask))
    url = git(editor, "remote", "get-url", "origin").strip()
    git(editor, "remote", "set-url", "origin", url + ".moved")
    click_and_wait(
        qtbot, window, dialog.send_back_button, lambda: "nothing was sent" in dialog.message.text()
    )
    # Asked again, the words written are there: nothing to type twice.
    git(editor, "remote", "set-url", "origin", url)
    click_and_wait(
        qtbot, window, dialog.send_back_button, lambda: "sent back" in dialog.list.item(0).text()
    )
    assert asked == ["", "Name the park, please."]
    assert dialog.list.item(0).text().endswith("sent back: Name the park, please.")
    assert "Name the park" in git(server, "log", "-1", "--format=%s", dialog.current.branch)


def test_a_note_whose_name_question_was_cancelled_keeps_its_words(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    asked: list[str] = []

    def ask(cls, parent, title, quote="", text=""):  # noqa: ANN001, ANN202
        asked.append(text)
        return text or "Which park?"

    monkeypatch.setattr(DraftsDialog, "ask_note_text", classmethod(ask))
    monkeypatch.setattr(DraftsDialog, "_author", lambda self: None)  # "Your name": Cancel
    dialog.note_button.click()
    assert dialog.notes.count() == 0  # nothing sent
    monkeypatch.setattr(DraftsDialog, "_author", lambda self: "Ed Editor")
    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == 1)
    assert asked == ["", "Which park?"]
