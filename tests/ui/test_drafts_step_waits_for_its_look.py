"""A step clicked in the Drafts dialog while the dialog still asks the server for the drafts
sent since (its look on opening, slow on a slow network or a loaded machine) waits for that
look to end: run beside it, the look's older answer could be written over what the step had
just sent, and the draft was then listed as before the step (a send back gone from the list)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync, sync_draft_review
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import DRAFT_WAITS, answer, open_copy, send_draft  # noqa: E402
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

ASKING = "Asking the server for the newest drafts first ("  # and the seconds waited


def test_send_back_clicked_while_the_dialog_asks_the_server_waits_for_its_answer(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    order: list[str] = []
    answered = threading.Event()  # the server's answer to the dialog's look, held back
    look = sync.fetch_latest
    step_asks = sync_draft_review._fetched

    def slow_look(root):  # noqa: ANN001, ANN202
        answered.wait(20)
        asked = look(root)
        order.append("look")
        return asked

    def step_asking(root):  # noqa: ANN001, ANN202
        order.append("step")
        return step_asks(root)

    monkeypatch.setattr(sync, "fetch_latest", slow_look)
    monkeypatch.setattr(sync_draft_review, "_fetched", step_asking)
    window.sync_bar.drafts_action.trigger()
    dialog = window.sync_bar.drafts_dialog
    answer(monkeypatch, "ask_send_back_note", "Name the park")
    dialog.send_back_button.click()
    # Said while it waits (or, as it was, the step already asking the server beside it).
    qtbot.waitUntil(lambda: dialog.message.text().startswith(ASKING) or order == ["step"], timeout=20000)
    assert not dialog.send_back_button.isEnabled()
    answered.set()
    qtbot.waitUntil(lambda: "sent back" in dialog.list.item(0).text(), timeout=20000)
    wait_idle(qtbot, window)
    assert order == ["look", "step"]
    assert dialog.list.item(0).text().endswith("\nsent back: Name the park")
    assert dialog.message.text() == "Sent back to Ada Author: it stays a draft"


def test_approve_waiting_for_the_look_says_so_when_another_step_began_meanwhile(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor, waiting=DRAFT_WAITS)
    answered = threading.Event()
    look = sync.fetch_latest
    monkeypatch.setattr(sync, "fetch_latest", lambda root: answered.wait(20) and look(root))
    bar = window.sync_bar
    bar.drafts_action.trigger()
    dialog = bar.drafts_dialog
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith(ASKING), timeout=20000)
    bar.busy = True  # another sharing step began meanwhile
    answered.set()
    try:
        # Said, and the buttons usable again: not left greyed under "Approving …" for good.
        qtbot.waitUntil(
            lambda: (
                dialog.message.text() == "Another sharing step is running: try again in a moment."
            ),
            timeout=20000,
        )
        assert dialog.approve_button.isEnabled() and dialog.list.count() == 1
    finally:
        bar.busy = False
    wait_idle(qtbot, window)
