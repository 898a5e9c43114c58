"""The Drafts dialog's "Approved and shared" names the draft approved (under the next draft
shown it read as said of that one; the last one gone, nothing said which) and says when that
was the last draft waiting ("… No other draft waits.")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import click_and_wait, open_drafts  # noqa: E402
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import OTHER, POST  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_the_last_approval_says_no_other_draft_waits(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    for page in (POST, OTHER):
        with open(author / page, "a", encoding="utf-8") as f:
            f.write("\nOne more line.\n")
        assert sync_drafts.send_for_review(author, author / page).shared
    sync.pull(editor)
    dialog = open_drafts(qtbot, window, editor)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=20000)
    approved = dialog.current.title
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 1)
    assert dialog.current.title != approved  # the other one is shown now
    assert dialog.message.text() == f"“{approved}”: approved and shared"
    approved = dialog.current.title
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 0)
    assert dialog.message.text() == f"“{approved}”: approved and shared. No other draft waits."
