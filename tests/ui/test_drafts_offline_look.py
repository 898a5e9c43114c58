"""Offline, the Drafts dialog's look at the server on opening fails: said at once ("The server
could not be reached…"), and a step clicked meanwhile runs then on what this copy holds,
not left waiting without a word. While it waits it says why, and for how long so far (a
server that does not answer is given up on only after two minutes)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import DRAFT_WAITS, answer, open_copy, send_draft  # noqa: E402
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import git  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

UNREACHED = (
    "The server could not be reached: the drafts shown are those on this computer. Approve "
    "is kept here and shared once the server is reachable; a note or send back is sent only "
    "then (your words are kept)."
)
SEND_BACK_NOT_SENT = (
    "The server cannot be reached, so the send back was not sent. Its words are kept: click "
    "Send back… again once the server is reachable (only an approval is kept here and shared "
    "later)."
)


def not_found(tmp_path: Path) -> str:
    """The look's words when the address names no shared copy (not "could not be reached")."""
    return (
        f"The shared copy at {tmp_path / 'no-such-server.git'} was not found: check its "
        "address (moved or mistyped?). The drafts shown are those on this computer."
    )


def _offline_copy(qtbot, window: MainWindow, team, tmp_path: Path) -> Path:  # noqa: ANN001, F811
    """The editor's copy, the author's draft fetched, its server's address then a folder
    that does not exist."""
    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    git(editor, "remote", "set-url", "origin", str(tmp_path / "no-such-server.git"))
    return editor


def test_the_failed_look_is_said_at_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    tmp_path: Path,
) -> None:
    editor = _offline_copy(qtbot, window, team, tmp_path)
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    # The address is wrong: said as such, in the dialog and on the Sharing bar's line.
    qtbot.waitUntil(lambda: dialog.message.text() == not_found(tmp_path), timeout=20000)
    assert dialog.list.count() == 1  # the draft known here still listed
    assert dialog.approve_button.isEnabled()
    bar = window.sync_bar.status_label
    qtbot.waitUntil(lambda: "no-such-server.git was not found" in bar.toolTip(), timeout=20000)
    assert "Offline" not in bar.toolTip()
    wait_idle(qtbot, window)
    # Out of reach (no server answers there): said so, and "Offline" on the bar.
    dialog.close()
    git(editor, "remote", "set-url", "origin", "http://127.0.0.1:9/site.git")
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    qtbot.waitUntil(lambda: dialog.message.text() == UNREACHED, timeout=20000)
    qtbot.waitUntil(lambda: "Offline" in bar.toolTip(), timeout=20000)
    assert "was not found" not in bar.toolTip()
    wait_idle(qtbot, window)


def test_approve_clicked_during_a_failing_look_says_why_it_waits_then_runs_here(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _offline_copy(qtbot, window, team, tmp_path)
    answered = threading.Event()  # the look's answer held back: a server slow to fail
    look = sync.fetch_latest
    monkeypatch.setattr(sync, "fetch_latest", lambda root: answered.wait(20) and look(root))
    answer(monkeypatch, "ask_own_approval", True)
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    dialog.approve_button.click()
    waiting = "Asking the server for the newest drafts first ("
    qtbot.waitUntil(lambda: dialog.message.text().startswith(waiting), timeout=20000)
    said = dialog.message.text()
    assert "your step runs once it answers, or after 120 s if it does not." in said
    # The seconds waited are said as they pass.
    qtbot.waitUntil(lambda: dialog.message.text() != said, timeout=3000)
    assert dialog.message.text().startswith(waiting + "1 s)")
    answered.set()
    qtbot.waitUntil(lambda: dialog.message.text().startswith(not_found(tmp_path)), timeout=20000)
    # The approval then runs at once and says why nothing was approved: the address is wrong.
    qtbot.waitUntil(lambda: "nothing was approved" in dialog.message.text(), timeout=30000)
    assert "was not found: check its address" in dialog.message.text()
    wait_idle(qtbot, window)


def test_offline_approve_waits_then_approves_here(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _offline_copy(qtbot, window, team, tmp_path)
    git(editor, "remote", "set-url", "origin", "http://127.0.0.1:9/site.git")  # nobody answers
    answered = threading.Event()
    look = sync.fetch_latest
    monkeypatch.setattr(sync, "fetch_latest", lambda root: answered.wait(20) and look(root))
    answer(monkeypatch, "ask_own_approval", True)
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: "your step runs once it answers" in dialog.message.text(), timeout=20000)
    answered.set()
    qtbot.waitUntil(lambda: dialog.message.text().startswith(UNREACHED), timeout=20000)
    qtbot.waitUntil(
        lambda: "shared when the server is reachable" in dialog.message.text(), timeout=30000
    )
    wait_idle(qtbot, window)


def test_send_back_clicked_during_a_failing_look_is_said_not_sent_at_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.core import sync_draft_review

    editor = _offline_copy(qtbot, window, team, tmp_path)
    git(editor, "remote", "set-url", "origin", "http://127.0.0.1:9/site.git")  # nobody answers
    answered = threading.Event()
    look = sync.fetch_latest
    monkeypatch.setattr(sync, "fetch_latest", lambda root: answered.wait(20) and look(root))
    asked_again: list[Path] = []
    step_asks = sync_draft_review._fetched
    monkeypatch.setattr(
        sync_draft_review, "_fetched", lambda root: asked_again.append(root) or step_asks(root)
    )
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    answer(monkeypatch, "ask_send_back_note", "Name the park")
    dialog.send_back_button.click()
    qtbot.waitUntil(lambda: "your step runs once it answers" in dialog.message.text(), timeout=20000)
    answered.set()
    qtbot.waitUntil(lambda: dialog.message.text() == SEND_BACK_NOT_SENT, timeout=20000)
    assert asked_again == []  # the server the look could not reach was not asked again
    assert dialog.send_back_button.isEnabled()
    assert dialog._kept(dialog.current, "send back") == {"text": "Name the park"}  # kept
    wait_idle(qtbot, window)


def test_a_step_slow_to_reach_the_server_says_how_long_it_has_run(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.core import sync_draft_review
    from editor_app.ui.sync_drafts import DraftsDialog

    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    wait_idle(qtbot, window)  # the look done: the step runs at once
    monkeypatch.setattr(DraftsDialog, "SAY_SECONDS_AFTER", 1)
    answered = threading.Event()  # a server slow to answer the step
    step_asks = sync_draft_review._fetched

    def slow_step(root):  # noqa: ANN001, ANN202
        answered.wait(20)
        return step_asks(root)

    monkeypatch.setattr(sync_draft_review, "_fetched", slow_step)
    answer(monkeypatch, "ask_send_back_note", "Name the park")
    dialog.send_back_button.click()
    assert dialog.message.text() == "Sending back…"
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Sending back… (1 s; "), timeout=5000)
    assert "given up on after 120 s" in dialog.message.text()
    answered.set()
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Sent back to Ada Author: it stays a draft", timeout=20000
    )
    wait_idle(qtbot, window)
    qtbot.wait(1500)  # no tick writes over the line after the step's end
    assert dialog.message.text() == "Sent back to Ada Author: it stays a draft"
